/**
 * Questions about how a thing is worded — "how does the article describe Hezbollah?", "what word does it use for
 * Russia's role?", "what sort of broadcaster is KAN?" — and their short answers: the words the sentence says of
 * the thing, not an entity near it.
 */
import { normalizeLemma } from '../facts/lemmas.js';
import type { Token } from '../facts/nlp.js';
import { fold } from '../facts/text.js';

/** The text itself, or its writer, as the subject of a question about its wording. */
const THE_TEXT = String.raw`(?:the |this |that |these )?(?:articles?|pieces?|reports?|stor(?:y|ies)|texts?|documents?|pages?|authors?|writers?|reporters?|it|they)`;
const WORDING = String.raw`(?:words?|terms?|phrases?|labels?|descriptions?|adjectives?|expressions?)`;
const DESCRIBING = String.raw`(?:describe|characteri[sz]e|portray|depict|label|refer to)`;
/** Not "what do we call the toddler room?", which asks its name; nor "what does Türkiye call for?". */
const NOT_NAMING = String.raw`(?!(?:i|we|you|they|people|staff|everyone)\b)`;
const CALL_WHAT = String.raw`call (?!(?:for|on|in|up|off|out|back)\b)`;

/** Each wording of the question, as "how is X described": the words left are what it is about. */
const REWORDED: ReadonlyArray<readonly [RegExp, string]> = [
  [new RegExp(String.raw`^how (?:does|do|did) ${THE_TEXT} ${DESCRIBING} (.+?)\s*\??$`, 'i'), 'how is $1 described?'],
  [new RegExp(String.raw`^what ${WORDING} (?:does|do|did|is|was) ${THE_TEXT} use (?:for|to describe|about) (.+?)\s*\??$`, 'i'), 'how is $1 described?'],
  [new RegExp(String.raw`^what (?:does|do|did) ${THE_TEXT} ${CALL_WHAT}(.+?)\s*\??$`, 'i'), 'how is $1 described?'],
  // Someone's own words: "what phrase did Netanyahu use for the consequences…?", "what did Trump call the sources…?".
  [new RegExp(String.raw`^what ${WORDING} (does|do|did) ${NOT_NAMING}(.+?) use (?:for|to describe|about) (.+?)\s*\??$`, 'i'), 'how $1 $2 describe $3?'],
  [new RegExp(String.raw`^what (does|do|did) ${NOT_NAMING}(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?) ${CALL_WHAT}(.+?)\s*\??$`, 'iu'), 'how $1 $2 describe $3?'],
  [/^how (is|are|was|were) (.+?) (?:characteri[sz]ed|portrayed|depicted|labell?ed|referred to)(?=[\s?]|$)/i, 'how $1 $2 described'],
];

/** The question said as "how is X described?" where it asks how X is worded; otherwise as it was. */
export function asDescribeQuestion(text: string): string {
  for (const [pattern, as] of REWORDED) if (pattern.test(text)) return text.replace(pattern, as);
  return text;
}

const DESCRIBE_ASKED = /^how (?:is|are|was|were) .+ described\b|^how (?:does|do|did) \S+(?: \S+){0,3} describe\b/i;
const KIND_OF_ASKED = /^(?:what|which) (?:kind|sort|type)s? of ([\p{L}-]+)/iu;

/** Whether the question asks how a thing is described. */
export const asksDescription = (text: string): boolean => DESCRIBE_ASKED.test(text.trim());
/** The noun of "what kind of lentils…?", "what sort of broadcaster…?", or null. */
export function kindOfAsked(text: string): string | null {
  const noun = KIND_OF_ASKED.exec(text.trim())?.[1];
  return noun ? normalizeLemma(noun.toLowerCase()) : null;
}

const MAX_QUOTED_WORDS = 12;
/**
 * Words that say something of a thing, not which thing: matched only in meaning to "describe" ("unusual", by the word
 * vectors), such a word is the answer, not the thing asked about.
 */
