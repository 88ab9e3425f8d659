/**
 * Entities of a sentence: dates and numbers from wink-nlp, and people, places and
 * organisations from compromise, which types the runs of proper nouns wink finds.
 * compromise is slow on running text, so it only sees the proper-noun runs, each once.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import { MONTH_NAME, WEEKDAY_NAME, type Analysis } from './nlp.js';
import { isPlaceNoun, isProperName, isWord, morphy } from './wordnet.js';
import type { Entity, EntityType } from './types.js';

const WINK_TYPES: Record<string, EntityType> = {
  DATE: 'DATE',
  TIME: 'TIME',
  DURATION: 'DURATION',
  CARDINAL: 'NUMBER',
  MONEY: 'MONEY',
  PERCENT: 'PERCENT',
  ORDINAL: 'ORDINAL',
};

interface TypedName {
  type: EntityType;
  /** Offsets inside the proper-noun run. */
  start: number;
  end: number;
}

const nameCache = new Map<string, TypedName[]>();

// ("&" joins a firm's names: "Everly & Co", "Marks & Spencer".)
const NAME_PARTICLES = new Set(['&', 'of', 'da', 'de', 'di', 'do', 'dos', 'das', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'ter', 'bin', 'ibn']);

// compromise takes ~0.7 s to import and only building a table needs it: loaded on first use,
// so answering from a saved table (every `npm run ask`) never pays for it.
let compromise: typeof nlpType | null = null;
function nlp(text: string) {
  compromise ??= createRequire(import.meta.url)('compromise') as typeof nlpType;
  return compromise(text);
}

const COURTESY = /^(?:mr|mrs|ms|miss|mx|dr)\.?$/i;
/** What the tagger gives a capitalised word it knows nothing of. */
const BARE_NOUN_TAGS = new Set(['Noun', 'Singular', 'ProperNoun']);

/** People, places and organisations inside one run of proper nouns. */
export function typeNames(run: string): TypedName[] {
  const cached = nameCache.get(run);
  if (cached) return cached;
  const doc = nlp(run);
  const found: TypedName[] = [];
  /** The run's words with their tags, read once where a name needs them. */
  let runTerms: CompromiseMatch['terms'] | undefined;
  const groups: Array<[EntityType, { json(opts: object): unknown }]> = [
    ['PERSON', doc.people()],
    ['PLACE', doc.places()],
    ['ORG', doc.organizations()],
  ];
  for (const [type, matches] of groups) {
    for (const m of matches.json({ offset: true, terms: { tags: true } }) as CompromiseMatch[]) {
      let start = m.offset.start;
      // "President Vladimir Putin" names Vladimir Putin: titles are not part of the name…
      for (const term of m.terms) {
        if (type === 'PERSON' && term.tags.includes('Honorific')) start = term.offset.start + term.offset.length;
        else break;
      }
      // …but "Mrs Patel" is how Mrs Patel is called: a courtesy title before a surname alone stays.
      const title = m.terms[0];
      if (start > m.offset.start && m.terms.length === 2 && COURTESY.test(run.slice(title.offset.start, title.offset.start + title.offset.length))) start = m.offset.start;
      // "Declan Moss": the tagger knows the surname and not the first name before it, which it tags
      // as a bare noun; inside a run of capitalised words that noun is the rest of the name.
      // (Or a name it knows as a first name standing last, after a word no dictionary has: "Abiy Ahmed", not "Officer Martin".)
      const surname = m.terms.length === 1 && m.terms[0].tags.includes('LastName');
      if (type === 'PERSON' && m.terms.length === 1 && (surname || m.terms[0].tags.includes('FirstName'))) {
        runTerms ??= (doc.json({ offset: true, terms: { tags: true } }) as Array<{ terms: CompromiseMatch['terms'] }>).flatMap((s) => s.terms);
        const at = runTerms.findIndex((t) => t.offset.start === m.offset.start);
        const first = at > 0 ? runTerms[at - 1] : null;
        const word = first ? run.slice(first.offset.start, first.offset.start + first.offset.length) : '';
        if (first && first.tags.every((t) => BARE_NOUN_TAGS.has(t)) && (surname || !isWord(word.toLowerCase())) && /^\s+$/.test(run.slice(first.offset.start + first.offset.length, m.offset.start))) start = first.offset.start;
      }
      let end = m.offset.start + m.offset.length;
      while (end > start && /[\s,.;:]/.test(run[end - 1]) && !/\b[A-Z]\.$/.test(run.slice(start, end))) end--;
      while (start < end && /\s/.test(run[start])) start++;
      if (end > start && !found.some((f) => f.start < end && start < f.end)) found.push({ type, start, end });
    }
  }
  // "Sanne de Vries", "Leonardo da Vinci": the tagger finds part of a name with a particle; one person is all of it.
  if (found.length === 1 && found[0].type === 'PERSON' && run.split(/\s+/).some((w) => NAME_PARTICLES.has(w) && w !== 'of')) found[0] = { type: 'PERSON', start: 0, end: run.length };
  // "Everly & Co.", "Marks & Spencer": names joined by "&" are one firm's.
  if (/\s&\s/.test(run)) found.splice(0, found.length, { type: 'ORG', start: 0, end: run.replace(/[\s,;:]+$/, '').length });
  // "Israeli", "Russian": nationality adjectives name no one.
  const demonym = doc.json()[0]?.terms.every((t: { tags: string[] }) => t.tags.includes('Demonym'));
  if (found.length === 0 && !demonym) found.push({ type: 'NAME', start: 0, end: run.length });
  if (nameCache.size > 50_000) nameCache.clear();
  nameCache.set(run, found);
  return found;
}

interface CompromiseMatch {
  offset: { start: number; length: number };
  terms: Array<{ tags: string[]; offset: { start: number; length: number } }>;
}

/**
 * The first date an analysed heading gives ("5.2.0 (3 November 2026)", "Roadmap, Q2 2027"), read
 * without the name tagger, which a process answering from a built table never loads otherwise.
 */
export function headingDate(a: Analysis): string | null {
  const found = a.entities.find((e) => WINK_TYPES[e.type] === 'DATE');
  if (found) return a.source.slice(a.tokens[found.first].start, a.tokens[found.last].end).replace(DATE_PREPOSITION, '');
  return new RegExp(QUARTER.source).exec(a.source)?.[0] ?? null;
}
const DATE_PREPOSITION = /^(?:by|in|on|at|since|until|till|from|during|before|after)\s+/i;

const NO_NAMES: ReadonlySet<string> = new Set();
/**
 * A capitalised word alone after a lower-case word or a comma, inside a line: a word the document writes as a name
 * ("our processor, Stripe, …"; not a word of a longer name, "the Data Protection Officer", "Harlow Vale").
 */
