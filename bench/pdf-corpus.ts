/**
 * PDFs for the benchmark: State of the Union addresses laid out as pages of text with pdf-lib
 * (a dev dependency), so extraction and indexing throughput are measured on real PDF files.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { addresses } from './corpus.js';

const LINES_PER_PAGE = 45;
const CHARS_PER_LINE = 95;

export async function writePdfCorpus(count: number): Promise<{ dir: string; files: number; pages: number; bytes: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'factbot-pdfs-'));
  const all = addresses();
  let pages = 0;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const a = all[Math.floor((i * all.length) / count)];
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    // WinAnsi only: the standard fonts cannot draw other characters.
    const text = `${a.year} ${a.name}. ${a.text}`.replace(/[^\x20-\x7e]/g, ' ');
    const lines = text.match(new RegExp(`.{1,${CHARS_PER_LINE}}(\\s|$)`, 'g')) ?? [];
    for (let l = 0; l < lines.length; l += LINES_PER_PAGE) {
      const page = doc.addPage();
      lines.slice(l, l + LINES_PER_PAGE).forEach((line, k) => page.drawText(line.trim(), { x: 36, y: 800 - 16 * k, size: 10, font }));
      pages++;
    }
    const out = await doc.save();
    bytes += out.length;
    writeFileSync(join(dir, `${a.year}-${i}.pdf`), out);
  }
  return { dir, files: count, pages, bytes };
}