const SAYS_OF = new Set(['ADJ', 'ADV']);
/** A word the question asked about, naming the thing described. */
const names = (t: Token, isMatched: (t: Token) => boolean) => isMatched(t) && !SAYS_OF.has(t.pos);
/** “…” or "…": a quotation's words. */
const QUOTATION = /[“"]([^“”"]{2,120}?)[”"]/g;

/** 'suggesting “very strong action” could follow': a quotation that says a word asked about is the wording asked. */
export function quotedWording(tokens: readonly Token[], text: string, isMatched: (t: Token) => boolean): string | null {
  for (const m of text.matchAll(QUOTATION)) {
    const start = m.index + 1;
    const end = start + m[1].length;
    if (m[1].split(/\s+/).length > MAX_QUOTED_WORDS) continue;
    if (tokens.some((t) => t.start >= start && t.end <= end && isMatched(t) && !SAYS_OF.has(t.pos))) return m[1].replace(/[\s.,;:!?]+$/, '');
  }
  return null;
}

/** "Russia's role *as a go-between*", "the use of Moscow *as a conduit*": what the thing asked about is said to serve as. */
export function servesAs(tokens: readonly Token[], text: string, isMatched: (t: Token) => boolean): string | null {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!isMatched(tokens[i]) || isMatched(tokens[i + 1]) || tokens[i + 1].text.toLowerCase() !== 'as') continue;
    let from = i + 2;
    if (tokens[from]?.pos === 'DET') from++;
    const end = phraseEnd(tokens, text, from);
    if (end > from) return text.slice(tokens[from].start, tokens[end - 1].end);
  }
  return null;
}

/** The index after a noun phrase's last word from `from`: adjectives, nouns and hyphened words ("go-between"). */
function phraseEnd(tokens: readonly Token[], text: string, from: number): number {
  let i = from;
  while (i < tokens.length) {
    if (hyphenAt(tokens, i)) i += 2;
    else if (['ADJ', 'NOUN', 'PROPN', 'ADV', 'NUM'].includes(tokens[i].pos) && (i === from || text.slice(tokens[i - 1].end, tokens[i].start) === ' ')) i++;
    else break;
  }
  return i > from && tokens[i - 1].pos === 'ADV' ? i - 1 : i;
}

/** A hyphen joining two words with no space: "go-between", "12-day". */
const hyphenAt = (tokens: readonly Token[], i: number) => tokens[i]?.text === '-' && !!tokens[i - 1] && !!tokens[i + 1] && tokens[i - 1].end === tokens[i].start && tokens[i].end === tokens[i + 1].start;

/** Before a noun, the words that say what it is like: adjectives, adverbs, participles ("rapidly replenishing"), "12-day". */
const DESCRIBING_POS = new Set(['ADJ', 'ADV', 'NOUN']);
const PARTICIPLE = /(?:ing|ed)$/i;

/**
 * "the *unusual* backchannel effort", "a *brief but intense 12-day* conflict", "KAN *public* broadcaster": the words
 * before the first word of a run the question asked about (or of the noun `noun`), up to its determiner, with the run.
 */
export function modifiersOf(tokens: readonly Token[], text: string, isMatched: (t: Token) => boolean, noun: string | null = null): string | null {
  const heads = noun ? tokens.filter((t) => t.pos === 'NOUN' && (normalizeLemma(t.lemma) === noun || fold(t.text) === noun)) : tokens.filter((t, i) => names(t, isMatched) && !(i > 0 && names(tokens[i - 1], isMatched)));
  for (const head of heads) {
    const at = tokens.indexOf(head);
    let i = at - 1;
    let said = false;
    while (i >= 0) {
      const t = tokens[i];
      if (hyphenAt(tokens, i)) {
        i -= 2;
        continue;
      }
      // (Nor a count or a measure: "two leaders", "200 g red lentils".)
      if (names(t, isMatched) || text.slice(t.end, tokens[i + 1].start) !== ' ' || (t.pos === 'NOUN' && tokens[i - 1]?.pos === 'NUM')) break;
      const describing = t.pos === 'ADJ' || (t.pos === 'VERB' && PARTICIPLE.test(t.text));
      // ("brief *but* intense": a conjunction between two adjectives joins what is said.)
      const joins = t.pos === 'CCONJ' && tokens[i - 1]?.pos === 'ADJ' && tokens[i + 1]?.pos === 'ADJ';
      if (describing) said = true;
      else if (!joins && !DESCRIBING_POS.has(t.pos)) break;
      i--;
    }
    // The words kept must include one that describes ("the *June* conflict" names which); they are given with the
    // thing they describe, as a person would say it ("public broadcaster", "unusual backchannel effort").
    let end = at;
    while (tokens[end + 1] && names(tokens[end + 1], isMatched) && text.slice(tokens[end].end, tokens[end + 1].start) === ' ') end++;
    if (said && i + 1 < at) return text.slice(tokens[i + 1].start, tokens[end].end);
  }
  return null;
}
