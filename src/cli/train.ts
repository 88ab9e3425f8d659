/**
 * `npm run train`: fit the reranker on the fitting half of every question set, choose the
 * threshold for a stated precision, and write models/ranker.json. Reproducible: the same
 * sets and documents give the same file. The held-out halves are only reported on.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { candidates, questionMeaning } from '../answer/answer.js';
import { isHeldOut, matches, type EvalCase } from '../answer/evaluate.js';
import { FEATURES, FEATURE_SIGNS, NULL_FEATURE_SIGNS, NULL_FEATURES, TRIGGER_FEATURES } from '../answer/features.js';
import { fit, fitLogistic, thresholdFor, type Example } from '../answer/fit.js';
import { linear, MODEL_PATH, scores, sigmoid, triggerInputs, type RankerModel } from '../answer/model.js';
import { parseQuestion } from '../answer/question.js';
import { parseArgs } from './args.js';
import { loadEngine, run, UsageError } from './common.js';
import { available, docsOf, readCases, readSets } from './question-sets.js';

const USAGE = 'usage: npm run train -- [--precision 0.8] [--l2 0.003] [--trigger-l2 0.1] [--out FILE]';

interface Scored {
  set: string;
  held: boolean;
  example: Example;
  answerable: boolean;
  /** In calibration each set counts alike: no one benchmark's mix of questions sets the threshold. */
  setWeight: number;
  /** Another library's question (borrowedQuestions). */
  borrowed?: boolean;
}

run(async () => {
  const args = parseArgs(process.argv.slice(2), { flags: ['help'], options: ['precision', 'out', 'l2', 'trigger-l2'] });
  if (args.flags.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.error) throw new UsageError(`${args.error}\n${USAGE}`);
  const precision = Number(args.options.precision ?? 0.8);
  if (!(precision > 0 && precision < 1)) throw new UsageError(`--precision is a number between 0 and 1\n${USAGE}`);
  const out = args.options.out ?? fileURLToPath(MODEL_PATH);
  const triggerL2 = Number(args.options['trigger-l2'] ?? 0.1);

  const all: Scored[] = [];
  const trainedOn: string[] = [];
  const libraries: Library[] = [];
  for (const set of readSets()) {
    if (!available(set)) {
      console.error(`skipped ${set.name}: not on this machine`);
      continue;
    }
    if (set.train === false) continue;
    const engine = await loadEngine(await docsOf(set));
    const cases = readCases(set.questions, set.format);
    const fitCount = cases.filter((c) => !isHeldOut(c)).length;
    trainedOn.push(`${set.name} (${fitCount} of ${cases.length} questions)`);
    if (set.format !== 'wikiqa') libraries.push({ docs: set.docs, engine, cases, archive: set.docs.startsWith('@') });
    // In ranking every question counts alike (fourth-root set weights were measured worse on WikiQA);
    // in calibration every set does.
    for (const c of cases) {
      const meaning = engine.index.meaning ? await questionMeaning(c.q) : undefined;
      all.push({ set: set.name, held: isHeldOut(c), answerable: !!c.expect?.length, example: exampleOf(engine.index, c, 1, meaning), setWeight: 1 / fitCount });
    }
  }
  const borrowed = await borrowedQuestions(libraries);
  all.push(...borrowed);
  if (borrowed.length) trainedOn.push(`borrowed (${borrowed.filter((b) => !b.held).length} questions of one team library asked of another, each counting ${BORROWED_WEIGHT})`);
  const fitting = all.filter((s) => !s.held).map((s) => s.example);
  const fitted = fit(fitting, { l2: Number(args.options.l2 ?? 0.003), signs: FEATURES.map((f) => FEATURE_SIGNS[f] ?? 0), nullSigns: NULL_FEATURES.map((f) => NULL_FEATURE_SIGNS[f] ?? 0) });
  // The ranker's best candidate per question, and what the confidence model reads of it.
  const best = (e: Example) => {
    const s = scores(fitted, e.features, e.nullFeatures);
    let top = -1;
    for (let i = 0; i < e.features.length; i++) if (top < 0 || s[i] > s[top]) top = i;
    return { inputs: top < 0 ? null : triggerInputs(s, e.features, e.nullFeatures)[top], right: top >= 0 && e.right.includes(top) };
  };
  // Each question's best candidate, judged once: the confidence model is fitted, thresholded and reported on these.
  const judged = all.map((s) => ({ ...s, ...best(s.example) }));
  // Regularised, the confidence model generalises across libraries: fitted on the team's own sets
  // alone it needed a penalty of 1; with the borrowed questions beside them 0.1 declines more of
  // the never-fitted sets' off-topic questions without refusing more of their answerable ones, on
  // either half fitted. Its scale is then restored by one monotone map (Platt), so that of the
  // answers given at 0.8 about 80% are right. The map changes no ordering, so no decision.
  const rows = judged.filter((j) => !j.held && j.inputs).map((j) => ({ x: j.inputs!, right: j.right, weight: j.setWeight }));
  const shape = fitLogistic(rows, { l2: triggerL2 });
  // Borrowed questions teach the shape; the team's own sets alone set the scale and the threshold.
  const own = judged.filter((j) => !j.held && !j.borrowed);
  const calibrating = own.filter((j) => j.inputs).map((j) => ({ x: j.inputs!, right: j.right, weight: j.setWeight }));
  const [a, b] = fitLogistic(calibrating.map((r) => ({ ...r, x: [1, linear(shape, r.x)] })), { l2: 0 });
  const triggerWeights = shape.map((w, i) => b * w + (i === 0 ? a : 0));
  const top = (j: (typeof judged)[number]) => ({ confidence: j.inputs ? sigmoid(linear(triggerWeights, j.inputs)) : 0, right: j.right, weight: j.setWeight });
  const threshold = thresholdFor(own.map(top), precision);
  const model: RankerModel = {
    version: 1,
    features: [...FEATURES],
    weights: fitted.weights.map(round),
    nullFeatures: [...NULL_FEATURES],
    nullWeights: fitted.nullWeights.map(round),
    means: fitted.means.map(round),
    trigger: { features: [...TRIGGER_FEATURES], weights: triggerWeights.map(round) },
    threshold: round(threshold),
    targetPrecision: precision,
    trainedOn,
    trainedAt: new Date().toISOString().slice(0, 10),
  };
  writeFileSync(out, `${JSON.stringify(model, null, 2)}\n`);
  console.log(`fitted on ${fitting.length} questions (loss ${fitted.loss.toFixed(3)}); threshold ${model.threshold} for precision ${precision}; written to ${out}`);
  FEATURES.forEach((f, i) => console.log(`  ${f.padEnd(16)} ${model.weights[i].toFixed(3)}`));
  NULL_FEATURES.forEach((f, i) => console.log(`  null.${f.padEnd(11)} ${model.nullWeights[i].toFixed(3)}`));
  TRIGGER_FEATURES.forEach((f, i) => console.log(`  trigger.${f.padEnd(8)} ${model.trigger.weights[i].toFixed(3)}`));
  // Reliability on what was not fitted: of the answers given at each confidence, how many were right.
  const held = judged.filter((j) => j.held && !j.borrowed).map(top);
  console.log('held-out reliability (best sentence\'s confidence → share right):');
  for (let lo = 0; lo < 1; lo += 0.2) {
    const inBucket = held.filter((h) => h.confidence >= lo && (h.confidence < lo + 0.2 || lo + 0.2 >= 1));
    if (inBucket.length) console.log(`  ${lo.toFixed(1)}–${(lo + 0.2).toFixed(1)}  ${String(inBucket.length).padStart(4)} answers  ${((100 * inBucket.filter((h) => h.right).length) / inBucket.length).toFixed(0).padStart(3)}% right`);
  }
  const borrowedHeld = judged.filter((j) => j.held && j.borrowed).map(top);
  console.log(`held-out borrowed questions declined: ${borrowedHeld.filter((b) => b.confidence < threshold).length} of ${borrowedHeld.length}`);
  return 0;
});

