/**
 * "How many missiles does Iran have?" — "…Iran's ballistic missile program": a question asking
 * how many or how much is not answered by a sentence that gives no number, nor any word for one.
 * Nor is one asked how tall, how heavy or how old something is, nor how fast it goes.
 * And "how many aircraft are based at Al Udeid?" — "home to approximately 10,000 American troops":
 * nor by one that counts something else, saying nothing of the thing counted (`countedThing`).
 */
import { normalizeLemma } from '../facts/lemmas.js';
import { analyze, type Token } from '../facts/nlp.js';
import { isAgentNoun, isKindOf, isTimeNoun } from '../facts/wordnet.js';
import { endsInUnit, LENGTH_UNIT, PHONE_NUMBER, PHONE_NUMBER_IN, POSTAL_ADDRESS_IN } from '../facts/entities.js';
import type { EntityType, Fact } from '../facts/types.js';
import { AGE_REQUIRED, namesAnswerKind, perQuestion, wordsAfter, type Question } from './question.js';
import { NO_SUM_NEEDED } from './sum-asked.js';

/** How many, how much, and a size or an age said only by a number ("how tall is the dam?", "how old is the town hall?"). */
const COUNT_ASKED = /^how (?:many|much|tall|deep|wide|thick|heavy|old|high|big|large)\b/i;
/** "How high is Obergurgl?", "how big is the hall?": a size, a height or a degree, said by a figure, never by a length of time ("since 1978"). */
const SIZE_ASKED = /^how (?:high|big|large)\b/i;
const SIZES = new Set<EntityType>(['NUMBER', 'PERCENT', 'MONEY']);
/** "How old is the church?" — "built in 1850": a year says an age (a year alone, not the date of a meeting). */
const AGE_ASKED = /^how old\b/i;
const YEAR = /^(?:(?:in|since|from)\s+)?(?:the\s+)?(?:1[0-9]|20)\d\ds?$/i;
/** An age said as a limit: "aged 18", "16 or over", "under 12", "over-65s", "12-year-olds", "18+", "the age of 21". */
const AGE_SAID = /\baged?\s+(?:of\s+)?\d|\b\d+\s*(?:years?\s+old|-year-olds?|\+)|\b(?:under|over|at least|older than|younger than)[\s-]+\d+|\b\d+\s+or\s+(?:over|older|above|under|younger)\b/i;
/** "How old is the town hall?": an age, said by a number or a year. */
const AGE_OR_WEIGHT_ASKED = /^how (?:heavy|old)\b/i;
/** "How tall is the dam?" — "a reservoir of 74 billion cubic metres": a height, depth or width is a length. */
const LENGTH_ASKED = /^how (?:tall|deep|wide|thick)\b/i;
const DISTANCE_AFTER = /^\s+(?:from|away|off|north|south|east|west|outside|inland|upstream|downstream)\b/i;
/** Entities that say how many. */
const COUNTS = new Set<EntityType>(['NUMBER', 'PERCENT', 'DURATION', 'MONEY']);
/** Words that count without a figure: "no limit", "unlimited", "thousands more", "a couple of". */
const NUMBER_WORDS = 'no|none|unlimited|several|few|dozens?|hundreds?|thousands?|millions?|couple|one|two|three|four|five|six|seven|eight|nine|ten|twice|once|double';
/** …and with a quantifier ("every member"), which says how many of a thing, not how many things ("all runners"). */
const COUNT_WORDS = new RegExp(String.raw`\b(?:${NUMBER_WORDS}|any|all|every|each|single|both|many|most)\b`, 'i');
const THING_COUNT_WORDS = new RegExp(String.raw`\b(?:${NUMBER_WORDS})\b`, 'i');

