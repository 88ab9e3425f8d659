/** Content-word lemmas: what facts are indexed by and what questions are matched with. */
import { analyze, MONTH_NAME, WEEKDAY_NAME, type Token } from './nlp.js';
import { numberWordDigits } from './number-words.js';
import { fold } from './text.js';
import { isPhrasalNoun, isPhrasalVerb, morphy } from './wordnet.js';

export const PARTICLES = new Set(['out', 'up', 'off', 'along', 'away', 'back', 'down', 'over', 'in', 'on', 'forward']);

// wink's stop list keeps some words a question turns on; these are dropped on top of it
// because they carry no content of their own in either a fact or a question.
const NUMBER_RANGE = /^\d+[-–]\d+$/;
const KEPT_VERBS = new Set(['call', 'show', 'keep', 'move']);
/** Words of where a part is or how it is that the stop list drops, kept before their noun: "the *front* tyres", "the *back* door", "a *full* load". */
const KEPT_MODIFIERS = new Set(['front', 'back', 'top', 'bottom', 'side', 'full', 'empty']);
const EXTRA_STOP = new Set(["'s", "'", 's', 'also', 'one', 'would', 'could', 'might', 'may', 'shall', 'should', 'must']);

/** "v2", "v3.1": a version by its number. */
const VERSION = /^v(\d+(?:\.\d+)*)$/;

/** "SEV-1s", "P1s": many of a code, which the tagger leaves as they are (not "1990s", a decade). */
const CODE_PLURAL = /^(\p{L}+-?\d+)s$/u;

export function normalizeLemma(raw: string): string {
  return fold(raw)
    .replace(/^'+|'+$/g, '')
    .replace(/(?<=\d),(?=\d{3}\b)/g, '')
    .replace(CODE_PLURAL, '$1');
}

function isContent(t: Token, lemma: string, first = false, next?: Token): boolean {
  if (t.kind !== 'word' && t.kind !== 'number') return false;
  if (KEPT_MODIFIERS.has(lemma) && next?.pos === 'NOUN') return true;
  // The stop-word list is a search engine's: it drops "call", "part", "name", "side" even as
  // nouns ("who is on call?", "part of the team"). Used as nouns they are what a sentence is about.
  // So do "call", "keep", "show", "move" as verbs ("who do I call?", "can I keep my laptop?"): verbs the
  // list drops that say what is done, where "get", "make", "put", "take" mostly carry the sentence.
  // (An imperative opening a sentence, "Call the news desk", is tagged a proper noun.)
  if (t.stop && t.pos !== 'NOUN' && !((t.pos === 'VERB' || (first && t.pos === 'PROPN')) && KEPT_VERBS.has(lemma))) return false;
  if (EXTRA_STOP.has(lemma)) return false;
  return lemma.length > 1 || /\d/.test(lemma);
}

const commonNouns = new Map<string, string | null>();
/** A word's lemma as the tagger gives it for a common noun, where it reads it as one ("the taxis" → taxi). */
function asCommonNoun(word: string): string | null {
  const lower = word.toLowerCase();
  let lemma = commonNouns.get(lower);
  if (lemma === undefined) {
    const t = /^\p{Ll}+$/u.test(lower) ? analyze(`the ${lower}`).tokens[1] : undefined;
    lemma = t && t.pos === 'NOUN' && t.text === lower ? normalizeLemma(t.lemma) : null;
    if (commonNouns.size > 50_000) commonNouns.clear();
    commonNouns.set(lower, lemma);
  }
  return lemma;
}

const WHEN_WORD = new RegExp(String.raw`^(?:\d.*|${MONTH_NAME}|${WEEKDAY_NAME})$`, 'i');

/**
 * Lemmas of tokens [first, last], unique, in order. Hyphenated words count whole and by
 * their parts ("non-aggression", "aggression"), and "go - between" split by the tokenizer
 * is joined back, so "go-between" in a question meets "go-between" in a fact.
 */
