/**
 * Office formats and web pages to text, before the table is built: PDF (unpdf, a page per
 * section), Word (mammoth, its headings kept) and HTML (html-to-text, navigation, headers,
 * footers and scripts dropped; `<link rel="canonical">` kept as the link to the original).
 * These readers are asynchronous and the build is not, so the text is extracted first into a
 * cache under DATA_DIR (one file per content hash) that reading the folder then uses; a file is
 * extracted once, and again only when it changes. What cannot be read is remembered with why.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import { listDocuments } from './folder.js';

// The readers are large (unpdf carries pdf.js): loaded only when a file needs extracting, so
// answering from a folder of text (every `npm run ask`) never pays for them.

export const CONVERTED_EXTENSIONS = /\.(pdf|docx|html?)$/i;

const LARGE_BYTES = 1024 * 1024;

/** What extraction left for the reader: text (title first, headings on their own lines), or why not. */
export type Extracted = { text: string; url?: string } | { reason: string };

export function extractedPath(cacheDir: string, bytes: Buffer): string {
  return join(cacheDir, `${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}.json`);
}

/** Extracts every PDF, DOCX and HTML file of `dir` not already in the cache. */
export async function extractDocuments(dir: string, cacheDir: string, opts: { maxBytes: number; onLarge?: (name: string, bytes: number) => void; onCacheError?: (err: Error) => void }): Promise<void> {
  let names: string[];
  try {
    names = listDocuments(dir).files.filter((n) => CONVERTED_EXTENSIONS.test(n));
  } catch {
    return; // reading the folder reports it
  }
  for (const name of names) {
    const path = join(dir, name);
    let bytes: Buffer;
    try {
      const st = statSync(path);
      if (!st.isFile() || st.size > opts.maxBytes) continue; // the reader says why
      bytes = readFileSync(path);
    } catch {
      continue;
    }
    const out = extractedPath(cacheDir, bytes);
    if (held.has(out) || existsSync(out)) continue;
    // A 300-page PDF takes seconds: say so rather than go quiet.
    if (bytes.length > LARGE_BYTES) opts.onLarge?.(name, bytes.length);
    const result = await extractOne(name, bytes);
    try {
      mkdirSync(cacheDir, { recursive: true });
      writeFileAtomic(out, JSON.stringify(result));
    } catch (err) {
      // Kept for this process instead: a full or read-only disk costs a re-extraction at the
      // next start, never the document.
      held.set(out, result);
      opts.onCacheError?.(err as Error);
    }
  }
}

const held = new Map<string, Extracted>();

export function readExtracted(cacheDir: string, bytes: Buffer): Extracted | null {
  const path = extractedPath(cacheDir, bytes);
  const kept = held.get(path);
  if (kept) return kept;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Extracted;
  } catch {
    return null;
  }
}

async function extractOne(name: string, bytes: Buffer): Promise<Extracted> {
  try {
    if (/\.pdf$/i.test(name)) return await fromPdf(bytes);
    if (/\.docx$/i.test(name)) return await fromDocx(bytes);
    return await fromHtml(bytes.toString('utf8'));
  } catch (err) {
    const message = (err as Error).message ?? String(err);
    if (/password/i.test(message)) return { reason: 'it is password-protected' };
    return { reason: `it could not be read as ${name.split('.').pop()!.toUpperCase()} (${message.split('\n')[0]})` };
  }
}

async function fromPdf(bytes: Buffer): Promise<Extracted> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  const pages = (text as string[]).map((t) => t.replace(/\s+/g, ' ').trim());
  if (pages.join('').replace(/\W/g, '').length < 20) return { reason: 'it is a PDF without a text layer (a scan?): nothing to quote' };
  // Each page a section, so a citation says where to look.
  return { text: pages.map((t, i) => (t ? `Page ${i + 1}\n${t}` : '')).filter(Boolean).join('\n\n') };
}

async function fromDocx(bytes: Buffer): Promise<Extracted> {
  const mammoth = (await import('mammoth')).default;
  const { value } = await mammoth.convertToHtml({ buffer: bytes });
  return await fromHtml(value);
}

const DROPPED = ['nav', 'header', 'footer', 'aside', 'script', 'style', 'noscript', 'form', 'iframe', 'svg', 'button', '[role=navigation]', '[role=banner]', '[role=contentinfo]'];

async function fromHtml(html: string): Promise<Extracted> {
  const { DomUtils, parseDocument } = await import('htmlparser2');
  const { convert: htmlToText } = await import('html-to-text');
  const dom = parseDocument(html);
  const canonical = DomUtils.findOne((e) => e.name === 'link' && /(^|\s)canonical(\s|$)/i.test(e.attribs.rel ?? ''), dom.children, true)?.attribs.href;
  const title = DomUtils.textContent(DomUtils.findOne((e) => e.name === 'title', dom.children, true) ?? []).trim();
  const text = htmlToText(html, {
    wordwrap: false,
    selectors: [
      ...DROPPED.map((selector) => ({ selector, format: 'skip' })),
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
      { selector: 'table', format: 'dataTable' },
    ],
  })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!text) return { reason: 'it has no text once navigation and scripts are left out' };
  // The page title leads unless the body already opens with it.
  const body = title && !text.startsWith(title) ? `${title}\n\n${text}` : text;
  const url = canonical && /^https?:\/\//i.test(canonical) ? canonical : undefined;
  return url ? { text: body, url } : { text: body };
}
