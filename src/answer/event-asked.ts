/**
 * "When did Margaret Ellery die?" — "Margaret Ellery was born in Aldermoor in 1832"; "when was
 * Putin first elected?" — "the Russian president stated last October…": a question asking when
 * something happened is not answered by a sentence that dates another event. The sentence, or its
 * section, must say the event's verb: itself, a synonym, a broader word, or a word from the same
 * stem ("closed" for "shut", "reached" for "arrive"); or give the date as the thing's own ("a
 * *12th-century* castle" says when the castle was built).
 * Only for what happened ("when did …", "when was …"): "when do vouchers get topped up?" asks a
 * routine, which a sentence says in words of its own ("credited on the first of each month").
 */
import { normalizeLemma } from '../facts/lemmas.js';
import { analyze } from '../facts/nlp.js';
import type { Fact } from '../facts/types.js';
import { perQuestion, type Question } from './question.js';

const PAST_ASKED = /^when\s+(?:did|was|were)\s/i;
const DID_ASKED = /^when\s+did\s/i;
/**
 * Verbs that say little of which event ("when did it happen", "when did the war start"): the
 * event is then its noun, which the sentence's other words are matched on.
 */
const LIGHT_VERBS = new Set(['be', 'do', 'have', 'get', 'go', 'come', 'make', 'take', 'happen', 'occur', 'start', 'begin', 'end', 'finish', 'stop', 'say', 'know', 'see', 'first']);
/** …of which these say when it began or ended: "start to ease" asks when easing began. */
const ASPECT = new Set(['start', 'begin', 'end', 'finish', 'stop']);

/** The verb of the event "when did …?" asks the date of, or null. */
export const eventAsked = perQuestion((q: Question): string | null => {
  if (q.kind !== 'when' || !PAST_ASKED.test(q.text.trim())) return null;
  const tokens = analyze(q.text.trim()).tokens;
  const lemmaAt = (i: number) => normalizeLemma(tokens[i].lemma);
  // "Come to light", "get to know": a light verb, "to" and a verb are one idiom, which asks no event's verb.
  const idiom = (i: number) => i >= 2 && tokens[i - 1].text.toLowerCase() === 'to' && LIGHT_VERBS.has(lemmaAt(i - 2)) && !ASPECT.has(lemmaAt(i - 2));
  if (tokens.some((t, i) => t.pos === 'VERB' && idiom(i))) return null;
  // ("When did the food bank *open*": after "did", the last word is the verb, however tagged.)
  const last = tokens.findIndex((t, i) => i === tokens.length - 1 || tokens[i + 1].pos === 'PUNCT');
  // "When did *work* start?": a word the tagger reads as a verb between "did" and the verb is the subject.
  const subject = (i: number) => i >= 1 && tokens[i - 1].pos === 'AUX' && tokens[i + 1]?.pos === 'VERB';
  const isVerb = (t: (typeof tokens)[number], i: number) => (t.pos === 'VERB' && !subject(i)) || (i === last && t.pos === 'ADJ' && DID_ASKED.test(q.text.trim()));
  const verbs = tokens.flatMap((t, i) => (isVerb(t, i) ? [lemmaAt(i)] : [])).filter((l) => !LIGHT_VERBS.has(l));
  return verbs.length === 1 ? verbs[0] : null;
});

/** "a *12th-century* castle", "the *1998* report": a date set before a noun the question names. */
export function datesThing(fact: Fact, named: (lemma: string) => boolean): boolean {
  return fact.entities.some((e) => {
    if (e.type !== 'DATE') return false;
    // The words right after the date, up to a break, as one noun phrase ("motte-and-bailey castle").
    const words = fact.text.slice(e.end).split(/[,;:.()]/)[0].trim().split(/\s+/).slice(0, 4).join(' ');
    for (const t of analyze(words).tokens) {
      if (t.pos === 'NOUN' && named(normalizeLemma(t.lemma))) return true;
      if (!['ADJ', 'NOUN', 'PROPN', 'PUNCT', 'CCONJ'].includes(t.pos)) return false;
    }
    return false;
  });
}

/** Verbs that put a verb after them in the future: "we *plan to* open a pantry", "it *will* close" (not "the *plans* were announced"). */
const FUTURE_WORDS = 'will|shall|plan|plans|planning|aim|aims|intend|intends|hope|hopes|going';
const FUTURE_BEFORE = new RegExp(`^(?:${FUTURE_WORDS}|['’]ll)$`, 'i');
const FUTURE_REACH = 3;
/** Whether a sentence has any of them, before it is parsed. */
const FUTURE_SAID = new RegExp(`\\b(?:${FUTURE_WORDS})\\b|['’]ll\\b`, 'i');

/**
 * "When did the food bank open?" — "next year we *plan to open* a community pantry": asked when something happened, a
 * sentence whose every saying of the verb is of what is still to come does not date it.
 */
export function onlyPlanned(fact: Fact, verb: string): boolean {
  // (Most sentences have no such word: no need to parse them, per candidate.)
  if (!FUTURE_SAID.test(fact.text)) return false;
  const tokens = analyze(fact.text).tokens;
  const at = tokens.flatMap((t, i) => (normalizeLemma(t.lemma) === verb ? [i] : []));
  return at.length > 0 && at.every((i) => tokens.slice(Math.max(0, i - FUTURE_REACH), i).some((t) => FUTURE_BEFORE.test(t.text) && (t.pos === 'AUX' || t.pos === 'VERB')));
}
