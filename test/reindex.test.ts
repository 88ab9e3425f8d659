/**
 * Re-indexing a running library: the index of a new version starts from the last one, the
 * table is saved per document and the folder is read through a memo of file stamps. Each of
 * these must give exactly what a fresh build gives.
 */
import { readdirSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineFromTable, type Engine } from '../src/answer/engine.js';
import { buildFactTable } from '../src/facts/build.js';
import { newReadMemo, readDocuments, readDocumentsFolder } from '../src/facts/read.js';
import { loadOrBuild, readTable, segmentsDirOf, writeTable } from '../src/facts/table.js';
import type { FactTable } from '../src/facts/types.js';
import { docsFolder } from './helpers.js';

const QUESTIONS = [
  'When does the ferry leave?',
  'Who repairs the lighthouse lamp?',
  'how much is a harbour permit',
  'when are the tides highest',
  'who runs the fish market on sundays',
  'what colour is the lighthouse',
  'where do kayaks launch from',
  'ferrry timetable', // a typo: fuzzy matching over the vocabulary
];

/** Everything a question can observe of an index: its terms and their facts, and the answers. */
async function observed(engine: Engine, table: FactTable) {
  const words = [...new Set(table.facts.flatMap((f) => f.lemmas)), 'zzunknown'];
  const terms = words.map((w) => [w, engine.index.has(w), engine.index.df(w), [...(engine.index.postingsOf(w) ?? [])], engine.index.extensions(w), engine.index.fuzzy(w)]);
  const answers = [];
  for (const q of QUESTIONS) answers.push(await engine.ask(q));
  return { terms, answers, norms: table.facts.map((_, i) => engine.index.norm(i)) };
}

describe('re-indexing from the last version', () => {
  it('gives the index and the answers a fresh build gives, through edits, additions, deletions and renames', async () => {
    const dir = docsFolder({
      'ferry.txt': 'Ferry times\n\nThe ferry leaves the harbour at noon every day.\n\nA harbour permit costs 40 euros a year.\n',
      'lighthouse.md': '# The lighthouse\n\nMaria Olsen repairs the lighthouse lamp each spring.\n\nThe lighthouse is painted red and white.\n',
      'market.txt': 'Market days\n\nThe fish market on Sundays is run by Tomas Berg.\n',
      'tides.txt': 'Tides\n\nThe tides are highest in March and September.\n',
    });
    let table = buildFactTable(readDocuments(dir));
    let engine = engineFromTable(table);
    const steps: Array<() => void> = [
      // An edit that brings new words and drops others ("painted red" gone, "blue" new).
      () => writeFileSync(join(dir, 'lighthouse.md'), '# The lighthouse\n\nMaria Olsen repairs the lighthouse lamp each spring.\n\nThe lighthouse is blue, with a kayak launch below it.\n'),
      // A document added in the middle of the name order, so every later fact moves.
      () => writeFileSync(join(dir, 'kayaks.txt'), 'Kayaks\n\nKayaks launch from the slipway beside the market.\n'),
      // A deletion: the market's words vanish from the vocabulary.
      () => unlinkSync(join(dir, 'market.txt')),
      // A rename: the same text under another name.
      () => {
        writeFileSync(join(dir, 'zz-tides.txt'), readFileSync(join(dir, 'tides.txt')));
        unlinkSync(join(dir, 'tides.txt'));
      },
      // The fish market comes back, with words the vocabulary dropped two steps ago.
      () => writeFileSync(join(dir, 'market.txt'), 'Market days\n\nThe fish market on Sundays is run by Tomas Berg.\n'),
    ];
    for (const step of steps) {
      step();
      const next = buildFactTable(readDocuments(dir), table);
      const updated = engineFromTable(next, {}, engine);
      const fresh = engineFromTable(next);
      expect(await observed(updated, next)).toEqual(await observed(fresh, next));
      table = next;
      engine = updated;
    }
    // The documents as they end, asked through the updated index: the answers follow the edits.
    expect((await engine.ask('What colour is the lighthouse?')).quote).toMatch(/blue/);
    expect((await engine.ask('Where do kayaks launch from?')).quote).toMatch(/slipway/);
  });

  it('stays equal to a fresh build when most terms have left (the vocabulary is renumbered)', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`d${i}.txt`] = `Topic ${i}\n\nThe word${i}a and word${i}b items belong to group ${i}.\n`;
    const dir = docsFolder(files);
    let table = buildFactTable(readDocuments(dir));
    let engine = engineFromTable(table);
    for (let i = 0; i < 9; i++) {
      unlinkSync(join(dir, `d${i}.txt`));
      const next = buildFactTable(readDocuments(dir), table);
      const updated = engineFromTable(next, {}, engine);
      expect(await observed(updated, next)).toEqual(await observed(engineFromTable(next), next));
      table = next;
      engine = updated;
    }
    expect(engine.index.has('word0a')).toBe(false);
    expect(engine.index.df('word11a')).toBe(1);
  });
});

