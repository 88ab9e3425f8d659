/** The answering engine over a documents folder: the fact table, loaded or built, and its index. */
import { defaultTablePath, loadOrBuild } from '../facts/table.js';
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
  ask(question: string, opts?: AnswerOptions): Answer;
}

export function engineFromTable(table: FactTable, info: Partial<Pick<Engine, 'tablePath' | 'origin' | 'saveError'>> = {}): Engine {
  const index = new FactIndex(table.facts);
  return {
    table,
    index,
    tablePath: info.tablePath ?? '',
    origin: info.origin ?? 'loaded',
    saveError: info.saveError,
    ask: (question, opts) => answerQuestion(index, question, opts),
  };
}

/**
 * `warm`: for a process that will answer many questions (the Slack app), load the language
 * model and WordNet and answer one question now, so the first person to ask does not wait
 * for the disk or the JIT. A command that answers once, or never, skips it.
 */
export function openEngine(seedsDir: string, opts: { tablePath?: string; rebuild?: boolean; warm?: boolean } = {}): Engine {
  if (opts.warm) {
    analyze('Warm up.');
    warmUp();
  }
  const loaded = loadOrBuild(seedsDir, opts.tablePath ?? defaultTablePath(seedsDir), { rebuild: opts.rebuild });
  const engine = engineFromTable(loaded.table, { tablePath: loaded.path, origin: loaded.origin, saveError: loaded.saveError });
  const first = loaded.table.facts[0];
  if (opts.warm && first) engine.ask(first.text.slice(0, 200));
  return engine;
}
