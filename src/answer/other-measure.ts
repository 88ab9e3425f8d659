/**
 * "How high is Slieve Dara?" — "Its greatest depth is 42 metres, near the southern shore below Slieve Dara": asked one
 * measure of a thing (height, depth, width, length, weight), a sentence that gives another and never says the one asked
 * does not answer, however well its other words match.
 */
import type { Fact } from '../facts/types.js';
import { perQuestion, type Question } from './question.js';

/** Each measure by the words that say it: what a question may ask it by, and what a sentence may give it by. */
const MEASURES: Record<string, { asked: RegExp; said: RegExp }> = {
  height: { asked: /^how (?:high|tall)\b|\b(?:height|elevation) of\b/i, said: /\b(?:height|high|higher|highest|tall|taller|tallest|elevation)\b/i },
  depth: { asked: /^how deep\b|\bdepth of\b/i, said: /\b(?:depth|deep|deeper|deepest)\b/i },
  width: { asked: /^how (?:wide|broad)\b|\b(?:width|breadth) of\b/i, said: /\b(?:width|wide|wider|widest|broad|breadth)\b/i },
  // ("How long is the exam?" asks a time as often as a length: only "the length of" asks the measure.)
  length: { asked: /\blength of\b/i, said: /\b(?:length|long|longer|longest)\b/i },
  weight: { asked: /^how heavy\b|\bweight of\b/i, said: /\b(?:weight|weighs?|weighing|heavy|heavier|heaviest)\b/i },
};

/**
 * Words that give another measure for certain. ("High" and "long" say much else besides: "high-profile", "as long as";
 * they count only as the measure asked.)
 */
const SURELY_SAID: Record<string, RegExp> = {
  height: /\b(?:height|tall|taller|tallest|elevation)\b/i,
  depth: /\b(?:depth|deep|deeper|deepest)\b/i,
  width: /\b(?:width|wide|wider|widest|breadth)\b/i,
  length: /\blength\b/i,
  // ("Final exam: weight 50%": a weight may be a share, so only its verb and adjective say it for certain.)
  weight: /\b(?:weighs?|heavy|heavier|heaviest)\b/i,
};

/** The measure a question asks, or null. */
const measureAsked = perQuestion((q: Question): string | null => Object.keys(MEASURES).find((m) => MEASURES[m].asked.test(q.text.trim())) ?? null);

/** Whether a sentence gives another measure than the one asked, and nothing of that one. */
export function otherMeasure(q: Question, fact: Fact): boolean {
  const asked = measureAsked(q);
  if (!asked || MEASURES[asked].said.test(fact.text)) return false;
  return Object.keys(SURELY_SAID).some((m) => m !== asked && SURELY_SAID[m].test(fact.text));
}
