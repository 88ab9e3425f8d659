/**
 * `npm run bench`: build, load and answer at archive scale (the State of the Union corpus at
 * 10% to 300%), against plain Fuse.js, and end to end through the Slack app. Prints a report
 * and writes it to bench/results.md. `-- --smoke` is the tiny version CI runs: same code
 * paths, minimal sizes, output checked for shape only, nothing written to bench/.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { openEngine } from '../src/answer/engine.js';
import { liveEngine } from '../src/answer/live.js';
import { evaluate, type EvalCase } from '../src/answer/evaluate.js';
import type { Answer } from '../src/answer/types.js';
import { parseArgs } from '../src/cli/args.js';
import { prepareDocuments, readDocuments } from '../src/facts/read.js';
import { loadOrBuild } from '../src/facts/table.js';
import { wordCount } from '../src/facts/text.js';
import { writeCorpus } from './corpus.js';
import { writePdfCorpus } from './pdf-corpus.js';
import { runE2e, WARM_UP } from './e2e.js';
import { postgresAvailable, startPostgres } from '../test/pg-server.js';
import { median, ms, summary } from './stats.js';

const args = parseArgs(process.argv.slice(2), { flags: ['smoke', 'help'], options: ['runs', 'out'] });
if (args.flags.help || args.error) {
  console.log('usage: npm run bench -- [--smoke] [--runs N] [--out FILE]');
  process.exit(args.error ? 2 : 0);
}
const smoke = args.flags.smoke;
const runs = Number(args.options.runs ?? (smoke ? 1 : 3));
const out = args.options.out ?? (smoke ? join(mkdtempSync(join(tmpdir(), 'factbot-bench-')), 'results.md') : 'bench/results.md');
const sizes = smoke ? [0.02] : [0.1, 0.5, 1, 3];
// As the package's scripts run a command: Node with tsx's loader (one process; the tsx CLI adds a second).
const TSX = process.execPath;
const TSX_ARGS = ['--import', 'tsx'];
const dataDir = mkdtempSync(join(tmpdir(), 'factbot-bench-data-'));
const log = (s: string) => process.stderr.write(`${s}\n`);

const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${process.platform}`;

interface StepResult {
  ms: number;
  maxRssMB: number;
  facts: number;
  documents: number;
}

/** A build or load in a fresh process; the median of `runs` by time, with the largest peak RSS. */
function step(mode: 'build' | 'load', dir: string, table: string): StepResult {
  const results: StepResult[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(TSX, [...TSX_ARGS, 'bench/build-child.ts', mode, dir, table], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir }, maxBuffer: 1 << 20 });
    if (r.status !== 0) throw new Error(`${mode} of ${dir} failed: ${r.stderr}`);
    results.push(JSON.parse(r.stdout.trim().split('\n').pop()!));
  }
  return { ...results[0], ms: median(results.map((r) => r.ms)), maxRssMB: Math.max(...results.map((r) => r.maxRssMB)) };
}

interface Latency {
  /** The first pass: each question's words met for the first time (WordNet pages read from disk). */
  cold: ReturnType<typeof summary>;
  /** The later passes: a running bot that has seen these words before. */
  warm: ReturnType<typeof summary>;
  precisionAt1: number;
  falseAnswerRate: number;
  perQuestion: Map<string, number>;
  ask: (q: string) => Promise<Answer>;
}

/**
 * Every question of the set timed one by one: a first pass (reported apart), SETTLE untimed
 * passes while the JIT finishes optimising the hot paths, then `passes` timed passes.
 */
async function latency(dir: string, table: string, cases: EvalCase[], passes: number): Promise<Latency> {
  const engine = await openEngine(dir, { tablePath: table, warm: true });
  const cold: number[] = [];
  const warm: number[] = [];
  const perQuestion = new Map<string, number[]>();
  for (let p = -1 - SETTLE; p < passes; p++) {
    for (const c of cases) {
      const t = performance.now();
      await engine.ask(c.q);
      const dt = performance.now() - t;
      if (p === -1 - SETTLE) cold.push(dt);
      else if (p >= 0) warm.push(dt);
      perQuestion.set(c.q, [...(perQuestion.get(c.q) ?? []), dt]);
    }
  }
  const report = await evaluate(cases, (q) => engine.ask(q));
  return {
    cold: summary(cold),
    warm: summary(warm.length ? warm : cold),
    precisionAt1: report.precisionAt1,
    falseAnswerRate: report.falseAnswerRate,
    perQuestion: new Map([...perQuestion].map(([q, t]) => [q, median(t)])),
    ask: (q) => engine.ask(q),
  };
}

