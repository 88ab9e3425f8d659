import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument } from './types.js';

const DOCUMENT_EXTENSIONS = /\.(txt|md|markdown)$/i;

export class DocumentsError extends Error {}

/** Every .txt / .md file directly in `dir`, in name order so builds are reproducible. */
export function readDocuments(dir: string): SourceDocument[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new DocumentsError(`${dir} is not a folder of documents.`);
    names = readdirSync(dir);
  } catch (err) {
    if (err instanceof DocumentsError) throw err;
    throw new DocumentsError(`Cannot read the documents folder ${dir}: ${(err as Error).message}`);
  }
  return names
    .filter((n) => DOCUMENT_EXTENSIONS.test(n) && !n.startsWith('.'))
    .sort()
    .map((name) => ({ name, text: decode(readFileSync(join(dir, name))) }));
}

function decode(buf: Buffer): string {
  // Strip a UTF-8 byte-order mark and normalise line endings: offsets are taken on this text.
  return buf.toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function hashDocuments(docs: SourceDocument[]): string {
  const h = createHash('sha256');
  for (const d of docs) h.update(d.name).update('\0').update(d.text).update('\0');
  return h.digest('hex').slice(0, 16);
}

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
