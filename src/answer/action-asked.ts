/**
 * "How do I apply for a Blue Badge?" — "Accepted ID includes a passport, a driving licence, a Blue Badge…": a question
 * asking how to do something is not answered by a sentence that names the thing and says nothing of doing it. The
 * sentence, or its section, must say the act: itself, a synonym, a broader word or a word from the same stem (the
 * check is answer.ts's, as for the event "when did …?" asks).
 * Only for an act of its own: "how do I get…", "how do I make…" say little of which act, and the thing asked then
 * carries the question; "how do I change the port?" is answered as often by how to set it ("Use --port…").
 * Measured over every question of the sets: eleven off-topic questions declined ("how do I pay my council tax?" of a
 * parking-permit page), four answered in other words refused ("how do I borrow a laptop?" — "laptops are booked…").
 */
import { normalizeLemma } from '../facts/lemmas.js';
import { analyze } from '../facts/nlp.js';
import { perQuestion, type Question } from './question.js';

/** "How do I …", "how can we …", "how to …": the asker doing something, the verb next. */
const HOW_TO = /^how\s+(?:(?:do|can|could|should|would|must)\s+(?:i|we|you|one)|to)\s+/i;
/** Verbs that say little of which act: the thing asked then says what the question is about. */
const LIGHT_VERBS = new Set(['be', 'do', 'have', 'get', 'go', 'come', 'make', 'take', 'find', 'know', 'see', 'use', 'let', 'keep', 'put', 'give', 'work', 'deal', 'handle', 'manage', 'sort', 'start', 'stop', 'tell', 'change']);

/** The verb of the act "how do I …?" asks the way of, or null. */
export const actionAsked = perQuestion((q: Question): string | null => {
  const how = HOW_TO.exec(q.text.trim());
  if (!how) return null;
  const tokens = analyze(q.text.trim()).tokens;
  const verb = tokens.find((t) => t.start >= how[0].length);
  if (!verb || verb.pos !== 'VERB') return null;
  const lemma = normalizeLemma(verb.lemma);
  return LIGHT_VERBS.has(lemma) ? null : lemma;
});