/** The naive approach: plain Fuse.js over every sentence, best hit taken as the answer. */
async function naive(dir: string, table: string, cases: EvalCase[]) {
  const engine = await openEngine(dir, { tablePath: table });
  const fuse = new Fuse(engine.table.facts.map((f) => f.text), { includeScore: true, ignoreLocation: true, threshold: 0.6 });
  const times = new Map<string, number>();
  let right = 0;
  let answerable = 0;
  for (const c of cases) {
    const t = performance.now();
    const hit = fuse.search(c.q, { limit: 1 })[0];
    times.set(c.q, performance.now() - t);
    if (c.expect) {
      answerable++;
      if (hit && c.expect.some((e) => hit.item.includes(e))) right++;
    }
  }
  return { times, precisionAt1: answerable ? right / answerable : NaN };
}

const cases = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as EvalCase[];
const seedCases = cases('eval/sets/seeds-team.json');
const sotuCases = cases('eval/sets/sotu.json');
const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : '–');
const lines: string[] = [];
const emit = (s = '') => {
  lines.push(s);
  console.log(s);
};

log(`bench: ${smoke ? 'smoke run' : `${runs} runs per build/load`}; machine: ${machine}`);

// 1. Build and load, seeds and each corpus size.
interface Row {
  name: string;
  dir: string;
  table: string;
  words: number;
  build: StepResult;
  load: StepResult;
}
const rows: Row[] = [];
const measure = (name: string, dir: string, words: number) => {
  const table = join(dataDir, `${name.replace(/\W+/g, '-')}.json`);
  log(`  build + load: ${name}`);
  const build = step('build', dir, table);
  const load = step('load', dir, table);
  rows.push({ name, dir, table, words, build, load });
};
measure('seeds', 'seeds', readDocuments('seeds').reduce((n, d) => n + wordCount(d.text), 0));
for (const f of sizes) {
  const c = writeCorpus(f);
  measure(`SOTU ${Math.round(f * 100)}%`, c.dir, c.words);
}

// 2. Answer latency and quality: seeds with their question set, the full corpus (or the smoke size) with its own.
const passes = smoke ? 1 : 20;
const SETTLE = smoke ? 0 : 3;
const full = rows.find((r) => r.name === 'SOTU 100%') ?? rows[rows.length - 1];
log(`  answering: seeds and ${full.name}`);
const seedLatency = await latency('seeds', rows[0].table, seedCases, passes);
const archiveLatency = await latency(full.dir, full.table, sotuCases, passes);

// 3. Naive Fuse.js on the same corpus: a sample of questions (it takes seconds each at full size).
const sample = smoke ? sotuCases.slice(0, 2) : sotuCases.filter((_, i) => i % 6 === 0);
log(`  naive Fuse.js: ${sample.length} questions on ${full.name}`);
const naiveResult = await naive(full.dir, full.table, sample);
const naiveMedian = median([...naiveResult.times.values()]);
const oursOnSample = median(sample.map((c) => archiveLatency.perQuestion.get(c.q)!));

// 4. `npm run ask` wall time, as a new user first meets it.
const askWall: number[] = [];
for (let i = 0; i < (smoke ? 1 : 5); i++) {
  const t = performance.now();
  const r = spawnSync(TSX, [...TSX_ARGS, 'src/cli/ask.ts', "Who did Netanyahu ask to convey assurances to Iran?"], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir } });
  if (r.status !== 0) throw new Error(`ask failed: ${r.stderr}`);
  askWall.push(performance.now() - t);
}