const asksCount = perQuestion((q) => q.kind !== 'yesno' && COUNT_ASKED.test(q.text.trim()));
/** "How fast can an otter swim?" — "first swim at about three months": a speed of going is said in a unit of speed. */
const SPEED_ASKED = /^how fast (?:can|could|does|do|did|will|would|is|are)\s+(?:[\w'-]+\s+){1,3}?(?:swim|run|fly|flies|go|goes|travel|drive|move|sail|cycle|ride|walk|gallop|climb|dive)\w*\b/i;
const SPEED = /\b\d[\d,.]*\s*(?:mph|km\/h|kph|kmh|knots?|m\/s)(?![\w/])|\b(?:miles|kilometres|kilometers|km|metres|meters|feet|knots)\s+(?:an|per|a)\s+(?:hour|minute|second)\b/i;

/** "How long is the Milford bridge?" — "built in 1874": a length of time or of a thing, never a date alone. */
const HOW_LONG_ASKED = /^how long\b/i;
/** …or as an end ("stays open until the fix is released", "expire at the end of that day"), a span of dates, a measure said "long" ("14 characters long"), or a shift. */
const LONG_SAID = /\b(?:overnight|all (?:day|night|week|year)|indefinitely|permanently|forever|a while|ages|minutes|hours|days|weeks|months|years|lifetime|until|till|expires?|end of|long|shifts?|sessions?|terms?|seasons?)\b|\d\s*[–—-]\s*\d|\d\s+\p{L}+\s*[–—]\s*\d/iu;

/** Whether a sentence gives no length where how long is asked: no length of time, no measure of length. */
export function lengthMissing(q: Question, fact: Fact): boolean {
  if (q.kind === 'yesno' || !HOW_LONG_ASKED.test(q.text.trim())) return false;
  // (A bare number may be a length in a unit said elsewhere, "retention_days … (default 30)"; "240 trains" counts trains.)
  const bare = (e: { end: number }) => !/^\s*[\p{L}]/u.test(fact.text.slice(e.end)) || /^\s*(?:and|or|to|in|on|at|for|by|with|per)\b/i.test(fact.text.slice(e.end));
  return !fact.entities.some((e) => e.type === 'DURATION' || (e.type === 'NUMBER' && (LENGTH_UNIT.test(e.text) || (bare(e) && /^[\p{Ll} ]*[\d.,]+$/u.test(e.text.trim()) && !/^\d{4}$/.test(e.text.trim()))))) && !LONG_SAID.test(fact.text);
}

/** "How often should I water a cactus?" — "cacti can take nights as cool as 10°C": how often is said by a time or a habit. */
const HOW_OFTEN_ASKED = /^how often\b/i;
const HABIT_SAID = /\b(?:every|each|once|twice|daily|weekly|fortnightly|monthly|quarterly|annually|yearly|hourly|nightly|per|times?|a (?:day|week|month|year)|regularly|always|never|whenever|when|until|as (?:soon|often) as|after|before|between|again|occasionally|sometimes|rarely|frequently|often|usually|only)\b/i;

/** Whether a sentence gives no time, length of time nor habit where how often is asked. */
export function habitMissing(q: Question, fact: Fact): boolean {
  return q.kind !== 'yesno' && HOW_OFTEN_ASKED.test(q.text.trim()) && !fact.entities.some((e) => e.type === 'DURATION' || e.type === 'DATE' || e.type === 'TIME') && !HABIT_SAID.test(fact.text);
}

/** Whether a sentence gives no speed where how fast something goes is asked. */
export function speedMissing(q: Question, fact: Fact): boolean {
  return q.kind !== 'yesno' && SPEED_ASKED.test(q.text.trim()) && !SPEED.test(fact.text);
}

/** Whether a sentence gives no count where a count is asked. */
export function countMissing(q: Question, fact: Fact): boolean {
  if (!asksCount(q)) return false;
  // "How many people live along the river?" — "about 30 kilometres from the border": a measure, a sum or a length of
  // time counts nothing but its unit, where the thing counted is no unit of time ("how many days" is said in one).
  const thing = countKind(q);
  const counts = thing === 'thing' ? THINGS_COUNTED : SIZE_ASKED.test(q.text) ? SIZES : COUNTS;
  // (Not a distance from somewhere: "the dam, about 40 kilometres from the lake" is no height of it.)
  if (LENGTH_ASKED.test(q.text)) return !fact.entities.some((e) => e.type === 'NUMBER' && LENGTH_UNIT.test(e.text) && !DISTANCE_AFTER.test(fact.text.slice(e.end)));
  // (An age one must be is said as one: "aged 18 or over", "under 16s"; "enter up to 5 times a day" counts entries.)
  if (AGE_REQUIRED.test(q.text.trim())) return !AGE_SAID.test(fact.text);
  // (An age or a weight is a number, "was fourteen", or a year: "every Tuesday" is none.)
  if (AGE_OR_WEIGHT_ASKED.test(q.text)) return !fact.entities.some((e) => e.type === 'NUMBER' || e.type === 'DURATION' || (e.type === 'DATE' && AGE_ASKED.test(q.text) && YEAR.test(e.text)));
  const addresses = [...fact.text.matchAll(ADDRESS_OR_PHONE)].map((m) => [m.index, m.index + m[0].length]);
  const counting = (e: Fact['entities'][number]) => !addresses.some(([start, end]) => e.start >= start && e.end <= end);
  if (fact.entities.some((e) => counts.has(e.type) && counting(e) && (thing !== 'thing' || (!endsInUnit(e.text) && !PHONE_NUMBER.test(e.text) && !IDENTIFIER_BEFORE.test(fact.text.slice(0, e.start)))))) return false;
  // ("How much does parking cost?" — "Staff parking is free": no figure, and the answer.)
  // (Past here no value of the sentence counts a thing asked, nor do its words: the "million" of "90 million cubic
  // metres", the "two" of "two years".)
  const rest = thing === 'thing' ? fact.entities.reduceRight((text, e) => text.slice(0, e.start) + text.slice(e.end), fact.text) : fact.text;
  // ("How many runners are taking part?" — "numbers were posted to *all* runners": a quantifier counts no things.)
  return !(thing === 'thing' ? THING_COUNT_WORDS : COUNT_WORDS).test(rest) && !NO_SUM_NEEDED.test(fact.text);
}

/** "Gurglerstraße 12, 6456 Obergurgl", "0800 555 0142": a number of an address or a phone number counts and measures nothing ("how high is Obergurgl?"). */
const ADDRESS_OR_PHONE = new RegExp(`${POSTAL_ADDRESS_IN.source}|${PHONE_NUMBER_IN.source}`, 'gu');

const HOW_MANY = /^how many\s+/i;
/** Nouns counted in a measure of their own ("how many times", "how many points"). */
const MEASURED = /^(?:time|point|percent|percentage|degree|calorie|credit|mark|vote|dollar|euro|pound)$/;
/** "company number 11873402", "reference 4471", "batch codes 2409 to 2436": a number that names something counts nothing. */
const IDENTIFIER_BEFORE = /\b(?:numbers?|no\.?|references?|ref\.?|codes?|ids?|accounts?|registration|licence|license|serial)\s*[:#]?\s*$/i;
/** What counts a thing that is not a length of time or a measure: a bare number or a share of it. */
const THINGS_COUNTED = new Set<EntityType>(['NUMBER', 'PERCENT']);

/** What "how many …?" counts: a unit of time or measure ("how many days", "how many miles"), a thing ("how many engineers"), or null (not asked "how many"). */
const countKind = perQuestion((q): 'measure' | 'thing' | null => {
  const tokens = wordsAfter(q, HOW_MANY);
  let at = tokens ? tokens.slice(0, 4).findIndex((t) => t.pos === 'NOUN') : -1;
  if (!tokens || at < 0) return null;
  // (Any noun of a compound: "how many study *days*", "how many *weeks* notice" count in a unit of time.)
  const nouns = [tokens[at]];
  while (tokens[at + 1]?.pos === 'NOUN') nouns.push(tokens[++at]);
  const measures = (noun: (typeof nouns)[number]) => {
    const lemma = normalizeLemma(noun.lemma);
    return isTimeNoun(lemma) || endsInUnit(`1 ${noun.text.toLowerCase()}`) || MEASURED.test(lemma);
  };
  return nouns.some(measures) ? 'measure' : 'thing';
});

/**
 * The thing "how many …?" counts ("how many *aircraft*", "how many *desks*"), or null: not a unit of
 * time ("how many days", said in its own unit), a kind of answer ("how many times"), nor people, whom
 * documents count in words of their own ("how many soldiers" — "10,000 American troops", "how many
 * protesters died" — "3,400 people have been killed").
 */
export const countedThing = perQuestion((q): string | null => {
  const tokens = wordsAfter(q, HOW_MANY);
  if (!tokens || q.kind === 'yesno') return null;
  let at = 0;
  while (at < tokens.length && at < 3 && tokens[at].pos !== 'NOUN') {
    if (tokens[at].pos !== 'ADJ' && tokens[at].pos !== 'PROPN') return null;
    at++;
  }
  const noun = tokens[at];
  if (!noun || noun.pos !== 'NOUN') return null;
  const lemma = normalizeLemma(noun.lemma);
  const word = noun.text.toLowerCase();
  return isTimeNoun(lemma) || namesAnswerKind(lemma) || namesAnswerKind(word) || isAgentNoun(lemma) ? null : lemma;
});

/** Verbs too general to say which event is counted ("how many *were* there", "how many did they *get*"). */
const NO_EVENT_VERBS = new Set(['be', 'have', 'do', 'get', 'make', 'take', 'use', 'need', 'go', 'come', 'give', 'happen', 'say']);
/** The verbs of a "how many …?" question: the event whose count is asked ("how many people were *executed*?"). */
const countedEvents = perQuestion((q): string[] => {
  if (!HOW_MANY.test(q.text.trim()) || q.kind === 'yesno') return [];
  return analyze(q.text).tokens.filter((t) => t.pos === 'VERB').map((t) => normalizeLemma(t.lemma)).filter((v) => !NO_EVENT_VERBS.has(v));
});

/**
 * Whether a sentence counts only a broader event than the one asked: "how many people were executed?" — "between
 * 2,500 and 3,400 people have been killed" counts killings, of which executions are one kind. (A cause still
 * counts: "how many protesters died?" — "… have been killed".)
 */
export function broaderEventCounted(q: Question, fact: Fact): boolean {
  const events = countedEvents(q);
  return events.length > 0 && events.every((v) => !fact.lemmas.includes(v) && fact.lemmas.some((l) => l !== v && isKindOf(v, l, 2, 'verb')));
}

/** Words a number may have before and among the nouns it counts: "four *ten-hour* days", "three *green polo* shirts". */
const COUNTED_PHRASE = new Set(['ADJ', 'NOUN', 'NUM', 'PROPN']);
const MAX_COUNTED_WORDS = 5;

/** The nouns of the phrase "how many …?" counts ("how many *parking spaces*" → parking, space). */
const countedNouns = perQuestion((q): string[] => {
  const tokens = wordsAfter(q, HOW_MANY) ?? [];
  const nouns: string[] = [];
  for (const t of tokens.slice(0, MAX_COUNTED_WORDS)) {
    if (t.pos === 'NOUN') nouns.push(normalizeLemma(t.lemma));
    else if (nouns.length || !COUNTED_PHRASE.has(t.pos)) break;
  }
  return nouns;
});

/** Between a thing and the number of what it holds: "parking *for* 30 cars", "space *for up to* 12". */
const HELD_BETWEEN = /^\s+for\s+(?:up to\s+|about\s+|around\s+)?$/i;

/**
 * Whether every number of a sentence counts something other than the thing "how many …?" asks about: "how many items
 * can I reserve?" — "renew items up to three times"; "how many bathrooms…?" — "two double bedrooms". A bare number
 * ("the team is 12"), or one whose phrase names the thing, a kind of it or a word for it (`names`), may be its count.
 */
export function countsOtherThing(q: Question, fact: Fact, names: (lemma: string, asked: string) => boolean): boolean {
  if (!countedThing(q)) return false;
  const asked = countedNouns(q);
  if (asked.length === 0) return false;
  const counts = countsOf(fact);
  return counts.length > 0 && counts.every(({ entity, nouns, holder }) => {
    // ("Free parking for 30 cars", "room for 12 people": what holds them is counted in them.)
    if (holder && asked.some((a) => names(holder, a))) return false;
    if (nouns.length === 0) return entity.type === 'DURATION';
    return !nouns.some((n) => ANY_THING.has(n) || asked.some((a) => names(n, a)));
  });
}

/** "How many people…?": a count of people (a question the counted-thing rules leave alone, as people are the kind of answer). */
const PEOPLE_COUNTED = /^how many (?:people|persons|individuals)\b/i;
/** "More than 24,000", "up to 300": a number compared with another. */
const COMPARED = /^(?:more|fewer|less) than\b|^(?:over|under|up to|nearly|almost|about|around)\b/i;
const COMPARED_BEFORE = /\b(?:(?:more|fewer|less) than|over|under|up to|nearly|almost)\s+$/i;
/** What counts people without naming them: places, seats, tickets, beds. */
const PEOPLE_HELD = new Set(['people', 'person', 'individual', 'place', 'seat', 'space', 'spot', 'ticket', 'bed', 'cover', 'head']);

/**
 * Whether every number of a sentence counts a thing that is no person: "how many people died in the June war?" —
 * "between the *two countries* … a brief but intense *12-day* conflict" (answered "two countries" at 0.48).
 */
export function countsOtherThanPeople(q: Question, fact: Fact): boolean {
  if (q.kind === 'yesno' || !PEOPLE_COUNTED.test(q.text.trim())) return false;
  const counts = countsOf(fact);
  // (A bare number compared after one that counts something counts the same: "6,000 vehicles a day, … *more than 24,000*";
  // not one beside it: "450 standing, 220 seated".)
  const compared = (e: Fact['entities'][number]) => COMPARED.test(e.text) || COMPARED_BEFORE.test(fact.text.slice(Math.max(0, e.start - 16), e.start));
  const said: string[][] = [];
  counts.forEach(({ entity, nouns }, i) => said.push(nouns.length > 0 || i === 0 || !compared(entity) ? nouns : said[i - 1]));
  return counts.length > 0 && counts.every(({ entity }, i) => (said[i].length === 0 ? entity.type === 'DURATION' : !said[i].some(countsPeople)));
}

/** "troops", "nurses", "staff", "places": a noun a count of people is said in (not "countries", which act but are places). */
const countsPeople = (noun: string) => PEOPLE_HELD.has(noun) || isKindOf(noun, 'person', PERSON_DEPTH) || (isAgentNoun(noun) && !isKindOf(noun, 'location', PLACE_DEPTH) && !isKindOf(noun, 'political unit', PLACE_DEPTH));
const PERSON_DEPTH = 8;
const PLACE_DEPTH = 6;

/** Nouns that count whatever a list holds: "up to 20 items" counts the books, DVDs and games asked about. */
const ANY_THING = new Set(['item', 'thing', 'object', 'article']);

/** Whether a sentence counts things of any kind ("Adults can borrow up to 20 items at once"), which is a count of the thing asked. */
export function countsAnyThing(fact: Fact): boolean {
  return countsOf(fact).some(({ nouns }) => nouns.some((n) => ANY_THING.has(n)));
}

/** A sentence's numbers, each with the nouns of its phrase and what holds them ("parking for 30 cars"). */
function countsOf(fact: Fact): Array<{ entity: Fact['entities'][number]; nouns: string[]; holder: string | null }> {
  const numbers = fact.entities.filter((e) => e.type === 'NUMBER' || e.type === 'DURATION');
  if (numbers.length === 0) return [];
  const tokens = analyze(fact.text).tokens;
  return numbers.map((e) => {
    // (A duration's unit is in it, "three times", "ten days"; a number's own words may hold its noun: "two agents".)
    const own = tokens.filter((t) => t.start >= e.start && t.end <= e.end && t.pos === 'NOUN');
    const phrase: Token[] = [...own];
    for (const t of tokens.filter((x) => x.start >= e.end)) {
      if (phrase.length - own.length >= MAX_COUNTED_WORDS || !(COUNTED_PHRASE.has(t.pos) || t.text === '-')) break;
      phrase.push(t);
    }
    const holder = tokens.filter((t) => t.end <= e.start && HELD_BETWEEN.test(fact.text.slice(t.end, e.start))).pop();
    return { entity: e, nouns: phrase.filter((t) => t.pos === 'NOUN').map((t) => normalizeLemma(t.lemma)), holder: holder ? normalizeLemma(holder.lemma) : null };
  });
}