const MID_SENTENCE_CAPITAL = /(?<=(?:^|[\s(])\p{Ll}+[,;]? )\p{Lu}\p{Ll}+\b(?![\s-]+\p{Lu})(?!-)/gmu;
/** The words a document writes capitalised mid-sentence, which it means as names wherever they stand. */
export function namesWritten(text: string): Set<string> {
  return new Set(text.match(MID_SENTENCE_CAPITAL) ?? []);
}

/**
 * Entities of the sentence spanning tokens [first, last] of `a`, with offsets relative to
 * `sentenceStart` (the sentence's offset in the analysed text).
 */
export function sentenceEntities(a: Analysis, first: number, last: number, text: string, sentenceStart: number, docNames: ReadonlySet<string> = NO_NAMES): Entity[] {
  const out: Entity[] = [];
  const taken = new Set<number>();
  for (const e of a.entities) {
    const type = WINK_TYPES[e.type];
    if (!type || e.first < first || e.last > last) continue;
    let start = a.tokens[e.first].start - sentenceStart;
    const end = a.tokens[e.last].end - sentenceStart;
    // wink includes the preposition in "By January 14"; the date is what follows it.
    const prep = DATE_PREPOSITION.exec(text.slice(start, end));
    if (prep && type === 'DATE') start += prep[0].length;
    // "children under 12 may visit": a month is written with its capital; "may" before a verb is the modal.
    const modal = type === 'DATE' && a.tokens[e.last + 1]?.pos === 'VERB' ? /^(\d+)\s+may$/.exec(text.slice(start, end)) : null;
    out.push(modal ? { text: modal[1], type: 'NUMBER', start, end: start + modal[1].length } : { text: text.slice(start, end), type, start, end });
    for (let i = e.first; i <= e.last; i++) taken.add(i);
  }

  // Runs of proper nouns, allowing "of" inside ("Department of Defense") and the particles of
  // names and places ("Leonardo da Vinci", "Cais do Sodré", "Ludwig van Beethoven").
  let i = first;
  while (i <= last) {
    if (a.tokens[i].pos !== 'PROPN' || taken.has(i)) {
      i++;
      continue;
    }
    // A capital at the start of a sentence is no evidence of a name, nor is a lower-case word.
    if (/^[a-z]/.test(a.tokens[i].text)) {
      i++;
      continue;
    }
    let j = i;
    while (
      j + 1 <= last &&
      !taken.has(j + 1) &&
      (a.tokens[j + 1].pos === 'PROPN' ||
        (NAME_PARTICLES.has(a.tokens[j + 1].text) && j + 2 <= last && a.tokens[j + 2].pos === 'PROPN'))
    )
      j++;
    while (j > i && /^[a-z]/.test(a.tokens[j].text)) j--;
    // "the Post Office", "HM Passport Office": a capitalised word the tagger reads as a common noun, right after the
    // name, is the rest of it.
    while (j + 1 <= last && !taken.has(j + 1) && a.tokens[j + 1].pos === 'NOUN' && /^\p{Lu}\p{Ll}+$/u.test(a.tokens[j + 1].text) && a.tokens[j + 1].start === a.tokens[j].end + 1) j++;
    const runStart = a.tokens[i].start;
    const run = a.source.slice(runStart, a.tokens[j].end);
    const names = typeNames(run);
    // A first word no dictionary knows is a name for all its capital ("Priya will book…", "Grafana replaces…");
    // so is one it knows only as a name ("Harlow Vale came from two goals down…" was "Vale").
    const initial = a.tokens[i].text.toLowerCase();
    // (Unless the document writes it capitalised mid-sentence too: "our payment processor, Stripe, …" makes "Stripe processes payments." a name's.)
    if (i === first && names.every((n) => n.type === 'NAME') && isDictionaryWord(initial) && !isProperName(initial) && !docNames.has(a.tokens[i].text)) {
      // Sentence-initial and untyped: retry without the first word ("Recent Israeli …", "Protests").
      i++;
      if (i <= j) {
        const rest = a.source.slice(a.tokens[i].start, a.tokens[j].end);
        if (!/^[A-Z]/.test(rest) || typeNames(rest).length === 0) i = j + 1;
      }
      continue;
    }
    for (const name of names) {
      const start = runStart + name.start - sentenceStart;
      let end = runStart + name.end - sentenceStart;
      // "St Helier Hospital": a place's own capitalised word for its kind belongs to its name, though tagged a common noun.
      const kind = a.tokens[j + 1];
      if (name.type === 'PLACE' && name.end === run.length && kind && j + 1 <= last && kind.pos === 'NOUN' && /^\p{Lu}\p{Ll}+$/u.test(kind.text) && kind.start === a.tokens[j].end + 1 && isPlaceNoun(kind.text.toLowerCase())) end = kind.end - sentenceStart;
      out.push({ text: text.slice(start, end), type: name.type, start, end });
    }
    i = j + 1;
  }
  // "Tuesdays and Thursdays are office days": a weekday, said as a habit, is a date however tagged.
  // (Measured: short answers gain, rankings hold; the cost is that a near-topic "when is the summer
  // party?" can meet such a sentence through a loose synonym, "party" ~ "company".)
  for (let k = 0; k < out.length; k++) if (out[k].type !== 'DATE' && WEEKDAY.test(out[k].text)) out[k] = { ...out[k], type: 'DATE' };
  addUntyped(out, text, WEEKDAYS, 'DATE');
  // Clock times ("open from 08:00 to 18:00") and counts said in words ("thousands more arrested",
  // "dozens of offices"), which the tagger leaves untyped.
  addUntyped(out, text, COLON_TIME, 'TIME');
  addUntyped(out, text, ROUGH_COUNT, 'NUMBER');
  // Where to write or go: "people@example.com", "#new-joiners", "shop.example.com" answer "who do I
  // tell?" and "where do I ask?" as a name does.
  addUntyped(out, text, ADDRESS_LIKE, 'NAME');
  // "lanterna.toml", "Result.records", "LANTERNA_DATA_DIR", "--port": a name in code is one name, however the
  // tokenizer parts it ("what was Result.rows renamed to?" had no answer; "LANTERNA_DATA_DIR" answered "_DATA_DIR").
  addOver(out, text, CODE_NAME, 'NAME');
  // "paid at time and a half", "double time": a rate of pay in words, answering "how much is overtime paid?".
  addUntyped(out, text, PAY_RATE, 'MONEY');
  // "in room G.04", "Building 7": a numbered room or building is a place, not a number; so is a street
  // address. "The last working day of each month" is a date, however the tagger splits it.
  addOver(out, text, NUMBERED_PLACE, 'PLACE');
  addOver(out, text, NUMBERED_NAME, 'NAME');
  addOver(out, text, STREET_ADDRESS, 'PLACE');
  addOver(out, text, STREET_NAME, 'PLACE');
  // "on the River Lune", "in the county of Westmarch", "plays at Riverside Park": a name with the kind of place it is.
  addOver(out, text, NATURAL_PLACE, 'PLACE');
  // "Lunevale Foods", "Brewline Appliances Ltd": a name with the word that makes it a firm is one organisation.
  addOver(out, text, FIRM_NAME, 'ORG');
  addOver(out, text, DAY_IN_PERIOD, 'DATE');
  addOver(out, text, WEEKDAY_AND_DATE, 'DATE');
  // "Q2 2027", "in Q1", "H2 FY26": a quarter or half of a year is a date, not a name and a number.
  addOver(out, text, QUARTER, 'DATE');
  // "(10am to 6:30pm)": before a bracket the tokenizer breaks "6:30pm" into "6", ":3", "0pm".
  addOver(out, text, CLOCK_TIME, 'TIME');
  // "Time 12.30: Lunch" (a timetable's row), "meet at 9.30": an hour and its minutes by a full stop, where a time is said.
  addOver(out, text, SAID_CLOCK_TIME, 'TIME');
  // "twice a week", "every four years": how often, which the tagger leaves as a bare "week".
  addOver(out, text, FREQUENCY, 'DURATION');
  // "Two-factor authentication", "a one-off payment": a number word made part of an adjective counts
  // nothing ("a two-week trip", "a 12-day conflict" do, by their unit; "one-half", "twenty-one" are numbers).
  const counted = out.filter((e) => !(e.type === 'NUMBER' && !/\d/.test(e.text) && HYPHENED_WORD.test(text.slice(e.end)) && !HYPHENED_UNIT.test(text.slice(e.end))));
  const merged = mergeRanges(counted.sort((x, y) => x.start - y.start), text).map((e, k, all) =>
    withBound(isDayOfMonth(e, text) ? { ...e, type: 'DATE' as const } : e.type === 'TIME' ? withTimeZone(lengthBefore(e), text) : e.type === 'MONEY' ? withRate(e, text, all[k + 1]) : e.type === 'DURATION' ? withArticle(e, text) : e.type === 'PERSON' ? withHonorific(e, text) : e.type === 'NAME' && TITLED_NAME.test(e.text) ? { ...e, type: 'PERSON' as const } : e, text, all[k + 1]),
  );
  // "…is Helen Marsh, who can be reached at…", "Tom Heath, who leads…": read as places ("Marsh", "Heath"), but a
  // place is "which" or "where"; a name "who" follows is a person's.
  for (let k = 0; k < merged.length; k++) if (merged[k].type === 'PLACE' && WHO_AFTER.test(text.slice(merged[k].end))) merged[k] = { ...merged[k], type: 'PERSON' };
  // A zone taken into its time ("CET") is no name of its own.
  return merged.filter((e) => !merged.some((o) => o !== e && o.type === 'TIME' && o.start <= e.start && e.end <= o.end));
}

const WHO_AFTER = /^,?\s+who(?:se|m)?\b/i;
/** "Dr Helen Achebe", "King Henry III": a person's title before their name is how the documents name them. */
const HONORIFIC = /\b(?:Dr|Prof|Professor|Sir|Dame|King|Queen|Prince|Princess|Lord|Lady|Mr|Mrs|Ms|Miss|Mx|Rev|Revd|Cllr|Councillor)\.?\s+$/;
/** "Cllr Birkett", "Councillor Priya Nandakumar": a title the tagger does not know still says a person follows. */
const TITLED_NAME = /^(?:Cllr|Councillor)\.?\s+\p{Lu}/u;
function withHonorific(e: Entity, text: string): Entity {
  const m = HONORIFIC.exec(text.slice(Math.max(0, e.start - 12), e.start));
  return m ? { ...e, text: text.slice(e.start - m[0].length, e.end), start: e.start - m[0].length } : e;
}

/** "48 hours before it starts": the tagger takes the length with its "before" for a time of day. */
const LENGTH_BEFORE = /^((?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|sixty) (?:minutes?|hours?|days?|weeks?|months?))\s+(?:before|after|earlier|later|ahead|prior)$/i;
function lengthBefore(e: Entity): Entity {
  const m = LENGTH_BEFORE.exec(e.text);
  return m ? { text: m[1], type: 'DURATION', start: e.start, end: e.start + m[1].length } : e;
}

/** "eight calendar days or more", "3 hours or longer", "3.10 or newer", "aged 10 and up", "5 and under": the bound is the amount's. */
const BOUND_AFTER = /^\s+(?:or\s+(?:more|longer|less|fewer|over|under|newer|later|above|higher|older|younger)|and\s+(?:up|upwards|over|above|older|under|below|younger))\b/i;
function withBound(e: Entity, text: string, next: Entity | undefined): Entity {
  if (!COUNTED_TYPES.has(e.type) || !/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)\b/i.test(e.text)) return e;
  const bound = BOUND_AFTER.exec(text.slice(e.end));
  if (!bound || (next && next.start < e.end + bound[0].length)) return e;
  return { ...e, text: text.slice(e.start, e.end + bound[0].length), end: e.end + bound[0].length };
}

