/**
 * "How much is the *gym* allowance?" — "People who work from home get a monthly *internet*
 * allowance of 30 euros": a question that names a kind of thing by the words before its noun is
 * not answered by a sentence about the same noun that says none of them, nor does its title or
 * section. The amount of one allowance is not the amount of another.
 */
import { speakerLabelEnd } from '../facts/layout.js';
import { normalizeLemma } from '../facts/lemmas.js';
import { analyze, type Token } from '../facts/nlp.js';
import type { Fact } from '../facts/types.js';
import { isKindOf, isMeasureNoun } from '../facts/wordnet.js';
import { perQuestion, wordsAfter, type Question } from './question.js';

/** "How much is the …", "what's the …", "when is the …", "how many …": a value asked of a thing named by a noun phrase. */
// (…or whether there is one: "is there a *MySQL* backend?" is not answered by "the PostgreSQL backend".)
const VALUE_OF = /^(?:(?:how much|how long|when|where|what)(?:['’]s|\s+(?:is|are|does|do))\s+(?:the|a|an|my|our|your) |how many |is there (?:a|an|any) |are there (?:any )?)/i;
/** Words before a noun that say how much, when or how near, not which kind ("the *monthly* fee", "the *new* rate", "the *nearest* branch"). */
const NOT_A_KIND = new Set(['monthly', 'weekly', 'daily', 'yearly', 'annual', 'hourly', 'new', 'current', 'usual', 'normal', 'standard', 'total', 'whole', 'entire', 'overall', 'full', 'maximum', 'minimum', 'upper', 'lower', 'highest', 'lowest', 'average', 'basic', 'latest', 'next', 'last', 'first', 'main', 'nearest', 'near', 'closest', 'close', 'local', 'extra', 'additional', 'further', 'other']);

/** A unit things are counted in ("days of …", "hours of …"). */
const UNIT = /^(?:minute|hour|day|night|week|fortnight|month|year|shift)s?$/i;
/** What may follow the noun phrase asked about. */
const PHRASE_AFTER = new Set(['ADP', 'AUX', 'VERB', 'PUNCT', 'PART', 'SCONJ', 'CCONJ']);

interface KindAsked {
  head: string;
  kinds: string[];
}

/** The noun a value is asked of and the words saying which kind of it ("allowance"; "gym"), or null. */
export const kindAsked = perQuestion((q): KindAsked | null => {
  let tokens = wordsAfter(q, VALUE_OF);
  if (!tokens) return null;
  // "How many days of *paternity leave* …": the thing counted in units is the phrase after "of".
  if (UNIT.test(tokens[0]?.text ?? '') && tokens[1]?.text.toLowerCase() === 'of') tokens = tokens.slice(2);
  let end = 0;
  while (end < tokens.length && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[end].pos)) end++;
  // "How much does a training session *cost*?", "how much is a voucher *worth*?": the verb, however tagged, is no part of the thing.
  if (end > 0 && /^(?:costs?|worth)$/i.test(tokens[end - 1].text)) end--;
  // ("When is the adviceline *open* on weekdays?": an adjective after the noun says what is asked of it, not its head.)
  while (end > 1 && tokens[end - 1].pos === 'ADJ') end--;
  // The phrase ends the question, or a preposition or verb follows it ("… for a day", "… cost"):
  // not a name in another language ("the la tour de france").
  const next = tokens[end];
  if (end < 2 || (next && !PHRASE_AFTER.has(next.pos) && !/^(?:costs?|worth)$/i.test(next.text))) return null;
  const kinds = tokens
    .slice(0, end - 1)
    .filter((t) => !NOT_A_KIND.has(t.text.toLowerCase()) && !NOT_A_KIND.has(normalizeLemma(t.lemma)))
    .map((t) => normalizeLemma(t.lemma));
  return kinds.length ? { head: normalizeLemma(tokens[end - 1].lemma), kinds } : null;
});

/**
 * Whether a sentence says the noun a value is asked of but none of the words saying which kind,
 * itself or around it (`says`: the words of the sentence, its title and section, and what stands for them).
 */
export function otherKind(q: Question, lemmas: readonly string[], says: (kind: string, exactly: boolean) => boolean): boolean {
  const k = kindAsked(q);
  // A unit of time as the kind ("a *day* ticket", "the *night* rate") is said by that word: "six hours"
  // measures a day, but a weekend ticket is no day ticket.
  return !!k && lemmas.includes(k.head) && !k.kinds.some((kind) => says(kind, UNIT.test(kind)));
}

/** "What colour is the…", "what flavour are the…": a quality asked of a thing, before its verb. */
const QUALITY_ASKED = /^what\s+([\p{L}-]+)\s+(?:is|are|was|were)\b/iu;

/** A word that is a kind of the noun asked, within a few steps of WordNet's ("pink" → chromatic colour → colour). */
export const isKindWord = (lemma: string, kind: string): boolean => lemma !== kind && isKindOf(lemma, kind, KIND_DEPTH);
const KIND_DEPTH = 4;

/** The quality seen a question asks of a thing (WordNet's visual property: colour; not one measured in units), or null. */
const qualityAsked = perQuestion((q): string | null => {
  const quality = q.attachedTo;
  return quality && q.kind === 'what' && QUALITY_ASKED.test(q.text.trim()) && isKindOf(quality, 'visual property', 6) && !isMeasureNoun(quality) ? quality : null;
});

/**
 * "What colour is the brake fluid cap?" — "brake fluid must be changed every two years": asked a quality seen, a
 * sentence that says neither the quality nor any kind of it ("pink", a colour) cannot say which it is. (Not every
 * quality: "what severity is a payments outage?" — "always a SEV1" names one WordNet does not have as a kind of severity.)
 */
export function qualityUnsaid(q: Question, lemmas: readonly string[]): boolean {
  const quality = qualityAsked(q);
  return !!quality && !lemmas.some((l) => l === quality || isKindWord(l, quality));
}

/** "Which bank…", "what shop…": a noun asked which one it is. */
const WHICH_ONE = /^(?:which|what)\s+([\p{L}-]+)\b/iu;
/** Words before a noun that pick out none of its kind: "the bank", "their shop". */
const NO_PICK = new Set(['the', 'a', 'an', 'their', 'our', 'my', 'your', 'his', 'her', 'its', 'this', 'that']);
const NAMED_TYPES = new Set(['NAME', 'ORG', 'PERSON', 'PLACE']);
/** Words before a noun that may say which one it is: "the *deck* oven", "*Tom's* bank", "the *second* shop". */
const PICKING = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'VERB', 'PART']);
/** What may follow a noun said alone: the sentence's end, a comma, "and", its verb. */
const ENDS_PHRASE = new Set(['PUNCT', 'CCONJ', 'VERB', 'AUX']);