const round = (x: number) => Math.round(x * 1e5) / 1e5;

/**
 * How much a borrowed question counts beside one of a library's own (a third: measured against
 * none, a third and a whole one on the held-out halves and the never-fitted sets).
 */
const BORROWED_WEIGHT = 0.3;

/** A fitted set's documents as the borrowed questions see them: its engine and its questions. */
interface Library {
  docs: string;
  engine: Awaited<ReturnType<typeof loadEngine>>;
  cases: EvalCase[];
  /** A large archive (the State of the Union): asked the others' questions, never lending its own. */
  archive: boolean;
}

/**
 * The answerable questions of each team library, asked of every other one, as questions it
 * cannot answer: off-topic there, yet in a team's words about the same kind of things (leave,
 * expenses, on-call, laptops), the near misses a bot must decline ("the gym allowance" of a guide
 * that has only an internet allowance). They are asked of the State of the Union archive too
 * (fitted alone on the small libraries, a large one's off-topic questions were answered more
 * often). Only the fitting halves are fitted on, as everywhere; WikiQA's own questions already
 * cover a folder of encyclopedia pages.
 */
async function borrowedQuestions(libraries: Library[]): Promise<Scored[]> {
  // Sets sharing documents (the three seed sets) are one library; a large archive is asked too:
  // there many sentences share a word with any question.
  const byLibrary = new Map<string, EvalCase[]>();
  const engines = new Map<string, Library['engine']>();
  for (const l of libraries) {
    engines.set(l.docs, l.engine);
    if (l.archive) continue;
    byLibrary.set(l.docs, [...(byLibrary.get(l.docs) ?? []), ...l.cases.filter((c) => c.expect?.length)]);
  }
  const targets = [...byLibrary.keys(), ...libraries.filter((l) => l.archive).map((l) => l.docs)];
  const out: Scored[] = [];
  for (const docs of targets) {
    const engine = engines.get(docs)!;
    const borrowed = [...byLibrary].filter(([other]) => other !== docs).flatMap(([, cases]) => cases);
    for (const c of borrowed) {
      const meaning = engine.index.meaning ? await questionMeaning(c.q) : undefined;
      out.push({ set: `${docs} (borrowed)`, held: isHeldOut(c), answerable: false, borrowed: true, example: exampleOf(engine.index, { q: c.q, expect: null }, BORROWED_WEIGHT, meaning), setWeight: BORROWED_WEIGHT / borrowed.length });
    }
  }
  return out;
}

function exampleOf(index: Parameters<typeof candidates>[0], c: EvalCase, weight: number, meaning: Float32Array | undefined): Example {
  const found = candidates(index, parseQuestion(c.q), undefined, meaning);
  if (!found) return { features: [], nullFeatures: NULL_FEATURES.map(() => 0), right: [], weight };
  const right = c.expect?.length ? found.facts.map((f, i) => (matches(index.facts[f].text, c) ? i : -1)).filter((i) => i >= 0) : [];
  return { features: found.features, nullFeatures: found.nullFeatures, right, weight };
}
