/**
 * 👍 / 👎 on answers, kept across restarts as JSON Lines: one append per verdict, so a crash
 * can cost at most the line being written, never what was already saved.
 */
import { appendFile, mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface Feedback {
  question: string;
  factId: string | null;
  userId: string;
  verdict: 'up' | 'down';
  at: string;
}

export interface FeedbackStore {
  record(f: Feedback): Promise<void>;
  all(): Promise<Feedback[]>;
}

export function fileFeedbackStore(dataDir: string): FeedbackStore {
  const path = join(dataDir, 'feedback.jsonl');
  return {
    async record(f) {
      await mkdir(dataDir, { recursive: true });
      // After a torn last line, start on a fresh one so this record is not glued to the wreck.
      const lead = (await endsMidLine(path)) ? '\n' : '';
      await appendFile(path, `${lead}${JSON.stringify(f)}\n`);
    },
    async all() {
      const text = await readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? '' : Promise.reject(err)));
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
    },
  };
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