// 5. Re-indexing while running: one document changes at a time; the live engine picks it up.
// At every corpus size, so whether the cost follows the library's size shows.
interface Reindex {
  name: string;
  documents: number;
  facts: number;
  /** Until the new version answers, and with its table saved; medians over the edits. */
  swapMs: number;
  savedMs: number;
}
const reindexRows: Reindex[] = [];
for (const row of rows.filter((r) => r.name !== 'seeds')) {
  log(`  re-index: documents of ${row.name} changing one at a time`);
  // Neither the watcher nor the periodic check: each edit is checked by the call timed.
  const live = await liveEngine(row.dir, { tablePath: row.table, pollMs: 3_600_000, debounceMs: 3_600_000 });
  let swapMs = 0;
  live.onSwap((_, change) => (swapMs = change.ms));
  const names = readdirSync(row.dir).sort();
  const swaps: number[] = [];
  const saved: number[] = [];
  // The first, a middle and the last document by name, and each twice, so no one position is favoured.
  for (const name of [names[0], names[names.length >> 1], names[names.length - 1]].flatMap((n) => (smoke ? [n] : [n, n]))) {
    appendFileSync(join(row.dir, name), `\nThe archive gained one more sentence for the benchmark, number ${swaps.length}.\n`);
    const started = performance.now();
    if (!(await live.refresh())) throw new Error(`the live engine did not see ${name} change`);
    saved.push(performance.now() - started);
    swaps.push(swapMs);
  }
  reindexRows.push({ name: row.name, documents: live.table.documents.length, facts: live.table.facts.length, swapMs: median(swaps), savedMs: median(saved) });
  live.stop();
}

// 5b. PDFs: extraction and indexing throughput on real PDF files of the archive's text.
const pdfCount = smoke ? 2 : 40;
log(`  PDFs: ${pdfCount} addresses as PDF files`);
const pdfs = await writePdfCorpus(pdfCount);
const pdfData = mkdtempSync(join(tmpdir(), 'factbot-pdf-data-'));
const pdfStarted = performance.now();
await prepareDocuments(pdfs.dir, { extractedDir: join(pdfData, 'extracted') });
const extractMs = performance.now() - pdfStarted;
const pdfTable = loadOrBuild(pdfs.dir, join(pdfData, 'table.json'), { extractedDir: join(pdfData, 'extracted') });
const pdfTotalMs = performance.now() - pdfStarted;
if (pdfTable.skipped.length) throw new Error(`PDFs skipped: ${pdfTable.skipped.map((s) => `${s.name}: ${s.reason}`).join('; ')}`);

// 6. Memory under a stream of novel words: a bot running for months meets names and typos without end.
// Twice: by words alone, long enough for the vocabulary to show any growth, and with sentence
// meaning (each question encoded on the model's thread, ~30 ms), fewer but long enough for a leak there to show.
type Novel = { questions: number; ms: number; heapBeforeMB: number; heapAfterMB: number; rssBeforeMB: number; rssAfterMB: number };
const novelRun = (count: number, meaning: boolean): Novel => {
  log(`  memory: ${count} questions of novel words, ${meaning ? 'with sentence meaning' : 'words only'}`);
  const env = { ...process.env, DATA_DIR: dataDir, SENTENCE_VECTORS_MAX_FACTS: meaning ? '10000' : '0' };
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/novel-child.ts', String(count)], { encoding: 'utf8', env, maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`novel-word run failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Novel;
};
const novels = [{ label: 'words only', ...novelRun(smoke ? 2_000 : 200_000, false) }, { label: 'with sentence meaning', ...novelRun(smoke ? 100 : 3_000, true) }];