/** "£20 per person", "£50 a head", "45p per mile": what a sum is paid per is part of it (a unit of time is merged as a rate already). */
const PER_THING = /^\s+(?:per\s+(?!cent\b)\p{L}+|(?:a|an|each)\s+(?:head|person|guest|attendee|employee|user|seat|mile|kilomet(?:re|er)|km|room|ticket|trip|season|term|match|game|session|lesson|class|visit|item|child|adult|player|team|vehicle|booking|course))\b/iu;
function withRate(e: Entity, text: string, next: Entity | undefined): Entity {
  const per = PER_THING.exec(text.slice(e.end));
  if (!per || (next && next.start < e.end + per[0].length)) return e;
  return { ...e, text: text.slice(e.start, e.end + per[0].length), end: e.end + per[0].length };
}

/**
 * "for a week at a time", "at least a month ahead", "within an hour": a unit with "a" after a
 * word of extent is one of it, an amount; elsewhere it is a rate ("25 days of vacation a year").
 */
function withArticle(e: Entity, text: string): Entity {
  if (!BARE_UNIT.test(e.text)) return e;
  const before = text.slice(Math.max(0, e.start - 40), e.start);
  // (So is one counted back or on from something: "letters go out *a month ahead*", "a week later".)
  const article = ONE_UNIT_BEFORE.exec(before) ?? (ONE_UNIT_AFTER.test(text.slice(e.end)) ? /\b(an?\s+)$/i.exec(before) : null);
  return article ? { ...e, text: text.slice(e.start - article[1].length, e.end), start: e.start - article[1].length } : e;
}
const ONE_UNIT_AFTER = /^\s+(?:ahead|before|beforehand|earlier|later|after|in advance|early|late)\b/i;
const ONE_UNIT_BEFORE = /\b(?:for|within|in|after|before|least|most|about|around|than|over|under|only|just|nearly|almost|roughly|approximately)\s+(an?\s+)$/i;

