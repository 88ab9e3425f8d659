/**
 * 👍 / 👎 on answers, kept across restarts as JSON Lines: one append per verdict, so a crash
 * can cost at most the line being written, never what was already saved. The same verdict by
 * the same person on the same answer is kept once, and the file is bounded: past
 * MAX_FEEDBACK_BYTES it becomes `feedback.1.jsonl` (one older generation kept) and a new one starts.
 */
import { appendFile, mkdir, open, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface Feedback {
  question: string;
  factId: string | null;
  userId: string;
  verdict: 'up' | 'down';
  at: string;
  /** What was wrong, when the person said (the optional follow-up to a 👎). */
  comment?: string;
}

export interface FeedbackStore {
  record(f: Feedback): Promise<void>;
  all(): Promise<Feedback[]>;
}

export const MAX_FEEDBACK_BYTES = 10 * 1024 * 1024;

const keyOf = (f: Feedback) => JSON.stringify([f.userId, f.question, f.factId, f.verdict, f.comment ?? null]);

export function fileFeedbackStore(dataDir: string, opts: { maxBytes?: number } = {}): FeedbackStore {
  const path = join(dataDir, 'feedback.jsonl');
  const maxBytes = opts.maxBytes ?? MAX_FEEDBACK_BYTES;
  let seen: Set<string> | null = null;
  const readAll = async (file: string) => parse(await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? '' : Promise.reject(err))));
  return {
    async record(f) {
      await mkdir(dataDir, { recursive: true });
      seen ??= new Set((await readAll(path)).map(keyOf));
      const key = keyOf(f);
      if (seen.has(key)) return;
      const size = await stat(path).then((s) => s.size, () => 0);
      if (size >= maxBytes) {
        await rename(path, join(dataDir, 'feedback.1.jsonl'));
        seen.clear();
      }
      // After a torn last line, start on a fresh one so this record is not glued to the wreck.
      const lead = (await endsMidLine(path)) ? '\n' : '';
      await appendFile(path, `${lead}${JSON.stringify(f)}\n`);
      seen.add(key);
    },
    async all() {
      return [...(await readAll(join(dataDir, 'feedback.1.jsonl'))), ...(await readAll(path))];
    },
  };
}

function parse(text: string): Feedback[] {
  return text
        .split('\n')
        .filter(Boolean)
        .flatMap((line) => {
          try {
            return [JSON.parse(line) as Feedback];
          } catch {
            return []; // a line torn by a crash mid-append
          }
        });
}

async function endsMidLine(path: string): Promise<boolean> {
  const fh = await open(path, 'r').catch(() => null);
  if (!fh) return false;
  try {
    const { size } = await fh.stat();
    if (size === 0) return false;
    const { buffer } = await fh.read(Buffer.alloc(1), 0, 1, size - 1);
    return buffer[0] !== 0x0a;
  } finally {
    await fh.close();
  }
}
