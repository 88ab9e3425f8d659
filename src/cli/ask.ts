/**
 * `npm run ask -- "question"`: answer from the documents, no Slack needed.
 * Without a question, reads one per line from standard input and answers each in order.
 */
import './warm-sentence-model.js';
import { createInterface } from 'node:readline';
import { answerJson, formatAnswer, formatAnswerLine } from './format.js';
import { parseArgs } from './args.js';
import { loadEngine, run, seedsDir, UsageError } from './common.js';

const USAGE = `usage: npm run ask -- [--json] [--seeds DIR] ["question" …]
  With no question, reads questions from standard input, one per line.`;

run(async () => {
  const args = parseArgs(process.argv.slice(2), { flags: ['json', 'help'], options: ['seeds'] });
  if (args.flags.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.error) throw new UsageError(`${args.error}\n${USAGE}`);
  const engine = await loadEngine(seedsDir(args.options.seeds));

  if (args.positional.length > 0) {
    const question = args.positional.join(' ');
    const a = await engine.ask(question);
    console.log(args.flags.json ? JSON.stringify(answerJson(a)) : formatAnswer(a));
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const a = await engine.ask(line);
    console.log(args.flags.json ? JSON.stringify(answerJson(a)) : formatAnswerLine(a));
  }
  return 0;
});
