/**
 * "How many missiles does Iran have?" — "…Iran's ballistic missile program": a question asking
 * how many or how much is not answered by a sentence that gives no number, nor any word for one.
 */
import type { EntityType, Fact } from '../facts/types.js';
import { perQuestion, type Question } from './question.js';
import { NO_SUM_NEEDED } from './sum-asked.js';

const COUNT_ASKED = /^how (?:many|much)\b/i;
/** Entities that say how many. */
const COUNTS = new Set<EntityType>(['NUMBER', 'PERCENT', 'DURATION', 'MONEY']);
/** Words that count without a figure: "no limit", "unlimited", "every member", "thousands more", "a couple of". */
const COUNT_WORDS = /\b(?:no|none|unlimited|any|all|every|each|single|both|several|few|many|most|dozens?|hundreds?|thousands?|millions?|couple|one|two|three|four|five|six|seven|eight|nine|ten|twice|once|double)\b/i;

const asksCount = perQuestion((q) => q.kind !== 'yesno' && COUNT_ASKED.test(q.text.trim()));

/** Whether a sentence gives no count where a count is asked. */
export function countMissing(q: Question, fact: Fact): boolean {
  if (!asksCount(q)) return false;
  if (fact.entities.some((e) => COUNTS.has(e.type))) return false;
  // ("How much does parking cost?" — "Staff parking is free": no figure, and the answer.)
  return !COUNT_WORDS.test(fact.text) && !NO_SUM_NEEDED.test(fact.text);
}
