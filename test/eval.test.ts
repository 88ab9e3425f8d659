import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, type EvalCase } from '../src/answer/evaluate.js';
import { seedEngine } from './helpers.js';

const cases = JSON.parse(readFileSync('eval/sets/seeds-team.json', 'utf8')) as EvalCase[];

describe('measured quality on the evaluation set', () => {
  it('is a real set: 60+ questions, 12+ unanswerable, every kind of phrasing', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(cases.filter((c) => c.expect === null).length).toBeGreaterThanOrEqual(12);
    const tags = new Set(cases.flatMap((c) => c.tags ?? []));
    for (const t of ['plain', 'paraphrase', 'typo', 'slack', 'unanswerable']) expect(tags).toContain(t);
  });

  it('does not regress below the figures recorded in the README', () => {
    const report = evaluate(cases, (q) => seedEngine().ask(q));
    expect(report.precisionAt1).toBeGreaterThanOrEqual(0.9);
    expect(report.mrrAt3).toBeGreaterThanOrEqual(0.92);
    expect(report.shortAnswerAccuracy).toBeGreaterThanOrEqual(0.8);
    expect(report.falseAnswerRate).toBeLessThanOrEqual(0.07);
    expect(report.refusalRate).toBeLessThanOrEqual(0.05);
  });
});
