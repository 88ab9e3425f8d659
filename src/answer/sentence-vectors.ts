/**
 * Every fact's sentence vector (sentence-model.ts), kept in a file beside the fact table and
 * keyed by the sentence's text: a sentence is encoded once, whatever is rebuilt around it, and
 * a changed document costs only its changed sentences.
 *
 * File: "FBSV1\n", a JSON header line (model, dims, one key per row), zero padding to a multiple
 * of 4 bytes, then the rows as Float32.
 */
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../facts/atomic-write.js';
import { PROGRESS_MS } from '../facts/build.js';
import type { Fact } from '../facts/types.js';
import { encodeSentences, SENTENCE_DIMS, SENTENCE_MODEL, sentenceKey } from './sentence-model.js';

export interface SentenceVectors {
  dims: number;
  /** One key per fact, in the table's order (sentenceKey of its text). */
  keys: string[];
  /** keys.length × dims unit vectors. */
  data: Float32Array;
}

const MAGIC = 'FBSV1\n';

/** Above this many facts, encoding every sentence takes too long (minutes) to be worth it by default. */
const DEFAULT_LIMIT = 10_000;

export function sentenceVectorLimit(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SENTENCE_VECTORS_MAX_FACTS;
  const n = raw === undefined || raw === '' ? DEFAULT_LIMIT : Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : DEFAULT_LIMIT;
}

export const vectorsPathOf = (tablePath: string): string => `${tablePath.replace(/\.json$/, '')}.sentences.bin`;

export function readSentenceVectors(path: string): SentenceVectors | null {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    return null;
  }
  if (buf.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) return null;
  const end = buf.indexOf(10, MAGIC.length);
  if (end < 0) return null;
  try {
    const header = JSON.parse(buf.subarray(MAGIC.length, end).toString('utf8')) as { model: string; dims: number; keys: string[] };
    if (header.model !== SENTENCE_MODEL || header.dims !== SENTENCE_DIMS || !Array.isArray(header.keys)) return null;
    const start = Math.ceil((end + 1) / 4) * 4;
    const bytes = header.keys.length * header.dims * 4;
    if (buf.length !== start + bytes) return null;
    // Copied out of the file's buffer: a Float32Array view needs 4-byte alignment, which readFileSync does not promise.
    const data = new Float32Array(header.keys.length * header.dims);
    new Uint8Array(data.buffer).set(buf.subarray(start, start + bytes));
    return { dims: header.dims, keys: header.keys, data };
  } catch {
    return null;
  }
}

export function writeSentenceVectors(path: string, v: SentenceVectors): void {
  const head = Buffer.from(`${MAGIC}${JSON.stringify({ model: SENTENCE_MODEL, dims: v.dims, keys: v.keys })}\n`, 'utf8');
  const start = Math.ceil(head.length / 4) * 4;
  const out = Buffer.alloc(start + v.data.byteLength);
  head.copy(out);
  Buffer.from(v.data.buffer, v.data.byteOffset, v.data.byteLength).copy(out, start);
  writeFileAtomic(path, out);
}

export interface VectorsResult {
  vectors: SentenceVectors;
  encoded: number;
  saveError?: string;
}

/**
 * The vectors of `facts`: rows already known (`known`, or the file at `path`) are reused by
 * key, the rest encoded, and the file rewritten when anything was encoded or dropped.
 */
export async function sentenceVectorsFor(facts: readonly Fact[], opts: { path?: string; known?: SentenceVectors | null; progress?: (done: number, total: number) => void } = {}): Promise<VectorsResult> {
  const keys = facts.map((f) => sentenceKey(f.text));
  const dims = SENTENCE_DIMS;
  // The previous version's vectors are what its file holds (or more): the file is read only without them.
  const sources = [opts.known, !opts.known && opts.path ? readSentenceVectors(opts.path) : null].filter((s): s is SentenceVectors => !!s);
  const rowOf = new Map<string, { from: SentenceVectors; row: number }>();
  for (const from of sources) from.keys.forEach((k, row) => rowOf.has(k) || rowOf.set(k, { from, row }));
  const data = new Float32Array(keys.length * dims);
  const missing: number[] = [];
  keys.forEach((k, i) => {
    const hit = rowOf.get(k);
    if (hit) data.set(hit.from.data.subarray(hit.row * dims, (hit.row + 1) * dims), i * dims);
    else missing.push(i);
  });
  const unique = [...new Set(missing.map((i) => keys[i]))];
  if (unique.length) {
    const textOf = new Map(missing.map((i) => [keys[i], facts[i].text]));
    let reported = Date.now();
    const encoded = await encodeSentences(unique.map((k) => textOf.get(k)!), (done) => {
      if (opts.progress && Date.now() - reported >= PROGRESS_MS) {
        reported = Date.now();
        opts.progress(done, unique.length);
      }
    });
    const byKey = new Map(unique.map((k, j) => [k, encoded[j]]));
    for (const i of missing) data.set(byKey.get(keys[i])!, i * dims);
  }
  const vectors = { dims, keys, data };
  const onDisk = sources.find((s) => s !== opts.known);
  const stale = !onDisk || onDisk.keys.length !== keys.length || onDisk.keys.some((k, i) => k !== keys[i]);
  let saveError: string | undefined;
  if (opts.path && stale) {
    try {
      writeSentenceVectors(opts.path, vectors);
    } catch (err) {
      saveError = (err as Error).message;
    }
  }
  return { vectors, encoded: unique.length, saveError };
}
