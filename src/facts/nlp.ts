/**
 * Sentences, tokens, lemmas, parts of speech and numeric/date entities from wink-nlp.
 * The model is loaded once, on first use, so importing this module is cheap.
 */
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { isVerb, isWord } from './wordnet.js';

export interface Token {
  text: string;
  /** Character offsets in the analysed text. */
  start: number;
  end: number;
  pos: string;
  lemma: string;
  stop: boolean;
  /** wink's token type: word, number, punctuation, emoji, url, … */
  kind: string;
}

export interface RawEntity {
  type: string;
  /** Token indexes, inclusive. */
  first: number;
  last: number;
}

export interface Analysis {
  /** The analysed text; token offsets point into it. */
  source: string;
  tokens: Token[];
  /** [first, last] token indexes of each sentence, inclusive. */
  sentences: Array<[number, number]>;
  entities: RawEntity[];
}

let nlp: WinkMethods | null = null;
let served = 0;

/**
 * The model as every instance is made from. Its loader for custom-entity machines serialises its
 * own last result on each call (`machines = JSON.stringify(machines)`), so each fresh instance
 * doubled that string until JSON.stringify threw, about the twentieth instance (after some 400,000
 * texts: a long-running bot, or the benchmark's novel-word run). Every instance gets the first result.
 */
let stableModel: typeof model | null = null;
function modelForInstance(): typeof model {
  if (!stableModel) {
    // (Typed `unknown` by wink's declarations: it is the loader function.)
    const firstCER = (model.metaCER as () => unknown)();
    stableModel = { ...model, metaCER: () => firstCER };
  }
  return stableModel;
}

/** A new wink instance (what `engine` makes every TEXTS_PER_INSTANCE texts). */
export function newInstance(): WinkMethods {
  instances++;
  return winkNLP(modelForInstance());
}

/**
 * wink-nlp adds every word it has not seen to its instance's vocabulary, for good: a bot asked
 * a stream of new words (names, typos) would grow without bound. A fresh instance every so
 * many texts (about 0.1 s to make) keeps memory flat; analyses are the same from either.
 */
export const TEXTS_PER_INSTANCE = 20_000;

let instances = 0;

function engine(): WinkMethods {
  if (!nlp || ++served >= TEXTS_PER_INSTANCE) {
    nlp = newInstance();
    served = 0;
  }
  return nlp;
}

/** How many instances were made so far (for the memory test and the benchmark). */
export const nlpInstances = (): number => instances;

