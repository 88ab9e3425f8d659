/**
 * Questions the documents did not answer: what curators should add. Each is kept once, counted
 * again when asked in other words (the same content words, mostly), and marked answered once
 * the library answers it. Kept in DATA_DIR/gaps.json (atomic writes, locked across processes),
 * bounded: past MAX_GAPS the least asked of the oldest go first.
 */
import { join } from 'node:path';
import { readJson, withLock, writeJsonAtomic } from './files.js';

export interface Gap {
  /** The question as first asked. */
  question: string;
  /** Its content words (lemmas), what "the same question in other words" is judged by. */
  terms: string[];
  asked: number;
  channels: string[];
  /** Asked at least once where the channel could see it (a mention, a follow-up), not only privately: the digest may show it. */
  openly?: boolean;
  firstAt: string;
  lastAt: string;
  /** When the library first answered it, and with what. */
  answered?: { at: string; quote: string; title: string };
}

export interface GapStore {
  /** A declined question: a new gap, or one more asking of a known one. */
  record(g: { question: string; terms: string[]; channel: string; at: string; openly: boolean }): Promise<void>;
  /** Every gap, most asked first (open ones before answered ones). */
  all(): Promise<Gap[]>;
  /** Marks gaps answered (by question), leaving the rest alone. */
  markAnswered(answers: Array<{ question: string; quote: string; title: string; at: string }>): Promise<void>;
}

export const MAX_GAPS = 1000;
/** Two wordings are one question when they share this much of their content words. */
const SAME_QUESTION = 0.6;

interface GapFile {
  version: 1;
  gaps: Gap[];
}

const isGapFile = (v: unknown): v is GapFile => !!v && typeof v === 'object' && (v as GapFile).version === 1 && Array.isArray((v as GapFile).gaps);

/** Whether a question, asked with these content words, is `gap` asked again (in other words or not). Both stores judge by it. */
export function sameQuestion(gap: Pick<Gap, 'question' | 'terms'>, question: string, terms: readonly string[]): boolean {
  return gap.question === question || overlap(gap.terms, terms) >= SAME_QUESTION;
}

export function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const sb = new Set(b);
  const shared = a.filter((x) => sb.has(x)).length;
  return shared / new Set([...a, ...b]).size;
}

export function byMostAsked(gaps: readonly Gap[]): Gap[] {
  return [...gaps].sort((x, y) => Number(!!x.answered) - Number(!!y.answered) || y.asked - x.asked || y.lastAt.localeCompare(x.lastAt));
}

export function fileGapStore(dataDir: string, opts: { maxGaps?: number } = {}): GapStore {
  const path = join(dataDir, 'gaps.json');
  const max = opts.maxGaps ?? MAX_GAPS;
  const read = () => readJson<GapFile>(path, { version: 1, gaps: [] }, isGapFile).value;
  const update = (change: (gaps: Gap[]) => Gap[]) =>
    withLock(`${path}.lock`, async () => {
      const file = read();
      writeJsonAtomic(path, { version: 1, gaps: change(file.gaps) });
    });
  return {
    record: (g) =>
      update((gaps) => {
        const terms = [...new Set(g.terms)].sort();
        const same = gaps.find((x) => !x.answered && sameQuestion(x, g.question, terms));
        if (same) {
          same.asked++;
          same.lastAt = g.at;
          if (!same.channels.includes(g.channel)) same.channels = [...same.channels, g.channel].slice(-20);
          if (g.openly) same.openly = true;
          return gaps;
        }
        const next = [...gaps, { question: g.question, terms, asked: 1, channels: [g.channel], firstAt: g.at, lastAt: g.at, ...(g.openly ? { openly: true } : {}) }];
        if (next.length <= max) return next;
        // Answered gaps go first, then the least asked, oldest first.
        const drop = [...next].sort((x, y) => Number(!!y.answered) - Number(!!x.answered) || x.asked - y.asked || x.lastAt.localeCompare(y.lastAt))[0];
        return next.filter((x) => x !== drop);
      }),
    all: async () => byMostAsked(read().gaps),
    markAnswered: (answers) =>
      update((gaps) => {
        for (const a of answers) {
          const gap = gaps.find((x) => x.question === a.question && !x.answered);
          if (gap) gap.answered = { at: a.at, quote: a.quote, title: a.title };
        }
        return gaps;
      }),
  };
}