// 7. End to end through Slack: the issue's load (20 at a time), and lighter loads to show where it saturates.
const e2eLoads = smoke ? [{ requests: 20, concurrency: 5 }] : [{ requests: 100, concurrency: 1 }, { requests: 200, concurrency: 5 }, { requests: 500, concurrency: 20 }];
const e2eRuns = [];
for (const load of e2eLoads) {
  log(`  end to end: ${load.requests} signed mentions, ${load.concurrency} concurrent`);
  e2eRuns.push(await runE2e({ ...load, seedsDir: 'seeds', questions: seedCases.filter((c) => c.expect).map((c) => c.q) }));
}
// Several instances: two apps behind round robin on one PostgreSQL server (a throwaway cluster on loopback).
if (postgresAvailable()) {
  const load = smoke ? { requests: 20, concurrency: 5 } : { requests: 500, concurrency: 20 };
  log(`  end to end: ${load.requests} signed mentions, ${load.concurrency} concurrent, two instances on PostgreSQL`);
  const server = await startPostgres();
  try {
    e2eRuns.push(await runE2e({ ...load, instances: 2, databaseUrl: server.url, seedsDir: 'seeds', questions: seedCases.filter((c) => c.expect).map((c) => c.q) }));
  } finally {
    server.stop();
  }
} else log('  (PostgreSQL not installed here: the two-instance run is skipped)');

