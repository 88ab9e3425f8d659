import { describe, expect, it } from 'vitest';
import { fit, thresholdFor, type Example } from '../src/answer/fit.js';
import { FEATURES, FEATURE_SIGNS, NULL_FEATURES, NULL_FEATURE_SIGNS } from '../src/answer/features.js';
import { loadModel } from '../src/answer/model.js';

/** Questions of two candidates: the right one has more of feature 0, and by chance often more of feature 1. */
function examples(): Example[] {
  const out: Example[] = [];
  for (let k = 0; k < 40; k++) {
    const right = k % 2;
    const strong = [0.6 + (k % 4) * 0.1, k % 3 === 0 ? 0.1 : 0.7];
    const weak = [0.5, 0.2];
    const features = right ? [weak, strong] : [strong, weak];
    out.push({ features, nullFeatures: [1], right: [right], weight: 1 });
  }
  return out;
}

describe('fitting the reranker', () => {
  it('keeps a feature of known direction on its side of zero, however the data lean', () => {
    const free = fit(examples(), { steps: 400 });
    const against = fit(examples(), { steps: 400, signs: [0, -1] });
    expect(free.weights[1]).toBeGreaterThan(0.1);
    expect(against.weights[1]).toBe(0);
    // The constrained weight stops at zero; the feature that does the work is still fitted.
    expect(against.weights[0]).toBeGreaterThan(0);
  });

  it('keeps the "no answer" option\'s features on their side of zero too', () => {
    // Questions with more of null feature 1 are more often answerable here: fitted freely it would favour answering.
    const cases: Example[] = examples().map((e, k) => ({ ...e, nullFeatures: [1, k % 4 === 0 ? 0 : 1], right: k % 4 === 0 ? [] : e.right }));
    expect(fit(cases, { steps: 400 }).nullWeights[1]).toBeLessThan(-0.1);
    expect(fit(cases, { steps: 400, nullSigns: [0, 1] }).nullWeights[1]).toBe(0);
  });

  it('ships a model whose weights keep every direction known before fitting', () => {
    const model = loadModel();
    FEATURES.forEach((f, i) => {
      const sign = FEATURE_SIGNS[f];
      if (sign) expect(model.weights[i] * sign, f).toBeGreaterThanOrEqual(0);
    });
    // Asking yes or no never makes an answer likelier, nor does a word the library lacks.
    NULL_FEATURES.forEach((f, i) => {
      const sign = NULL_FEATURE_SIGNS[f];
      if (sign) expect(model.nullWeights[i] * sign, f).toBeGreaterThanOrEqual(0);
    });
    expect(NULL_FEATURE_SIGNS.yesNo).toBe(1);
  });

  it('sets the threshold where the calibrated confidence of the answers given reaches the precision asked', () => {
    const scored = [0.95, 0.9, 0.6, 0.5, 0.2].map((confidence) => ({ confidence }));
    // Running means: 0.95, 0.925, 0.817, 0.7375, …: 0.8 is reached down to 0.6, no further.
    // (One pass over the questions as they are: resampling is tested below.)
    expect(thresholdFor(scored, 0.8, 0.01, 0)).toBe(0.6);
    expect(thresholdFor(scored, 0.9, 0.01, 0)).toBe(0.9);
    // Weights count: a heavy confident answer carries a light unsure one.
    expect(thresholdFor([{ confidence: 0.95, weight: 3 }, { confidence: 0.5, weight: 1 }], 0.8, 0.01, 0)).toBe(0.5);
    // Where the estimate is flat about the target, the middle of that band, not wherever it first dips under.
    const flat = [0.9, 0.9, 0.9, 0.9, 0.42, 0.4, 0.38, 0.36, 0.34, 0.32, 0.1].map((confidence) => ({ confidence }));
    // Running means past 0.9: 0.804, 0.737, …: 0.81 is reached down to 0.9, 0.79 down to 0.42.
    expect(thresholdFor(flat, 0.8, 0.01, 0)).toBeCloseTo((0.9 + 0.42) / 2, 9);
  });

  it('averages the threshold over seeded resamples of the questions: the same questions give the same threshold, near the one pass', () => {
    const scored = [...Array(120)].map((_, i) => ({ confidence: 1 - i / 120 }));
    const once = thresholdFor(scored, 0.8, 0.01, 0);
    const averaged = thresholdFor(scored, 0.8);
    expect(averaged).toBe(thresholdFor(scored, 0.8));
    expect(averaged).not.toBe(once);
    expect(Math.abs(averaged - once)).toBeLessThan(0.03);
  });
});
