/** The answering engine over a documents folder: the fact table, loaded or built, and its index. */
import type { ReadMemo, SkippedDocument } from '../facts/read.js';
import { defaultTablePath, loadOrBuild, type BuildProgress } from '../facts/table.js';
import type { FactTable, SourceDocument } from '../facts/types.js';
import { analyze } from '../facts/nlp.js';
import { warmUp } from '../facts/wordnet.js';
import { askQuestion, type AnswerOptions } from './answer.js';
import { FactIndex } from './search-index.js';
import { stopSentenceModel, warmSentenceModel } from './sentence-model.js';
import { sentenceVectorLimit, sentenceVectorsFor, vectorsPathOf, type SentenceVectors } from './sentence-vectors.js';
import type { Answer } from './types.js';

export interface Engine {
  table: FactTable;
  index: FactIndex;
  /** Where the table was read from or saved to, and whether it was built this time. */
  tablePath: string;
  origin: 'loaded' | 'built';
  saveError?: string;
  /** Why sentence meaning is off for this library although it is small enough (the model failed); answered by words then. */
  meaningError?: string;
  /** Files of the folder that were skipped, with why (said once by whoever opened the engine). */
  skipped: SkippedDocument[];
  ask(question: string, opts?: AnswerOptions): Promise<Answer>;
}

/** `previous`: the engine of the library's last version, whose index the new one starts from. */
export function engineFromTable(table: FactTable, info: Partial<Pick<Engine, 'tablePath' | 'origin' | 'saveError' | 'skipped'>> = {}, previous?: Engine): Engine {
  const index = new FactIndex(table.facts, { documents: table.documents, previous: previous?.index });
  return {
    table,
    index,
    tablePath: info.tablePath ?? '',
    origin: info.origin ?? 'loaded',
    saveError: info.saveError,
    skipped: info.skipped ?? [],
    ask: (question, opts) => askQuestion(index, question, opts),
  };
}

/** What a person is told when a library small enough for sentence meaning goes without it. */
export const meaningOffLine = (why: string): string => `Matching by sentence meaning is off (${why}); answering by words alone.`;

export interface MeaningOptions {
  /** Vectors of a previous version of the library, reused for its unchanged sentences. */
  known?: SentenceVectors | null;
  progress?: BuildProgress;
}

/**
 * Gives a library small enough (SENTENCE_VECTORS_MAX_FACTS) its sentence vectors, read from
 * beside the table or encoded; a larger one is answered by its words alone.
 */
export async function attachMeaning(engine: Engine, opts: MeaningOptions = {}): Promise<Engine> {
  const facts = engine.table.facts;
  if (facts.length === 0 || facts.length > sentenceVectorLimit()) {
    await stopSentenceModel();
    return engine;
  }
  try {
    const result = await sentenceVectorsFor(facts, { path: engine.tablePath ? vectorsPathOf(engine.tablePath) : undefined, known: opts.known, progress: opts.progress });
    // Said where the table's own save failure is (the same disk, as a rule): encoded again next time.
    if (result.saveError) engine.saveError ??= `its sentence vectors: ${result.saveError}`;
    engine.index.meaning = result.vectors;
  } catch (err) {
    // Without the model the library is still answered, by its words, as a large one is.
    engine.meaningError = (err as Error).message;
  }
  return engine;
}

/**
 * `warm`: for a process that will answer many questions (the Slack app), load the language
 * model and WordNet and answer one question now, so the first person to ask does not wait
 * for the disk or the JIT. A command that answers once, or never, skips it.
 */
export async function openEngine(seedsDir: string, opts: { tablePath?: string; rebuild?: boolean; warm?: boolean; progress?: BuildProgress; meaningProgress?: BuildProgress; extra?: () => SourceDocument[]; memo?: ReadMemo } = {}): Promise<Engine> {
  // On its own thread the sentence model loads while the table does; a library too large for it stops it.
  warmSentenceModel();
  if (opts.warm) {
    analyze('Warm up.');
    warmUp();
  }
  const loaded = loadOrBuild(seedsDir, opts.tablePath ?? defaultTablePath(seedsDir), { rebuild: opts.rebuild, progress: opts.progress, extra: opts.extra, memo: opts.memo });
  const engine = engineFromTable(loaded.table, { tablePath: loaded.path, origin: loaded.origin, saveError: loaded.saveError, skipped: loaded.skipped });
  await attachMeaning(engine, { progress: opts.meaningProgress });
  const first = loaded.table.facts[0];
  if (opts.warm && first) await engine.ask(first.text.slice(0, 200));
  return engine;
}
