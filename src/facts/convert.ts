/**
 * Office formats and web pages to text, before the table is built: PDF (unpdf, line by line,
 * each page after the first a section), Word (mammoth, its headings kept) and HTML (html-to-text, navigation and scripts
 * dropped, a header's headline and paragraphs and a footer's address kept; `<link rel="canonical">` kept as the link to the original).
 * These readers are asynchronous and the build is not, so the text is extracted first into a
 * cache under DATA_DIR (one file per content hash) that reading the folder then uses; a file is
 * extracted once, and again only when it changes. What cannot be read is remembered with why.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import type { FileMemo } from './file-memo.js';
import { listDocuments } from './folder.js';
import { isFactsLine } from './layout.js';

// The readers are large (unpdf carries pdf.js): loaded only when a file needs extracting, so
// answering from a folder of text (every `npm run ask`) never pays for them.

export const CONVERTED_EXTENSIONS = /\.(pdf|docx|html?)$/i;

const LARGE_BYTES = 1024 * 1024;

/** What extraction left for the reader: text (title first, headings on their own lines), or why not. */
export type Extracted = { text: string; url?: string } | { reason: string };

/** Bumped when extraction reads more of a file (v2: PDF and DOCX metadata links; v3: tables as pipe tables; v4: bold and definition lists; v5: a PDF page's lines kept; v7: where a definition runs to several sentences, every term a section; v9: headings marked with their depth; v10: the page title marked as one; v11: a headline that is the title marked too; v13: a header's paragraphs and a footer's lines kept), so older results are read again. */
const EXTRACTION_VERSION = 'v13';

export function extractedPath(cacheDir: string, bytes: Buffer): string {
  return join(cacheDir, `${createHash('sha256').update(EXTRACTION_VERSION).update(bytes).digest('hex').slice(0, 32)}.json`);
}

/** The first http(s) address among a document's metadata values, in the order given. */
export function firstUrl(values: unknown[]): string | undefined {
  for (const v of values) {
    const m = typeof v === 'string' ? /https?:\/\/[^\s<>"']+/i.exec(v) : null;
    if (m) return m[0].replace(/[.,;)]+$/, '');
  }
  return undefined;
}

/** Extracts every PDF, DOCX and HTML file of `dir` not already in the cache. */
export async function extractDocuments(dir: string, cacheDir: string, opts: { maxBytes: number; memo?: FileMemo<true>; onLarge?: (name: string, bytes: number) => void; onCacheError?: (err: Error) => void }): Promise<void> {
  let names: string[];
  try {
    names = listDocuments(dir).files.filter((n) => CONVERTED_EXTENSIONS.test(n));
  } catch {
    return; // reading the folder reports it
  }
  for (const name of names) {
    const path = join(dir, name);
    let bytes: Buffer;
    let st: Stats;
    try {
      st = statSync(path);
      if (!st.isFile() || st.size > opts.maxBytes) continue; // the reader says why
      // Unchanged since its text was extracted: not even read (the reader's memo has its text).
      if (opts.memo?.get(path, st)) continue;
      bytes = readFileSync(path);
    } catch {
      continue;
    }
    const out = extractedPath(cacheDir, bytes);
    if (held.has(out) || existsSync(out)) {
      opts.memo?.set(path, st, true);
      continue;
    }
    // A 300-page PDF takes seconds: say so rather than go quiet.
    if (bytes.length > LARGE_BYTES) opts.onLarge?.(name, bytes.length);
    const result = await extractOne(name, bytes);
    try {
      mkdirSync(cacheDir, { recursive: true });
      writeFileAtomic(out, JSON.stringify(result));
      opts.memo?.set(path, st, true);
    } catch (err) {
      // Kept for this process instead: a full or read-only disk costs a re-extraction at the
      // next start, never the document.
      held.set(out, result);
      opts.memo?.set(path, st, true);
      opts.onCacheError?.(err as Error);
    }
  }
  opts.memo?.sweep();
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
  const { extractText, getDocumentProxy, getMeta } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  // Its lines as laid out: a heading on a line of its own stays one, and wrapped lines are joined into
  // their sentences when the text is read (collapsed into one line, "Holidays" ran into the sentence after it).
  const pages = (text as string[]).map((t) =>
    t
      .split(/\n/)
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n'),
  );
  if (pages.join('').replace(/\W/g, '').length < 20) return { reason: 'it is a PDF without a text layer (a scan?): nothing to quote' };
  // Each page after the first a section, so a citation says where to look; the first page opens
  // with the document's own title when it has one.
  const body = pages.map((t, i) => (t && i > 0 ? `Page ${i + 1}\n${t}` : t)).filter(Boolean).join('\n\n');
  const url = await pdfLink(pdf, getMeta).catch(() => undefined);
  return url ? { text: body, url } : { text: body };
}

