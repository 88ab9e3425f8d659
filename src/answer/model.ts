/**
 * The fitted reranker: a linear score per candidate sentence and one for "the documents do
 * not answer this", turned into probabilities by a softmax over all of them. The probability
 * of the best sentence is the answer's confidence; the weights and the threshold are data in
 * models/ranker.json, written by `npm run train`.
 */
import { readFileSync } from 'node:fs';
import { FEATURES, NULL_FEATURES, TRIGGER_FEATURES } from './features.js';

export interface RankerModel {
  version: 1;
  features: string[];
  weights: number[];
  nullFeatures: string[];
  nullWeights: number[];
  /**
   * The confidence shown: a logistic model of "this sentence, ranked where it is, is right",
   * over the ranking's own verdict (TRIGGER_FEATURES), fitted so that of the answers given at
   * 0.8, about 80% are right.
   */
  trigger: { features: string[]; weights: number[] };
  /** Answer when the best sentence's confidence reaches this. */
  threshold: number;
  /** The precision the threshold was chosen for, on the fitting questions. */
  targetPrecision: number;
  /** Subtracted from every input before weighting, so weights compare (set when fitting). */
  means: number[];
  trainedOn: string[];
  trainedAt: string;
}

export const MODEL_PATH = new URL('../../models/ranker.json', import.meta.url);

export class ModelError extends Error {}

let cached: RankerModel | null = null;

export function loadModel(path: URL | string = MODEL_PATH): RankerModel {
  if (cached && path === MODEL_PATH) return cached;
  let model: RankerModel;
  try {
    model = JSON.parse(readFileSync(path, 'utf8')) as RankerModel;
  } catch (err) {
    throw new ModelError(`cannot read the answering model ${String(path)}: ${(err as Error).message}; run npm run train`);
  }
  checkModel(model, String(path));
  if (path === MODEL_PATH) cached = model;
  return model;
}

export function checkModel(model: RankerModel, where: string): void {
  const same = (a: readonly string[], b: unknown) => Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);
  if (model?.version !== 1 || !same(FEATURES, model.features) || !same(NULL_FEATURES, model.nullFeatures) || model.weights?.length !== FEATURES.length || model.nullWeights?.length !== NULL_FEATURES.length || !same(TRIGGER_FEATURES, model.trigger?.features) || model.trigger.weights?.length !== TRIGGER_FEATURES.length) {
    throw new ModelError(`${where} was fitted for other features than this version reads; run npm run train`);
  }
}

export function linear(weights: readonly number[], x: readonly number[], means?: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < weights.length; i++) s += weights[i] * (x[i] - (means?.[i] ?? 0));
  return s;
}

/** The ranker's score of each candidate and (last) of no answer. */
export function scores(model: Pick<RankerModel, 'weights' | 'nullWeights' | 'means'>, xs: readonly number[][], z: readonly number[]): Float64Array {
  const out = new Float64Array(xs.length + 1);
  for (let i = 0; i < xs.length; i++) out[i] = linear(model.weights, xs[i], model.means);
  out[xs.length] = linear(model.nullWeights, z);
  return out;
}

/** Probabilities of each candidate and (last) of no answer. */
export function probabilities(model: Pick<RankerModel, 'weights' | 'nullWeights' | 'means'>, xs: readonly number[][], z: readonly number[]): Float64Array {
  return softmax(scores(model, xs, z));
}

export function softmax(input: Float64Array): Float64Array {
  const scores = Float64Array.from(input);
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let i = 0; i < scores.length; i++) sum += scores[i] = Math.exp(scores[i] - max);
  for (let i = 0; i < scores.length; i++) scores[i] /= sum;
  return scores;
}


const logit = (p: number) => Math.log(Math.max(p, 1e-9) / Math.max(1 - p, 1e-9));
export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * What the confidence is computed from, per candidate: how the ranking sees it (its share of
 * the probability, its lead over the next candidate, the weight of "no answer") and the
 * evidence a reader checks first (coverage, the weakest word, the wanted type).
 *
 * Each candidate is judged against those ranked below it only, as if the better ones were not
 * there: for the best one that is the answer's confidence; for the others it says whether
 * they too would answer (further evidence), not merely that they lost to the best.
 */
export function triggerInputs(s: Float64Array, xs: readonly number[][], z: readonly number[]): number[][] {
  const n = xs.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => s[b] - s[a] || a - b);
  const max = n ? Math.max(s[n], s[order[0]]) : s[n];
  // Suffix sums of exp(score) down the ranking: the denominator of each candidate's softmax.
  const below = new Float64Array(n + 1);
  for (let k = n - 1; k >= 0; k--) below[k] = below[k + 1] + Math.exp(s[order[k]] - max);
  const none = Math.exp(s[n] - max);
  const f = (name: (typeof FEATURES)[number]) => FEATURES.indexOf(name);
  const out: number[][] = new Array(n);
  order.forEach((i, k) => {
    const x = xs[i];
    const denominator = none + below[k];
    const next = order[k + 1];
    out[i] = [
      1,
      logit(Math.exp(s[i] - max) / denominator),
      // A lone candidate leads nobody: it is no stronger for it (a question matching one stray word).
      next !== undefined ? Math.max(-3, Math.min(3, s[i] - s[next])) : 0,
      logit(none / denominator),
      x[f('coverage')],
      x[f('soft')],
      x[f('weakest')],
      x[f('keyMissing')],
      x[f('typeWanted')] + x[f('typeCompatible')],
      x[f('typeMissing')],
      x[f('document')],
      z[NULL_FEATURES.indexOf('unknown')],
      z[NULL_FEATURES.indexOf('library')],
      x[f('sentence')],
      z[NULL_FEATURES.indexOf('sentenceNone')],
      x[f('focusMissing')],
    ];
  });
  return out;
}

/** The calibrated chance that each candidate is a right answer. */
export function confidences(model: RankerModel, xs: readonly number[][], z: readonly number[]): number[] {
  return triggerInputs(scores(model, xs, z), xs, z).map((t) => sigmoid(linear(model.trigger.weights, t)));
}
