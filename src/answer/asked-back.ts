/**
 * "When will the Market Square toilets reopen?" — "A resident asked when the public toilets in Market
 * Square would reopen": a sentence reporting that the same question was asked (minutes, interviews,
 * chat logs) shares every word of it and answers nothing. It does not answer where it gives nothing
 * of the kind asked: "asked when the office opens and was told 9am" does.
 */
import type { EntityType, Fact } from '../facts/types.js';
import type { Question, QuestionKind } from './question.js';

/** A verb of asking, then the question word it reports. */
const ASKED = /\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|(?:en|in)quir(?:e|es|ed|ing)|quer(?:y|ies|ied|ying)|want(?:s|ed)? to know|unclear|not (?:yet )?known)\s+(?:\p{L}+\s+)?(when|where|who|how many|how much|how long|why|whether|if)\b/iu;

/** What each reported question word asks, and what in a sentence would answer it. */
const REPORTED: Record<string, { kinds: QuestionKind[]; answers: EntityType[] }> = {
  when: { kinds: ['when'], answers: ['DATE', 'TIME', 'DURATION'] },
  where: { kinds: ['where'], answers: ['PLACE'] },
  who: { kinds: ['who'], answers: ['PERSON', 'ORG'] },
  'how many': { kinds: ['quantity'], answers: ['NUMBER', 'PERCENT'] },
  'how much': { kinds: ['quantity'], answers: ['MONEY', 'NUMBER', 'PERCENT'] },
  'how long': { kinds: ['duration', 'quantity'], answers: ['DURATION'] },
  why: { kinds: ['why'], answers: [] },
  whether: { kinds: ['yesno'], answers: [] },
  if: { kinds: ['yesno'], answers: [] },
};

/** Whether the sentence only reports the question asked, giving nothing of the kind it asks. */
export function askedBack(q: Question, fact: Fact): boolean {
  const m = ASKED.exec(fact.text);
  if (!m) return false;
  const reported = REPORTED[m[1].toLowerCase()];
  if (!reported?.kinds.includes(q.kind)) return false;
  if (q.kind === 'why' || q.kind === 'yesno') return true;
  return !fact.entities.some((e) => reported.answers.includes(e.type));
}
