/**
 * The documents folder, read one file at a time: a file that cannot be read, is not text or is
 * too large is skipped with a reason naming it, and the rest of the folder is still answered.
 * Encodings are detected (chardet) and decoded (iconv-lite): UTF-8 with or without a BOM,
 * UTF-16 with a BOM, and the Latin-1 / Windows-1252 files old archives are full of.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { CONVERTED_EXTENSIONS, extractDocuments, readExtracted } from './convert.js';
import { extractedDirOf } from './data-dir.js';
import { FileMemo } from './file-memo.js';
import { listDocuments } from './folder.js';
import type { SourceDocument } from './types.js';
import { spreadsheetToMarkdown } from './spreadsheet.js';

/** Larger files are skipped: a 20 MB file is an export or a log, and costs a minute and a gigabyte. */
export const DEFAULT_MAX_DOCUMENT_MB = 5;

export class DocumentsError extends Error {}

export interface SkippedDocument {
  name: string;
  reason: string;
  /** Read all the same (only a part of it, such as its front matter, was not). */
  kept?: boolean;
}

/** The one line a skipped (or partly read) file gets, in the log or on stderr: "skipped notes.md: it is a folder, not a file." */
export function skippedLine(s: SkippedDocument, verb = 'skipped'): string {
  return `${s.kept ? '' : `${verb} `}${s.name}: ${s.reason}.`;
}

export interface ReadOptions {
  maxBytes?: number;
  /** Where PDF, DOCX and HTML text was extracted to (prepareDocuments). */
  extractedDir?: string;
  /** Kept by a running engine between checks: unchanged files are neither read nor hashed again. */
  memo?: ReadMemo;
}

/** A file's document as read (front matter applied, text hashed), and what was noted while reading it. */
interface ReadEntry {
  text: string;
  url?: string;
  hash: string;
  notes: SkippedDocument[];
}

export interface ReadMemo {
  /** Converted files (PDF, DOCX, HTML) whose text is in the extraction cache. */
  extracted: FileMemo<true>;
  read: FileMemo<ReadEntry>;
}

export function newReadMemo(): ReadMemo {
  return { extracted: new FileMemo(), read: new FileMemo() };
}

/** Extracts the text of the folder's PDF, DOCX and HTML files, once per version of each: before reading it. */
export async function prepareDocuments(dir: string, opts: ReadOptions = {}): Promise<void> {
  await extractDocuments(dir, opts.extractedDir ?? extractedDirOf(), {
    memo: opts.memo?.extracted,
    maxBytes: opts.maxBytes ?? maxDocumentBytes(),
    onLarge: (name, bytes) => process.stderr.write(`Extracting the text of ${name} (${(bytes / 2 ** 20).toFixed(1)} MB)…\n`),
    onCacheError: (err) => process.stderr.write(`warning: extracted text could not be saved (${err.message}); it is extracted again at the next start.\n`),
  });
}

export interface DocumentsRead {
  docs: SourceDocument[];
  skipped: SkippedDocument[];
}

export function maxDocumentBytes(env: Record<string, string | undefined> = process.env): number {
  const mb = Number(env.MAX_DOCUMENT_MB?.trim() || DEFAULT_MAX_DOCUMENT_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_DOCUMENT_MB) * 1024 * 1024;
}

