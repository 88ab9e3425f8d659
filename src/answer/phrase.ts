/** The short answer where no entity of a type answers: the phrase a sentence adds to the question's words. */
import { normalizeLemma, PARTICLES } from '../facts/lemmas.js';
import type { Token } from '../facts/nlp.js';
import { fold } from '../facts/text.js';
import { isKindOf } from '../facts/wordnet.js';
import type { Question } from './question.js';

/** Words that make up a phrase naming something: "the second and third floors", "ballistic missile". */
export const PHRASE_WORD = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/** How far a span is from the nearest of the positions the question points at (its start when there are none). */
export function distanceFrom(near: number[], span: { start: number; end: number }): number {
  return near.length ? Math.min(...near.map((p) => (p < span.start ? span.start - p : p > span.end ? p - span.end : 0))) : span.start;
}

/** Kinds of question whose answer may be a phrase no entity type covers ("what did Trump warn of?"). */
export const PHRASE_KINDS = new Set(['what', 'how', 'organisation']);
const MAX_PHRASE_WORDS = 10;
/** Words that open a clause of their own: a phrase answering the question ends before them. */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'because', 'although', 'though', 'if', 'unless', 'as', 'so']);
/** Parts of speech a phrase neither starts nor ends with ("through phone conversations between the" → "phone conversations"). */
const EDGE_WORDS = new Set(['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'SYM', 'ADV']);
/**
 * "What do I need to…", "what does the venue provide": a question whose verb's object is what is asked (the subject a
 * name or a bare noun too: "what did *Iran* say…", "what do *residents* need…"; and past a saying, the verb said: "what
 * did Iran say it would *refrain* from?").
 */
const WHAT_DO_VERB = /^what\s+(?:do|does|did|will|would|should|must|can|could)\s+(?:i|we|you|they|he|she|it|one|(?:the|a|an|my|our|your|their)\s+\p{L}+|\p{L}[\p{L}.-]*)\s+(?:(?:say|claim|promise|threaten|pledge|vow)\s+(?:that\s+)?(?:it|they|he|she|we|i|you)\s+(?:would|will|could|should|might|can|must)\s+)?(\p{L}+)/iu;
const QUOTED = /[“"]([^”"]{2,80})[”"]/g;
/** A hyphen or dash written inside a word ("de-escalation", "12-day"). */
const HYPHEN = /^[-‐–]$/;
/** What a quotation says, without the stop a sentence ending inside it leaves ("very severe consequences."). */
const quoteOf = (quoted: string) => quoted.trim().replace(/[.,;:!?]+$/, '');

/**
 * "What did Trump warn could follow?" — "“very strong action” could follow": where no entity of a
 * type answers, the words the sentence adds to the question's: a phrase it quotes, the words
 * naming the kind of thing the question's noun asks about ("what stockpile" — "ballistic missile
 * stockpile"), the name the words asked about describe ("Al Udeid Air Base, the largest U.S.
 * military installation"), or else a whole run of the sentence's own words right after those the
 * question matched, cut at a clause's edge. Nothing else: a lone word or a run elsewhere was
 * measured to be wrong more often than right, and a wrong short answer in bold misleads more
 * than none beside the quote.
 */
export function phraseAnswer(tokens: Token[], text: string, q: Question, isWordMatched: (t: Token) => boolean): string | null {
  // "advocate for", "focus on": a verb the question asked with its particle is matched at the verb.
  const verbs = new Set(q.terms.filter((t) => t.lemma.includes(' ')).map((t) => t.lemma.split(' ')[0]));
  const isMatched = (t: Token) => isWordMatched(t) || verbs.has(normalizeLemma(t.lemma));
  const near = tokens.filter(isMatched).map((t) => (t.start + t.end) / 2);
  if (near.length === 0) return null;
  const unmatchedContent = (start: number, end: number) => tokens.some((t) => t.start >= start && t.end <= end && PHRASE_WORD.has(t.pos) && !isMatched(t));
  let quoted: { start: number; end: number } | null = null;
  for (const m of text.matchAll(QUOTED)) {
    const span = { start: m.index! + 1, end: m.index! + m[0].length - 1 };
    if (m[1].split(/\s+/).length > MAX_PHRASE_WORDS || !unmatchedContent(span.start, span.end)) continue;
    if (!quoted || distanceFrom(near, span) < distanceFrom(near, quoted)) quoted = span;
  }
  if (quoted) return quoteOf(text.slice(quoted.start, quoted.end));
  const noun = q.answerNoun ?? q.typeNoun;
  if (noun) {
    // (Or a kind of it: "what *document* do I need?" — "your marriage or civil partnership *certificate*".)
    const at = tokens.findIndex((t) => t.pos === 'NOUN' && (normalizeLemma(t.lemma) === noun || fold(t.text) === noun || isKindOf(normalizeLemma(t.lemma), noun)));
    let from = at;
    // ("six-minute units": a word hyphened to the next is part of it, whatever it is tagged.)
    const hyphened = (k: number) => k > 1 && tokens[k - 1].text === '-' && tokens[k - 2].end === tokens[k - 1].start && tokens[k - 1].end === tokens[k].start;
    while (from > 0 && ((PHRASE_WORD.has(tokens[from - 1].pos) || /^['’]s$/.test(tokens[from - 1].text)) && !isMatched(tokens[from - 1]) || hyphened(from))) from -= hyphened(from) ? 2 : 1;
    // "the second and fourth floors": modifiers joined by "and" or "or" are one answer.
    // ("marriage or civil partnership certificate": a noun and an adjective's phrase, as well as two of a kind.)
    if (at >= 0 && from < at && from > 1 && tokens[from - 1].pos === 'CCONJ' && (tokens[from - 2].pos === tokens[from].pos || (tokens[from - 2].pos === 'NOUN' && tokens[from].pos === 'ADJ')) && !isMatched(tokens[from - 2])) from -= 2;
    if (at >= 0 && from < at) return text.slice(tokens[from].start, tokens[at].end);
  }
  // "…the Al Udeid Air Base, the largest U.S. military installation": the name the words asked about describe.
  for (const m of tokens.keys()) {
    if (!isMatched(tokens[m]) || tokens[m - 1]?.pos !== 'DET' || tokens[m - 2]?.text !== ',') continue;
    let from = m - 2;
    while (from > 0 && (tokens[from - 1].pos === 'PROPN' || (tokens[from - 1].pos === 'NOUN' && from < m - 2))) from--;
    if (from < m - 2 && tokens[from].pos === 'PROPN' && !isMatched(tokens[from])) return text.slice(tokens[from].start, tokens[m - 3].end);
  }
  const asked = new Set(fold(q.text).replace(/\./g, '').split(/[^\p{L}\p{N}]+/u));
  const matchedAt = tokens.flatMap((t, i) => (isMatched(t) ? [i] : []));
  const runs: Array<{ from: number; to: number; afterVerbAsked: boolean }> = [];
  // "What do I need to register online?" — "…in about five minutes; you will *need* your National Insurance number":
  // what is asked is the object of the verb the question asks with, wherever the other words asked stand.
  const verbWord = WHAT_DO_VERB.exec(q.text.trim())?.[1];
  const verbAsked = verbWord ? q.terms.find((t) => fold(verbWord).startsWith(t.lemma))?.lemma : undefined;
  let start = 0;
  const close = (end: number) => {
    let [i, j] = [start, end - 1];
    while (i <= j && EDGE_WORDS.has(tokens[i].pos)) i++;
    while (j >= i && EDGE_WORDS.has(tokens[j].pos)) j--;
    // A long run keeps its head: cut before the last preposition that leaves it short enough
    // ("Moscow's continued relevance | in Middle Eastern diplomacy despite …").
    for (let k = j; j - i + 1 > MAX_PHRASE_WORDS && k > i; k--) if (tokens[k].pos === 'ADP' && k - i <= MAX_PHRASE_WORDS) j = k - 1;
    while (j >= i && EDGE_WORDS.has(tokens[j].pos)) j--;
    const words = tokens.slice(i, j + 1);
    // A phrase answers with words of its own: "U.S." between the words of "the largest US military installation" is the question's.
    const own = words.some((t) => (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM') && !asked.has(fold(t.text).replace(/\./g, '')));
    // Only what follows the words asked about, across nothing but small words ("advocate for | de-escalation"),
    // whole (two words or more, ending in a noun or number): a lone word or a run elsewhere was measured to be a guess.
    let b = i - 1;
    while (b >= 0 && i - b <= 2 && EDGE_WORDS.has(tokens[b].pos) && !isMatched(tokens[b])) b--;
    const follows = b >= 0 && isMatched(tokens[b]);
    const last = words[words.length - 1];
    const next = tokens[j + 1];
    // …nor stopping inside a name or a word ("Russian President Vladimir | Putin", "12 | -day").
    const cut = !!next && ((last?.pos === 'PROPN' && next.pos === 'PROPN') || (next.start === last?.end && HYPHEN.test(next.text)));
    // (A lone noun right after the verb asked about is its object: "exchanged | reassurances".)
    const object = words.length === 1 && last?.pos === 'NOUN' && b === i - 1 && tokens[b]?.pos === 'VERB';
    const whole = (words.length >= 2 || object) && ['NOUN', 'PROPN', 'NUM'].includes(last.pos) && !cut;
    if (follows && whole && words.length <= MAX_PHRASE_WORDS && own) runs.push({ from: i, to: j, afterVerbAsked: !!verbAsked && normalizeLemma(tokens[b].lemma) === verbAsked });
  };
  let sawNoun = false;
  for (const [k, t] of tokens.entries()) {
    // "continued relevance", "replenishing ballistic missile": a participle before a noun describes it.
    const describes = t.pos === 'VERB' && (tokens[k + 1]?.pos === 'NOUN' || tokens[k + 1]?.pos === 'ADJ');
    const opensClause = CLAUSE_OPENERS.has(t.text.toLowerCase()) || (sawNoun && !describes && (t.pos === 'VERB' || t.pos === 'AUX'));
    // "de-escalation": a hyphen inside a word joins it.
    const joins = t.pos === 'PUNCT' && HYPHEN.test(t.text) && tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end;
    if (isMatched(t) || (t.pos === 'PUNCT' && !joins) || opensClause) {
      close(k);
      sawNoun = false;
      start = isMatched(t) || t.pos === 'PUNCT' ? k + 1 : k;
      continue;
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN') sawNoun = true;
  }
  close(tokens.length);
  // Nearest the question's words taken together, counted in words: a run beside several of them
  // ("powers like Türkiye, which advocate for | de-escalation") over one beside a single word
  // ("regional | stability"); and the object follows its verb, so words before a run count for more.
  const closeness = (r: { from: number; to: number }) => matchedAt.reduce((sum, m) => sum + (m < r.from ? 1 / (r.from - m) : 0.6 / (m - r.to)), 0);
  const objects = runs.filter((r) => r.afterVerbAsked);
  const best = (objects.length ? objects : runs).reduce<{ from: number; to: number } | null>((a, b) => (!a || closeness(b) > closeness(a) ? b : a), null);
  if (!best) return null;
  // ("an increase of 2.5%": a per cent sign is the number's, though the tokenizer makes it a symbol of its own.)
  const sign = tokens[best.to + 1];
  const end = tokens[best.to].pos === 'NUM' && sign?.text === '%' && sign.start === tokens[best.to].end ? sign.end : tokens[best.to].end;
  return text.slice(tokens[best.from].start, end);
}

/**
 * "…received assurances from “very important sources”": a phrase quoted right after the words
 * asked about (across a preposition) is what the sentence says of them, whoever it names.
 */
export function quotedAfter(tokens: Token[], text: string, isMatched: (t: Token) => boolean): string | null {
  for (const m of text.matchAll(QUOTED)) {
    const before = tokens.filter((t) => t.end <= m.index!);
    const last = before[before.length - 1];
    const asked = last && (isMatched(last) || (last.pos === 'ADP' && before.length > 1 && isMatched(before[before.length - 2])));
    if (asked && m[1].split(/\s+/).length <= MAX_PHRASE_WORDS) return quoteOf(m[1]);
  }
  return null;
}

/** What introduces a reason or purpose: the words after it say why. */
const REASON_MARKER = /\b(?:because(?: of)?|due to|owing to|driven by|prompted by|caused by|sparked by|triggered by|in order to|so (?:that|as to)|aim(?:ed|ing)? (?:to|at)|to avoid|for fear (?:of|that)|fearing|as a result of|in response to|(?:a |the )?(?:sign|symptom) of|(?:usually |often |normally )?mean(?:s)?(?: that)?|(?:erupt|protest|anger|outrage|dispute|clash)\w* (?:\w+ ){0,3}?over)\s+/gi;

/** The same, for testing alone: a global pattern's test would move where matchAll then starts. */
const REASON_AT = new RegExp(REASON_MARKER.source, 'i');

/** Words that speak of a reason without introducing one the short answer could quote ("their fear of…"). */
const REASON_WORD = /\b(?:because|since|due to|driven by|desire|concern(?:ed|s)?|fear(?:ed|s|ing)?|reason|motivat\w+|as a result|in response)\b/i;

/** Whether a sentence gives a reason: one the short answer could quote, or a word that names one. */
export function givesReason(text: string): boolean {
  return REASON_WORD.test(text) || REASON_AT.test(text);
}

const MAX_REASON_WORDS = 14;

/**
 * "Why did Israel reach out?" — "…driven by *a desire to avoid being perceived as escalating
 * tensions with Iran*": the words after what introduces a reason, to the clause's end. The first
 * such reason after the words the question matched, else the first in the sentence.
 */
export function reasonPhrase(tokens: Token[], text: string, isMatched: (t: Token) => boolean): string | null {
  const firstAsked = tokens.find(isMatched)?.start ?? 0;
  const markers = [...text.matchAll(REASON_MARKER)];
  const marker = markers.find((m) => m.index! >= firstAsked) ?? markers[0];
  if (!marker) return null;
  const from = marker.index! + marker[0].length;
  const words: Token[] = [];
  for (const [k, t] of tokens.entries()) {
    if (t.start < from) continue;
    if (/^[;.:!?()]$/.test(t.text) || (words.length > 0 && CLAUSE_OPENERS.has(t.text.toLowerCase()) && t.text.toLowerCase() !== 'as')) break;
    // "Tehran, fearing an imminent strike, might launch…": a comma before a verb closes the aside; one in a list does not.
    if (t.text === ',' && ['VERB', 'AUX'].includes(tokens[k + 1]?.pos ?? '')) break;
    words.push(t);
    if (words.length >= MAX_REASON_WORDS) break;
  }
  while (words.length && (EDGE_WORDS.has(words[words.length - 1].pos) || words[words.length - 1].text === ',')) words.pop();
  // (One word is a reason where it names one, a noun or a doing: "a sign of *overwatering*".)
  return words.length >= 2 || (words.length === 1 && (words[0].pos === 'NOUN' || /\p{L}ing$/u.test(words[0].text))) ? text.slice(words[0].start, words[words.length - 1].end) : null;
}

/** "What happened to US alert levels?", "what happens to unused days?": what was done to a thing, or what it did. */
export const HAPPENED_TO = /^what\s+(?:happened|happens|has happened|will happen|would happen)\s+(?:to|with)\s+/i;
/** Words of the thing's own phrase, or between it and its verb ("alert levels *in the region were reportedly* lowered"). */
const BEFORE_VERB = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'ADP', 'NUM', 'CCONJ', 'AUX', 'ADV', 'PART', 'PRON']);
const MAX_BEFORE_VERB = 8;
const MAX_HAPPENED_WORDS = 10;

/**
 * "What happened to US alert levels?" — "U.S. military alert levels in the region were reportedly *lowered*"; "…to some
 * aircraft?" — "some aircraft and personnel *returned to base*": the verb said of the thing asked, with its few words after,
 * to the clause's end.
 */
export function happenedTo(tokens: Token[], isMatched: (t: Token) => boolean, text: string): string | null {
  // (From the last word asked that has a verb of its own after it: "aircraft", not the "U.S." of another clause.)
  for (let at = tokens.length - 1; at >= 0; at--) {
    if (!isMatched(tokens[at]) || !['NOUN', 'PROPN', 'ADJ'].includes(tokens[at].pos)) continue;
    let v = at + 1;
    while (v < tokens.length && v - at <= MAX_BEFORE_VERB && BEFORE_VERB.has(tokens[v].pos)) v++;
    if (tokens[v]?.pos !== 'VERB') continue;
    let end = v;
    while (end + 1 < tokens.length && !['PUNCT', 'CCONJ', 'SCONJ'].includes(tokens[end + 1].pos)) end++;
    // (A clause too long to be a short answer is left to the quote, never cut.)
    if (end - v >= MAX_HAPPENED_WORDS) return null;
    // (Not ending on a small word, "returned to base", not "returned to"; but a verb's particle is its own: "thrown away".)
    while (end > v && EDGE_WORDS.has(tokens[end].pos) && !PARTICLES.has(tokens[end].text.toLowerCase())) end--;
    return text.slice(tokens[v].start, tokens[end].end);
  }
  return null;
}
