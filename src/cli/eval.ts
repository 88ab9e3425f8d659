/** `npm run eval`: answering quality over the labelled question set. */
import { readFileSync } from 'node:fs';
import { evaluate, type EvalCase } from '../answer/evaluate.js';
import { parseArgs } from './args.js';
import { loadEngine, run, seedsDir, UsageError } from './common.js';

const USAGE = 'usage: npm run eval -- [--set FILE] [--seeds DIR] [--json] [--verbose]';

run(() => {
  const args = parseArgs(process.argv.slice(2), { flags: ['json', 'verbose', 'help'], options: ['set', 'seeds'] });
  if (args.flags.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.error) throw new UsageError(`${args.error}\n${USAGE}`);
  const setPath = args.options.set ?? 'test/fixtures/eval-seeds.json';
  let cases: EvalCase[];
  try {
    cases = JSON.parse(readFileSync(setPath, 'utf8')) as EvalCase[];
  } catch (err) {
    throw new UsageError(`cannot read the question set ${setPath}: ${(err as Error).message}`);
  }
  const engine = loadEngine(seedsDir(args.options.seeds));
  const report = evaluate(cases, (q) => engine.ask(q));
  if (args.flags.json) {
    console.log(JSON.stringify(report, null, 2));
    return 0;
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(`Evaluation: ${setPath} (${report.answerable} answerable, ${report.unanswerable} unanswerable)`);
  console.log(`  precision at 1            ${pct(report.precisionAt1)}`);
  console.log(`  MRR over top 3            ${report.mrrAt3.toFixed(3)}`);
  console.log(`  answered correctly        ${pct(report.answeredCorrectly)}`);
  console.log(`  short-answer accuracy     ${pct(report.shortAnswerAccuracy)}`);
  console.log(`  answered unanswerable     ${pct(report.falseAnswerRate)}`);
  console.log(`  refused answerable        ${pct(report.refusalRate)}`);
  if (args.flags.verbose) for (const f of report.failures) console.log(`  ✗ ${f.q}\n      ${f.problem}: ${f.got ?? '(nothing)'}`);
  else if (report.failures.length) console.log(`  (${report.failures.length} failures; --verbose lists them)`);
  return 0;
});
