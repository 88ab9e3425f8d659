/**
 * A spreadsheet exported as CSV or TSV, as Markdown the reading understands: an FAQ sheet
 * (a question column and an answer column) as its questions in bold over their answers, under
 * its categories as headings; any other sheet as a table, whose rows are said with their column names.
 */
import { parse } from 'csv-parse/sync';

/** Column names that hold an FAQ's questions, its answers, its sections, and what only describes the row. */
const QUESTION_COLUMN = /^(?:q|questions?|faq|query|queries|ask(?:ed)?)$/i;
const ANSWER_COLUMN = /^(?:a|answers?|responses?|repl(?:y|ies)|details?|descriptions?|text|body)$/i;
const SECTION_COLUMN = /^(?:categor(?:y|ies)|sections?|topics?|areas?|groups?|themes?)$/i;
const ABOUT_ROW_COLUMN = /\b(?:id|reviewed|updated|modified|created|date|owner|author|editor|status|last)\b/i;
/** Share of a column's cells that must end in "?" for it to hold questions whatever it is called. */
const QUESTION_SHARE = 0.6;

/**
 * `title`: what the sheet is called (its file name): a sheet has no title row, and without one its
 * first category ("Leave") would title every answer in it.
 */
export function spreadsheetToMarkdown(text: string, delimiter: ',' | '\t', title: string): string {
  return `# ${title}\n\n${sheetBody(text, delimiter)}`;
}

function sheetBody(text: string, delimiter: ',' | '\t'): string {
  let rows: string[][];
  try {
    rows = parse(text, { delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch {
    // A sheet csv-parse cannot read is still text: read it as lines rather than lose it.
    return text;
  }
  rows = rows.filter((r) => r.some((c) => c !== ''));
  if (rows.length < 2) return rows.map((r) => r.join(' ')).join('\n');
  const [header, ...body] = rows;
  const faq = faqColumns(header, body);
  return faq ? faqMarkdown(header, body, faq) : pipeTable(header, body);
}

interface FaqColumns {
  question: number;
  answer: number;
  section: number;
  /** Other columns that say something of the answer ("Owner" and "Last reviewed" only describe the row). */
  more: number[];
}

function faqColumns(header: string[], body: string[][]): FaqColumns | null {
  const share = (i: number) => body.filter((r) => /\?\s*$/.test(r[i] ?? '')).length / body.length;
  let question = header.findIndex((h) => QUESTION_COLUMN.test(h));
  if (question < 0) question = header.findIndex((_, i) => share(i) >= QUESTION_SHARE);
  if (question < 0) return null;
  let answer = header.findIndex((h, i) => i !== question && ANSWER_COLUMN.test(h));
  if (answer < 0) {
    // Otherwise the column with the most to say.
    const length = (i: number) => body.reduce((n, r) => n + (r[i]?.length ?? 0), 0);
    answer = header.map((_, i) => i).filter((i) => i !== question).reduce((a, b) => (length(b) > length(a) ? b : a), -1);
  }
  if (answer < 0) return null;
  const section = header.findIndex((h, i) => i !== question && i !== answer && SECTION_COLUMN.test(h));
  const more = header.map((_, i) => i).filter((i) => i !== question && i !== answer && i !== section && header[i] && !ABOUT_ROW_COLUMN.test(header[i]));
  return { question, answer, section, more };
}

function faqMarkdown(header: string[], body: string[][], c: FaqColumns): string {
  const out: string[] = [];
  let section: string | null = null;
  // Rows keep their order; a category heading is written wherever the category changes.
  for (const row of body) {
    const q = inline(row[c.question] ?? '');
    const a = inline(row[c.answer] ?? '');
    if (!q || !a) {
      if (q || a) out.push(q || a, '');
      continue;
    }
    const s = c.section >= 0 ? inline(row[c.section] ?? '') : '';
    if (s && s !== section) out.push(`## ${s}`, '');
    section = s || section;
    const more = c.more.filter((i) => row[i]).map((i) => `${header[i]}: ${inline(row[i])}`);
    out.push(`**${q}**`, a, ...more, '');
  }
  return out.join('\n');
}

function pipeTable(header: string[], body: string[][]): string {
  const width = Math.max(header.length, ...body.map((r) => r.length));
  const cells = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => inline(r[i] ?? '').replace(/\|/g, '/')).join(' | ')} |`;
  return [cells(header), `|${' --- |'.repeat(width)}`, ...body.map(cells)].join('\n');
}

/** A cell's text on one line: a line break inside a quoted cell is a space in a sentence. */
const inline = (cell: string) => cell.replace(/\s+/g, ' ').trim();