export function contentLemmas(tokens: Token[], first = 0, last = tokens.length - 1): string[] {
  const out = new Set<string>();
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    if (next && after && i + 2 <= last && next.text === '-' && t.end === next.start && next.end === after.start && t.kind === 'word' && after.kind === 'word') {
      const joined = normalizeLemma(`${t.text}-${after.text}`);
      // ("Forty-five" is 45, not 40 and 5.)
      const joinedDigits = numberWordDigits(joined);
      if (joinedDigits) {
        out.add(joinedDigits);
        i += 2;
        continue;
      }
      out.add(joined);
      // "Drop-off", "check-in", "pick-up": a noun written from a phrasal verb is that verb's doing ("where do I drop off the keys?").
      const [verb, particle] = [fold(t.text), fold(after.text)];
      if (PARTICLES.has(particle) && isPhrasalVerb(verb, particle)) out.add(`${verb} ${particle}`);
    }
    let lemma = normalizeLemma(t.lemma);
    // The tagger reads a sentence's capitalised first word as a name and leaves it
    // uninflected ("Storms damaged …"); a common word there gets its base form.
    // (As the tagger would read it in lower case: "Taxis are paid" is about taxis, not WordNet's "taxis".)
    // (And a stop word read so is a noun like any other: "*Front*-of-house desk: …" as "the front-of-house desk".)
    const opensAsName = i === first && t.pos === 'PROPN';
    const common = opensAsName ? asCommonNoun(t.text) : null;
    if (opensAsName) lemma = common ?? morphy(lemma) ?? lemma;
    // ("closed in 1979", "set off on Monday": before a year, a month or a day the word is a preposition of time.)
    const particle = next && i + 1 <= last && PARTICLES.has(next.text.toLowerCase()) && next.pos !== 'NOUN' && !(after && WHEN_WORD.test(after.text)) ? next.text.toLowerCase() : null;
    // "carry out strikes" is not "carry a message": a phrasal verb WordNet knows is its own word.
    if (particle && t.pos === 'VERB' && isPhrasalVerb(lemma, particle)) {
      out.add(`${lemma} ${particle}`);
      i++;
      continue;
    }
    // "Did any strikes *take place*?", "*give birth*", "*catch fire*": a verb and its noun WordNet knows as one verb is that
    // verb too (→ occur, happen), beside the noun.
    if (t.pos === 'VERB' && next?.pos === 'NOUN' && i + 1 <= last && /^\p{Ll}+$/u.test(next.text) && isPhrasalVerb(lemma, next.text)) out.add(`${lemma} ${next.text}`);
    // "Time off", "a day off": a noun and its particle WordNet knows as one noun is that noun too
    // (→ leave, day off), beside "time" or "day" (in place of them it lost "days of compassionate leave").
    if (particle && t.pos === 'NOUN' && isPhrasalNoun(lemma, particle)) out.add(`${lemma} ${particle}`);
    // "Ten lessons", "a two-hour lesson": a number in words is its digits, as a question may write it ("10 lessons",
    // "a 2 hour lesson"); the stop list drops it otherwise. ("One" is as often a pronoun: "no one", "the one I booked".)
    const digits = t.kind === 'word' ? numberWordDigits(t.text) : null;
    if (digits) {
      out.add(digits);
      continue;
    }
    if (!isContent(common ? { ...t, pos: 'NOUN' } : t, lemma, i === first, i < last ? next : undefined)) continue;
    // "14-15", "2024-25": a range is its numbers, as "14–15" is read (the tagger splits it at an en dash).
    if (NUMBER_RANGE.test(lemma)) {
      for (const part of lemma.split(/[-–]/)) out.add(part);
      continue;
    }
    out.add(lemma);
    // "v2", "v3.1": a version by its number, as "Version 2" is written out (and it, as "v2" is: one word, not a bare "2").
    const version = VERSION.exec(lemma);
    if (version) out.add('version').add(`version ${version[1]}`);
    if (lemma === 'version' && next?.kind === 'number' && i < last) out.add(`version ${next.text}`);
    if (lemma.includes('-')) {
      for (const part of lemma.split('-')) if (part.length > 2) out.add(part);
    }
  }
  return [...out];
}
