/**
 * The labelled question sets `eval` and `train` read: each names its documents folder and its
 * questions. WikiQA's own file shape is read as it is, from ../shared, never copied here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalCase } from '../answer/evaluate.js';
import { dataDirOf } from '../facts/table.js';
import { UsageError } from './common.js';

export interface QuestionSet {
  name: string;
  /** A folder, or `@sotu` for the State of the Union archive written from its package. */
  docs: string;
  questions: string;
  format?: 'cases' | 'wikiqa';
  /** Skipped, not failed, when its files are not on this machine. */
  optional?: boolean;
  about?: string;
  /**
   * false: never fitted on, so that its held-out half measures a library the model has never
   * seen, as a team's own documents are (its other half is for diagnosing failures).
   */
  train?: boolean;
}

export const SETS_FILE = 'eval/sets.json';

export function readSets(file = SETS_FILE): QuestionSet[] {
  const sets = readJson(file) as QuestionSet[];
  if (!Array.isArray(sets) || sets.some((s) => typeof s?.name !== 'string' || typeof s.docs !== 'string' || typeof s.questions !== 'string')) {
    throw new UsageError(`${file} must be a list of {name, docs, questions}.`);
  }
  // A misspelt flag ("train": "no") would otherwise fit on a set meant to stay unseen.
  const wrong = sets.find((s) => (s.train !== undefined && typeof s.train !== 'boolean') || (s.optional !== undefined && typeof s.optional !== 'boolean') || (s.format !== undefined && s.format !== 'cases' && s.format !== 'wikiqa'));
  if (wrong) throw new UsageError(`${file}: set ${wrong.name} has "train" or "optional" other than true/false, or a "format" other than "cases" or "wikiqa".`);
  return sets;
}

/** Whether the set's files are here (WikiQA lives outside the project). */
export function available(set: QuestionSet): boolean {
  return existsSync(set.questions) && (set.docs === '@sotu' || existsSync(set.docs));
}

/** The set's documents folder; the archive is written once under DATA_DIR and reused. */
export async function docsOf(set: QuestionSet): Promise<string> {
  if (set.docs !== '@sotu') return set.docs;
  const dir = join(dataDirOf(), 'corpora', 'sotu');
  if (!existsSync(dir) || readdirSync(dir).length === 0) {
    const { writeCorpusTo } = await import('../../bench/corpus.js');
    writeCorpusTo(dir, 1);
  }
  return dir;
}

interface WikiQaQuestion {
  id: string;
  question: string;
  gold: string[];
}

export function readCases(file: string, format: QuestionSet['format'] = 'cases'): EvalCase[] {
  const data = readJson(file);
  if (!Array.isArray(data)) throw new UsageError(`${file} must hold a list of questions.`);
  if (format === 'wikiqa') {
    return (data as WikiQaQuestion[]).map((w, i) => {
      if (typeof w?.question !== 'string' || !Array.isArray(w.gold)) throw new UsageError(`${file}: question ${i + 1} is not {id, question, gold: [...]}.`);
      return { id: w.id, q: w.question, expect: w.gold.length ? w.gold : null, whole: true };
    });
  }
  data.forEach((c: EvalCase, i) => {
    const ok = c && typeof c.q === 'string' && (c.expect === null || (Array.isArray(c.expect) && c.expect.every((e) => typeof e === 'string')));
    if (!ok) throw new UsageError(`${file}: question ${i + 1} is not {"q": "...", "expect": ["part of the right sentence", ...] or null}.`);
  });
  return data as EvalCase[];
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as Error).message}`);
  }
}
