/**
 * An engine that follows its documents folder while the app runs: a file added, changed,
 * renamed or deleted is picked up within seconds (a watcher, debounced, with a periodic full
 * check for file systems that do not report changes), rebuilt incrementally (unchanged
 * documents keep their facts) and swapped in whole. A question is answered by whichever
 * complete engine is current when it arrives: never by a half-built one, and a deleted
 * document is never quoted after the swap.
 */
import { watch, type FSWatcher } from 'node:fs';
import { buildFactTable, type BuildProgress } from '../facts/build.js';
import { hashDocuments, newReadMemo, prepareDocuments, readDocumentsFolder } from '../facts/read.js';
import type { SkippedDocument } from '../facts/read.js';
import type { SourceDocument } from '../facts/types.js';
import { writeTable } from '../facts/table.js';
import { attachMeaning, engineFromTable, openEngine, type Engine } from './engine.js';

export interface LiveEngine extends Engine {
  /**
   * Checks the folder now and rebuilds if anything changed; resolves with whether it did.
   * `full`: read every file, even those whose stamp says unchanged (the periodic check).
   */
  refresh(full?: boolean): Promise<boolean>;
  /** Called after each swap, with the new engine and what changed. */
  onSwap(listener: (engine: Engine, change: ReindexReport) => void): void;
  stop(): void;
}

export interface ReindexReport {
  ms: number;
  added: string[];
  changed: string[];
  removed: string[];
  facts: number;
  skipped: SkippedDocument[];
}

export interface LiveOptions {
  tablePath: string;
  /** After the last change event, wait this long for more before rebuilding (editors save in bursts). */
  debounceMs?: number;
  /** Full check this often, for network drives and containers where watching is unreliable. */
  pollMs?: number;
  warm?: boolean;
  onError?: (err: Error) => void;
  /** Documents kept elsewhere than the folder (verified facts), read at each check. */
  extra?: () => SourceDocument[];
  /** Told every few seconds while documents are read, and while sentences are encoded for meaning. */
  progress?: BuildProgress;
  meaningProgress?: BuildProgress;
}

export async function liveEngine(seedsDir: string, opts: LiveOptions): Promise<LiveEngine> {
  // Between checks, what each file gave: a change reads the changed files only.
  const memo = newReadMemo();
  let current = await openEngine(seedsDir, { tablePath: opts.tablePath, warm: opts.warm, extra: opts.extra, progress: opts.progress, meaningProgress: opts.meaningProgress, memo });
  const listeners: Array<(engine: Engine, change: ReindexReport) => void> = [];
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<boolean> | null = null;
  let queued: Promise<boolean> | null = null;
  let queuedFull = false;

  const rebuild = async (full: boolean): Promise<boolean> => {
    const started = performance.now();
    const reading = { memo: full ? undefined : memo };
    await prepareDocuments(seedsDir, reading);
    const read = readDocumentsFolder(seedsDir, reading);
    const { skipped } = read;
    const docs = opts.extra ? [...read.docs, ...opts.extra()] : read.docs;
    if (hashDocuments(docs) === current.table.hash) return false;
    const before = new Map(current.table.documents.map((d) => [d.document, d.hash]));
    // Unchanged documents keep their facts from the current table; only the changed are analysed.
    const next = engineFromTable(buildFactTable(docs, current.table, new Date(), opts.progress), { tablePath: opts.tablePath, origin: 'built', skipped }, current);
    // Unchanged sentences keep their vectors too: only the changed ones are encoded.
    await attachMeaning(next, { known: current.index.meaning, progress: opts.meaningProgress });
    const after = new Map(next.table.documents.map((d) => [d.document, d.hash]));
    const report: ReindexReport = {
      ms: performance.now() - started,
      added: [...after.keys()].filter((d) => !before.has(d)),
      changed: [...after].filter(([d, h]) => before.has(d) && before.get(d) !== h).map(([d]) => d),
      removed: [...before.keys()].filter((d) => !after.has(d)),
      facts: next.table.facts.length,
      skipped: next.skipped,
    };
    current = next;
    // Saved after the swap: the new version answers first, and a failed save costs only the next start's build.
    try {
      writeTable(opts.tablePath, next.table);
    } catch (err) {
      next.saveError = (err as Error).message;
    }
    for (const l of listeners) l(next, report);
    return true;
  };

  const start = (full: boolean): Promise<boolean> =>
    (running = rebuild(full)
      .catch((err: Error) => {
        opts.onError?.(err);
        return false;
      })
      .finally(() => {
        running = null;
      }));

  // A check asked for while one runs may have been asked because of a change that one read
  // too early: it runs once the current one is done, and every caller meanwhile waits for it.
  const refresh = (full = false): Promise<boolean> => {
    if (queued) {
      queuedFull ||= full;
      return queued;
    }
    if (!running) return start(full);
    queuedFull = full;
    queued = running.then(() => {
      queued = null;
      return start(queuedFull);
    });
    return queued;
  };

  const soon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void refresh(), opts.debounceMs ?? 300);
    timer.unref();
  };

  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(seedsDir, { persistent: false }, soon);
    watcher.on('error', () => undefined);
  } catch {
    // Not watchable here: the periodic check still finds changes.
  }
  const poll = setInterval(() => void refresh(true), opts.pollMs ?? 60_000);
  poll.unref();

  const live = {
    ask: (question, o) => current.ask(question, o),
    refresh,
    onSwap: (l) => void listeners.push(l),
    stop() {
      watcher?.close();
      clearInterval(poll);
      if (timer) clearTimeout(timer);
    },
  } as LiveEngine;
  // Every other field is the current engine's, read at each use (a Record, so none is forgotten).
  const forwarded: Record<Exclude<keyof Engine, 'ask'>, true> = { table: true, index: true, tablePath: true, origin: true, saveError: true, meaningError: true, skipped: true };
  for (const key of Object.keys(forwarded) as Array<keyof typeof forwarded>) Object.defineProperty(live, key, { get: () => current[key], enumerable: true });
  return live;
}
