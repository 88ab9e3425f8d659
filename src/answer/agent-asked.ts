/**
 * "Who brokered the ceasefire?" — "…before a ceasefire was brokered": a question asking who did a
 * thing is not answered by a sentence that says the thing was done and not by whom: every time the
 * sentence says the verb, it says it in the passive with no "by" (or "with", "from") after it.
 */
import { normalizeLemma } from '../facts/lemmas.js';
import { analyze } from '../facts/nlp.js';
import type { Fact } from '../facts/types.js';
import { perQuestion, type Question } from './question.js';

/** A form of "be" or "get" that makes the participle after it passive ("was brokered", "got fired"). */
const PASSIVE_AUX = /^(?:is|are|was|were|be|been|being|get|gets|got|gotten)$/i;
/**
 * Words after the verb that say who or what did it: "was brokered *by* Qatar", "are paid *from* your
 * project's budget", "must be agreed *with* the news editor".
 */
const DOER = /^(?:by|with|from|through|via)$/i;
/** How far after the verb they may stand ("was signed last week by …"). */
const AGENT_WITHIN = 4;

/** The verb of "who VERBed …?", the act whose doer is asked; null for "who is …", "who did X ask …". */
const agentVerbAsked = perQuestion((q): string | null => {
  if (!/^who\s/i.test(q.text.trim())) return null;
  const tokens = analyze(q.text.trim()).tokens;
  const verb = tokens[1];
  return verb && verb.pos === 'VERB' ? normalizeLemma(verb.lemma) : null;
});

/** Whether the sentence says the act asked about only as done, never by whom. */
export function agentUnsaid(q: Question, fact: Fact): boolean {
  const verb = agentVerbAsked(q);
  if (!verb || !fact.lemmas.includes(verb)) return false;
  const tokens = analyze(fact.text).tokens;
  let said = false;
  for (const [i, t] of tokens.entries()) {
    if (normalizeLemma(t.lemma) !== verb) continue;
    let k = i - 1;
    while (k >= 0 && tokens[k].pos === 'ADV') k--;
    const passive = k >= 0 && PASSIVE_AUX.test(tokens[k].text);
    const byWhom = tokens.slice(i + 1, i + 1 + AGENT_WITHIN).some((x) => DOER.test(x.text));
    if (!passive || byWhom) return false;
    said = true;
  }
  return said;
}

/**
 * Making a thing, as "who founded / wrote / designed …?" asks: a sentence naming the thing without
 * saying it was made ("Today the largest employer is Lunevale Foods") gives no maker. Only these:
 * "who runs / handles / provides …?" ask a role the sentence says in words of its own.
 */
const CREATION = new Set(['found', 'establish', 'create', 'write', 'compose', 'invent', 'design', 'build', 'paint', 'discover', 'author', 'draft', 'direct', 'sculpt', 'architect', 'devise', 'develop', 'coin']);

/** The verb of "who founded …?" when it asks who made the thing, or null. */
export const creationAsked = perQuestion((q): string | null => {
  const verb = agentVerbAsked(q);
  return verb && CREATION.has(verb) ? verb : null;
});