/**
 * A PDF's original: a custom Source or URL entry of its document info, XMP's dc:source or
 * dc:identifier, or an address written into its Subject or Keywords.
 */
async function pdfLink(pdf: Parameters<typeof import('unpdf').getMeta>[0], getMeta: typeof import('unpdf').getMeta): Promise<string | undefined> {
  const { info, metadata } = await getMeta(pdf);
  const custom = (info?.Custom ?? {}) as Record<string, unknown>;
  const byName = (name: string) => Object.entries(custom).find(([k]) => k.toLowerCase() === name)?.[1];
  const xmp = (key: string) => {
    try {
      return metadata?.get(key) as unknown;
    } catch {
      return undefined;
    }
  };
  return firstUrl([byName('source'), byName('url'), xmp('dc:source'), xmp('dc:identifier'), info?.Subject, info?.Keywords]);
}

async function fromDocx(bytes: Buffer): Promise<Extracted> {
  const mammoth = (await import('mammoth')).default;
  const { value } = await mammoth.convertToHtml({ buffer: bytes });
  const extracted = await fromHtml(value);
  if ('reason' in extracted) return extracted;
  const url = await docxLink(bytes).catch(() => undefined);
  return url ? { ...extracted, url } : extracted;
}

/**
 * A Word file's original: a custom property named Source or URL (File → Properties → Custom),
 * else its core identifier, source, subject, keywords or description holding an address.
 */
async function docxLink(bytes: Buffer): Promise<string | undefined> {
  const JSZip = (await import('jszip')).default;
  const { DomUtils, parseDocument } = await import('htmlparser2');
  const zip = await JSZip.loadAsync(bytes);
  const xml = async (path: string) => {
    const file = zip.file(path);
    return file ? parseDocument(await file.async('string'), { xmlMode: true }) : null;
  };
  const custom = await xml('docProps/custom.xml');
  const props = custom ? DomUtils.findAll((e) => e.name === 'property', custom.children) : [];
  const named = (name: string) => DomUtils.textContent(props.find((p) => (p.attribs.name ?? '').toLowerCase() === name) ?? []).trim();
  const core = await xml('docProps/core.xml');
  const coreValue = (tag: string) => (core ? DomUtils.textContent(DomUtils.findOne((e) => e.name === tag, core.children) ?? []).trim() : '');
  return firstUrl([named('source'), named('url'), ...['dc:identifier', 'dc:source', 'dc:subject', 'cp:keywords', 'dc:description'].map(coreValue)]);
}

const DROPPED = ['nav', 'aside', 'script', 'style', 'noscript', 'form', 'iframe', 'svg', 'button', '[role=navigation]'];
/** Elements of a page's chrome whose text is no fact, in its header and footer: a menu, a link to another page. */
const CHROME = new Set(['nav', 'ul', 'ol', 'form', 'button', 'script', 'style', 'svg', 'img']);
/** Blocks of a footer, each a paragraph of its own. */
const FOOTER_BLOCKS = new Set(['p', 'div', 'address', 'section']);
/** Where a footer's sentences part: "© 2026 Riverside Leisure Trust. Registered charity no. 1100000." */
const FOOTER_SENTENCE = /(?<=[.!?])\s+(?=[\p{Lu}©])/u;
/** What separates a footer's facts set side by side, left dangling where a link between them is dropped. */
const DANGLING_SEPARATORS = /^(?:\s*[·•|]\s*)+|(?:\s*[·•|]\s*)+$/g;

type Dom = typeof import('htmlparser2').DomUtils;
type Element = Parameters<Dom['getAttributeValue']>[0];
type Builder = Parameters<import('html-to-text').FormatCallback>[2];

