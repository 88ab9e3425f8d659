/**
 * 👍 / 👎 on answers, kept across restarts as JSON Lines: one append per verdict, so a crash
 * can cost at most the line being written, never what was already saved.
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
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
      await appendFile(path, `${JSON.stringify(f)}\n`);
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
