/**
 * `npm run facts`: the fact table as a readable table; `-- --json` as JSON;
 * `-- build` (re)builds and saves it.
 */
import type { Fact } from '../facts/types.js';
import { parseArgs } from './args.js';
import { loadEngine, run, seedsDir, UsageError } from './common.js';

const USAGE = 'usage: npm run facts -- [build] [--json] [--seeds DIR]';

run(async () => {
  const args = parseArgs(process.argv.slice(2), { flags: ['json', 'help'], options: ['seeds'] });
  if (args.flags.help) {
    console.log(USAGE);
    return 0;
  }
  const [command, ...rest] = args.positional;
  if (args.error || rest.length || (command && command !== 'build')) throw new UsageError(`${args.error ?? `unknown command ${[command, ...rest].join(' ')}`}\n${USAGE}`);
  const started = performance.now();
  const engine = await loadEngine(seedsDir(args.options.seeds), { rebuild: command === 'build' });
  const { table } = engine;
  if (command === 'build') {
    console.log(`Built ${table.facts.length} facts from ${table.documents.length} documents in ${Math.round(performance.now() - started)} ms → ${engine.tablePath}`);
    for (const d of table.documents) console.log(`  ${d.document}: ${d.facts} facts — ${d.title}${d.derivedTitle ? ' (title derived from the text)' : ''}`);
    return 0;
  }
  if (args.flags.json) {
    console.log(JSON.stringify(table, null, 2));
    return 0;
  }
  for (const d of table.documents) {
    console.log(`\n${d.title}  [${d.document}, ${d.facts} facts]`);
    for (const f of table.facts.filter((x) => x.document === d.document)) console.log(formatFact(f));
  }
  return 0;
});

function formatFact(f: Fact): string {
  const lines = [`\n  ${f.id}  ¶${f.paragraph}.${f.sentence}${f.section ? `  § ${f.section}` : ''}`, `    "${f.text}"`];
  if (f.entities.length) lines.push(`    entities: ${f.entities.map((e) => `${e.text} (${e.type.toLowerCase()})`).join('; ')}`);
  if (f.triple) lines.push(`    triple:   ${f.triple.subject} | ${f.triple.predicate} | ${f.triple.object}`);
  lines.push(`    lemmas:   ${f.lemmas.join(' ')}`);
  return lines.join('\n');
}
