/** The app's manifest (manifest.json at the repository root): the one place its bot scopes are listed. */
import { readFileSync } from 'node:fs';

const MANIFEST = new URL('../../manifest.json', import.meta.url);

export function manifestScopes(): string[] {
  const m = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { oauth_config?: { scopes?: { bot?: string[] } } };
  return m.oauth_config?.scopes?.bot ?? [];
}