/**
 * A page's header as its headline and the paragraphs under it ("Served Wednesday to Sunday, 12pm to 9pm" had been
 * dropped with the header's menu); its logo link, menu and breadcrumb trail are none.
 */
function pageHeader(elem: Element, walk: import('html-to-text').RecursiveCallback, builder: Builder, dom: Dom): void {
  const blocks = dom.findAll((e) => /^(?:h[1-6]|p)$/.test(e.name) && !inChrome(e, elem), elem.children);
  walk(blocks as unknown as import('html-to-text').DomNode[], builder);
}

/**
 * A page's footer as what it says of the business: its address, phone, email and hours ("The Copper Kettle, 4 Mill
 * Lane, Hebden Bridge HX7 8AB · 01422 555 0190"), without its links to other pages ("Privacy", "Cookies"), which
 * reading's chrome filter could not tell from a fact; a link to write or ring is kept.
 */
function pageFooter(elem: Element, builder: Builder, dom: Dom): void {
  const textOf = (node: Element['children'][number]): string => {
    if (dom.isText(node)) return node.data;
    if (!dom.isTag(node) || CHROME.has(node.name)) return '';
    if (node.name === 'a' && !/^(?:mailto|tel):/i.test(node.attribs.href ?? '')) return '';
    if (node.name === 'br') return '\n';
    return node.children.map(textOf).join('');
  };
  const blocks = elem.children.filter((c): c is Element => dom.isTag(c) && FOOTER_BLOCKS.has(c.name));
  const paragraphs = (blocks.length ? blocks : [elem])
    .flatMap((b) => textOf(b).split('\n'))
    .map((t) => t.replace(/\s+/g, ' ').replace(/\s+([.,;:])/g, '$1'))
    // Each sentence a paragraph, which reading weighs as chrome or fact alone: "© 2026 Riverside Leisure Trust." is the
    // site's, "Registered charity no. 1100000." beside it the trust's.
    .flatMap((t) => t.split(FOOTER_SENTENCE))
    .map((t) => t.replace(DANGLING_SEPARATORS, '').trim())
    .filter(Boolean)
    // A footer's line is a fact, never the heading of what follows: "Muddy Paws Grooming, 7 Station Parade, Harrogate HG1 1TE".
    .map((t) => (/[.!?]$/.test(t) || isFactsLine(t) ? t : `${t}.`));
  if (paragraphs.length === 0) return;
  builder.openBlock({ leadingLineBreaks: 2 });
  builder.addLiteral(paragraphs.join('\n\n'));
  builder.closeBlock({ trailingLineBreaks: 2 });
}

const inChrome = (e: Element, within: Element): boolean => {
  for (let p = e.parent as Element | null; p && p !== within; p = p.parent as Element | null) if (CHROME.has(p.name)) return true;
  return false;
};

/**
 * A table as a Markdown pipe table, which reading then says row by row with the column names
 * (layout.ts): html-to-text's own layout aligns columns with spaces, which reads as headings.
 */
function pipeTable(table: Element, builder: Builder, dom: Dom): void {
  const rows = dom
    .findAll((e) => e.name === 'tr', table.children)
    .map((tr) => tr.children.filter((c): c is Element => dom.isTag(c) && (c.name === 'td' || c.name === 'th')).map((c) => dom.textContent(c).replace(/\s+/g, ' ').replace(/\|/g, '/').trim()))
    .filter((cells) => cells.some(Boolean));
  if (rows.length === 0) return;
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const [header, ...body] = rows;
  builder.openBlock({ leadingLineBreaks: 2 });
  builder.addLiteral([line(header), line(Array(width).fill('---')), ...body.map(line)].join('\n'));
  builder.closeBlock({ trailingLineBreaks: 2 });
}

/**
 * A definition list as labelled values, one a line ("Pension: The company adds 5%…"), as reading
 * takes "Label: value" lines: html-to-text ran each term into its definition ("PensionThe company…").
 * A longer definition is a section under its term.
 */
