/**
 * Memory under a stream of questions full of words nobody has asked before (names, typos):
 * `N` such questions against the seed documents, heap (after a full collection) and RSS
 * before and after. Run with --expose-gc; prints one JSON line.
 */
import { openEngine } from '../src/answer/engine.js';

const n = Number(process.argv[2] ?? 200_000);
const engine = await openEngine('seeds', { warm: true });
// A deterministic stream of made-up words, so runs compare.
let seed = 42;
const word = () => {
  let w = '';
  const len = 4 + (seed % 6);
  for (let i = 0; i < len; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    w += String.fromCharCode(97 + (seed % 26));
  }
  return w;
};
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
// Warmed first (JIT, caches), in proportion to the run.
for (let i = 0; i < Math.min(2_000, Math.max(100, n / 10)); i++) await engine.ask(`who did ${word()} tell about the ${word()}?`);
gc();
const before = process.memoryUsage();
const started = performance.now();
for (let i = 0; i < n; i++) await engine.ask(`who did ${word()} tell about the ${word()} in ${word()}?`);
const elapsed = performance.now() - started;
gc();
const after = process.memoryUsage();
console.log(JSON.stringify({ questions: n, ms: elapsed, heapBeforeMB: before.heapUsed / 2 ** 20, heapAfterMB: after.heapUsed / 2 ** 20, rssBeforeMB: before.rss / 2 ** 20, rssAfterMB: after.rss / 2 ** 20 }));