// Report.
const first = rows[1] ?? rows[0];
emit(`# Benchmark results${smoke ? ' (smoke run: sizes too small to mean anything)' : ''}`);
emit();
emit(`Machine: ${machine}. ${new Date().toISOString().slice(0, 10)}. Build and load: median of ${runs} run(s), each in a fresh process; peak RSS is the largest of them.`);
emit();
emit('## Fact table: build and load');
emit();
emit('| Corpus | Documents | Words | Facts | Build (ms) | Build peak RSS (MB) | Load (ms) | Load peak RSS (MB) | Build ms per 1k facts |');
emit('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) emit(`| ${r.name} | ${r.build.documents} | ${r.words.toLocaleString('en')} | ${r.build.facts.toLocaleString('en')} | ${ms(r.build.ms)} | ${r.build.maxRssMB.toFixed(0)} | ${ms(r.load.ms)} | ${r.load.maxRssMB.toFixed(0)} | ${ms((r.build.ms / r.build.facts) * 1000)} |`);
emit();
if (rows.length > 2) {
  const last = rows[rows.length - 1];
  const factRatio = last.build.facts / first.build.facts;
  emit(`Growth from ${first.name} to ${last.name}: ${factRatio.toFixed(1)}× the facts took ${(last.build.ms / first.build.ms).toFixed(1)}× the build time, ${(last.build.maxRssMB / first.build.maxRssMB).toFixed(1)}× the build memory and ${(last.load.ms / first.load.ms).toFixed(1)}× the load time.`);
  emit();
}
emit('## Answering');
emit();
emit(`Every question of the set timed alone. *First pass*: each word met for the first time since start-up (its WordNet relatives and spelling neighbours worked out). *Later passes*: after ${SETTLE} untimed passes for the JIT to settle, ${passes} timed passes, as a bot that has been running a while.`);
emit();
emit('| Corpus | Questions | Pass | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | Precision at 1 | Unanswerable answered |');
emit('|---|---:|---|---:|---:|---:|---:|---:|---:|');
for (const [name, n, l] of [['seeds', seedCases.length, seedLatency], [full.name, sotuCases.length, archiveLatency]] as const) {
  emit(`| ${name} | ${n} | later | ${ms(l.warm.p50)} | ${ms(l.warm.p95)} | ${ms(l.warm.p99)} | ${ms(l.warm.max)} | ${pct(l.precisionAt1)} | ${pct(l.falseAnswerRate)} |`);
  emit(`| ${name} | ${n} | first | ${ms(l.cold.p50)} | ${ms(l.cold.p95)} | ${ms(l.cold.p99)} | ${ms(l.cold.max)} | | |`);
}
emit();
emit('## Re-indexing while running');
emit();
emit(`A document of the library gains a sentence; the running engine (\`src/answer/live.ts\`) notices and swaps in the new version. Unchanged files are not read again (their stamps are), unchanged documents keep their facts and their postings (moved, not rebuilt), and the table is saved per document, so the cost follows the changed file, not the library. Medians over ${reindexRows[0] ? (smoke ? 3 : 6) : 0} edits (the first, a middle and the last document by name).`);
emit();
emit('| Corpus | Documents | Facts | Until the new version answers (ms) | With the table saved (ms) |');
emit('|---|---:|---:|---:|---:|');
for (const r of reindexRows) emit(`| ${r.name} | ${r.documents} | ${r.facts.toLocaleString('en')} | ${ms(r.swapMs)} | ${ms(r.savedMs)} |`);
emit();
emit('## PDFs');
emit();
emit(`${pdfs.files} addresses laid out as PDF files (${pdfs.pages} pages, ${(pdfs.bytes / 2 ** 20).toFixed(1)} MB): text extracted in ${ms(extractMs)} ms (${(pdfs.pages / (extractMs / 1000)).toFixed(0)} pages/s), extracted and indexed in ${ms(pdfTotalMs)} ms (${(pdfs.pages / (pdfTotalMs / 1000)).toFixed(0)} pages/s), ${pdfTable.table.facts.length.toLocaleString('en')} facts, each page after the first a section.`);
emit();
emit('## Memory under novel questions');
emit();
emit('Questions each with three made-up words, against the seed documents in one process; heap after a full collection (RSS includes the sentence model\'s thread).');
emit();
emit('| Run | Questions | ms each | Heap before (MB) | Heap after (MB) | RSS before (MB) | RSS after (MB) |');
emit('|---|---:|---:|---:|---:|---:|---:|');
for (const n of novels) emit(`| ${n.label} | ${n.questions.toLocaleString('en')} | ${ms(n.ms / n.questions)} | ${n.heapBeforeMB.toFixed(1)} | ${n.heapAfterMB.toFixed(1)} | ${n.rssBeforeMB.toFixed(0)} | ${n.rssAfterMB.toFixed(0)} |`);
emit();
emit('## Against plain Fuse.js over every sentence');
emit();
emit(`${sample.length} questions of the ${full.name} set (every sixth), answered by Fuse.js (\`ignoreLocation\`, threshold 0.6, best hit) and by the fact bot, same process, same table.`);
emit();
emit('| Approach | Median per question (ms) | Precision at 1 on the sample |');
emit('|---|---:|---:|');
emit(`| plain Fuse.js | ${ms(naiveMedian)} | ${pct(naiveResult.precisionAt1)} |`);
emit(`| fact bot | ${ms(oursOnSample)} | ${pct((await evaluate(sample, archiveLatency.ask)).precisionAt1)} |`);
emit();
emit(`The fact bot is **${(naiveMedian / oursOnSample).toFixed(0)}×** faster per question here.`);
emit();
emit('## Command line and Slack, end to end');
emit();
emit(`\`npm run ask -- "Who did Netanyahu ask to convey assurances to Iran?"\` wall time, median of ${askWall.length}: **${ms(median(askWall))} ms**.`);
emit();
emit(`The real app (\`src/main.ts\`, HTTP mode) in its own process; a Slack-compatible API on a loopback socket in the benchmark's process; signed \`app_mention\` requests sent over keep-alive connections after ${WARM_UP} warm-up requests at the same concurrency; seed documents. *Answer*: request sent → \`chat.postMessage\` received. *Ack*: request sent → HTTP response (Slack allows 3,000 ms). The last row: two instances behind round robin on one PostgreSQL server (a throwaway cluster on loopback; once-only claims and rate counters in the database), all on this machine's 2 cores with the driver and the fake Slack: it measures what the database costs each answer, not scale-out.`);
emit();
emit('| Instances | Store | Requests | Concurrent | Answer p50 (ms) | Answer p99 (ms) | Answer max (ms) | Ack p50 (ms) | Ack p99 (ms) | Ack max (ms) | Answered in the thread |');
emit('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of e2eRuns) {
  const a = summary(r.answer);
  const k = summary(r.ack);
  emit(`| ${r.instances} | ${r.store} | ${r.requests} | ${r.concurrency} | ${ms(a.p50)} | ${ms(a.p99)} | ${ms(a.max)} | ${ms(k.p50)} | ${ms(k.p99)} | ${ms(k.max)} | ${r.threadedCorrectly} of ${r.requests} (${r.missing} missing) |`);
}

writeFileSync(out, `${lines.join('\n')}\n`);
log(`bench: written to ${out}`);
if (e2eRuns.some((r) => r.missing > 0 || r.answer.length !== r.requests)) process.exitCode = 1;
