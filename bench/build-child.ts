/**
 * One measurement in a fresh process, so peak memory (RSS) belongs to that step alone:
 * `build DIR TABLE` builds and saves a fact table; `load DIR TABLE` opens an already-built one.
 * Prints one JSON line.
 */
import { openEngine } from '../src/answer/engine.js';

const [mode, dir, tablePath] = process.argv.slice(2);
const started = performance.now();
// Warmed as the Slack app opens it, so load time is what a starting bot pays.
const engine = await openEngine(dir, { tablePath, rebuild: mode === 'build', warm: true });
const elapsed = performance.now() - started;
if (mode === 'load' && engine.origin !== 'loaded') throw new Error(`expected a built table at ${tablePath}`);
if (engine.saveError) throw new Error(engine.saveError);
console.log(JSON.stringify({ ms: elapsed, maxRssMB: process.resourceUsage().maxRSS / 1024, facts: engine.table.facts.length, documents: engine.table.documents.length }));