/** Every document of `dir` and its collections, in name order so builds are reproducible; what cannot be read, with why. */
export function readDocumentsFolder(dir: string, opts: ReadOptions = {}): DocumentsRead {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new DocumentsError(`${dir} is not a folder of documents.`);
    names = readdirSync(dir);
  } catch (err) {
    if (err instanceof DocumentsError) throw err;
    throw new DocumentsError(`Cannot read the documents folder ${dir}: ${(err as Error).message}`);
  }
  const maxBytes = opts.maxBytes ?? maxDocumentBytes();
  const docs: SourceDocument[] = [];
  const skipped: SkippedDocument[] = [];
  const links = names.includes(SOURCES_FILE) ? readLinks(join(dir, SOURCES_FILE), skipped) : new Map<string, string>();
  // Each sub-folder is a collection, private when it holds a `.private` file.
  const { files, collections, unreadable } = listDocuments(dir, names);
  skipped.push(...unreadable);
  for (const name of files) {
    const path = join(dir, name);
    const read = readOne(path, maxBytes, opts.extractedDir ?? extractedDirOf(), opts.memo);
    if ('reason' in read) {
      skipped.push({ name, reason: read.reason });
      continue;
    }
    let entry: ReadEntry;
    if ('entry' in read) entry = read.entry;
    else {
      const notes: SkippedDocument[] = [];
      const sheet = /\.(csv|tsv)$/i.exec(name);
      const doc = /\.(md|markdown)$/i.test(name)
        ? withFrontMatter(name, read.text, notes)
        : sheet
          ? { name, text: spreadsheetToMarkdown(read.text, sheet[1].toLowerCase() === 'tsv' ? '\t' : ',', basename(name).slice(0, -sheet[0].length)) }
          : { name, text: read.text, url: read.url };
      entry = { text: doc.text, ...(doc.url ? { url: doc.url } : {}), hash: hashText(doc.text), notes };
      opts.memo?.read.set(path, read.st, entry);
    }
    skipped.push(...entry.notes);
    const url = links.get(name) ?? entry.url;
    const collection = name.includes('/') ? name.slice(0, name.indexOf('/')) : undefined;
    docs.push({ name, text: entry.text, hash: entry.hash, ...(url ? { url } : {}), ...(collection ? { collection } : {}), ...(collection && collections.get(collection) ? { private: true as const } : {}) });
  }
  opts.memo?.read.sweep();
  return { docs, skipped };
}

/** Beside the documents: `{ "file.md": "https://…" }`, for files that cannot carry their own link. */
export const SOURCES_FILE = 'sources.json';

function readLinks(path: string, skipped: SkippedDocument[]): Map<string, string> {
  const out = new Map<string, string>();
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    skipped.push({ name: SOURCES_FILE, kept: true, reason: `it is not JSON (${(err as Error).message}); no links were read from it` });
    return out;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    skipped.push({ name: SOURCES_FILE, kept: true, reason: 'it should map file names to URLs, like {"handbook.md": "https://…"}' });
    return out;
  }
  for (const [file, url] of Object.entries(data)) {
    if (typeof url === 'string' && isWebUrl(url)) out.set(file, url);
    else skipped.push({ name: SOURCES_FILE, kept: true, reason: `the link for ${file} is not an http(s) URL` });
  }
  return out;
}

/** Markdown front matter (`---` YAML `---`): `source:` (or `url:`) is the original's address; the block is no text to quote. */
function withFrontMatter(name: string, text: string, skipped: SkippedDocument[]): SourceDocument {
  if (!text.startsWith('---')) return { name, text };
  try {
    // Loaded only for a document that has front matter: most folders never need it.
    const matter = createRequire(import.meta.url)('gray-matter') as typeof import('gray-matter');
    const parsed = matter(text);
    const data = parsed.data as Record<string, unknown>;
    const url = [data.source, data.url].find((u): u is string => typeof u === 'string' && isWebUrl(u));
    return url ? { name, text: parsed.content, url } : { name, text: parsed.content };
  } catch (err) {
    skipped.push({ name, kept: true, reason: `its front matter is not valid YAML (${(err as Error).message.split('\n')[0]}); read without it` });
    // Unreadable, but still set off by its delimiters: never a fact ("source: [unclosed").
    return { name, text: text.replace(/^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '') };
  }
}

function isWebUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The documents only, for callers that report nothing (tests, tools). */
export function readDocuments(dir: string, opts: ReadOptions = {}): SourceDocument[] {
  return readDocumentsFolder(dir, opts).docs;
}

