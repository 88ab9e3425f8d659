/** The fact table file: written by `facts build`, loaded when it still matches the documents. */
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from './atomic-write.js';
import { basename, join, resolve } from 'node:path';
import { buildFactTable, TABLE_VERSION, type BuildProgress } from './build.js';
import { dataDirOf } from './data-dir.js';
import { hashDocuments, readDocumentsFolder, type SkippedDocument } from './read.js';
import { shortHash } from './text.js';
import type { FactTable, SourceDocument } from './types.js';

export { dataDirOf } from './data-dir.js';

/** One file per documents folder, so answering from another folder never overwrites this one's table. */
export function defaultTablePath(seedsDir: string, dataDir = dataDirOf()): string {
  const abs = resolve(seedsDir);
  return join(dataDir, 'facts', `${basename(abs) || 'root'}-${shortHash(abs)}.json`);
}

export function readTable(path: string): FactTable | null {
  try {
    const table = JSON.parse(readFileSync(path, 'utf8')) as FactTable;
    return table && table.version === TABLE_VERSION && Array.isArray(table.facts) ? table : null;
  } catch {
    // Missing, unreadable or from an older version: the caller rebuilds it from the documents.
    return null;
  }
}

export function writeTable(path: string, table: FactTable): void {
  writeFileAtomic(path, JSON.stringify(table));
}

export type { BuildProgress } from './build.js';

const publicViews = new WeakMap<FactTable, FactTable>();

/** The table without its private collections: what the digest, posted in a channel, chooses from. */
export function publicView(table: FactTable): FactTable {
  if (!table.facts.some((f) => f.private)) return table;
  let view = publicViews.get(table);
  if (!view) {
    view = { ...table, facts: table.facts.filter((f) => !f.private), documents: table.documents.filter((d) => !d.private) };
    publicViews.set(table, view);
  }
  return view;
}

export interface LoadResult {
  table: FactTable;
  /** 'loaded' when the saved table matched the documents, 'built' when it had to be (re)built. */
  origin: 'loaded' | 'built';
  path: string;
  /** Set when a rebuilt table could not be saved; answering still works from memory. */
  saveError?: string;
  /** Files in the folder that were not read, with why. */
  skipped: SkippedDocument[];
}

/** The saved table if it matches the documents in `seedsDir`, else a fresh build (saved for next time). */
export function loadOrBuild(seedsDir: string, path = defaultTablePath(seedsDir), opts: { rebuild?: boolean; progress?: BuildProgress; extractedDir?: string; extra?: () => SourceDocument[] } = {}): LoadResult {
  const read = readDocumentsFolder(seedsDir, { extractedDir: opts.extractedDir });
  const { skipped } = read;
  // Documents that live elsewhere than the folder (verified facts, kept by the store).
  const docs = opts.extra ? [...read.docs, ...opts.extra()] : read.docs;
  const saved = readTable(path);
  if (saved && !opts.rebuild && saved.hash === hashDocuments(docs)) return { table: saved, origin: 'loaded', path, skipped };
  const table = buildFactTable(docs, opts.rebuild ? null : saved, new Date(), opts.progress);
  try {
    writeTable(path, table);
    return { table, origin: 'built', path, skipped };
  } catch (err) {
    return { table, origin: 'built', path, saveError: (err as Error).message, skipped };
  }
}
