/**
 * The same length of time said in other units: "half an hour" is the "30 minutes" a runbook
 * writes, "a fortnight" its "14 days" or "two weeks". A question's duration lends its words the
 * words of every equal duration, so the sentence is found, and read as covering them.
 */
import { NUMBER_WORDS } from '../facts/number-words.js';

/** Minutes in each unit a handbook counts time in (months and years vary too much to convert). */
const UNIT_MINUTES: Record<string, number> = { minute: 1, hour: 60, day: 1440, week: 10_080, fortnight: 20_160 };
const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, ...NUMBER_WORDS };
const COUNT = `\\d+(?:\\.\\d+)?|half an?|a half|a quarter of an?|quarter of an?|${Object.keys(COUNT_WORDS).join('|')}`;
const DURATION = new RegExp(`\\b(?:(${COUNT})[\\s-]+)?(minute|hour|day|week|fortnight)s?\\b`, 'gi');

function countOf(word: string | undefined): number | null {
  if (!word) return null;
  const w = word.toLowerCase();
  if (/^half|a half/.test(w)) return 0.5;
  if (/quarter/.test(w)) return 0.25;
  if (/^\d/.test(w)) return Number(w);
  return COUNT_WORDS[w] ?? null;
}

/** Units a length of time is said in interchangeably: minutes and hours, hours and days, days and weeks. */
const NEIGHBOURS = new Set(['minute/hour', 'hour/minute', 'hour/day', 'day/hour', 'day/week', 'week/day', 'day/fortnight', 'fortnight/day', 'week/fortnight', 'fortnight/week']);

/** How a count of a unit is written as an index word: digits, and "half" for 0.5; one is the unit alone. */
const countWords = (n: number): string[] => (n === 1 ? [] : [n === 0.5 ? 'half' : String(n)]);

/**
 * For each word of a duration in `text` (its count and its unit, as lower-case words), the words of
 * the same duration in other units: "half an hour" → half: [30], hour: [minute]; "a fortnight" →
 * fortnight: [2, week, 14, day]. Only whole counts, or a half, of minutes, hours, days and weeks.
 */
export function equalDurations(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (word: string, terms: string[]) => {
    const list = out.get(word) ?? [];
    for (const t of terms) if (t !== word && !list.includes(t)) list.push(t);
    if (list.length) out.set(word, list);
  };
  for (const m of text.matchAll(DURATION)) {
    const unit = m[2].toLowerCase();
    const count = m[1] === undefined ? (unit === 'fortnight' ? 1 : null) : countOf(m[1]);
    if (count === null) continue;
    const minutes = count * UNIT_MINUTES[unit];
    for (const [other, size] of Object.entries(UNIT_MINUTES)) {
      if (other === unit || !NEIGHBOURS.has(`${unit}/${other}`)) continue;
      const n = minutes / size;
      // Nobody writes "48 hours" for two days of leave, but a deadline may: up to two days in hours.
      if (other === 'hour' && n > 48) continue;
      // Half an hour, half a day: said so; half a week or a fortnight is not.
      if (!((n === 0.5 && (other === 'hour' || other === 'day')) || (Number.isInteger(n) && n >= 1 && n <= 1000))) continue;
      // The count's own word ("half", "30") stands for the other count, the unit for the other unit;
      // a unit that is its own count ("a fortnight") stands for both.
      const countWord = m[1]?.toLowerCase().split(/[\s-]+/).find((w) => !['a', 'an', 'of'].includes(w));
      if (countWord) add(countWord, countWords(n));
      add(unit, countWord ? [other] : [other, ...countWords(n)]);
    }
  }
  return out;
}
