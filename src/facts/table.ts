/** The fact table file: written by `facts build`, loaded when it still matches the documents. */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { isTornWrite, tempWriter, writeFileAtomic } from './atomic-write.js';
import { basename, dirname, join, resolve } from 'node:path';
import { buildFactTable, TABLE_VERSION, type BuildProgress } from './build.js';
import { dataDirOf } from './data-dir.js';
import { hashDocuments, readDocumentsFolder, type ReadMemo, type SkippedDocument } from './read.js';
import { shortHash } from './text.js';
import type { DocumentInfo, Fact, FactTable, SourceDocument } from './types.js';

export { dataDirOf } from './data-dir.js';

/** One file per documents folder, so answering from another folder never overwrites this one's table. */
export function defaultTablePath(seedsDir: string, dataDir = dataDirOf()): string {
  const abs = resolve(seedsDir);
  return join(dataDir, 'facts', `${basename(abs) || 'root'}-${shortHash(abs)}.json`);
}

/**
 * The table is saved as a small index file (`path`: version, hash, documents) and one file of
 * facts per document beside it, named by what made its facts (name, text, placement). Saving
 * after one document changed writes that document's file and the index, not the library:
 * what keeps a running app's re-index independent of the library's size. Every file is
 * written atomically and the index last, so a crash leaves the old table or the new, whole.
 */
export function segmentsDirOf(path: string): string {
  // Hidden, so a table kept inside a documents folder is never read as a collection.
  return join(dirname(path), `.${basename(path, '.json')}.facts`);
}

function segmentName(d: DocumentInfo): string {
  return `${shortHash(JSON.stringify([TABLE_VERSION, d.document, d.hash, d.facts, d.url ?? '', d.collection ?? '', d.private ?? false]))}.json`;
}

interface SavedIndex extends Omit<FactTable, 'facts'> {
  /** Present in tables saved whole (before facts were kept per document). */
  facts?: Fact[];
}

export function readTable(path: string): FactTable | null {
  try {
    const saved = JSON.parse(readFileSync(path, 'utf8')) as SavedIndex;
    if (!saved || saved.version !== TABLE_VERSION || !Array.isArray(saved.documents)) return null;
    if (Array.isArray(saved.facts)) return saved as FactTable;
    const dir = segmentsDirOf(path);
    const facts: Fact[] = [];
    for (const d of saved.documents) {
      const file = join(dir, segmentName(d));
      const part = readPart(file);
      if (!part || part.length !== d.facts) {
        // Damaged (or edited): removed, so the rebuild that follows writes it again rather than trusting its name.
        rmSync(file, { force: true });
        return null;
      }
      for (const f of part) facts.push(f);
    }
    return { ...saved, facts };
  } catch {
    // Missing, unreadable, a part missing or from an older version: the caller rebuilds it from the documents.
    return null;
  }
}

function readPart(file: string): Fact[] | null {
  try {
    const part = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return Array.isArray(part) ? (part as Fact[]) : null;
  } catch {
    return null;
  }
}

export function writeTable(path: string, table: FactTable): void {
  const dir = segmentsDirOf(path);
  const names = new Set<string>();
  let at = 0;
  for (const d of table.documents) {
    const name = segmentName(d);
    names.add(name);
    // Named by their content: a file already there holds these very facts.
    if (!existsSync(join(dir, name))) writeFileAtomic(join(dir, name), JSON.stringify(table.facts.slice(at, at + d.facts)));
    at += d.facts;
  }
  const { facts: _facts, ...index } = table;
  writeFileAtomic(path, JSON.stringify(index));
  // Parts no document uses any more; a leftover costs disk only, so failing to remove one is no error.
  try {
    for (const name of readdirSync(dir)) {
      // A running writer's temporary file is about to become a part; a dead one's never will.
      const gone = tempWriter(name) !== null ? isTornWrite(name) : !names.has(name);
      if (gone) rmSync(join(dir, name), { force: true });
    }
  } catch {
    // the folder is unreadable: the next save tries again
  }
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
export function loadOrBuild(seedsDir: string, path = defaultTablePath(seedsDir), opts: { rebuild?: boolean; progress?: BuildProgress; extractedDir?: string; extra?: () => SourceDocument[]; memo?: ReadMemo } = {}): LoadResult {
  const read = readDocumentsFolder(seedsDir, { extractedDir: opts.extractedDir, memo: opts.memo });
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