describe('the table saved per document', () => {
  it('writes only the changed document after an edit, removes a deleted one and reads back what was saved', () => {
    const dir = docsFolder({ 'a.txt': 'The ferry leaves at noon.\n', 'b.txt': 'High tide is at six.\n', 'c.txt': 'The market opens on Sundays.\n' });
    const path = join(dir, '..', `${dir.split('/').pop()}-table.json`);
    const first = buildFactTable(readDocuments(dir));
    writeTable(path, first);
    const parts = segmentsDirOf(path);
    const before = new Map(readdirSync(parts).map((n) => [n, statSync(join(parts, n)).mtimeMs]));
    expect(before.size).toBe(3);

    writeFileSync(join(dir, 'b.txt'), 'High tide is at seven.\n');
    unlinkSync(join(dir, 'c.txt'));
    const second = buildFactTable(readDocuments(dir), first);
    writeTable(path, second);
    const after = readdirSync(parts);
    expect(after).toHaveLength(2);
    const kept = after.filter((n) => before.has(n));
    // a.txt's part untouched (same file, same time); b.txt's is new; c.txt's is gone.
    expect(kept).toHaveLength(1);
    expect(statSync(join(parts, kept[0])).mtimeMs).toBe(before.get(kept[0]));
    expect(readTable(path)).toEqual(second);
    // The index file holds the documents, not their facts.
    expect(JSON.parse(readFileSync(path, 'utf8')).facts).toBeUndefined();
  });

  it('rebuilds when a part is damaged or missing, and writes the part again', () => {
    const dir = docsFolder({ 'a.txt': 'The ferry leaves at noon.\n', 'b.txt': 'High tide is at six.\n' });
    const path = join(dir, '..', `${dir.split('/').pop()}-table.json`);
    expect(loadOrBuild(dir, path).origin).toBe('built');
    const parts = segmentsDirOf(path);
    const [first, second] = readdirSync(parts);
    writeFileSync(join(parts, first), '[{"truncated');
    const rebuilt = loadOrBuild(dir, path);
    expect(rebuilt.origin).toBe('built');
    expect(rebuilt.table.facts.map((f) => f.text)).toEqual(['The ferry leaves at noon.', 'High tide is at six.']);
    expect(loadOrBuild(dir, path).origin).toBe('loaded');
    rmSync(join(parts, second));
    expect(loadOrBuild(dir, path).origin).toBe('built');
    expect(loadOrBuild(dir, path).origin).toBe('loaded');
  });

  it("removes a dead writer's temporary part at the next save, and leaves a running writer's alone", () => {
    const dir = docsFolder({ 'a.txt': 'The ferry leaves at noon.\n' });
    const path = join(dir, '..', `${dir.split('/').pop()}-torn.json`);
    writeTable(path, buildFactTable(readDocuments(dir)));
    const parts = segmentsDirOf(path);
    // A process that has exited: its pid names a writer that will never rename its file.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(join(parts, `0123abcd.json.${dead}.tmp`), '[');
    writeFileSync(join(parts, `4567ef01.json.${process.pid}.tmp`), '[');
    writeTable(path, buildFactTable(readDocuments(dir)));
    expect(readdirSync(parts).filter((n) => n.endsWith('.tmp'))).toEqual([`4567ef01.json.${process.pid}.tmp`]);
  });

  it('still reads a table saved whole by an earlier version', () => {
    const dir = docsFolder({ 'a.txt': 'The ferry leaves at noon.\n' });
    const path = join(dir, '..', `${dir.split('/').pop()}-whole.json`);
    const table = buildFactTable(readDocuments(dir));
    writeFileSync(path, JSON.stringify(table));
    expect(loadOrBuild(dir, path).origin).toBe('loaded');
  });
});

describe('reading the folder through a memo of file stamps', () => {
  it('sees a rewrite even when the size and the modified time are put back as they were', () => {
    const dir = docsFolder({ 'a.txt': 'The ferry leaves at noon.\n', 'b.txt': 'High tide is at six.\n' });
    const memo = newReadMemo();
    const file = join(dir, 'a.txt');
    // A whole second, which a file system keeps exactly (a copy tool or an archive restores times like this).
    const stamp = new Date('2026-01-01T00:00:00Z');
    utimesSync(file, stamp, stamp);
    expect(readDocumentsFolder(dir, { memo }).docs.map((d) => d.text)).toEqual(['The ferry leaves at noon.\n', 'High tide is at six.\n']);
    writeFileSync(file, 'The ferry leaves at four.\n');
    utimesSync(file, stamp, stamp);
    expect(statSync(file).mtimeMs).toBe(stamp.getTime());
    const again = readDocumentsFolder(dir, { memo }).docs;
    expect(again.map((d) => d.text)).toEqual(['The ferry leaves at four.\n', 'High tide is at six.\n']);
    // The same hashes a read without a memo makes.
    expect(again.map((d) => d.hash)).toEqual(readDocumentsFolder(dir).docs.map((d) => d.hash));
    unlinkSync(join(dir, 'b.txt'));
    expect(readDocumentsFolder(dir, { memo }).docs.map((d) => d.name)).toEqual(['a.txt']);
  });
});