/** Where one sentence ends and the next begins. */
const SENTENCE_BREAK = /[.!?]["'”’)]?\s+["'“‘(]?\p{Lu}/u;

/**
 * A heading as a Markdown heading of its depth below the page's headline ("<h3>Day 3 – Along the Douro by train</h3>" is "## Day 3 – …"):
 * the tag says it heads what follows, which its words alone may not ("Day 3 – …" reads as a labelled line).
 */
function markedHeading(elem: import('html-to-text').DomNode, walk: import('html-to-text').RecursiveCallback, builder: Builder): void {
  // (The page's own headline, <h1>, stays a plain line: under the <title> it is a heading like any other, not the
  // section of all the page.)
  const depth = Number(/^h([1-6])$/.exec((elem as unknown as Element).name)?.[1] ?? 2) - 1;
  builder.openBlock({ leadingLineBreaks: 2 });
  walk((elem as unknown as Element).children as unknown as import('html-to-text').DomNode[], builder);
  builder.closeBlock({ trailingLineBreaks: 2, blockTransform: (text) => (text.trim() && depth > 0 ? `${'#'.repeat(depth)} ${text.replace(/\s*\n\s*/g, ' ')}` : text) });
}
const MARKED_HEADING = /^#{1,6}\s+/;

function labelledList(list: Element, builder: Builder, dom: Dom): void {
  const items: Array<{ term: string; text: string }> = [];
  let term = '';
  for (const child of list.children) {
    if (!dom.isTag(child)) continue;
    const text = dom.textContent(child).replace(/\s+/g, ' ').trim();
    if (child.name === 'dt') term = term ? `${term}, ${text}` : text;
    else if (child.name === 'dd' && text) {
      items.push({ term: term.replace(/:$/, ''), text });
      term = '';
    }
  }
  if (term) items.push({ term: '', text: term });
  if (items.length === 0) return;
  // Where any definition runs to several sentences, every term heads a section of its own ("Artist
  // liaison" over "… meet performers at the gate. This team is led by Priya Nair."): a label reaches
  // only its own line, and a section only to the next heading.
  const sections = items.some((x) => x.term && SENTENCE_BREAK.test(x.text));
  const lines = items.map((x) => (!x.term ? x.text : sections ? `${x.term}\n\n${x.text}` : `${x.term}: ${x.text}`));
  builder.openBlock({ leadingLineBreaks: 2 });
  builder.addLiteral(lines.join(sections ? '\n\n' : '\n'));
  builder.closeBlock({ trailingLineBreaks: 2 });
}

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
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, format: 'markedHeading' })),
      { selector: 'table', format: 'pipeTable' },
      // Bold kept as Markdown bold: a run-in heading ("<strong>Working hours.</strong> Core hours are…") then heads its paragraph.
      ...['strong', 'b'].map((selector) => ({ selector, format: 'inlineSurround', options: { prefix: '**', suffix: '**' } })),
      { selector: 'dl', format: 'labelledList' },
      ...['header', '[role=banner]'].map((selector) => ({ selector, format: 'pageHeader' })),
      ...['footer', '[role=contentinfo]'].map((selector) => ({ selector, format: 'pageFooter' })),
    ],
    formatters: {
      pipeTable: (elem, _walk, builder) => pipeTable(elem as unknown as Element, builder, DomUtils),
      labelledList: (elem, _walk, builder) => labelledList(elem as unknown as Element, builder, DomUtils),
      markedHeading,
      pageHeader: (elem, walk, builder) => pageHeader(elem as unknown as Element, walk, builder, DomUtils),
      pageFooter: (elem, _walk, builder) => pageFooter(elem as unknown as Element, builder, DomUtils),
    },
  })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!text) return { reason: 'it has no text once navigation and scripts are left out' };
  // The page title leads unless the body already opens with it.
  // (Marked as the heading it is: "14 Orchard Row, Kettleby – 3 bedroom terraced house for sale | Hale & Pike Estate Agents"
  // is too long for a heading by its words alone, and had been read as the page's first fact.)
  // (And where the page's headline is its title, said as a plain line, it is marked too: "Tinderbox: a cooperative card
  // game" alone had been read as a labelled value, a fact, and the byline under it as a heading.)
  const headline = !!title && text.split('\n', 1)[0].trim() === title;
  const body = !title ? text : headline ? `# ${text}` : text.replace(MARKED_HEADING, '').startsWith(title) ? text : `# ${title}\n\n${text}`;
  const url = canonical && /^https?:\/\//i.test(canonical) ? canonical : undefined;
  return url ? { text: body, url } : { text: body };
}
