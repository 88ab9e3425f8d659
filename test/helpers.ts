import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { candidates } from '../src/answer/answer.js';
import { openEngine, type Engine } from '../src/answer/engine.js';
import type { Question } from '../src/answer/question.js';
import type { FactIndex } from '../src/answer/search-index.js';
import type { Answer } from '../src/answer/types.js';

let seeds: Promise<Engine> | null = null;

/** The engine over the real seed documents, built once per test file. */
export function seedEngine(): Promise<Engine> {
  seeds ??= openEngine('seeds');
  return seeds;
}

/** A question asked of the seed documents. */
export async function askSeeds(question: string, opts?: Parameters<Engine['ask']>[1]): Promise<Answer> {
  return (await seedEngine()).ask(question, opts);
}

/** Whether an engine answers a question, and its short answer: what a person sees first in the reply. */
export function answeredWith(engine: Engine): (question: string) => Promise<[boolean, string | null]> {
  return async (question) => {
    const a = await engine.ask(question);
    return [a.answered, a.answer];
  };
}

/** The short answer an engine gives a question, as a person reads it off the reply. */
export function shortAnswerOf(engine: Engine): (question: string) => Promise<string | null> {
  return async (question) => (await engine.ask(question)).answer;
}

/** A folder of documents written for one test. */
export function docsFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'factbot-docs-'));
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Each candidate sentence's features for a question, looked up by how the sentence starts. */
export function featuresByStart(index: FactIndex, question: Question): (start: string) => number[] {
  const found = candidates(index, question)!;
  return (start) => found.features[found.facts.findIndex((f) => index.facts[f].text.startsWith(start))];
}