const FIRST_PERSON = /^i['’]m$/i;
/** A day of the week, by the letters before "day" ("satur" + "day"): the tagger's and the entities' weekdays. */
export const WEEKDAY_NAME = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
/** A month by its full name. */
export const MONTH_NAME = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december)`;
const PLURAL_DAY = new RegExp(`^${WEEKDAY_NAME}s$`, 'i');

function joinsNext(tokens: Token[], last: number): boolean {
  const dot = tokens[last];
  const next = tokens[last + 1];
  return !!next && dot.text === '.' && dot.end === next.start && /^[\p{L}\d]/u.test(next.text);
}

/**
 * wink reads "in." as the abbreviation for inches and runs "…the country you live in. Book
 * vacation…" on as one sentence. A lowercase word with its full stop, not after a number
 * ("5 in."), before a capital is a word ending a sentence; "vs.", "approx." are no words and
 * "c. 1818" no word of two letters, and they stay.
 */
function splitAtWordStops(tokens: Token[], first: number, last: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = first;
  for (let i = first + 1; i < last; i++) {
    const t = tokens[i];
    if (!/^\p{Lu}/u.test(tokens[i + 1].text)) continue;
    // So, at times, is "9am." ("…Monday 9am. Ask a month ahead.").
    const clock = t.kind === 'time' && t.text.endsWith('.') && !/[ap]\.m\.$/i.test(t.text);
    // …and "Block A." or "Plan B.": a letter naming a place or an option, not an initial.
    const lettered = /^[A-Z]\.$/.test(t.text) && LETTERED.test(tokens[i - 1].text);
    // …and an address with the sentence's full stop taken into it ("…go to https://api.example.com/v3. Authenticate…").
    const address = t.kind === 'url' && t.text.endsWith('.');
    if (!clock && !lettered && !address && (!WORD_STOP.test(t.text) || tokens[i - 1].kind === 'number' || !isWord(t.text.slice(0, -1)))) continue;
    out.push([start, i]);
    start = i + 1;
  }
  out.push([start, last]);
  return out;
}
const WORD_STOP = /^[a-z]{2,}\.$/;
const LETTERED = /^(?:Block|Row|Gate|Room|Building|Hall|Unit|Wing|Level|Zone|Ward|Stand|Bay|Platform|Plan|Option|Appendix|Annex|Section|Part|Schedule|Phase|Stage|Grade|Type|Group|Team|Theatre|Theater|Lab|Studio|Court|Pitch|Terminal|Entrance|Exit|Door|Park|Site|Area|Field|House|Tower)$/;

/** Past forms of one verb that are the bare form of another: "found" (a trust), "saw" (wood), "fell" (a tree), "wound" (a clock). */
const OWN_VERB_AFTER_PAST = new Set(['found', 'ground', 'wound', 'saw', 'fell', 'bore', 'lay']);
const BARE_VERB_AFTER = /^(?:to|do|does|did|will|would|shall|should|can|could|may|might|must|help|helps|helped|let)$/i;
const SUBJECT = /^(?:i|you|he|she|we|they|it|who)$/i;
/** Whether the word at `i` follows what takes a bare verb: "help found", "did she found", "to found". */
const takesBareVerb = (values: readonly string[], i: number) =>
  i > 0 && (BARE_VERB_AFTER.test(values[i - 1]) || (i > 1 && SUBJECT.test(values[i - 1]) && /^(?:do|does|did|will|would|can|could|should|may|might|must)$/i.test(values[i - 2])));

/**
 * wink reads "America's." (a possessive before a mark: ".", ",", "-") as one word and learns it; from
 * then on its instance reads every "America's" whole, where before it read "America" + "'s". What a
 * text means then hung on what the process had read before it (the same question answered one way
 * after a rebuild and another way after a restart; the model fitted from a table differed by the order
 * its documents were read). A space after such an "'s", in the text wink reads only, keeps the split
 * the same whatever came before; tokens are found in the original text by their words, so every
 * offset is the original's.
 */
const POSSESSIVE_BEFORE_MARK = /(\p{L}['’]s)(?=[^\s\p{L}\p{N}])/gu;

/** The United States as the index knows it: the lemma wink gives "U.S.". */
export const UNITED_STATES_LEMMA = 'u.s.';
const US_IN_CAPITALS = /^USA?$/;
const shouted = (word: string | undefined) => !!word && /^\p{Lu}{2,}$/u.test(word) && !US_IN_CAPITALS.test(word);

/**
 * "Clubs are *fined* £25": wink cuts the past of a verb ending in "e" to the word before it ("fin"), though that word's
 * own past would double its last letter ("finned"); the verb WordNet knows with the "e" is the lemma.
 */
function verbLemma(word: string, lemma: string | undefined): string {
  const lower = word.toLowerCase();
  if (lemma === undefined) return lower;
  const undoubled = (lower === `${lemma}ed` || lower === `${lemma}ing`) && SHORT_VOWEL_END.test(lemma);
  return undoubled && isVerb(`${lemma}e`) ? `${lemma}e` : lemma;
}
/** A word ending in one vowel between consonants, whose past doubles the last ("fin" → "finned"). */
const SHORT_VOWEL_END = /(?:^|[^aeiou])[aeiou][^aeiouwxy]$/;

export function analyze(text: string): Analysis {
  const n = engine();
  const its = n.its;
  const doc = n.readDoc(text.replace(POSSESSIVE_BEFORE_MARK, '$1 '));
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as unknown as string[];
  const stops = doc.tokens().out(its.stopWordFlag as never) as unknown as boolean[];
  const kinds = doc.tokens().out(its.type as never) as unknown as string[];

  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    // wink keeps token text verbatim, so each token is found at or after the previous one.
    let at = text.indexOf(v, cursor);
    if (at < 0) at = cursor;
    // wink splits "we're" and "I've" but keeps "I'm" whole, as a proper noun: it is the pronoun.
    if (FIRST_PERSON.test(v)) tokens.push({ text: v, start: at, end: at + v.length, pos: 'PRON', lemma: 'i', stop: true, kind: kinds[i] });
    // wink leaves a plural day name as it is ("Saturdays"): "open on Saturdays" is about Saturday.
    else if (PLURAL_DAY.test(v)) tokens.push({ text: v, start: at, end: at + v.length, pos: pos[i], lemma: v.slice(0, -1).toLowerCase(), stop: stops[i], kind: kinds[i] });
    // "Did she help *found* the trust?": after a word that takes a bare verb, a past form that is a verb of
    // its own ("found", "saw", "fell") is that verb, not the past of another ("find", "see", "fall").
    else if (OWN_VERB_AFTER_PAST.has(v.toLowerCase()) && takesBareVerb(values, i)) tokens.push({ text: v, start: at, end: at + v.length, pos: 'VERB', lemma: v.toLowerCase(), stop: false, kind: kinds[i] });
    // "£18 to the US": the country written in capitals is the word "U.S." is (wink takes it for the pronoun, a
    // stop word), but not in a line shouted in capitals ("CONTACT US").
    else if (US_IN_CAPITALS.test(v) && !shouted(values[i - 1]) && !shouted(values[i + 1])) tokens.push({ text: v, start: at, end: at + v.length, pos: 'PROPN', lemma: UNITED_STATES_LEMMA, stop: false, kind: kinds[i] });
    // wink leaves a few odd tokens without a lemma (seen in archive text); the word stands in.
    else tokens.push({ text: v, start: at, end: at + v.length, pos: pos[i], lemma: pos[i] === 'VERB' ? verbLemma(v, lemmas[i]) : (lemmas[i] ?? v.toLowerCase()), stop: stops[i], kind: kinds[i] });
    cursor = at + v.length;
  }

  const sentences: Array<[number, number]> = [];
  doc.sentences().each((s: { out(f: unknown): unknown }) => {
    const span = s.out(its.span) as unknown as [number, number];
    const previous = sentences[sentences.length - 1];
    // A full stop with no space after it ends no sentence: "id.example.com", "v1.2.3", which wink cuts at every dot.
    if (previous && joinsNext(tokens, previous[1])) previous[1] = span[1];
    else sentences.push(...splitAtWordStops(tokens, span[0], span[1]));
  });

  const entities: RawEntity[] = [];
  doc.entities().each((e: { out(f: unknown): unknown }) => {
    const span = e.out(its.span) as unknown as [number, number];
    entities.push({ type: e.out(its.type) as string, first: span[0], last: span[1] });
  });
  return { source: text, tokens, sentences, entities };
}
