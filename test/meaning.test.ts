import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { candidates, questionMeaning } from '../src/answer/answer.js';
import { openEngine } from '../src/answer/engine.js';
import { parseQuestion } from '../src/answer/question.js';
import { stopSentenceModel } from '../src/answer/sentence-model.js';
import { readSentenceVectors, sentenceVectorsFor, vectorsPathOf } from '../src/answer/sentence-vectors.js';
import { docsFolder } from './helpers.js';

const HANDBOOK = {
  'travel.md': [
    'Travel',
    '',
    'Flights of under six hours are booked in economy class.',
    'Accounts of people who leave are disabled at 18:00 on their last working day.',
    'The canteen serves lunch from noon until two.',
  ].join('\n'),
};

describe('sentence meaning', () => {
  afterEach(() => {
    delete process.env.SENTENCE_VECTORS_MAX_FACTS;
  });

  it('makes the sentences closest in meaning candidates, whatever words they share', async () => {
    const engine = await openEngine(docsFolder(HANDBOOK));
    expect(engine.index.meaning?.keys.length).toBe(engine.table.facts.length);
    const q = 'what time is food available?';
    const meaning = (await questionMeaning(q))!;
    const { dims, data } = engine.index.meaning!;
    const cosine = engine.table.facts.map((_, f) => data.subarray(f * dims, (f + 1) * dims).reduce((s, x, d) => s + x * meaning[d], 0));
    const closest = cosine.indexOf(Math.max(...cosine));
    expect(engine.table.facts[closest].text).toMatch(/canteen serves lunch/);
    expect(candidates(engine.index, parseQuestion(q), undefined, meaning)?.facts).toContain(closest);
    const a = await engine.ask(q);
    expect(a.quote ?? a.alternatives[0]?.quote).toMatch(/canteen serves lunch/);
  });

  it('encodes each sentence once: reopened, nothing is encoded; one changed sentence is encoded alone', async () => {
    const dir = docsFolder(HANDBOOK);
    const engine = await openEngine(dir);
    const path = vectorsPathOf(engine.tablePath);
    const saved = readSentenceVectors(path);
    expect(saved?.keys).toEqual(engine.index.meaning?.keys);

    const again = await sentenceVectorsFor(engine.table.facts, { path });
    expect(again.encoded).toBe(0);
    expect(again.vectors.data).toEqual(engine.index.meaning!.data);

    const changed = engine.table.facts.map((f, i) => (i === 1 ? { ...f, text: 'Flights of over six hours may be booked in premium economy.' } : f));
    const after = await sentenceVectorsFor(changed, { path });
    expect(after.encoded).toBe(1);
    expect(readSentenceVectors(path)?.keys).toEqual(after.vectors.keys);
  });

  it('ignores a damaged vectors file and encodes again, answering the same', async () => {
    const dir = docsFolder(HANDBOOK);
    const first = await openEngine(dir);
    const before = await first.ask('when is lunch?');
    const path = vectorsPathOf(first.tablePath);
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, bytes.length - 100));
    expect(readSentenceVectors(path)).toBeNull();
    const second = await openEngine(dir);
    expect(readSentenceVectors(path)).not.toBeNull();
    expect(await second.ask('when is lunch?')).toEqual(before);
  });

  it('still gives the vectors when they cannot be saved, and says why', async () => {
    const engine = await openEngine(docsFolder(HANDBOOK));
    // A file where the folder should be: the save fails as on a full or read-only disk.
    const blocker = join(docsFolder({ 'x.txt': 'x' }), 'x.txt');
    const result = await sentenceVectorsFor(engine.table.facts, { path: join(blocker, 'v.sentences.bin') });
    expect(result.saveError).toMatch(/ENOTDIR|EEXIST/);
    expect(result.vectors.data).toEqual(engine.index.meaning!.data);
  });

  it('answers questions asked at once as it answers them one by one', async () => {
    const engine = await openEngine(docsFolder(HANDBOOK));
    const questions = ['when is lunch?', 'which class for short flights?', 'when are leavers switched off?', 'what is the capital of Peru?'];
    const oneByOne = [];
    for (const q of questions) oneByOne.push(await engine.ask(q));
    expect(await Promise.all(questions.map((q) => engine.ask(q)))).toEqual(oneByOne);
  });

  it('answers by words when the sentence model stops mid-question', async () => {
    const engine = await openEngine(docsFolder(HANDBOOK));
    const asked = engine.ask('Which class are short flights booked in?');
    await stopSentenceModel({ evenIfBusy: true });
    const a = await asked;
    expect(a.answered).toBe(true);
    expect(a.quote).toMatch(/economy class/);
    // The next question starts the model again.
    expect((await engine.ask('when is lunch?')).quote).toMatch(/canteen serves lunch/);
  });

  it('leaves a library over SENTENCE_VECTORS_MAX_FACTS to its words, and still answers', async () => {
    process.env.SENTENCE_VECTORS_MAX_FACTS = '2';
    const dir = docsFolder(HANDBOOK);
    const engine = await openEngine(dir, { tablePath: join(dir, '..', `words-only-${Date.now()}.json`) });
    expect(engine.index.meaning).toBeNull();
    const a = await engine.ask('Which class are short flights booked in?');
    expect(a.quote).toMatch(/economy class/);
  });
});
