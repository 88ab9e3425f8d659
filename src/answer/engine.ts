/** The answering engine over a documents folder: the fact table, loaded or built, and its index. */
import type { SkippedDocument } from '../facts/read.js';
import { defaultTablePath, loadOrBuild, type BuildProgress } from '../facts/table.js';
import type { FactTable } from '../facts/types.js';
import { analyze } from '../facts/nlp.js';
import { warmUp } from '../facts/wordnet.js';
import { answerQuestion, type AnswerOptions } from './answer.js';
import { FactIndex } from './search-index.js';
import type { Answer } from './types.js';

export interface Engine {
  table: FactTable;
  index: FactIndex;
  /** Where the table was read from or saved to, and whether it was built this time. */
  tablePath: string;
  origin: 'loaded' | 'built';
  saveError?: string;
  /** Files of the folder that were skipped, with why (said once by whoever opened the engine). */
  skipped: SkippedDocument[];
  ask(question: string, opts?: AnswerOptions): Answer;
}

export function engineFromTable(table: FactTable, info: Partial<Pick<Engine, 'tablePath' | 'origin' | 'saveError' | 'skipped'>> = {}): Engine {
  const index = new FactIndex(table.facts);
  return {
    table,
    index,
    tablePath: info.tablePath ?? '',
    origin: info.origin ?? 'loaded',
    saveError: info.saveError,
    skipped: info.skipped ?? [],
    ask: (question, opts) => answerQuestion(index, question, opts),
  };
}

/**
 * `warm`: for a process that will answer many questions (the Slack app), load the language
 * model and WordNet and answer one question now, so the first person to ask does not wait
 * for the disk or the JIT. A command that answers once, or never, skips it.
 */
export function openEngine(seedsDir: string, opts: { tablePath?: string; rebuild?: boolean; warm?: boolean; progress?: BuildProgress } = {}): Engine {
  if (opts.warm) {
    analyze('Warm up.');
    warmUp();
  }
  const loaded = loadOrBuild(seedsDir, opts.tablePath ?? defaultTablePath(seedsDir), { rebuild: opts.rebuild, progress: opts.progress });
  const engine = engineFromTable(loaded.table, { tablePath: loaded.path, origin: loaded.origin, saveError: loaded.saveError, skipped: loaded.skipped });
  const first = loaded.table.facts[0];
  if (opts.warm && first) engine.ask(first.text.slice(0, 200));
  return engine;
}