/** The noun a question asks which one of, where it is the whole phrase after "which" or "what" ("which bank"), or null. */
const whichAsked = perQuestion((q): string | null => {
  const noun = q.attachedTo;
  const asked = noun ? WHICH_ONE.exec(q.text.trim()) : null;
  return asked && normalizeLemma(analyze(asked[1]).tokens[0]?.lemma ?? '') === noun ? noun : null;
});

/**
 * "Which bank gave them the loan?" — "a loan of twenty-five thousand pounds from the bank": asked which one of
 * a thing it is, a sentence that says the thing only as "the bank", picking none out by a word before it or a name
 * after it, and naming nothing else, cannot say which ("the deck oven", "the Saturday market" can).
 */
export function whichUnsaid(q: Question, fact: Fact): boolean {
  const noun = whichAsked(q);
  if (!noun || !fact.lemmas.includes(noun)) return false;
  // (A speaker's label names who said it: "TOM: … a loan from the bank" names no bank.)
  const labelEnd = speakerLabelEnd(fact);
  if (fact.entities.some((e) => NAMED_TYPES.has(e.type) && e.start >= labelEnd)) return false;
  const tokens = analyze(fact.text).tokens;
  const at = tokens.flatMap((t, i) => (normalizeLemma(t.lemma) === noun ? [i] : []));
  // (Nor by what follows it: "a screenwash *that protects down to minus 15*", "the bank *in Leeds*", "the *deck* oven".)
  // (Nor a bare plural in a list: "for parties, meetings, *classes* and community groups" names no class.)
  // (The noun opening the sentence is its subject, of which the rest may say which: "Fish make up 80 per cent of the diet,
  // chiefly eels, salmon…"; "Compression: zstd" is a label giving its value.)
  const picks = (t: Token) => !NO_PICK.has(t.text.toLowerCase()) && (PICKING.has(t.pos) || /^['’]s$/.test(t.text));
  return at.length > 0 && at.every((i) => i > 0 && !picks(tokens[i - 1]) && ENDS_PHRASE.has(tokens[i + 1]?.pos ?? 'PUNCT'));
}
