/**
 * "Where is the campsite for ticket holders?" — "Children under 12 get free entry with a ticket
 * holder": a question asking where a thing is is not answered by a sentence that says nothing of
 * the thing — no word of its noun phrase — neither itself nor under a title or section naming it.
 */
import { normalizeLemma } from '../facts/lemmas.js';
import { analyze } from '../facts/nlp.js';
import { perQuestion, type Question } from './question.js';

const WHERE_ASKED = /^where(?:\s+(?:is|are)|['’]s)\s+(?:the|an?|our|my|your|their)\s+/i;
/** What ends the noun phrase asked about ("the campsite *for* …", "the toilets *on* …"). */
const PHRASE_END = new Set(['ADP', 'PUNCT', 'AUX', 'PRON', 'DET', 'CCONJ', 'SCONJ', 'PART', 'ADV', 'VERB']);

/**
 * The thing "where is the …?" asks the place of, or null: its head noun, and the nouns before it
 * that may name it instead ("the *Lisbon* office" is met by "the Lisbon hub").
 */
export const placeThingAsked = perQuestion((q): string[] | null => {
  const m = WHERE_ASKED.exec(q.text.trim());
  if (!m) return null;
  const tokens = analyze(q.text.trim().slice(m[0].length)).tokens;
  let end = 0;
  while (end < tokens.length && !PHRASE_END.has(tokens[end].pos)) end++;
  if (end === 0 || tokens[end - 1].pos !== 'NOUN') return null;
  const nouns = tokens.slice(0, end).filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  return nouns.reverse().map((t) => normalizeLemma(t.lemma));
});
