/**
 * Fitting the reranker: maximum likelihood of the right sentence (or of "no answer", when
 * no candidate is right) under a softmax over each question's candidates, with an L2 penalty.
 * Plain full-batch gradient descent (Adam): a few hundred questions fit in seconds.
 */
import { probabilities } from './model.js';

export interface Example {
  features: number[][];
  nullFeatures: number[];
  /** Indexes of right candidates; empty when the right answer is "no answer". */
  right: number[];
  /** How much this question counts (sets are balanced against each other). */
  weight: number;
}

export interface Fitted {
  weights: number[];
  nullWeights: number[];
  means: number[];
  loss: number;
}

export function fit(examples: Example[], opts: { l2?: number; steps?: number; rate?: number } = {}): Fitted {
  const l2 = opts.l2 ?? 0.01;
  const steps = opts.steps ?? 1500;
  const rate = opts.rate ?? 0.05;
  const nf = examples.find((e) => e.features.length)?.features[0].length ?? 0;
  const nz = examples[0]?.nullFeatures.length ?? 0;
  // Centre each feature on its mean over candidates, so the weights' penalty treats them alike.
  const means = new Array<number>(nf).fill(0);
  let count = 0;
  for (const e of examples) for (const x of e.features) {
    for (let j = 0; j < nf; j++) means[j] += x[j];
    count++;
  }
  for (let j = 0; j < nf; j++) means[j] /= Math.max(1, count);
  const params = new Float64Array(nf + nz);
  const m = new Float64Array(nf + nz);
  const v = new Float64Array(nf + nz);
  const totalWeight = examples.reduce((s, e) => s + e.weight, 0);
  let loss = 0;
  for (let step = 1; step <= steps; step++) {
    const grad = new Float64Array(nf + nz);
    loss = 0;
    const model = { weights: [...params.subarray(0, nf)], nullWeights: [...params.subarray(nf)], means };
    for (const e of examples) {
      const p = probabilities(model, e.features, e.nullFeatures);
      const n = e.features.length;
      // Target: the right candidates in proportion to their current probability (their sum is what is maximised).
      const right = e.right.length ? e.right : [n];
      let mass = 0;
      for (const r of right) mass += p[r];
      loss -= e.weight * Math.log(Math.max(mass, 1e-12));
      const target = new Float64Array(n + 1);
      for (const r of right) target[r] = p[r] / Math.max(mass, 1e-12);
      for (let i = 0; i <= n; i++) {
        const g = e.weight * (p[i] - target[i]);
        if (g === 0) continue;
        if (i < n) for (let j = 0; j < nf; j++) grad[j] += g * (e.features[i][j] - means[j]);
        else for (let j = 0; j < nz; j++) grad[nf + j] += g * e.nullFeatures[j];
      }
    }
    for (let j = 0; j < nf + nz; j++) {
      const g = grad[j] / totalWeight + (j === nf ? 0 : l2 * params[j]);
      m[j] = 0.9 * m[j] + 0.1 * g;
      v[j] = 0.999 * v[j] + 0.001 * g * g;
      const mh = m[j] / (1 - 0.9 ** step);
      const vh = v[j] / (1 - 0.999 ** step);
      params[j] -= (rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return { weights: [...params.subarray(0, nf)], nullWeights: [...params.subarray(nf)], means, loss: loss / totalWeight };
}

/**
 * The lowest threshold at which the answers given reach `precision` (right answers among those
 * given, unanswerable questions answered counting as wrong), each question counting its weight:
 * as many answers as that precision allows.
 */
export function thresholdFor(scored: Array<{ confidence: number; right: boolean; weight?: number }>, precision: number): number {
  const sorted = [...scored].sort((a, b) => b.confidence - a.confidence);
  let right = 0;
  let given = 0;
  let best = 1;
  sorted.forEach((s, i) => {
    const w = s.weight ?? 1;
    given += w;
    if (s.right) right += w;
    // Only where the next answer is less confident can the threshold fall between them.
    const next = sorted[i + 1];
    if (right / given >= precision && (!next || next.confidence < s.confidence)) best = s.confidence;
  });
  return best;
}

/** Weighted logistic regression with an L2 penalty (not on the bias, the first input), by Adam. */
export function fitLogistic(rows: Array<{ x: number[]; right: boolean; weight: number }>, opts: { l2?: number; steps?: number; rate?: number } = {}): number[] {
  const l2 = opts.l2 ?? 0.01;
  const steps = opts.steps ?? 3000;
  const rate = opts.rate ?? 0.05;
  const n = rows[0]?.x.length ?? 0;
  const w = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const total = rows.reduce((s, r) => s + r.weight, 0) || 1;
  for (let step = 1; step <= steps; step++) {
    const grad = new Float64Array(n);
    for (const r of rows) {
      let z = 0;
      for (let j = 0; j < n; j++) z += w[j] * r.x[j];
      const d = r.weight * (1 / (1 + Math.exp(-z)) - (r.right ? 1 : 0));
      for (let j = 0; j < n; j++) grad[j] += d * r.x[j];
    }
    for (let j = 0; j < n; j++) {
      const g = grad[j] / total + (j === 0 ? 0 : l2 * w[j]);
      m[j] = 0.9 * m[j] + 0.1 * g;
      v[j] = 0.999 * v[j] + 0.001 * g * g;
      w[j] -= (rate * (m[j] / (1 - 0.9 ** step))) / (Math.sqrt(v[j] / (1 - 0.999 ** step)) + 1e-8);
    }
  }
  return [...w];
}