const PAY_MULTIPLE = String.raw`(?:time and a (?:half|quarter|third)|(?:double|triple|treble) (?:time|pay))`;
const PAY_RATE = new RegExp(String.raw`\b${PAY_MULTIPLE}\b`, 'gi');
const PAY_RATE_WHOLE = new RegExp(`^${PAY_MULTIPLE}$`, 'i');
/** "Time and a half", "double time": a multiple of pay, an amount without a number. */
export function isPayMultiple(text: string): boolean {
  return PAY_RATE_WHOLE.test(text);
}
const UNTIL_CLOCK = /^(?:until|till|til)\s+(\d{1,2}(?::\d\d)?\s?(?:[ap]\.?m\.?)?|noon|midnight)$/i;
const CLOCK = String.raw`(?:\d{1,2}(?::\d\d)?\s?[ap]\.?m\.?|\d{1,2}:\d\d|noon|midday|midnight)`;
/** "7am–3pm", "from 11pm to 7am": hours of the clock, when something starts and ends, not how long it lasts. */
const CLOCK_RANGE = new RegExp(String.raw`^(?:from\s+)?${CLOCK}\s*(?:[-–—]|to|until|till)\s*${CLOCK}$`, 'i');
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const UNTIL_DATE = new RegExp(String.raw`^(?:until|till|through)\s+((?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH}\b.*)$`, 'i');
// (In a range, its short forms too: "Mon–Fri"; alone, "Sun" may be a newspaper.)
const DAY_DATE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}|${MONTH}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|${WEEKDAY_NAME}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:,?\s+\d{4})?`;
/** "from 1 April to 31 March", "September to November", "Monday to Friday": when a period starts and ends, as "when is it?" asks. */
const DATE_RANGE = new RegExp(String.raw`^(?:from\s+)?${DAY_DATE}\s*(?:[-–—]|to|until|till)\s*${DAY_DATE}$`, 'i');

/** "… Monday 9am.": the sentence's full stop, which the tagger keeps on a time, is no part of it ("9 a.m." keeps its own). */
function withoutFullStop(e: Entity): Entity {
  return /\d\s?[ap]m\.$/i.test(e.text) ? { ...e, text: e.text.slice(0, -1), end: e.end - 1 } : e;
}

/** "11:00 to 16:00 CET", "9am UK time": a clock time is only the time it is with its zone. */
const TIME_ZONE_AFTER = /^\s+(?:(?:UTC|GMT)(?:\s?[+-]\s?\d{1,2}(?::?\d\d)?)?|CET|CEST|EET|EEST|WET|WEST|BST|IST|JST|AEST|AEDT|[ECMP][SD]?T|(?:UK|US|local|Eastern|Pacific|Central|Mountain|Amsterdam|Berlin|London|Paris|New York) time)\b/;
function withTimeZone(e: Entity, text: string): Entity {
  const zone = TIME_ZONE_AFTER.exec(text.slice(e.end));
  return zone ? { ...e, text: text.slice(e.start, e.end + zone[0].length), end: e.end + zone[0].length } : e;
}

const HYPHENED_WORD = /^-\p{Ll}/u;
const DAY_OF_MONTH = /^(\d{1,2})(?:st|nd|rd|th)$/i;
/** What "of the month" or "of every month" may follow: "the tenth", "the 5th", "the first Monday". */
const countsADay = (e: Entity) => e.type === 'ORDINAL' || (e.type === 'DATE' && (DAY_OF_MONTH.test(e.text) || WEEKDAY.test(e.text.split(/\s+/).pop()!)));
const CALENDAR_UNIT = /\b(?:week|month|year|quarter)s?$/i;
const PARTS_OF_DAY = 'morning|afternoon|evening|night|noon|midday|midnight|lunchtime';
const PART_OF_DAY = new RegExp(`^(?:${PARTS_OF_DAY})$`, 'i');
/** "Tuesday *mornings*", "Friday *evening*": a part of the day after a weekday. */
const PART_OF_DAY_AFTER = new RegExp(String.raw`^\s+(?:${PARTS_OF_DAY})s?\b`, 'i');
/** An hour as it is spoken before "in the morning": "three", "11". */
const HOUR_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]|1[0-2])$/i;
const HYPHENED_UNIT = /^-(?:half|third|quarter|one|two|three|four|five|six|seven|eight|nine|hundred|thousand|million|billion|day|week|month|year|hour|minute|second|night|person|people|member|seat|page|mile|kilomet(?:re|er)|km|met(?:re|er)|inch|foot|point|percent|degree|stor(?:e)?y|floor|room|bed(?:room)?|step|part|stage)s?\b/i;

const isDictionaryWord = (w: string) => isWord(w) || morphy(w) !== null;

/** Matches of `pattern` as entities of `type`, where no entity stands already. */
function addUntyped(out: Entity[], text: string, pattern: RegExp, type: EntityType): void {
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!out.some((e) => e.start < end && start < e.end)) out.push({ text: m[0], type, start, end });
  }
}

/**
 * A pattern's matches as entities of `type`, in place of the entities they hold ("every four *years*"):
 * a match only part of another entity, or reaching past one, is left out.
 */
function addOver(out: Entity[], text: string, pattern: RegExp, type: EntityType): void {
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    // (An entity's sentence-final full stop is not part of what it names: "at 10.30am.")
    const reach = (e: Entity) => (e.end === end + 1 && text[end] === '.' ? end : e.end);
    if (out.some((e) => e.start < end && start < e.end && (e.start < start || reach(e) > end))) continue;
    for (let k = out.length - 1; k >= 0; k--) if (out[k].start >= start && reach(out[k]) <= end) out.splice(k, 1);
    out.push({ text: m[0], type, start, end });
  }
}

/** An hour of the day and, after its separator, its minutes. */
const HOUR = String.raw`(?:[01]?\d|2[0-3])`;
const MINUTES = String.raw`[0-5]\d`;
const COLON_TIME = new RegExp(String.raw`\b${HOUR}:${MINUTES}\b`, 'g');
// (And "9.12pm", "7.00 pm": a British hour and its minutes by a full stop, which the tokenizer reads as a decimal.)
const CLOCK_TIME = new RegExp(String.raw`\b${HOUR}[:.]${MINUTES}\s?(?:am|pm)\b`, 'gi');
const SAID_CLOCK_TIME = new RegExp(String.raw`(?<=\b(?:times?|at|until|till)\s*:?\s)${HOUR}\.${MINUTES}\b(?!\s*(?:%|per\s?cent)|[\p{L}])`, 'giu');
const WEEKDAY = new RegExp(`^${WEEKDAY_NAME}s?$`, 'i');
const WEEKDAY_FIRST = new RegExp(`^${WEEKDAY_NAME}`, 'i');
const EVERY_BEFORE = /\bevery\s+$/i;
const MONTH_ALONE = new RegExp(`^${MONTH_NAME}$`, 'i');
/** "Every autumn", as "every April": a season said as a habit. */
const SEASON_ALONE = /^(?:spring|summer|autumn|fall|winter)$/i;
/** Between the sides of a size: "2.4 by 1.8 metres", "3 x 2 metres". */
const BY_SIDE = /^\s*(?:by|x|×)\s*$/i;
const WEEKDAYS = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b/g;
/** An email address: its local part before the @, then its domain. */
export const EMAIL_ADDRESS = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
/**
 * A web address: with its scheme, or a domain whose ending is a common one (or RFC 2606's reserved
 * "example", which documentation uses) and its path.
 */
const WEB_ADDRESS = String.raw`https?:\/\/[\w.-]+(?:\/[\w\/.%?=&~+-]*)?|(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|app|co|eu|de|nl|pt|uk|ie|fr|es|it|gov|edu|info|example)(?:\/[\w\/.-]*)?`;
/** An address standing alone in text: not inside a longer word or address, and without the sentence's full stop. */
const standingAlone = (address: string) => String.raw`(?<![\w.@#-])(?:${address})(?<![.])(?![\w@])`;
const ADDRESS_LIKE = new RegExp(standingAlone(String.raw`${EMAIL_ADDRESS}|#[a-z0-9][\w-]*|${WEB_ADDRESS}`), 'gi');
/** Whether a text gives a web address ("enter at hollybankdairies.example/win"). */
export const WEB_ADDRESS_IN = new RegExp(standingAlone(WEB_ADDRESS), 'i');
/**
 * A phone number in text: international ("+43 5256 6305"), trunk-prefixed ("01422 555 0190", "(020) 7946 0321") or
 * North American ("(555) 014-2222", "555-014-2222"); nine digits or more, so a company number ("08841234") and a
 * date ("2026-10-14") are none.
 */
export const PHONE_NUMBER_IN = /(?<![\w.+-])(?=(?:\D{0,3}\d){9})(?:\+\d[\d\s-]{7,16}\d|\(?0\d{1,5}\)?[\s-]?\d[\d\s-]{4,10}\d|\(\d{3}\)\s?\d{3}-\d{4}|\d{3}[-.]\d{3}[-.]\d{4})(?![\w-])/;
/**
 * A postal address in text: a British postcode ("HG1 1TE"), an American state and ZIP code ("OR 97201"), or a
 * numbered street ("7 Station Parade", "Gurglerstraße 12, 6456 Obergurgl").
 */
export const POSTAL_ADDRESS_IN = /\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|\b[A-Z]{2} \d{5}(?:-\d{4})?\b|\b\d{1,4}[A-Za-z]? (?:\p{Lu}\p{Ll}+ ){1,3}(?:Street|St|Road|Rd|Lane|Avenue|Ave|Parade|Square|Way|Drive|Place|Row|Court|Crescent|Terrace|Close|Gardens|Boulevard|Blvd)\b|\b\p{Lu}\p{Ll}+(?:straße|strasse|gasse|weg|platz) \d+(?:, \d{4,5}(?= \p{Lu}))?/u;
/** A name in code: dotted ("Client.fetch_sync()", every part two letters or more), snake case, or a command-line flag. */
const CODE_NAME = /(?<![\w.-])(?:[A-Za-z_][A-Za-z0-9_]+(?:\.[A-Za-z_][A-Za-z0-9_]+)+(?:\(\))?|[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|--[a-z][a-z0-9-]*)(?![\w-])/g;
// (…or lettered: "Block C", "row M".)
const NUMBERED_PLACE = /\b(?:[Cc]ar [Pp]ark|[Rr]oom|[Ss]uite|[Bb]uilding|[Gg]ate|[Bb]ay|[Uu]nit|[Hh]all|[Dd]ock|[Pp]latform|[Bb]lock|[Rr]ow|[Ww]ing|[Ll]evel|[Zz]one|[Ww]ard|[Ss]tand|[Pp]ier|[Bb]erth) (?:(?:[A-Z]{1,2}[.-]?)?\d+(?:[.-]\d+)*[A-Z]?|[A-Z])\b/g;
/** "Class 3B", "Year 6", "Key Stage 2", "Phase 1": a group or step named by its number, not a count or a length of time. */
const NUMBERED_NAME = /\b(?:Class|Year|Form|Set|Group|Grade|Key Stage|Stage|Phase|Step|Tier|Band|Team|Squad|Division|Section|Part|Chapter|Module|Unit) (?:\d{1,2}[A-Z]?|[A-Z]\d{0,2})\b(?!\s*(?:%|per cent|percent))/g;
/** A day of a named month: "15 May 2026", "3rd June". */
const MONTH_DAY = new RegExp(String.raw`^\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\b`, 'i');
/** "Saturday 19", "Sun 20th": a weekday with its day of the month is a date, though the tagger reads a day and a number. */
const WEEKDAY_AND_DATE = new RegExp(String.raw`\b${WEEKDAY_NAME} \d{1,2}(?:st|nd|rd|th)?\b(?! ?(?:am|pm|[:.]\d))`, 'gi');
/** "the last working day of each month", "the first Monday of every month": a day picked out in every period. */
const DAY_IN_PERIOD = new RegExp(
  [
    String.raw`\b(?:first|second|third|fourth|last|final)\s+(?:working\s+|business\s+)?(?:day|${WEEKDAY_NAME})\s+of\s+(?:each|every|the)\s+(?:month|quarter|term|year)\b`,
    // "the last two weeks of November", "the first week of January": a stretch of a named month.
    String.raw`\b(?:the\s+)?(?:first|last|final|second|third|fourth)\s+(?:(?:two|three|four|\d)\s+)?(?:days?|weeks?|fortnight|half)\s+of\s+${MONTH}\b`,
  ].join('|'),
  'gi',
);
const QUARTER = /\b(?:Q[1-4]|H[12])(?:\s+(?:FY\s?)?(?:\d{4}|'?\d{2})\b)?(?![\w-])/g;
/** Not a sentence's article or determiner as a name's first word: "The Market Square" is "Market Square". */
const NOT_AN_ARTICLE = String.raw`(?!(?:The|A|An|Our|Your|This|That)\s)`;
/** "on Market Square", "in Mill Street": a street named without its number is a place, though the tagger may read "Market" a verb. */
const STREET_NAME = new RegExp(String.raw`\b${NOT_AN_ARTICLE}(?:\p{Lu}[\p{Ll}'-]+\s+){1,2}(?:Street|Road|Avenue|Lane|Square|Crescent|Terrace|Boulevard|Quay|Wharf|Mews)\b`, 'gu');
/** "the River Lune", "the county of Westmarch", "Riverside Park": a name with the kind of place it is. */
const NATURAL_PLACE = new RegExp(
  [
    String.raw`\b(?:River|Lake|Loch|Mount|Isle|Island)\s+(?:of\s+)?\p{Lu}[\p{Ll}'-]+`,
    String.raw`\b(?:county|province|state|region|district|city|town|village|borough|port|island|isle|valley)\s+of\s+\p{Lu}[\p{Ll}'-]+`,
    String.raw`\b${NOT_AN_ARTICLE}\p{Lu}[\p{Ll}'-]+\s+(?:River|Valley|Hills|Mountains|Forest|Park|Bay|Island|Islands|Lake|Moor|Heath)\b`,
    // "St Mark's Church", "Royal Victoria Hospital": a building named with what it is.
    String.raw`\b(?:(?:St|Saint)\.?\s+)?(?:\p{Lu}[\p{Ll}-]+\s+)?\p{Lu}[\p{Ll}-]+(?:['’]s)?\s+(?:Church|Cathedral|Chapel|Abbey|Priory|Hospital|Stadium)\b`,
  ].join('|'),
  'gu',
);
/** "Lunevale Foods", "Brewline Appliances Ltd", "Northline Rail", "Network Infrastructure": a name with the word that makes it a firm. */
const FIRM_NAME = new RegExp(
  String.raw`\b${NOT_AN_ARTICLE}(?:\p{Lu}[\p{L}'&-]+\s+){1,3}(?:Foods|Ltd|Limited|Inc|plc|PLC|LLC|GmbH|Group|Holdings|Estates|Partners|Logistics|Technologies|Industries|Motors|Airlines|Insurance|Associates|Pharmaceuticals|Consulting|Rail|Railways|Trains|Infrastructure|Networks|Systems|Solutions|Energy|Utilities|Telecom|Labs)\b`,
  'gu',
);
/** "12 Mare Street", "221B Baker Street", "Rua das Flores 28", "Hauptstraße 5": where an office is, to the door. */
const STREET_ADDRESS = new RegExp(
  [
    String.raw`\b\d{1,4}[A-Z]?,?\s+(?:\p{Lu}[\p{L}'-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Way|Place|Square|Drive|Boulevard|Court|Terrace|Row|Hill|Gardens|Parade|Crescent|Close|Walk|Mews|Quay|Wharf|Yard)\b(?:,?\s+\p{Lu}[\p{L}-]+)?(?:,?\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b)?`,
    String.raw`\b(?:Rua|Avenida|Calle|Carrer|Via|Viale|Rue|Piazza|Plaza|Praça|Largo|Travessa|Paseo|Ulica)\s+(?:[\p{L}'-]+\s+){1,4}?\d{1,4}[A-Za-z]?\b`,
    String.raw`\b\p{Lu}[\p{L}-]*(?:straße|strasse|gasse|weg|platz|allee|laan|straat|gracht|plein|gade|vej|gatan)\s+\d{1,4}[a-z]?\b`,
  ].join('|'),
  'gu',
);
const ROUGH_COUNT = /\b(?:(?:several|many|a few|tens of|hundreds of) )?(?:dozens|hundreds|thousands|millions|billions)\b/gi;

const FREQUENCY = new RegExp(
  String.raw`\b(?:(?:once|twice|thrice|\w+ times) (?:a|an|per|each|every) (?:hour|day|week|fortnight|month|quarter|term|semester|year)|every (?:other |\w+ )?(?:minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?)|(?:one|two|three|a|an|\d+) (?:days?|nights?|weeks?|weekends?|months?|shifts?|${WEEKDAY_NAME}s?) (?:in|out of) (?:every )?(?:two|three|four|five|six|seven|eight|nine|ten|twelve|\d+))\b`,
  'gi',
);

/** A unit of time without its count, and what may stand between the count and it ("4 business hours"). */
const BARE_UNIT = /^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?)$/i;
const UNIT_GAP = /^\s+(?:(?!(?:of|a|an|the|per|each|every|and|or|to|in|on|at|for|by|from|with)\s)[a-z]+\s+)?$/;
const RANGED = new Set(['DURATION', 'PERCENT', 'MONEY']);

/** A bare unit of time, and what joins it to an amount as that amount's rate. */
const RATE_UNIT = /^(?:minute|hour|day|night|week|fortnight|month|quarter|year)$/i;
const RATE_BETWEEN = /^\s+(?:per|a|an|each|every)\s+(?:calendar\s+|working\s+)?$/i;

/** "on the 25th", "the 1st of each month": a day of the month is a date, not a rank. */
function isDayOfMonth(e: Entity, text: string): boolean {
  const day = DAY_OF_MONTH.exec(e.text);
  if (e.type !== 'ORDINAL' || !day || Number(day[1]) < 1 || Number(day[1]) > 31) return false;
  return /\b(?:on|by|before|after|until|from|since) the\s+$/i.test(text.slice(0, e.start)) || /^\s+of (?:each|every|the|a|the following|the next) month\b/i.test(text.slice(e.end));
}

/** ISO codes as price lists write them ("EUR 45", "250 USD"); capitals only, so "eur" in a word is no currency. */
const CURRENCY_CODE = '(?:EUR|USD|GBP|CHF|JPY|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|INR|CNY|SGD|HKD|ZAR|BRL|MXN)';
const CURRENCY_AFTER = /^\s+(cents?|pence|dollars?|euros?|pounds?(?: sterling)?|yen|francs?|marks?)\b/i;
const SMALL_COIN_AFTER = /^[pc](?![\p{L}\d])/u;
const CODE_AFTER = new RegExp(String.raw`^\s+${CURRENCY_CODE}\b`);
const CODE_BEFORE = new RegExp(String.raw`^${CURRENCY_CODE}$`);
/** A currency sign right before an amount ("€70", "£ 30"), any the Unicode tables list. */
const CURRENCY_SIGN = /\p{Sc}\s?$/u;
/**
 * Units of measure after a number, abbreviated ("225g", "65 W", "120 Hz") or spelt out ("1.5 litres",
 * "2 teaspoons"): "how much flour?" is answered by the weight, not the bare number. (Not "m" or "l"
 * alone: "10m" is as often ten million.)
 */
const MEASURE_AFTER =
  /^\s?(?:(?:[KMGTP]B(?:\/s)?|[kKMGT]bps|[kKMG]?Hz|km|kg|mg|g|cm|mm|ml|cl|ms|px|k?Wh|mAh|kW|W|V|dB|fps|nits|mph|km\/h|oz|lbs?)\b|°\s?[CF]?\b|\s(?:(?:cubic|square)\s+)?(?:(?:milli|centi|kilo)?(?:litre|liter|metre|meter|gram)s?|kilos?|inch(?:es)?|feet|foot|miles?|tonnes?|ounces?|pints?|degrees?|(?:tea|table|dessert)spoons?(?:ful)?|cups?)\b)/;
/** Whether an entity's text ends in a unit of measure after its last number ("30 kilometres", "14.9 mm"), not in a thing counted ("3,400 people"). */
export function endsInUnit(text: string): boolean {
  // (Past a magnitude or a power: "74 billion cubic metres".)
  const rest = text.slice(text.search(/\d(?!.*\d)/) + 1).replace(/^\s+(?:(?:thousand|million|billion|trillion|cubic|square)\s+)+/i, ' ');
  return /\d/.test(text) && /^\s?\S+$/.test(rest) && MEASURE_AFTER.test(rest);
}
/** A number of a unit of distance: "three miles", "12 km", "400 metres" (not "74 billion cubic metres"). */
export const LENGTH_UNIT = /(?<!cubic |square )(?:(?<=\d)|\b)(?:miles?|km|kilomet(?:re|er)s?|met(?:re|er)s?|feet|foot|ft|yards?|inch(?:es)?|cm|centimet(?:re|er)s?|mm|millimet(?:re|er)s?)$/i;
/** A number of a unit of weight: "300 kg", "12 ounces". */
export const WEIGHT_UNIT = /(?:(?<=\d)|\b)(?:kg|kilos?|kilograms?|g|grams?|tonnes?|tons?|lbs?|stones?|oz|ounces?)$/i;
/** A number of a unit of area: "250 square metres", "2 hectares", "40 m²". */
export const AREA_UNIT = /(?:square\s+(?:met(?:re|er)s?|feet|foot|miles?|kilomet(?:re|er)s?)|m²|m2|sq\.? ?(?:ft|m)|acres?|hectares?)$/i;
/** An amount of data: "5 GB", "100 MB". */
export const DATA_UNIT = /(?<=\d\s?)[KMGTP]B$/;
/** Words that bound the amount after them from above: "no more than 20 kg", "up to 16", "at most 200", "a maximum of 3". */
export const AT_MOST = String.raw`(?:no|not) more than|up to|at most|a maximum of`;
/** …and from below: "no fewer than 4", "not less than 18", "at least 18", "a minimum of 3". */
export const AT_LEAST = String.raw`no fewer than|(?:no|not) less than|at least|a minimum of`;
/** "0113 496 0721", "+44 20 7946 0958": a number to call, which counts nothing. */
export const PHONE_NUMBER = /^\+?\d[\d ()-]{7,}\d$/;
/** A number read with its unit of measure ("20 kilograms", "14.9 mm", "120 Hz", "5°C"). */
export const WITH_UNIT = /\d\s?(?:\p{L}+|°\s?[CF]?)$/u;
/** "100 requests per minute", "20 invoices a month": a count of something in a unit of time or per person is a rate. */
// (Not a length said per unit, "24 vacation days per year": the tagger's duration, which answers "how many days".)
const COUNT_RATE_AFTER = /^\s+(?:(?!(?:working|business|calendar|school|training|seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|shifts?)\b)[a-z]+\s+){1,2}?(?:per|a|an|each)\s+(?:second|minute|hour|day|week|fortnight|month|quarter|year|user|person|seat|shift|night)\b/i;
/** "the third floor", "level 2" said with an ordinal: where something is, not a rank. */
const STOREY_AFTER = /^\s+(floor|level|storey|story|deck)\b/i;

/**
 * "between 2,500 and 3,400" is one quantity, not two; "two cents" is money, not a number;
 * "the 1st of January" is one date.
 */
const NAMED = new Set<EntityType>(['NAME', 'ORG', 'PERSON', 'PLACE']);
/** Entity types that are amounts of something, with a number in them or before them. */
export const COUNTED_TYPES: ReadonlySet<string> = new Set<EntityType>(['DURATION', 'NUMBER', 'MONEY', 'PERCENT']);

/** A range from one value to another as one entity of `type`, with the "between" or "from" that opens it. */
function rangeOf(from: Entity, to: Entity, type: EntityType, text: string): Entity {
  const lead = RANGE_LEAD.exec(text.slice(0, from.start));
  const start = lead ? lead.index : from.start;
  return { text: text.slice(start, to.end), type, start, end: to.end };
}
const RANGE_LEAD = /\b(between|from)\s+$/i;

function mergeRanges(entities: Entity[], text: string): Entity[] {
  const out: Entity[] = [];
  for (const found of entities) {
    let e = found.type === 'TIME' ? withoutFullStop(found) : found;
    // "until 1am" is read as a length of time; it is the clock time it runs to.
    const until = e.type === 'DURATION' ? UNTIL_CLOCK.exec(e.text) : null;
    if (until) e = { text: until[1], type: 'TIME', start: e.end - until[1].length, end: e.end };
    // …and "until 31 March 2027" is the date it runs to.
    const untilDate = e.type === 'DURATION' && !until ? UNTIL_DATE.exec(e.text) : null;
    if (untilDate) e = { text: untilDate[1], type: 'DATE', start: e.end - untilDate[1].length, end: e.end };
    if (e.type === 'DURATION' && CLOCK_RANGE.test(e.text.replace(/\.$/, ''))) e = withoutFullStop({ ...e, type: 'TIME' });
    if (e.type === 'DURATION' && DATE_RANGE.test(e.text)) e = { ...e, type: 'DATE' };
    // "every Monday at 11:00", "every April", "every autumn": a weekday, a month or a season said as a habit keeps its "every".
    const every = e.type === 'DATE' && (WEEKDAY_FIRST.test(e.text) || MONTH_ALONE.test(e.text) || SEASON_ALONE.test(e.text)) ? EVERY_BEFORE.exec(text.slice(Math.max(0, e.start - 12), e.start)) : null;
    if (every) e = { ...e, text: text.slice(e.start - every[0].length, e.end), start: e.start - every[0].length };
    // "Tuesday mornings", "Friday evening": the part of the day is the date's.
    const partOfDay = e.type === 'DATE' && WEEKDAY.test(e.text) ? PART_OF_DAY_AFTER.exec(text.slice(e.end)) : null;
    if (partOfDay) e = { ...e, text: text.slice(e.start, e.end + partOfDay[0].length), end: e.end + partOfDay[0].length };
    // "no less than three weeks" is at least three weeks: the "no" is the amount's, or it says the opposite.
    if (/^(?:less|more|fewer|later|earlier) than\b/i.test(e.text) && /\bno\s+$/i.test(text.slice(Math.max(0, e.start - 4), e.start))) e = { ...e, text: text.slice(e.start - 3, e.end), start: e.start - 3 };
    const unit = e.type === 'NUMBER' ? (CURRENCY_AFTER.exec(text.slice(e.end)) ?? CODE_AFTER.exec(text.slice(e.end))) : null;
    if (unit) e = { text: text.slice(e.start, e.end + unit[0].length), type: 'MONEY', start: e.start, end: e.end + unit[0].length };
    // "€70", "£1,000": the tagger knows only "$" as a currency sign; any sign written against a number makes it a sum.
    const sign = !unit && e.type === 'NUMBER' ? CURRENCY_SIGN.exec(text.slice(Math.max(0, e.start - 2), e.start)) : null;
    if (sign) e = { text: text.slice(e.start - sign[0].length, e.end), type: 'MONEY', start: e.start - sign[0].length, end: e.end };
    // "45p a mile", "24.86p per kWh", "99c": pence and cents written against the amount.
    const small = !unit && !sign && e.type === 'NUMBER' && /^\d+(?:\.\d+)?$/.test(e.text) ? SMALL_COIN_AFTER.exec(text.slice(e.end)) : null;
    if (small) e = { text: text.slice(e.start, e.end + small[0].length), type: 'MONEY', start: e.start, end: e.end + small[0].length };
    const storey = e.type === 'ORDINAL' ? STOREY_AFTER.exec(text.slice(e.end)) : null;
    if (storey) e = { text: text.slice(e.start, e.end + storey[0].length), type: 'PLACE', start: e.start, end: e.end + storey[0].length };
    // "a hundred and nineteen pounds": the "a" is the number's one; "minus twenty degrees" its sign.
    const one = /^(?:hundred|thousand|million|billion)\b/i.test(e.text) ? /\ba\s+$/i.exec(text.slice(Math.max(0, e.start - 2), e.start)) : null;
    if (one) e = { ...e, text: text.slice(e.start - one[0].length, e.end), start: e.start - one[0].length };
    const minus = e.type === 'NUMBER' ? /\bminus\s+$/i.exec(text.slice(Math.max(0, e.start - 6), e.start)) : null;
    if (minus) e = { ...e, text: text.slice(e.start - minus[0].length, e.end), start: e.start - minus[0].length };
    // "2 TB of storage", "100 Mbps": the unit is the number's, not a name beside it.
    const measure = e.type === 'NUMBER' ? MEASURE_AFTER.exec(text.slice(e.end)) : null;
    if (measure) e = { ...e, text: text.slice(e.start, e.end + measure[0].length), end: e.end + measure[0].length };
    const rate = e.type === 'NUMBER' && !measure ? COUNT_RATE_AFTER.exec(text.slice(e.end)) : null;
    if (rate) e = { ...e, text: text.slice(e.start, e.end + rate[0].length), end: e.end + rate[0].length };
    const prev = out[out.length - 1];
    if (prev && e.start >= prev.start && e.end <= prev.end) continue;
    if (prev && e.type === 'NUMBER' && CODE_BEFORE.test(prev.text) && /^\s?$/.test(text.slice(prev.end, e.start))) {
      // "EUR 45": the code the tagger took for a name, and the amount after it, are one sum.
      out[out.length - 1] = { text: text.slice(prev.start, e.end), type: 'MONEY', start: prev.start, end: e.end };
    } else if (prev && prev.type === 'NUMBER' && e.type === 'NUMBER' && /^\d+(?:\.\d+)?$/.test(prev.text) && WITH_UNIT.test(e.text) && BY_SIDE.test(text.slice(prev.end, e.start))) {
      // "no larger than 2.4 by 1.8 metres": one size, its sides in the unit after the last.
      out[out.length - 1] = { ...prev, text: text.slice(prev.start, e.end), end: e.end };
    } else if (prev && prev.type === 'DATE' && e.type === 'DATE' && /^,?\s+$/.test(text.slice(prev.end, e.start))) {
      // "Friday 13 March", "Monday, 2 March": a weekday and its date are one date.
      out[out.length - 1] = { ...prev, text: text.slice(prev.start, e.end), end: e.end };
    } else if (prev && countsADay(prev) && (e.type === 'DATE' || (e.type === 'DURATION' && CALENDAR_UNIT.test(e.text))) && /^\s+of\s+(?:the\s+|each\s+|every\s+)?$/i.test(text.slice(prev.end, e.start))) {
      // "the tenth of the following month", "the 1st of each month", "the first Monday of every month": one date.
      out[out.length - 1] = { text: text.slice(prev.start, e.end), type: 'DATE', start: prev.start, end: e.end };
    } else if (prev && prev.type === 'ORDINAL' && e.type === 'DATE' && WEEKDAY.test(e.text) && /^\s+$/.test(text.slice(prev.end, e.start))) {
      // "the first Monday"
      out[out.length - 1] = { text: text.slice(prev.start, e.end), type: 'DATE', start: prev.start, end: e.end };
    } else if (prev && prev.type === 'DATE' && e.type === 'TIME' && (/^,?\s+at\s+$/i.test(text.slice(prev.end, e.start)) || (/^,?\s+$/.test(text.slice(prev.end, e.start)) && WEEKDAY.test(prev.text.split(/\s+/).pop()!)))) {
      // "every Tuesday at noon", "Friday at 16:00", "Monday 9am", "the last Monday of each month at 7pm": a day and its time are one moment.
      out[out.length - 1] = { ...prev, text: text.slice(prev.start, e.end), end: e.end };
    } else if (prev && prev.type === 'TIME' && e.type === 'DATE' && (/\d/.test(e.text) || /^,?\s+\d/.test(text.slice(e.end))) && /^\s+on\s+$/i.test(text.slice(prev.end, e.start))) {
      // "at noon on Thursday 23 July": the hour and its date are one moment ("9am to 5pm on Saturdays" is a habit, which the short answer reads whole).
      out[out.length - 1] = { text: text.slice(prev.start, e.end), type: 'DATE', start: prev.start, end: e.end };
    } else if (prev && prev.type === 'DATE' && e.type === 'TIME' && PART_OF_DAY.test(e.text) && /^\s+$/.test(text.slice(prev.end, e.start))) {
      // "Wednesday morning", "Tuesday noon": the part of the day belongs to the day.
      out[out.length - 1] = { ...prev, text: text.slice(prev.start, e.end), end: e.end };
    } else if (prev && prev.type === 'DATE' && e.type === 'NUMBER' && /^\s*[-–]\s*$/.test(text.slice(prev.end, e.start))) {
      // "January 14–15"
      out[out.length - 1] = { ...prev, text: text.slice(prev.start, e.end), end: e.end };
    } else if (prev && prev.type === 'NUMBER' && /^\d{1,2}$/.test(prev.text) && Number(prev.text) <= 31 && e.type === 'DATE' && MONTH_DAY.test(e.text) && /^\s*(?:and|to|-|–|—)\s*$/.test(text.slice(prev.end, e.start))) {
      // "14 and 15 May 2026", "14–16 May": the first day is of the month the second gives.
      out[out.length - 1] = { text: text.slice(prev.start, e.end), type: 'DATE', start: prev.start, end: e.end };
    } else if (prev && prev.type === 'NUMBER' && /\b(?:hundred|thousand|million|billion)$/i.test(prev.text) && (e.type === 'NUMBER' || e.type === 'MONEY') && /^\s+and\s+$/.test(text.slice(prev.end, e.start)) && /^[a-z]/i.test(e.text)) {
      // "a hundred and fifty thousand pounds": the tagger parts the hundreds from the rest at "and".
      out[out.length - 1] = { text: text.slice(prev.start, e.end), type: e.type, start: prev.start, end: e.end };
    } else if (prev && prev.type === 'NUMBER' && /\p{L}$/u.test(prev.text) && (e.type === 'NUMBER' || e.type === 'MONEY') && /^(?:hundred|thousand|million|billion)\b/i.test(e.text) && text.slice(prev.end, e.start) === ' ') {
      // "twenty-five thousand pounds": the tagger parts a hyphened count from the thousands it counts.
      out[out.length - 1] = { text: text.slice(prev.start, e.end), type: e.type, start: prev.start, end: e.end };
    } else if (prev && prev.type === 'NUMBER' && HOUR_WORD.test(prev.text) && e.type === 'TIME' && PART_OF_DAY.test(e.text) && /^\s+in\s+the\s+$/i.test(text.slice(prev.end, e.start))) {
      // "at three in the morning", "at 4 in the afternoon": an hour said as it is spoken.
      out[out.length - 1] = { text: text.slice(prev.start, e.end), type: 'TIME', start: prev.start, end: e.end };
    } else if (prev && prev.type === 'NUMBER' && e.type === 'NUMBER' && /^\s*[x×]\s*$/.test(text.slice(prev.end, e.start)) && /\d$/.test(prev.text)) {
      // "55 x 40 x 20 cm", "2880 x 1800": a size's dimensions are one measure.
      out[out.length - 1] = { ...prev, text: text.slice(prev.start, e.end), end: e.end };
    } else if (prev && prev.type === e.type && (e.type === 'NUMBER' || e.type === 'TIME' || e.type === 'DATE' || e.type === 'MONEY') && /^\s*(and|to|-|–|—)\s*$/.test(text.slice(prev.end, e.start)) && (e.type !== 'MONEY' || !/and/.test(text.slice(prev.end, e.start)) || /\bbetween\s+$/i.test(text.slice(0, prev.start))) && !(e.type === 'NUMBER' && /and/.test(text.slice(prev.end, e.start)) && /\p{L}$/u.test(prev.text) && !/\bbetween\s+$/i.test(text.slice(0, prev.start)))) {
      // "between €5 and €10", "€5–€10" are one sum; "$40 and £30" are two, as "20 cm and 10 kg" are ("between 23 kg and 32 kg" one).
      out[out.length - 1] = rangeOf(prev, e, e.type, text);
    } else if (prev && prev.type === 'NUMBER' && /^\d[\d,.]*$/.test(prev.text) && e.type === 'DURATION' && /^\d/.test(e.text) && /^\s*(?:to|-|–|—)\s*$|^\s+and\s+$/.test(text.slice(prev.end, e.start)) && (!/and/.test(text.slice(prev.end, e.start)) || /\bbetween\s+$/i.test(text.slice(0, prev.start)))) {
      // "between 42 and 49 days", "from 10 to 14 days": a range's first number is counted in the unit of its last.
      out[out.length - 1] = rangeOf(prev, e, 'DURATION', text);
    } else if (prev && (prev.type === 'NUMBER' || (prev.type === 'DATE' && /^0\d{2,4}$/.test(prev.text))) && e.type === 'NUMBER' && /^(?:\+|0\d{2,4}(?: \d+)*$)/.test(prev.text) && /^\d+$/.test(e.text) && text.slice(prev.end, e.start) === ' ') {
      // "+31 20 555 0101", "07700 900321": a phone number's groups are one number (no count starts with 0;
      // nor does a year, though the tagger reads "01632" as one).
      out[out.length - 1] = { ...prev, type: 'NUMBER', text: text.slice(prev.start, e.end), end: e.end };
    } else if (prev && prev.type === 'PLACE' && e.type === 'PLACE' && /^\s+of\s+(?:the\s+)?$/.test(text.slice(prev.end, e.start)) && /\d|\b(?:floor|level|storey|story|room|wing|block)\b/i.test(prev.text)) {
      // "the second floor of 44 Park Street": a part of a building and the building are one place.
      out[out.length - 1] = { ...prev, text: text.slice(prev.start, e.end), end: e.end };
    } else if (prev && prev.type === 'NAME' && e.type === 'NAME' && /^\s*[>›→]\s*$/.test(text.slice(prev.end, e.start))) {
      // "Settings > Billing": a path through an app's menus is one place to go.
      out[out.length - 1] = { ...prev, text: text.slice(prev.start, e.end), end: e.end };
    } else if (prev && prev.type === 'NUMBER' && NAMED.has(e.type) && prev.end === e.start) {
      // "1Password", "3Com": a number written into a name is part of it, no amount.
      out[out.length - 1] = { text: text.slice(prev.start, e.end), type: e.type, start: prev.start, end: e.end };
    } else if (prev && prev.type === 'MONEY' && RATE_UNIT.test(e.text) && RATE_BETWEEN.test(text.slice(prev.end, e.start))) {
      // "EUR 250 per week", "90 euros a night": the unit is the amount's, a rate; it answers no "how long".
      out[out.length - 1] = { ...prev, text: text.slice(prev.start, e.end), end: e.end };
    } else if (prev && prev.type === 'DURATION' && prev.text.toLowerCase() === 'day' && e.type === 'NUMBER' && text.slice(prev.end, e.start) === ' ') {
      // "from day eight", "on day 3": a numbered day is a point in time, not a length. ("In week one"
      // was measured to answer "which days do I come in?" over "Tuesdays and Thursdays".)
      out[out.length - 1] = { text: text.slice(prev.start, e.end), type: 'DATE', start: prev.start, end: e.end };
    } else if (prev && prev.type === 'NUMBER' && e.type === 'DURATION' && BARE_UNIT.test(e.text) && UNIT_GAP.test(text.slice(prev.end, e.start))) {
      // "4 business hours", "five to ten working days": the tagger leaves the count apart from its unit.
      out[out.length - 1] = { text: text.slice(prev.start, e.end), type: 'DURATION', start: prev.start, end: e.end };
    } else if (prev && prev.type === 'NUMBER' && RANGED.has(e.type) && /^\s*(?:to|or|-|–|—)\s*$/.test(text.slice(prev.end, e.start)) && !BARE_UNIT.test(e.text)) {
      // "3 to 5 days", "two or three weeks", "5 to 10%": a range is one amount, of the unit it ends in.
      out[out.length - 1] = { text: text.slice(prev.start, e.end), type: e.type, start: prev.start, end: e.end };
    } else if (prev && prev.type === 'NUMBER' && (e.type === 'DURATION' || (e.type === 'TIME' && /^nights?$/i.test(e.text))) && text.slice(prev.end, e.start) === '-') {
      // "a 12-day conflict", "a 30-minute call", "a four-night break": the tagger splits the number from its unit, and a
      // bare "day" answers no "how long" ("night" alone is a time of day).
      out[out.length - 1] = { text: text.slice(prev.start, e.end), type: 'DURATION', start: prev.start, end: e.end };
    } else if (prev && prev.type === 'NAME' && e.type === 'NAME' && text.slice(prev.end, e.start) === '-') {
      // "Wi-Fi", "Atlas-Guest": untyped names joined by a hyphen are one name ("Israel-Iran", two places, stay two).
      out[out.length - 1] = { ...prev, text: text.slice(prev.start, e.end), end: e.end };
    } else out.push(e);
  }
  return out;
}

/** "Margaret Ruth Ellison (14 March 1921 – 2 November 2003) was…": a name, then a life's two dated years in brackets. */
export const LIFESPAN = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}\((?:[^()]*?[\s,;])?(?:c\.\s*)?[^()]*?\b\d{3,4}\s*[–—-]\s*(?:c\.\s*)?[^()]*?\b\d{3,4}\)/u;
