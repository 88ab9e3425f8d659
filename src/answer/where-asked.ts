/**
 * "Where is the Turing Building?" — "Her office is room 3.14 in the Turing Building"; "where is the
 * Knesset?" — "speaking in the Knesset on Monday": a sentence that names the place asked about only
 * as where something else is, or happens, does not say where the place itself is.
 */
import { MONTH_NAME, WEEKDAY_NAME } from '../facts/nlp.js';
import { perQuestion, type Question } from './question.js';

const WHERE_IS = /^where(?:['’]s|\s+is|\s+are)\s+(?:the\s+)?(.+?)\s*\??$/i;
/** The place asked about stands after one of these when it is only where something else is. */
const INSIDE = /\b(?:in|at|inside|within|into)\s+(?:the\s+)?$/i;
/** …and is itself placed when one of these follows it ("the Turing Building, on Mill Road", "the book *kept at* the desk"). */
const PLACED_AFTER = new RegExp(
  String.raw`^\s*(?:,\s*|\(\s*)?(?:is|are|in|on|at|near|off|opposite|next to|beside|behind|above|below|by|across|between|kept|located|stored|found|held|situated|based|housed|placed|hung|mounted)\b(?!\s+(?:the\s+)?(?:\d|${WEEKDAY_NAME}|${MONTH_NAME}|weekdays|weekends)\b)`,
  'i',
);

/** The words after "where is (the)", lower-cased, for a short phrase; else null. */
const placeAsked = perQuestion((q): string | null => {
  const m = WHERE_IS.exec(q.text.trim());
  if (!m) return null;
  const phrase = m[1].toLowerCase();
  return phrase.split(/\s+/).length <= 4 ? phrase : null;
});

/** Whether the sentence names the place asked about only as where something else is. */
export function placeOnlyContains(q: Question, text: string): boolean {
  const phrase = placeAsked(q);
  if (!phrase) return false;
  const lower = text.toLowerCase();
  let named = false;
  for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    if (/\w/.test(lower[at - 1] ?? '') || /\w/.test(lower[end] ?? '')) continue;
    if (!INSIDE.test(text.slice(Math.max(0, at - 20), at)) || PLACED_AFTER.test(text.slice(end))) return false;
    named = true;
  }
  return named;
}
