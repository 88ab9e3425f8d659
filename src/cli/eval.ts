/**
 * `npm run eval`: answering quality per question set (eval/sets.json), on the held-out half
 * of each set by default: the half `npm run train` never sees.
 */
import { evaluate, isHeldOut, type EvalCase, type EvalReport } from '../answer/evaluate.js';
import { parseArgs } from './args.js';
import { loadEngine, run, UsageError } from './common.js';
import { available, docsOf, readCases, readSets, type QuestionSet } from './question-sets.js';

const USAGE = `usage: npm run eval -- [--only NAME[,NAME]] [--part held-out|fit|all] [--set FILE --seeds DIR] [--json] [--verbose]
  Measures every set in eval/sets.json (or one --set FILE of {"q", "expect"} over --seeds DIR).`;

const PARTS = ['held-out', 'fit', 'all'] as const;
type Part = (typeof PARTS)[number];

export function partOf(cases: EvalCase[], part: Part): EvalCase[] {
  return part === 'all' ? cases : cases.filter((c) => isHeldOut(c) === (part === 'held-out'));
}

run(async () => {
  const args = parseArgs(process.argv.slice(2), { flags: ['json', 'verbose', 'help'], options: ['set', 'seeds', 'only', 'part'] });
  if (args.flags.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.error) throw new UsageError(`${args.error}\n${USAGE}`);
  const part = (args.options.part ?? (args.options.set ? 'all' : 'held-out')) as Part;
  if (!PARTS.includes(part)) throw new UsageError(`--part is one of ${PARTS.join(', ')}\n${USAGE}`);

  let sets: QuestionSet[];
  if (args.options.set) sets = [{ name: args.options.set, docs: args.options.seeds ?? process.env.SEEDS_DIR ?? 'seeds', questions: args.options.set }];
  else {
    const only = args.options.only?.split(',').map((s) => s.trim());
    sets = readSets().filter((s) => !only || only.includes(s.name));
    if (only && sets.length === 0) throw new UsageError(`no set named ${args.options.only} in eval/sets.json`);
  }
  const results: Array<{ set: string; part: Part; report: EvalReport }> = [];
  for (const set of sets) {
    if (!available(set)) {
      if (set.optional) {
        console.error(`skipped ${set.name}: ${set.questions} or ${set.docs} is not on this machine`);
        continue;
      }
      throw new UsageError(`the set ${set.name} needs ${set.questions} and ${set.docs}`);
    }
    const cases = partOf(readCases(set.questions, set.format), part);
    const engine = await loadEngine(await docsOf(set));
    results.push({ set: set.name, part, report: await evaluate(cases, (q) => engine.ask(q)) });
  }
  if (args.flags.json) {
    console.log(JSON.stringify(results, null, 2));
    return 0;
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  console.log(`Answering quality, ${part === 'all' ? 'every question' : `the ${part} part of each set`}:`);
  console.log('set              questions  P@1    MRR@3  refused  declined  short   trig-P  trig-R  trig-F1');
  for (const { set, report: r } of results) {
    const declined = r.unanswerable ? pct(1 - r.falseAnswerRate) : '     –';
    console.log(
      `${set.padEnd(16)} ${String(`${r.answerable}+${r.unanswerable}`).padStart(8)} ${pct(r.precisionAt1)} ${r.mrrAt3.toFixed(3).padStart(6)} ${pct(r.refusalRate)} ${declined.padStart(8)}  ${r.shortAnswers ? pct(r.shortAnswerAccuracy) : '     – '} ${pct(r.triggering.precision)} ${pct(r.triggering.recall)} ${(r.triggering.f1 * 100).toFixed(1).padStart(7)}`,
    );
  }
  console.log('questions: answerable+off-topic; refused: answerable declined; declined: off-topic declined; trig: answer triggering.');
  if (args.flags.verbose) {
    for (const { set, report } of results) for (const f of report.failures) console.log(`  ✗ [${set}] ${f.q}\n      ${f.problem}: ${f.got ?? '(nothing)'}`);
  }
  return 0;
});
