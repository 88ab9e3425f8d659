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

/**
 * Two stages. The ranking weights are fitted on questions that have a right candidate, by a
 * softmax over the candidates alone: which sentence answers, never whether one does, so that
 * the many unanswerable questions of a benchmark do not bend the ranking towards refusing.
 * Then, with those weights fixed, the "no answer" option's weights on every question.
 */
export function fit(examples: Example[], opts: { l2?: number; steps?: number; rate?: number; signs?: readonly number[]; nullSigns?: readonly number[] } = {}): Fitted {
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
  const answerable = examples.filter((e) => e.right.length);
  const noNull = new Array<number>(nz).fill(0);
  const ranking = adam(nf, { steps, rate, l2, unpenalised: -1, signs: opts.signs }, (params, grad) =>
    softmaxLoss(answerable, { weights: [...params], nullWeights: noNull, means }, grad, null),
  );
  const weights = [...ranking.params];
  const nulls = adam(nz, { steps, rate, l2, unpenalised: 0, signs: opts.nullSigns }, (params, grad) =>
    softmaxLoss(examples, { weights, nullWeights: [...params], means }, null, grad),
  );
  return { weights, nullWeights: [...nulls.params], means, loss: ranking.loss };
}

/**
 * The weighted negative log-likelihood of the right candidates (or of "no answer" where none
 * is right), adding its gradient for the candidate weights and/or the null weights.
 */
function softmaxLoss(examples: Example[], model: { weights: number[]; nullWeights: number[]; means: number[] }, gradWeights: Float64Array | null, gradNull: Float64Array | null): number {
  const nf = model.weights.length;
  const nz = model.nullWeights.length;
  let loss = 0;
  let total = 0;
  for (const e of examples) {
    total += e.weight;
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
      if (i < n) {
        if (gradWeights) for (let j = 0; j < nf; j++) gradWeights[j] += g * (e.features[i][j] - model.means[j]);
      } else if (gradNull) for (let j = 0; j < nz; j++) gradNull[j] += g * e.nullFeatures[j];
    }
  }
  if (total > 0) {
    if (gradWeights) for (let j = 0; j < nf; j++) gradWeights[j] /= total;
    if (gradNull) for (let j = 0; j < nz; j++) gradNull[j] /= total;
  }
  return total > 0 ? loss / total : 0;
}

/**
 * Full-batch Adam with an L2 penalty on every parameter but `unpenalised` (a bias, or -1).
 * `gradient` adds the mean gradient of the loss into `grad` and returns the loss.
 */
function adam(n: number, opts: { steps: number; rate: number; l2: number; unpenalised: number; signs?: readonly number[] }, gradient: (params: Float64Array, grad: Float64Array) => number): { params: Float64Array; loss: number } {
  const params = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  let loss = 0;
  for (let step = 1; step <= opts.steps; step++) {
    const grad = new Float64Array(n);
    loss = gradient(params, grad);
    for (let j = 0; j < n; j++) {
      const g = grad[j] + (j === opts.unpenalised ? 0 : opts.l2 * params[j]);
      m[j] = 0.9 * m[j] + 0.1 * g;
      v[j] = 0.999 * v[j] + 0.001 * g * g;
      params[j] -= (opts.rate * (m[j] / (1 - 0.9 ** step))) / (Math.sqrt(v[j] / (1 - 0.999 ** step)) + 1e-8);
      // Evidence of a known direction keeps it (projected): a missing key word never counts for a sentence.
      const sign = opts.signs?.[j] ?? 0;
      if (sign * params[j] < 0) params[j] = 0;
    }
  }
  return { params, loss };
}

/**
 * The threshold at which the answers given reach `precision` (right answers among those given,
 * unanswerable questions answered counting as wrong), each question counting its weight: as many
 * answers as that precision allows.
 *
 * The precision of the answers above a threshold is estimated by their calibrated confidences,
 * not by counting which of them were right: on a few hundred questions the counted precision
 * runs nearly flat over a wide band of thresholds, so where it first reaches the target moved
 * the threshold by 0.04 for a change that moved no ranking. The mean confidence is the same
 * estimate with far less noise, because the confidence is fitted to those very outcomes.
 *
 * Even so few questions fall between confidences 0.3 and 0.45 that the estimate is nearly flat
 * there too (0.80 at 0.32, 0.81 at 0.42 on the fitting halves at stop 28): where in that band it
 * first dips under the target moved the threshold by 0.07 for a change that answered three more
 * questions right. So the threshold is the middle of the band whose estimate lies within
 * `band` of the target, which such a change moves by 0.02.
 *
 * And it is that middle averaged over resamples of the questions (the bootstrap, seeded): on the
 * fitting halves' two hundred-odd questions a change that moved two of them moved the threshold
 * 0.346 → 0.330 and a dozen decisions with it; averaged, 0.345 → 0.342.
 */
export function thresholdFor(scored: Array<{ confidence: number; weight?: number }>, precision: number, band = PRECISION_BAND, resamples = BOOTSTRAPS): number {
  const once = (sample: Array<{ confidence: number; weight?: number }>) => {
    const sorted = [...sample].sort((a, b) => b.confidence - a.confidence);
    return (lowestReaching(sorted, precision - band) + lowestReaching(sorted, precision + band)) / 2;
  };
  if (resamples === 0 || scored.length === 0) return once(scored);
  const random = seeded(BOOTSTRAP_SEED);
  let sum = 0;
  for (let b = 0; b < resamples; b++) sum += once(Array.from(scored, () => scored[Math.floor(random() * scored.length)]));
  return sum / resamples;
}
const BOOTSTRAPS = 200;
const BOOTSTRAP_SEED = 29;
/** mulberry32: a small seeded generator, so the same questions always give the same threshold. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How far either side of the asked precision the threshold's band reaches. */
const PRECISION_BAND = 0.01;

/** The lowest threshold at which the answers given (`sorted`, most confident first) reach `precision`. */
function lowestReaching(sorted: Array<{ confidence: number; weight?: number }>, precision: number): number {
  let expected = 0;
  let given = 0;
  let best = 1;
  sorted.forEach((s, i) => {
    const w = s.weight ?? 1;
    given += w;
    expected += w * s.confidence;
    // Only where the next answer is less confident can the threshold fall between them.
    const next = sorted[i + 1];
    if (expected / given >= precision && (!next || next.confidence < s.confidence)) best = s.confidence;
  });
  return best;
}

/** Weighted logistic regression with an L2 penalty (not on the bias, the first input), by Adam. */
export function fitLogistic(rows: Array<{ x: number[]; right: boolean; weight: number }>, opts: { l2?: number; steps?: number; rate?: number } = {}): number[] {
  const n = rows[0]?.x.length ?? 0;
  const total = rows.reduce((s, r) => s + r.weight, 0) || 1;
  const fitted = adam(n, { steps: opts.steps ?? 3000, rate: opts.rate ?? 0.05, l2: opts.l2 ?? 0.01, unpenalised: 0 }, (w, grad) => {
    let loss = 0;
    for (const r of rows) {
      let z = 0;
      for (let j = 0; j < n; j++) z += w[j] * r.x[j];
      const p = 1 / (1 + Math.exp(-z));
      loss -= r.weight * Math.log(Math.max(r.right ? p : 1 - p, 1e-12));
      const d = (r.weight * (p - (r.right ? 1 : 0))) / total;
      for (let j = 0; j < n; j++) grad[j] += d * r.x[j];
    }
    return loss / total;
  });
  return [...fitted.params];
}
