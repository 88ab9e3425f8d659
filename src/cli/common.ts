/** What every command shares: where the documents are, and failing with one clear line. */
import { meaningOffLine, openEngine, type Engine } from '../answer/engine.js';
import { DocumentsError, prepareDocuments, skippedLine } from '../facts/read.js';
import { synonymsProblem } from '../answer/synonyms.js';
import { DOCUMENT_KINDS } from '../facts/folder.js';

export class UsageError extends Error {}

export function seedsDir(option: string | undefined): string {
  return option ?? process.env.SEEDS_DIR ?? 'seeds';
}

export async function loadEngine(dir: string, opts: { rebuild?: boolean } = {}): Promise<Engine> {
  try {
    await prepareDocuments(dir);
    const engine = await openEngine(dir, { ...opts, progress: (done, total) => console.error(`Reading documents: ${done} of ${total}…`), meaningProgress: (done, total) => console.error(`Reading sentences for meaning: ${done} of ${total}…`) });
    for (const s of engine.skipped) console.error(`warning: ${skippedLine(s)}`);
    if (engine.meaningError) console.error(`warning: ${meaningOffLine(engine.meaningError)}`);
    if (engine.saveError) console.error(`warning: the fact table could not be saved (${engine.saveError}); it will be rebuilt next time.`);
    if (engine.table.facts.length === 0) console.error(`warning: no facts in ${dir}: add ${DOCUMENT_KINDS} documents there.`);
    const synonyms = synonymsProblem();
    if (synonyms) console.error(`warning: ${synonyms}`);
    return engine;
  } catch (err) {
    if (err instanceof DocumentsError) throw new UsageError(`${err.message} Set --seeds DIR or SEEDS_DIR to a folder of ${DOCUMENT_KINDS} files.`);
    throw err;
  }
}

/** Runs a command's main, turning usage errors into exit code 2 and a closed pipe into a quiet exit. */
export async function run(main: () => Promise<number> | number): Promise<void> {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  try {
    process.exitCode = await main();
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`error: ${err.message}`);
      process.exitCode = 2;
    } else {
      console.error(`error: ${(err as Error).stack ?? err}`);
      process.exitCode = 1;
    }
  }
}