/** A file's text, its memo entry when unchanged since last read, or why it is not read. */
function readOne(path: string, maxBytes: number, extractedDir: string, memo?: ReadMemo): { text: string; url?: string; st: Stats } | { entry: ReadEntry; st: Stats } | { reason: string } {
  let st: Stats;
  try {
    st = statSync(path);
    if (st.isDirectory()) return { reason: 'it is a folder, not a file' };
    if (!st.isFile()) return { reason: 'it is not a regular file' };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { reason: code === 'ENOENT' ? 'it is a link to a file that does not exist' : `it cannot be read (${code ?? (err as Error).message})` };
  }
  const size = st.size;
  if (size > maxBytes) return { reason: `it is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${(maxBytes / 1024 / 1024).toFixed(0)} MB limit (MAX_DOCUMENT_MB)` };
  const known = memo?.read.get(path, st);
  if (known) return { entry: known, st };
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { reason: code === 'EACCES' ? 'permission denied' : `it cannot be read (${code ?? (err as Error).message})` };
  }
  if (CONVERTED_EXTENSIONS.test(path)) {
    const extracted = readExtracted(extractedDir, buf);
    if (!extracted) return { reason: 'its text has not been extracted yet (it is read at the next start or change)' };
    return 'reason' in extracted ? extracted : { text: extracted.text.replace(/\r\n?/g, '\n'), url: extracted.url, st };
  }
  const text = decode(buf);
  return typeof text === 'string' ? { text: text.replace(/\r\n?/g, '\n'), st } : text;
}

const FORMATS: Array<[magic: string, what: string]> = [
  ['%PDF', 'a PDF'],
  ['PK\u0003\u0004', 'a ZIP archive (a .docx, .xlsx or similar)'],
  ['\u00d0\u00cf\u0011\u00e0', 'an old Office document (.doc, .xls)'],
  ['{\\rtf', 'an RTF document'],
  ['\u0089PNG', 'a PNG image'],
  ['\u00ff\u00d8\u00ff', 'a JPEG image'],
  ['\u001f\u008b', 'a gzip archive'],
];

/** The file's text, or why it is not text. */
export function decode(buf: Buffer): string | { reason: string } {
  const head = buf.subarray(0, 8).toString('latin1');
  for (const [magic, what] of FORMATS) {
    if (head.startsWith(magic)) return { reason: `it is ${what}, not text: save it as .txt or .md first` };
  }
  let text: string;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) text = buf.subarray(3).toString('utf8');
  else if (buf[0] === 0xff && buf[1] === 0xfe) text = iconv.decode(buf.subarray(2), 'utf-16le');
  else if (buf[0] === 0xfe && buf[1] === 0xff) text = iconv.decode(buf.subarray(2), 'utf-16be');
  else if (buf.includes(0) && /^UTF-16/i.test(chardet.detect(buf) ?? '')) text = iconv.decode(buf, chardet.detect(buf)!);
  else if (isUtf8(buf)) text = buf.toString('utf8');
  else {
    const guess = chardet.detect(buf);
    if (!guess || !iconv.encodingExists(guess)) return { reason: 'its encoding could not be recognised: save it as UTF-8' };
    // Latin-1 files are nearly always Windows-1252 (curly quotes in 0x80–0x9F); it decodes Latin-1 text the same.
    text = iconv.decode(buf, /^ISO-8859-1$/i.test(guess) ? 'windows-1252' : guess);
  }
  if (!looksLikeText(text)) return { reason: 'it is not text (binary content)' };
  return text;
}

function isUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/** Text has few control characters; binary (or a wrongly guessed encoding) has many. */
function looksLikeText(text: string): boolean {
  if (text.length === 0) return true;
  const sample = text.slice(0, 64 * 1024);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) odd++;
  }
  return odd / sample.length < 0.01;
}

export function hashDocuments(docs: SourceDocument[]): string {
  const h = createHash('sha256');
  // Over each document's own hash (made once, when it is read), so checking a large library does not hash its text again.
  for (const d of docs) h.update(d.name).update('\0').update(d.hash ?? hashText(d.text)).update('\0').update(d.url ?? '').update('\0').update(d.private ? 'private' : '').update('\0');
  return h.digest('hex').slice(0, 16);
}

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
