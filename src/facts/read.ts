/**
 * The documents folder, read one file at a time: a file that cannot be read, is not text or is
 * too large is skipped with a reason naming it, and the rest of the folder is still answered.
 * Encodings are detected (chardet) and decoded (iconv-lite): UTF-8 with or without a BOM,
 * UTF-16 with a BOM, and the Latin-1 / Windows-1252 files old archives are full of.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { SourceDocument } from './types.js';

const DOCUMENT_EXTENSIONS = /\.(txt|md|markdown)$/i;

/** Larger files are skipped: a 20 MB file is an export or a log, and costs a minute and a gigabyte. */
export const DEFAULT_MAX_DOCUMENT_MB = 5;

export class DocumentsError extends Error {}

export interface SkippedDocument {
  name: string;
  reason: string;
}

export interface ReadOptions {
  maxBytes?: number;
}

export interface DocumentsRead {
  docs: SourceDocument[];
  skipped: SkippedDocument[];
}

export function maxDocumentBytes(env: Record<string, string | undefined> = process.env): number {
  const mb = Number(env.MAX_DOCUMENT_MB?.trim() || DEFAULT_MAX_DOCUMENT_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_DOCUMENT_MB) * 1024 * 1024;
}

/** Every .txt / .md file directly in `dir`, in name order so builds are reproducible; what cannot be read, with why. */
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
  for (const name of names.filter((n) => DOCUMENT_EXTENSIONS.test(n) && !n.startsWith('.')).sort()) {
    const read = readOne(join(dir, name), maxBytes);
    if (typeof read === 'string') docs.push({ name, text: read });
    else skipped.push({ name, reason: read.reason });
  }
  return { docs, skipped };
}

/** The documents only, for callers that report nothing (tests, tools). */
export function readDocuments(dir: string, opts: ReadOptions = {}): SourceDocument[] {
  return readDocumentsFolder(dir, opts).docs;
}

function readOne(path: string, maxBytes: number): string | { reason: string } {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { reason: 'it is a folder, not a file' };
    if (!st.isFile()) return { reason: 'it is not a regular file' };
    size = st.size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { reason: code === 'ENOENT' ? 'it is a link to a file that does not exist' : `it cannot be read (${code ?? (err as Error).message})` };
  }
  if (size > maxBytes) return { reason: `it is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${(maxBytes / 1024 / 1024).toFixed(0)} MB limit (MAX_DOCUMENT_MB)` };
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { reason: code === 'EACCES' ? 'permission denied' : `it cannot be read (${code ?? (err as Error).message})` };
  }
  const text = decode(buf);
  return typeof text === 'string' ? text.replace(/\r\n?/g, '\n') : text;
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
  for (const d of docs) h.update(d.name).update('\0').update(d.text).update('\0');
  return h.digest('hex').slice(0, 16);
}

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
