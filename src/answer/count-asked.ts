/**
 * "How many missiles does Iran have?" — "…Iran's ballistic missile program": a question asking
 * how many or how much is not answered by a sentence that gives no number, nor any word for one.
 * And "how many aircraft are based at Al Udeid?" — "home to approximately 10,000 American troops":
 * nor by one that counts something else, saying nothing of the thing counted (`countedThing`).
 */
import { normalizeLemma } from '../facts/lemmas.js';
import { isAgentNoun, isTimeNoun } from '../facts/wordnet.js';
import type { EntityType, Fact } from '../facts/types.js';
import { namesAnswerKind, perQuestion, wordsAfter, type Question } from './question.js';
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

const HOW_MANY = /^how many\s+/i;

/**
 * The thing "how many …?" counts ("how many *aircraft*", "how many *desks*"), or null: not a unit of
 * time ("how many days", said in its own unit), a kind of answer ("how many times"), nor people, whom
 * documents count in words of their own ("how many soldiers" — "10,000 American troops", "how many
 * protesters died" — "3,400 people have been killed").
 */
export const countedThing = perQuestion((q): string | null => {
  const tokens = wordsAfter(q, HOW_MANY);
  if (!tokens || q.kind === 'yesno') return null;
  let at = 0;
  while (at < tokens.length && at < 3 && tokens[at].pos !== 'NOUN') {
    if (tokens[at].pos !== 'ADJ' && tokens[at].pos !== 'PROPN') return null;
    at++;
  }
  const noun = tokens[at];
  if (!noun || noun.pos !== 'NOUN') return null;
  const lemma = normalizeLemma(noun.lemma);
  const word = noun.text.toLowerCase();
  return isTimeNoun(lemma) || namesAnswerKind(lemma) || namesAnswerKind(word) || isAgentNoun(lemma) ? null : lemma;
});
