/** The short answer inside a quoted sentence: the entity the question asks for. */
import { AREA_UNIT, AT_LEAST, AT_MOST, COUNTED_TYPES, DATA_UNIT, headingDate, isPayMultiple, LENGTH_UNIT, LIFESPAN, PHONE_NUMBER, POSTAL_ADDRESS_IN, WEIGHT_UNIT, WITH_UNIT } from '../facts/entities.js';
import { DATELINE_LEAD, isFactsLine, LABELLED, SIDE_BY_SIDE, speakerLabelEnd } from '../facts/layout.js';
import { normalizeLemma } from '../facts/lemmas.js';
import { analyze, type Token } from '../facts/nlp.js';
import { numberWordDigits } from '../facts/number-words.js';
import { hasPersonSense, isAgentNoun, isCountryName, isCommunicationVerb, isPlaceNoun, isProperName, isTimeNoun, morphy, relatedWords, WEIGHT } from '../facts/wordnet.js';
import { fold } from '../facts/text.js';
import { distanceFrom, HAPPENED_TO, happenedTo, PHRASE_KINDS, PHRASE_WORD, phraseAnswer, quotedAfter, reasonPhrase } from './phrase.js';
import { spelledOut } from './abbreviations.js';
import { choiceSaid, choicesAsked } from './choice-asked.js';
import { countedThing } from './count-asked.js';
import { asksDescription, kindOfAsked, modifiersOf, quotedWording, servesAs } from './described-as.js';
import { isKindWord } from './kind-asked.js';
import type { Entity, Fact } from '../facts/types.js';
import { HOW_LONG_ASKED, isDefinitionQuestion, perQuestion, type Question } from './question.js';

const AMOUNTS = new Set(['NUMBER', 'MONEY', 'PERCENT', 'DURATION', 'DATE', 'TIME', 'ORDINAL']);
const NUMBER_WORDS = new Set(['once', 'twice', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'dozen', 'hundred', 'thousand', 'million', 'billion', 'dozens', 'hundreds', 'thousands', 'millions', 'billions']);
/** The last word before an amount that makes its unit a moment ("the day", "that week", "the next day"). */
const MOMENT_BEFORE = /\b(?:the|that|this|those|these|same|next|last|following|previous)\s+$/i;
// ("time and a half", "double time": a multiple of pay is an amount.)
const hasNumber = (text: string) => /\d/.test(text) || /^an?\s/i.test(text) || text.split(/[\s-]+/).some((w) => NUMBER_WORDS.has(w.toLowerCase())) || isPayMultiple(text);
/** A number (digits or a word) ending just before an amount's unit, with up to two words between. */
const NUMBER_BEFORE = new RegExp(`(\\d[\\d.,]*|\\b(?:${[...NUMBER_WORDS].join('|')}))((?:\\s+[a-z-]+){0,2}\\s+)$`, 'i');

const NO_WORDS: ReadonlySet<string> = new Set();

/** After a length of time, the word that makes it an age ("23 years *old*"). */
const AGE_AFTER = /^\s+old\b/i;
/** "shop.example.com", "docs.google.com/a/b": an address to go to (answerCandidates keeps it from "who"). */
const WEB_ADDRESS = /^[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/;

/** "israel" and "israeli", "iran" and "iranian": a name and its adjective, by a short ending. */
function sameName(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4 || Math.abs(a.length - b.length) > 3) return false;
  return a.length < b.length ? b.startsWith(a) : a.startsWith(b);
}
/** A name set before a common noun for a thing, not a person or body ("the Billing queue", "the Okta app"). */
function namesAThing(e: Entity, tokens: Token[]): boolean {
  const next = wordRightAfter(e, tokens);
  return !!next && next.pos === 'NOUN' && !isAgentNoun(normalizeLemma(next.lemma));
}
/** The word a space after a name, if any ("the Billing *queue*", "the CD *register*"). */
function wordRightAfter(e: Entity, tokens: Token[]): Token | undefined {
  const next = tokens.find((t) => t.start >= e.end);
  return next && next.start === e.end + 1 ? next : undefined;
}
/** "is the blue cabin at ", "in the shelter by ": a thing said by the place after it, after a copula or preposition. */
// (…or part of it: "in the basement of Block C".)
const THING_PLACED = /\b(in|at|on|inside|is|are)\s+((?:the|a|an)\s+(?:[\p{L}-]+\s+){1,3}(?:by|at|near|beside|next to|behind|opposite|outside|of)\s+(?:the\s+)?)$/iu;
/** "row M of the stalls": a numbered place inside a larger one it names. */
const INSIDE_PLACE = /^\s+of\s+the\s+([\p{L}-]+)/u;
/**
 * A name set before a common word for a thing that is no place ("the CD register", however the
 * tagger reads "register"; not "the Canal Street reception").
 */
function namesAThingNotAPlace(e: Entity, tokens: Token[]): boolean {
  const next = wordRightAfter(e, tokens);
  return !!next && /^\p{Ll}+$/u.test(next.text) && (next.pos === 'NOUN' || next.pos === 'VERB') && !isPlaceNoun(normalizeLemma(next.lemma)) && !isPlaceNoun(next.text);
}
/** The word before a name that makes it what something is done with: "booked *through the* Sling app". */
const MEANS_BEFORE = /\b(?:through|via|using|in|on|with)\s+(?:the\s+)?$/i;
/** The common noun a means' name is of: "the Foundry *app*", "the Sling *portal*". */
const MEANS_KIND_AFTER = /^\s+(?:app|portal|website|site|form|system|platform|tool|account|page|intranet|hub|chat|channel)\b/i;
/** "Shared through a tronc", "sent via the staff portal": a means named by a common noun. */
const THROUGH_NOUN = /\b(?:through|via)\s+((?:(?:a|an|the|your|our|their)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)(?=\s+(?:and|or|to|for|by|before|after|if|when|with|within|from)\b|[,.;:]|$)/iu;
/** The word before a name that makes it where or with what something is done. */
const DONE_IN = /\b(?:in|into|using|on)\s+(?:the\s+)?$/i;
/** Whether WordNet gives `other` as a synonym of `word` ("large" of "big", "ring" of "call"). */
const isSynonym = (word: string, other: string) => relatedWords(word).some((r) => r.word === other && r.weight >= WEIGHT.synonym);
const synonymsOf = (word: string) => relatedWords(word).filter((r) => r.weight >= WEIGHT.synonym).map((r) => r.word);
/** "Chief" and "lead" say the same rank of a role through "head", a synonym of each that WordNet does not give the other. */
const sameRank = (word: string, other: string) => synonymsOf(word).some((w) => synonymsOf(other).includes(w));

/** Types a tagger tells apart unreliably (a broadcaster's name read as a place): a preference among them, not a rule. */
const NAMES = new Set(['PERSON', 'ORG', 'PLACE', 'NAME']);

/** The verbs of a question, as lemmas. */
const verbsAsked = perQuestion((q) => new Set(analyze(q.text).tokens.filter((t) => t.pos === 'VERB').map((t) => normalizeLemma(t.lemma))));
/** The words a question names, as lemmas and as written: asked once per candidate sentence, so read once. */
const askedWords = perQuestion((q) => {
  const set = new Set<string>();
  for (const t of q.terms) {
    set.add(t.lemma);
    set.add(fold(t.surface));
  }
  // "US", "IT": abbreviations a stop-word list drops from the terms are still named by the asker.
  for (const m of q.text.matchAll(/\b(?:\p{Lu}\.?){2,}(?![\p{L}])/gu)) set.add(fold(m[0]).replace(/\./g, ''));
  return { set, list: [...set] };
});
/** "-credit" after "20", where "how many credits?" was asked: the number counts the noun asked. */
function countsNounAsked(after: string, q: Question): boolean {
  const word = /^-(\p{Ll}+)/u.exec(after)?.[1];
  return !!word && q.kind === 'quantity' && askedWords(q).set.has(normalizeLemma(word));
}

// Asked once per candidate sentence too, so remembered per entity.
const entityWords = new WeakMap<Entity, string[]>();

/** The noun just after a date, when the date names a kind of it ("Saturday *shifts*") and the question did not ask about it. */
const NOUN_AFTER = /^ (\p{Ll}+)/u;
function classifies(e: Entity, fact: Fact, asked: ReadonlySet<string>): boolean {
  const next = NOUN_AFTER.exec(fact.text.slice(e.end))?.[1];
  if (!next || asked.has(next)) return false;
  const token = analyze(fact.text).tokens.find((t) => t.start === e.end + 1);
  return !!token && token.pos === 'NOUN' && !asked.has(normalizeLemma(token.lemma));
}

/** "Car Park *C*", "Gate *2*", "Block *4B*": the label a place is picked out by. */
const PLACE_LABEL = /\s([A-Z]|\d{1,3}[A-Z]?)$/;

/** Verbs asking who said something ("who said…", "who mentioned…"): WordNet's verbs of communication take in "approve" and "call". */
const SAYING = new Set(['say', 'tell', 'ask', 'write', 'post', 'mention', 'announce', 'reply', 'answer', 'suggest', 'explain', 'report', 'confirm', 'warn', 'remind', 'propose', 'claim', 'state', 'promise', 'raise']);
/** The two halves of a life's dates ("14 March 1921 – 2 November 2003"), each with its year. */
const LIFE_HALVES = /^(.*?\b\d{3,4})\s*[–—-]\s*(.*\b\d{3,4})$/u;
/**
 * "When was she born?" — "Margaret Ellison (14 March 1921 – 2 November 2003) was…": the first of a
 * life's dates; "when did she die?", the second. Null where the question asks neither, or the sentence
 * gives no life's dates.
 */
function lifeDate(fact: Fact, q: Question): string | null {
  const born = q.terms.some((t) => t.lemma === 'bear' || t.lemma === 'born');
  const died = q.terms.some((t) => t.lemma === 'die');
  const span = born !== died ? LIFESPAN.exec(fact.text) : null;
  if (!span) return null;
  const dates = fact.entities.find((e) => e.type === 'DATE' && e.end <= span[0].length && LIFE_HALVES.test(e.text));
  const halves = dates ? LIFE_HALVES.exec(dates.text)! : null;
  return halves ? (born ? halves[1] : halves[2]) : null;
}

/** Entities of the wanted types that the question does not already name. */
export function answerCandidates(fact: Fact, q: Question, wants: readonly string[] = q.wants): Entity[] {
  if (wants.length === 0) return [];
  const { set, list } = askedWords(q);
  // (Read once per sentence, not per entity: this runs for every candidate of every question.)
  const labelEnd = q.terms.some((t) => SAYING.has(t.lemma)) ? 0 : speakerLabelEnd(fact);
  return fact.entities.filter((e) => {
    if (!wants.includes(e.type)) return false;
    // A web address is where to go, never who: "who approves it?" is not answered by "shop.example.com".
    if (q.kind === 'who' && WEB_ADDRESS.test(e.text)) return false;
    // A speaker's label says who said it, not who does what was said: "who is on call?" — "Dan Whitfield:
    // Sam is primary" is answered by Sam. (Asked who said, told or asked it, the speaker answers.)
    if (e.start < labelEnd) return false;
    // "*Saturday* shifts are paid at time and a quarter": a day naming a kind of thing is no "when"
    // for anything else ("when do we get paid?"); for the thing itself it is ("when are the shifts?").
    // (A year does say when: "a 1999 film", "the 1993 season".)
    if (q.kind === 'when' && e.type === 'DATE' && !/\d/.test(e.text) && classifies(e, fact, set)) return false;
    // "The day before a public holiday", "the following week": a unit a definite word picks out is a
    // moment, not an amount; it answers no "how many days".
    if (COUNTED_TYPES.has(e.type) && !hasNumber(e.text) && MOMENT_BEFORE.test(fact.text.slice(0, e.start))) return false;
    // "Sick days never count against your vacation": a bare unit, with no number in it or just before
    // it, is no amount ("how many sick days?" is not answered by it); "every week" still says how often.
    if (COUNTED_TYPES.has(e.type) && /^\p{L}+$/u.test(e.text) && !hasNumber(e.text) && withItsNumber(e, fact) === null) return false;
    // "At least 23 years old" is an age, not a length of time: "how long do I need to have had my licence?" is not answered by it.
    if (e.type === 'DURATION' && q.kind === 'duration' && AGE_AFTER.test(fact.text.slice(e.end))) return false;
    let words = entityWords.get(e);
    if (!words) {
      // (A lone digit is a word too: "coursework *1*" asked gives the 1 of "Coursework 1".)
      words = fold(e.text).split(/[\s,]+/).filter((w) => w.length > 1 || /\d/.test(w));
      // "three days" answers "how many days": only the number in an amount can be given already ("in 2025");
      // a date without one is its words ("when is the summer party": "summer" is asked, "July" answers).
      if (AMOUNTS.has(e.type)) {
        const numbers = words.filter((w) => /\d/.test(w) || NUMBER_WORDS.has(w.toLowerCase()));
        if (numbers.length || COUNTED_TYPES.has(e.type)) words = numbers;
      }
      entityWords.set(e, words);
    }
    // "Who did Netanyahu ask …?": Netanyahu is given, not the answer; so is Israel when "Israeli" was
    // asked, "Wi-Fi" when "wifi" was, "U.S." when "US" was.
    // "Which VPN": the "GlobalProtect VPN" answers, the bare "VPN" does not; so for "the biggest base", "Al Udeid Air Base".
    const kind = (w: string) => {
      const bare = w.replace(/'s$/, '');
      return bare === q.attachedTo || bare === q.answerNoun || q.kindWords.includes(bare);
    };
    const own = words.filter((w) => !kind(w));
    if (own.length === 0 && words.length > 0) return false;
    const given = (w: string) => {
      const bare = w.replace(/'s$/, '');
      return set.has(w) || set.has(bare) || set.has(bare.replace(/[-.]/g, '')) || list.some((a) => sameName(a, bare));
    };
    // "What app do we use for expenses?" — "Xero Expenses": the common noun a product's or a body's
    // name ends in does not give it; any word before does ("Disney" of "Walt Disney Company").
    // "Where do volunteers park?" — "Car Park C": a place picked out by its letter or number is new by it.
    const label = e.type === 'PLACE' ? PLACE_LABEL.exec(e.text)?.[1] : undefined;
    if (label) return !given(label.toLowerCase());
    if ((e.type === 'NAME' || e.type === 'ORG') && own.length > 1) return !own.slice(0, -1).some(given);
    return !own.some(given);
  });
}

/**
 * The wanted entity nearest to the words the question matched (or to the noun naming the
 * kind of answer, "KAN public broadcaster"), preferring the first wanted type and, for a
 * subject question, entities before the verb; names listed together ("Turkey, Qatar, and
 * Saudi Arabia") are answered together. `headingWords`: the lemmas of the fact's section heading.
 */
export function shortAnswer(fact: Fact, q: Question, matched: Set<string>, headingWords: ReadonlySet<string> = NO_WORDS): string | null {
  // ("What happened to the alert levels?" — "…were reportedly *lowered*": where no value answers, what was done.)
  const span = spanOf(fact, q, matched, headingWords) ?? (HAPPENED_TO.test(q.text) ? happenedTo(analyze(fact.text).tokens, matchedBy(matched), fact.text) : null);
  if (!span || q.kind === 'yesno') return span;
  const whole = withAlternative(withCurrency(span, fact.text), fact);
  return q.kind === 'when' ? withTimeOfDay(whole, fact.text) : whole;
}

/** Whether a sentence's word is one the question matched: by its lemma, as written, or a number in words by its digits. */
const matchedBy = (matched: ReadonlySet<string>) => (t: Token) => matched.has(normalizeLemma(t.lemma)) || matched.has(fold(t.text)) || matched.has(numberWordDigits(t.text) ?? '');

/** A clock time, or several, or a range: "12pm", "11am and 2pm", "from 7am to 10am", "8.30am". */
const CLOCK = String.raw`\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)`;
const TIME_ON_BEFORE = new RegExp(String.raw`((?:from\s+)?${CLOCK}(?:\s*(?:,|and|to|until|till|-|–)\s*${CLOCK})*)(?:\s+on\s+|,\s+)$`, 'i');
const DAILY_AFTER = /^\s+(?:each|every)\s+(?:morning|afternoon|evening|night|day|weekday)\b/i;
/**
 * "When are the showers open?" — "from 7am to 10am on Sunday", not "Sunday" (or "from 9am to 5pm, Monday to Friday");
 * "released at 8am each morning", not "8am": a day keeps the time of day said just before it, and a time the habit said
 * just after it.
 */
function withTimeOfDay(span: string, text: string): string {
  const at = text.indexOf(span);
  if (at < 0) return span;
  const before = TIME_ON_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  if (before && !CLOCK_IN.test(span)) return text.slice(at - before[0].length, at + span.length);
  const after = /\d\s?(?:am|pm)$/i.test(span) ? DAILY_AFTER.exec(text.slice(at + span.length)) : null;
  return after ? span + after[0] : span;
}

/** "an excess of *£*1,200": a sum's currency sign, where a span read by its words began after it. */
function withCurrency(span: string, text: string): string {
  const at = text.indexOf(span);
  return at > 0 && /^\d/.test(span) && /\p{Sc}/u.test(text[at - 1]) ? text[at - 1] + span : span;
}

/**
 * "Every 12 months *or 10,000 miles*, whichever comes first", "an 8-year *or 100,000-mile* warranty": an amount
 * with another after "or" is a limit said two ways, and the answer is both.
 */
function withAlternative(span: string, fact: Fact): string {
  const at = fact.text.indexOf(span);
  if (at < 0) return span;
  const end = at + span.length;
  const last = fact.entities.find((e) => AMOUNTS.has(e.type) && e.end === end);
  const other = last && fact.entities.find((e) => AMOUNTS.has(e.type) && e.start > end && OR_BETWEEN.test(fact.text.slice(end, e.start)));
  if (!other) return span;
  return fact.text.slice(at, other.end + (HYPHENED_UNIT.exec(fact.text.slice(other.end))?.[0].length ?? 0));
}
const OR_BETWEEN = /^\s+or\s+$/;
const HYPHENED_UNIT = /^-\p{L}+/u;
/** Whether a name runs on into a word asked ("Lakeside Lodge") and a capitalised place follows it after a comma. */
function namesThingAsked(e: Entity, tokens: Token[], text: string, matched: ReadonlySet<string>): boolean {
  const next = tokens.find((t) => t.start >= e.end);
  return !!next && next.start === e.end + 1 && /^\p{Lu}/u.test(next.text) && matched.has(normalizeLemma(next.lemma)) && /^,\s+\p{Lu}/u.test(text.slice(next.end));
}
/** Whether a name is said to be the thing asked: "Muddy Paws *is a small grooming salon*" asked where the salon is. */
function namedAsThingAsked(e: Entity, tokens: Token[], text: string, matched: ReadonlySet<string>): boolean {
  const copula = NAME_IS_A.exec(text.slice(e.end));
  if (!copula) return false;
  const phraseEnd = e.end + copula[0].length;
  return tokens.some((t) => t.start >= e.end + copula[0].length - copula[1].length && t.end <= phraseEnd && t.pos === 'NOUN' && matched.has(normalizeLemma(t.lemma)));
}
/** A name's copula and the noun phrase after it, to its first break: " is a small grooming salon". */
const NAME_IS_A = /^\s+(?:is|was)\s+(?:an?|the|our)\s+([\p{L}\s'’-]{1,60}?)(?=[,.;:()]|\s+(?:run|in|at|on|by|with|that|which|who|where|and|for|of)\b|$)/u;
/** "How big is the steak?" — "8oz sirloin steak … £27.00": a size in a unit of size, where the sentence gives one, not its price. */
const SIZE_ASKED = /^how (?:big|large)\b/i;
/** "250 square metres", "2 hectares", "8oz", "16 MB": a size said in a unit of length, area, weight or data. */
const SIZE_UNIT = new RegExp([LENGTH_UNIT, WEIGHT_UNIT, DATA_UNIT, AREA_UNIT].map((u) => u.source).join('|'), 'i');
/** The units each measure a question may name is said in. */
const UNITS_OF: Readonly<Record<string, RegExp>> = { weight: WEIGHT_UNIT, width: LENGTH_UNIT, length: LENGTH_UNIT, height: LENGTH_UNIT, depth: LENGTH_UNIT, distance: LENGTH_UNIT, size: SIZE_UNIT, area: SIZE_UNIT, datum: DATA_UNIT, storage: DATA_UNIT, memory: DATA_UNIT };
/** The units of the measure a question names ("the weight limit", "how heavy": weight), or null. */
const unitAsked = perQuestion((q): RegExp | null => {
  if (SIZE_ASKED.test(q.text.trim())) return SIZE_UNIT;
  const measure = [...(q.measures ?? []), ...q.terms.map((t) => t.lemma)].find((w) => Object.hasOwn(UNITS_OF, w));
  return measure ? UNITS_OF[measure] : null;
});
/** Between a word asked and the length said of it: "empty the saucer *after* 15 minutes". */
const LENGTH_BESIDE = /^\s+(?:(?:after|within|in|for|every)\s+)?$/i;
/** Inside a quotation: opened before and not closed, closed after. */
const QUOTE_OPEN_BEFORE = /(?:^|\s)["“][^"”]*$/;
const QUOTE_CLOSE_AFTER = /^[^"“]*["”]/;

function spanOf(fact: Fact, q: Question, matched: Set<string>, headingWords: ReadonlySet<string>): string | null {
  // "When are surveys sent?" — "one day after a ticket is solved": the delay a sentence states
  // answers "when" too, where no date stands nearer the words asked about ("…, and bad ratings are
  // reviewed on Fridays"). Only the short answer takes it: as evidence that a sentence answers
  // "when", a bare duration was measured to answer off-topic questions too.
  // "Was it Russia or Oman that …?": the one the sentence says.
  if (choicesAsked(q)) return choiceSaid(q, fact);
  const when = q.kind === 'when';
  const life = when ? lifeDate(fact, q) : null;
  if (life) return life;
  // "How old is the boiler?" — "fitted in 2024": the year a thing was made or begun says its age, where no age is given.
  const madeIn = HOW_OLD.test(q.text) ? yearMade(fact) : null;
  if (madeIn) return madeIn;
  const wants = q.wants.length ? (when ? [...q.wants, 'DURATION'] : q.wants) : q.spanWants;
  const found = answerCandidates(fact, q, wants);
  const tokens = analyze(fact.text).tokens;
  const attached = q.attachedTo ? tokens.filter((t) => normalizeLemma(t.lemma) === q.attachedTo || fold(t.text) === q.attachedTo) : [];
  // Where the sentence does not say the noun, its heading may: "Which VPN do we use?" over "We use Tailscale."
  const headingSaysIt = !!q.attachedTo && attached.length === 0 && headingWords.has(q.attachedTo);
  const dateline = DATELINE_LEAD.exec(fact.text)?.[0].length ?? 0;
  // "What's the weight limit?" — "up to 700 mm wide … no more than 300 kg": where the measure asked has its units, an
  // amount in them is the answer.
  const unit = unitAsked(q);
  const inUnit = unit ? found.filter((e) => e.type === 'NUMBER' && unit.test(e.text)) : [];
  let candidates = agesWhereAsked(q, fact.text, found).filter(
    (e) =>
      (inUnit.length === 0 || inUnit.includes(e)) &&
      // "hours" alone answers nothing: an amount needs its number, in it or just before it.
      // ("every hour" is an amount to "how often", and no length to "how long".)
      (!COUNTED_TYPES.has(e.type) || hasNumber(e.text) || withItsNumber(e, fact) !== null || (HOW_OFTEN.test(q.text) && FREQUENCY_WORD.test(e.text))) &&
      // "Iran-aligned", "U.S.-led": a name that modifies a word is not what the sentence is about;
      // nor is "one-off" or "two-factor" a count ("12-day" is, and keeps its unit below).
      // ("A *20-credit* module" does count the credits "how many credits?" asks: its unit is the noun asked.)
      !((NAMES.has(e.type) || e.type === 'NUMBER') && /^-\p{Ll}/u.test(fact.text.slice(e.end)) && withItsUnit(e.text, e, fact, q) === e.text) &&
      (!q.attachedTo || headingSaysIt || attached.some((t) => isAttached(e, t, fact.text))) &&
      // "through the Billing queue": a name that only says which thing is meant is nobody "who" asks for;
      // nor is the tool or place a thing is done in ("requests are made in Personio and approved by your manager").
      !(q.kind === 'who' && (namesAThing(e, tokens) || ((e.type === 'NAME' || e.type === 'ORG') && DONE_IN.test(fact.text.slice(0, e.start))))) &&
      // Nor is a name saying which thing ("recorded in the CD register") where: unless the thing is a place.
      !(q.kind === 'where' && e.type === 'NAME' && namesAThingNotAPlace(e, tokens)) &&
      // …nor the name of the very thing asked, where a place follows it: "at Lakeside *Lodge*, Windermere" (asked where the lodge is).
      !(q.kind === 'where' && e.type === 'NAME' && namesThingAsked(e, tokens, fact.text, matched)) &&
      // …nor a name joined to another by a hyphen, which names a thing between them: "the brief Israel-Iran conflict".
      !(q.kind === 'where' && NAMES.has(e.type) && (/^-\p{Lu}/u.test(fact.text.slice(e.end)) || /\p{L}-$/u.test(fact.text.slice(0, e.start)))) &&
      // …nor a name the sentence says the thing asked is: "Muddy Paws is a small grooming salon".
      !(q.kind === 'where' && NAMES.has(e.type) && namedAsThingAsked(e, tokens, fact.text, matched)) &&
      // …nor a word of a title or slogan quoted: 'marked "Win a Family Break"' names no place.
      !(q.kind === 'where' && e.type === 'NAME' && QUOTE_OPEN_BEFORE.test(fact.text.slice(0, e.start)) && QUOTE_CLOSE_AFTER.test(fact.text.slice(e.end))) &&
      // Nor is the place a story was filed from anyone who did anything in it ("LONDON, 4 June 2026 - Brightwell has agreed to buy…").
      !(q.kind === 'who' && e.end <= dateline),
  );
  // "en-suite" matched whole is its parts too, as the tokenizer splits it.
  const hyphened = new Set<Token>();
  for (const [t, dash, after] of hyphenPairs(tokens)) if (matched.has(normalizeLemma(`${t.text}-${after.text}`))) [t, dash, after].forEach((x) => hyphened.add(x));
  // …and where the sentence says the whole, a part of it elsewhere is not what was asked: "how much is a six-day
  // course?" — "a six-day course costs €295 and a single *day* costs €89".
  const partsOfWholes = new Set([...hyphened].map((t) => normalizeLemma(t.lemma)));
  const wordAsked = matchedBy(matched);
  const isMatchedAlone = (t: Token) => wordAsked(t) && !partsOfWholes.has(normalizeLemma(t.lemma));
  const isMatched = (t: (typeof tokens)[number]) => isMatchedAlone(t) || hyphened.has(t);
  // "How many people fit in dressing room 2?" — "Dressing room 1 fits 6 people comfortably; dressing room 2 fits 4": where
  // the sentence numbers the thing asked more than once, a value is that of the numbered one said last before it.
  const askedNumbers = new Set(q.text.match(/\d+/g) ?? []);
  const ofNumberAsked = numberedAsked(askedNumbers, tokens, isMatched, candidates);
  if (ofNumberAsked.length) candidates = ofNumberAsked;
  // "What's your address?" — "Alpenrose Skischule GmbH · Gurglerstraße 12, 6456 Obergurgl, Austria · +43 5256 6305": the address whole.
  // ("Where is Fernleaf Home based?" — "Fernleaf Home Ltd, Unit 4 Riverside Park, Stockport SK4 2LP": so is where a thing is.)
  const address = (ADDRESS_ASKED.test(q.text) && !NOT_POSTAL_ASKED.test(q.text)) || WHERE_IS_ASKED.test(q.text.trim()) ? postalAddress(fact.text) : null;
  if (address) return address;
  // "Guide price £285,000 · Freehold · Council tax band C · EPC rating D": facts set side by side, each its label then its value.
  const sideBySide = q.kind !== 'yesno' && !choicesAsked(q) ? valueBeside(fact.text, tokens, isMatched) : null;
  if (sideBySide) return sideBySide;
  // "How does the article describe Hezbollah?" — ", the Iran-aligned militia in Lebanon": the words said of the thing,
  // quoted, set beside it, said to be what it serves as, or set before it ("the *unusual* backchannel effort").
  if (asksDescription(q.text)) {
    const said = quotedWording(tokens, fact.text, isMatched) ?? appositive(tokens, fact.text, isMatched) ?? servesAs(tokens, fact.text, isMatched) ?? modifiersOf(tokens, fact.text, isMatched);
    if (said) return said;
  }
  // "What sort of broadcaster is KAN?" — "KAN *public* broadcaster".
  const kindOf = kindOfAsked(q.text);
  const ofKind = kindOf ? modifiersOf(tokens, fact.text, isMatched, kindOf) : null;
  if (ofKind) return ofKind;
  if (asksWhatItIs(q)) {
    // "What is SLO?" — "SLO — Service level objective: the reliability target…": what the short form is spelled out as.
    const short = SHORT_FORM_ASKED.exec(q.text.trim())?.[1];
    const spelled = short ? spelledOut(short, fact.text) : null;
    if (spelled) return spelled;
    const said = appositive(tokens, fact.text, isMatched) ?? (q.kind === 'who' ? titleBefore(fact, tokens, isMatched) : null);
    // "Who is Putin?" is not answered by another name the sentence gives ("Netanyahu asked Putin…").
    if (said || q.kind === 'who') return said;
  }
  // "What comes with the squid?" — "Salt and pepper squid with lime aioli — £8.95": what the sentence sets with the
  // thing asked, not its price.
  if (q.kind === 'what' && !q.attachedTo && COMES_WITH_ASKED.test(q.text)) {
    const said = setWith(tokens, fact.text, isMatched);
    if (said) return said;
  }
  // "What helped avert a wider war?" — "…, a combination of discreet diplomacy and regional pressure has helped avert…": what did the act asked is the words before it.
  const doer = q.kind === 'what' && !q.attachedTo ? subjectOfVerbAsked(q, tokens, fact.text, isMatched) : null;
  if (doer) return doer;
  // "Which radio channel …?" — "radio the duty manager on channel 2": the noun asked, labelled by a number or letter, is the answer.
  const labelled = attached.find((t) => {
    const next = tokens[tokens.indexOf(t) + 1];
    return !!next && next.start === t.end + 1 && /^(?:\d+[A-Za-z]?|[A-Z])$/.test(next.text);
  });
  if (labelled) {
    // ("Class 3B": a letter the tokenizer cut from its number is the label's.)
    const [label, letter] = [tokens[tokens.indexOf(labelled) + 1], tokens[tokens.indexOf(labelled) + 2]];
    return fact.text.slice(labelled.start, letter && letter.start === label.end && /^[A-Za-z]$/.test(letter.text) ? letter.end : label.end);
  }
  // "Where is the conference held?" — "at the Quayside Centre, Aberdeen": a body named where something is, is the place, with its town.
  const venue = q.kind === 'where' ? venueAt(fact, answerCandidates(fact, q, ['ORG'])) : null;
  if (venue) return venue;
  // "Which plan has 100 GB?" — "Plan Plus: data 100 GB, price per month £16": a table row's first cell, headed by the noun asked.
  const row = q.kind !== 'yesno' ? rowLabel(fact.text, q.typeNoun ?? q.attachedTo) : null;
  if (row) return row;
  // "What does a second permit cost for 6 months?" — "Permit Second permit: 12 months £160, 6 months £88": in a table
  // row, the value is looked for in the column the question names.
  const inColumn = q.kind !== 'yesno' ? columnValues(fact.text, tokens, isMatched, candidates) : [];
  if (inColumn.length) candidates = inColumn;
  // "Which app do I use for e-books?" — "borrowed through the Libby app": the name the sentence gives the noun asked, before it.
  const nameOfNoun = q.kind !== 'yesno' && !choicesAsked(q) ? nameBeforeNoun(tokens, fact.text, q.attachedTo ?? q.typeNoun, isMatched) : null;
  if (nameOfNoun) return nameOfNoun;
  // "…is needed when an illness lasts longer than three days": the clause is when, its length only part of it;
  // a length just before the clause is counted from it ("one day after a ticket is solved").
  if (when && candidates.every((e) => e.type === 'DURATION')) {
    const clause = timeClause(fact.text);
    // (Not a clause of another act than the one asked: "water until it runs out of the drainage holes, then empty the
    // saucer *after 15 minutes*" — a length said right after the words asked, past the clause, is when.)
    const at = clause ? fact.text.indexOf(clause) : -1;
    const besideAsked = (e: Entity) => e.start > at + clause!.length && tokens.some((t) => isMatched(t) && t.end <= e.start && LENGTH_BESIDE.test(fact.text.slice(t.end, e.start)));
    if (clause && !candidates.some(besideAsked)) {
      const delay = candidates.find((e) => e.end <= at && /^\s*$/.test(fact.text.slice(e.end, at)));
      return delay ? fact.text.slice(delay.start, at + clause.length) : clause;
    }
  }
  if (candidates.length === 0) {
    if (q.kind === 'who') return quotedAfter(tokens, fact.text, isMatched) ?? roleAnswer(tokens, fact.text, isMatched) ?? (q.role === 'object' ? toldWhom(fact, (l) => matched.has(l) && tellsWith(q, l)) : null) ?? labelledValue(fact, tokens, isMatched);
    if (q.kind === 'where') return placeAnswer(tokens, fact, isMatched) ?? labelledValue(fact, tokens, isMatched);
    if (when || asksByWhen(q)) return ordinalTime(fact) ?? timeAfterPreposition(fact.text) ?? releasePoint(fact.text, q) ?? labelledValue(fact, tokens, isMatched) ?? (when ? sectionDate(fact) : null);
    if (q.kind === 'yesno') return null;
    if (q.kind === 'why') return reasonPhrase(tokens, fact.text, isMatched);
    // "How do I book time off?" — "booked through the Sling app": the tool a thing is done through.
    if (q.kind === 'how') {
      const means = fact.entities.find((e) => (e.type === 'NAME' || e.type === 'ORG') && MEANS_BEFORE.test(fact.text.slice(0, e.start)));
      // (with the capitalised words after it: "in Google Calendar")
      // (…and the kind of thing it is, where the sentence says it: "through the Foundry *app*".)
      if (means) {
        const name = means.text + (/^(?:\s+\p{Lu}[\p{L}\d-]*)*/u.exec(fact.text.slice(means.end))?.[0] ?? '');
        return name + (MEANS_KIND_AFTER.exec(fact.text.slice(means.start + name.length))?.[0] ?? '');
      }
      // …or named by a common noun ("shared through a tronc", "sent via the staff portal").
      const through = THROUGH_NOUN.exec(fact.text);
      if (through && !tokens.some((t) => isMatched(t) && t.start >= through.index + through[0].length - through[1].length && t.end <= through.index + through[0].length)) return through[1];
    }
    return (
      labelledValue(fact, tokens, isMatched) ??
      (q.kind === 'what' && q.attachedTo ? kindSaid(tokens, q, q.attachedTo, isMatched) : null) ??
      (q.kind === 'what' && NAME_ASKED.test(q.text) ? nameGiven(fact.text, tokens, isMatched) : null) ??
      (q.kind === 'what' ? (COPULAR_QUESTION.test(q.text) ? valueSaid(fact, tokens, isMatched, q) : valueOfAsked(fact, tokens, q)) : null) ??
      (PHRASE_KINDS.has(q.kind) ? phraseAnswer(tokens, fact.text, q, isMatched) : null) ??
      // ("What are the little black flies in my pot?" — "small black flies around the compost are *fungus gnats*".)
      (q.kind === 'what' && KIND_COPULA_QUESTION.test(q.text) ? complementSaid(tokens, fact.text, q, isMatched) : null) ??
      (q.kind === 'what' && COPULAR_QUESTION.test(q.text) ? complementSaid(tokens, fact.text, q, isSubjectAsked(q)) : null)
    );
  }
  const typeNoun = q.answerNoun;
  const anchors = tokens.filter((t) => typeNoun && (fold(t.text) === typeNoun || normalizeLemma(t.lemma) === typeNoun));
  const near = (anchors.length ? anchors : tokens.filter(isMatched)).map((t) => (t.start + t.end) / 2);
  // (A word asked said apart from the rest, "two *halves* of 45 minutes", where the sentence says the words together as
  // one, "a *half-time* break", says no value of its own.)
  const apart = saidApart(tokens, isMatched);
  // A word inside a possible answer points at nothing beside it ("how long …" meets "years" in "five years").
  const outside = near.filter((p) => !candidates.some((e) => p >= e.start && p <= e.end));
  const pointers = outside.length ? outside : near;
  const verb = tokens.find((t) => t.pos === 'VERB' && isMatched(t));
  // "an early shift (7:30am to 4pm) or a *late* shift (10am to 6:30pm)": a value in brackets is the phrase's
  // before it, and the more of the words asked that phrase says, the surer.
  // …and a name with a bracket after it is what the bracket says ("Seedlings (babies), Saplings (*toddlers*)").
  const bracketedFor = (e: Entity) => {
    const after = BRACKET_AFTER.exec(fact.text.slice(e.end));
    // (The phrase before the bracket, not past its verb: "clubs include coding (Tuesdays), football (Wednesdays)" — Tuesdays are coding's.)
    const before = tokens.filter((t) => t.end <= e.start).slice(-BRACKETED_PHRASE_WORDS - 1, -1);
    const phraseFrom = before.map((t) => PHRASE_WORD.has(t.pos)).lastIndexOf(false);
    const said = /\(\s*$/.test(fact.text.slice(Math.max(0, e.start - 2), e.start))
      ? before.slice(phraseFrom + 1)
      : after
        ? tokens.filter((t) => t.start >= e.end && t.end <= e.end + after[0].length)
        : [];
    return new Set(said.filter(isMatched).map((t) => normalizeLemma(t.lemma))).size;
  };
  // "Which countries …" asks for several: a list of them ("Turkey, Qatar, and Saudi Arabia") is the likelier answer.
  const plural = !!typeNoun && /(?:s|people)$/.test(typeNoun) && !/ss$/.test(typeNoun);
  // "the largest U.S. military installation": a name standing before the words it describes is
  // rarely what is asked, unless it names the very thing asked about ("Israel's KAN public broadcaster").
  const modifies = (e: Entity) => {
    if (!NAMES.has(e.type) || !/^\s+\p{Ll}/u.test(fact.text.slice(e.end))) return false;
    const next = tokens.findIndex((t) => t.start >= e.end);
    if (next < 0 || (tokens[next].pos !== 'NOUN' && tokens[next].pos !== 'ADJ')) return false;
    // "Where's the office?" — "the Bristol office": a place set before the very thing asked where it is says where.
    if (q.kind === 'where' && e.type === 'PLACE' && isMatched(tokens[next])) return false;
    // "Who reported it?" — "KAN public broadcaster": a name set before the people or body it is answers who.
    if (q.kind === 'who') {
      let head = next;
      while (tokens[head + 1] && (tokens[head + 1].pos === 'NOUN' || tokens[head + 1].pos === 'ADJ')) head++;
      if (tokens[head].pos === 'NOUN' && isAgentNoun(normalizeLemma(tokens[head].lemma))) return false;
    }
    return !anchors.some((a) => a.start >= e.end && a.start - e.end < 30);
  };
  // "Hezbollah, the Iran-aligned militia": the name the noun asked about is set beside ("which militia …"),
  // whatever its type (a tagger leaves many names untyped).
  const namedBy = (e: Entity) => NAMES.has(e.type) && anchors.some((a) => a.start > e.end && /^,\s+(?:the|an?)\s+[^,;.]{0,40}$/i.test(fact.text.slice(e.end, a.start)));
  // "Staff are on site by 8:15, and the gates open at 8:40": a value in another clause than every word asked about belongs to that clause's verb.
  const clauses = [...fact.text.matchAll(CLAUSE_BREAK)].map((m) => m.index!);
  const clauseOf = (at: number) => clauses.filter((b) => b < at).length;
  // "A night on call pays £80, and a weekend on call pays £250" asked "weekend on-call pay?": where the
  // words asked stand in several clauses, the clause with one only it has ("weekend") is the one asked about.
  const matchedIn = new Map<string, Set<number>>();
  for (const t of tokens) {
    if (!isMatched(t)) continue;
    const lemma = normalizeLemma(t.lemma);
    matchedIn.set(lemma, (matchedIn.get(lemma) ?? new Set()).add(clauseOf(t.start)));
  }
  const own = [...matchedIn.values()].filter((c) => c.size === 1).map((c) => [...c][0]);
  const shared = [...matchedIn.values()].some((c) => c.size > 1);
  const asked = new Set(shared && own.length && !anchors.length ? own : pointers.map(clauseOf));
  const otherClause = (e: Entity) => clauses.length > 0 && pointers.length > 0 && !asked.has(clauseOf(e.start));
  // "…post in #out-sick before 10:00; for more than 3 days we need a doctor's note": past a semicolon,
  // a value belongs to another statement altogether, whatever its type.
  const semicolons = [...fact.text.matchAll(/;/g)].map((m) => m.index!);
  const segmentOf = (at: number) => semicolons.filter((b) => b < at).length;
  const otherStatement = (e: Entity) => semicolons.length > 0 && pointers.length > 0 && !pointers.some((p) => segmentOf(p) === segmentOf(e.start));
  // "£160 a night in London, £120 elsewhere": a value is that of the word asked about it qualifies
  // ("in London"), not of the one just before its comma.
  // (Not by a name numbered otherwise than the one asked: "Mondays for Key Stage 1 and Wednesdays for Key Stage 2" asked of Key Stage 2.)
  const numberedOtherwise = (t: Token) => {
    const name = fact.entities.find((n) => n.start <= t.start && t.end <= n.end && NAMES.has(n.type));
    const numbers = name?.text.match(/\d+/g) ?? [];
    return askedNumbers.size > 0 && numbers.length > 0 && !numbers.some((n) => askedNumbers.has(n));
  };
  const qualifiedBy = (e: Entity) => tokens.find((t) => t.start > e.end && isMatched(t) && QUALIFIER.test(fact.text.slice(e.end, t.start)) && !numberedOtherwise(t));
  const qualified = (e: Entity) => !!qualifiedBy(e);
  // "…in Manchester?" — "£160 a night in London, £120 elsewhere": a place the sentence does not name is elsewhere.
  // (Unless a value is qualified by what the place was met as: "paris" → "€180 in capitals".)
  const unnamedPlace = q.terms.some((t) => (t.name || isProperName(t.lemma)) && !matched.has(t.lemma)) && !candidates.some(qualified);
  const otherwise = (e: Entity) => unnamedPlace && ELSEWHERE.test(fact.text.slice(e.end));
  // A delay is weighed against the best kind of date the sentence has ("on 3 March" before "at 16:00").
  const dateTiers = candidates.filter((e) => e.type !== 'DURATION').map((e) => wants.indexOf(e.type));
  const dateTier = dateTiers.length ? Math.min(...dateTiers) : 0;
  // "According to a report by Israel's KAN public broadcaster": the possessor of a name beside it only says whose it is.
  const possessor = (e: Entity) => NAMES.has(e.type) && candidates.some((o) => o !== e && NAMES.has(o.type) && POSSESSED.test(fact.text.slice(e.end, o.start)));
  const clockTimes = candidates.some((e) => e.type === 'TIME' && /\d/.test(e.text));
  const sums = candidates.some((e) => e.type === 'MONEY' && /\d/.test(e.text));
  const strandedOn = STRANDED_PREPOSITION.exec(q.text)?.[1];
  // ("Where does the lake drain to?" — "drains *into* the Atlantic".)
  const strandedBefore = strandedOn ? new RegExp(`\\b${/^to$/i.test(strandedOn) ? '(?:in|on)?to' : strandedOn}\\s+(?:the\\s+|a\\s+|an\\s+)?$`, 'i') : null;
  // (A name of more words than the noun: "Union" alone, cut from "the Dockside and General Workers' Union", names nothing.)
  const kindInName = (e: Entity) => {
    const words = e.text.split(/\s+/).map((w) => fold(w).replace(/s$/, ''));
    return NAMES.has(e.type) && !!q.answerNoun && words.length > 1 && words.includes(q.answerNoun.replace(/s$/, ''));
  };
  // (The very noun after "how many", where a value counts it: "how many wires in each cable?" — "each of the *two* main
  // cables is made of 11,618 steel wires" counts cables.)
  const countedLemma = (e: Entity) => {
    const noun = countedNoun(e, tokens);
    return noun && isMatched(noun) ? normalizeLemma(noun.lemma) : null;
  };
  const thing = countedThing(q);
  const thingCounted = !!thing && candidates.some((e) => countedLemma(e) === thing);
  const countsAsked = (e: Entity) => {
    const lemma = countedLemma(e);
    return !!lemma && (!thingCounted || lemma === thing);
  };
  // "…with *thousands* more arrested" asked how many people were arrested: a number just before the very act asked
  // counts those it was done to, more surely than one before the noun asked, said of another act ("2,500 people have
  // been killed").
  const countsAct = (e: Entity) => {
    const after = COUNT_THEN_VERB.exec(fact.text.slice(e.end));
    return !!after && tokens.some((t) => t.start === e.end + after[0].length && t.pos === 'VERB' && isMatched(t));
  };
  // "How much do we get *per mile*?" — "45p per mile for the first 10,000 miles and 25p after that": the amount
  // said per the very unit asked, though the asked word is inside it.
  const askedPer = PER_UNIT_END.exec(q.text.replace(/\s*\?$/, ''))?.[1];
  const perAsked = (e: Entity) => !!askedPer && COUNTED_TYPES.has(e.type) && fold(PER_UNIT_END.exec(e.text)?.[1] ?? '').replace(/s$/, '') === fold(askedPer).replace(/s$/, '');
  const cost = (e: Entity) => {
    // ("Tuesday to Sunday, 10am to 5pm": a habit said with its hours is a clock time as much as a date.)
    const tier = e.type === 'DATE' && wants[0] === 'TIME' && CLOCK_IN.test(e.text) ? 0 : wants.indexOf(e.type);
    // Typed names trade places cheaply (taggers confuse them); an untyped name is weaker evidence of the wanted kind.
    const tierCost = NAMES.has(e.type) && NAMES.has(wants[0]) ? tier * 20 + (e.type === 'NAME' && wants[0] !== 'NAME' ? 20 : 0) : when && e.type === 'DURATION' ? dateTier * 1000 + DELAY_COST : tier * 1000;
    // (A word asked in a value's own brackets is at it: "Cllr Margaret Osei (Mayor, *in the chair*), Cllr David Penhallow".)
    const distance = bracketedFor(e) ? 0 : distanceFrom(pointers, e);
    const wrongSide = q.role === 'subject' && verb && e.start > verb.end ? 40 : 0;
    // "What's the support phone number?" — "call 999 if anyone is hurt, then call our support line on 0330 123 4567":
    // a phone number asked is one long enough to ring, where the sentence has one.
    const notPhone = PHONE_ASKED.test(q.text) && e.type === 'NUMBER' && !PHONE_NUMBER.test(e.text) && candidates.some((o) => o.type === 'NUMBER' && PHONE_NUMBER.test(o.text)) ? KIND_NAMED_BONUS : 0;
    // "Who won the final?" — "Harlow Vale beat Stanmoor in the final *at Brookfield Park*": a place said as where something happened did nothing.
    const placedAt = /\b(?:at|in)\s+(?:the\s+)?$/i.test(fact.text.slice(Math.max(0, e.start - 8), e.start));
    const located = q.kind === 'who' && e.type === 'PLACE' && placedAt ? LOCATED_COST : 0;
    // Asked where, the reverse: a name of no known type after "in" or "at" is a place ("told a rally *in Bahir Dar*",
    // "speaking *in the Knesset*, he warned Iran"), as sure as one the tagger knows.
    // (…or after "into" or "to", where it goes: "drains *into the Atlantic*".)
    const where = q.kind === 'where' && !q.typeNoun && e.type === 'NAME' && (placedAt || MOVED_INTO.test(fact.text.slice(Math.max(0, e.start - 10), e.start))) && !modifies(e) ? -tierCost : 0;
    const single = plural && coordinated(e, candidates, fact.text) === e.text ? 60 : 0;
    // "each night until 1am": a clock time says when more exactly than a part of the day beside it.
    // So does a sum beside a multiple of pay ("£150 per week, and any call-out at time and a half").
    // "Up to five days of leave may be carried forward; … lapses if not used by 30 June": a length that counts
    // from nothing is how much, not when, where the sentence gives a date. And "how much notice" asks for the
    // length said ahead of something ("three weeks in advance"), not another length beside it.
    const notWhen = when && e.type === 'DURATION' && dateTiers.length > 0 && !isDelay(e, fact.text) ? NOT_DELAY_COST : 0;
    // "When do they have to be used by?" — "carried into the next year, to be used by the end of March": the date after "by",
    // even in the clause after ("…, and they must be used by the end of March": "they" are the days asked about).
    const deadline = when && BY_WHEN.test(q.text) && (e.type === 'DATE' || e.type === 'TIME') && BY_BEFORE.test(fact.text.slice(0, e.start)) ? DEADLINE_BONUS : 0;
    // "Closed from 23:30 on Saturday 13 February until 05:00 on Sunday 21 February": asked when it reopens or ends, the
    // end of the span; asked when it starts, its start.
    const endOfSpan = when && (e.type === 'DATE' || e.type === 'TIME') && SPAN_END_BEFORE.test(fact.text.slice(Math.max(0, e.start - 12), e.start));
    const startOfSpan = when && (e.type === 'DATE' || e.type === 'TIME') && SPAN_START_BEFORE.test(fact.text.slice(Math.max(0, e.start - 12), e.start)) && candidates.some((o) => o.start > e.end && SPAN_END_BEFORE.test(fact.text.slice(Math.max(0, o.start - 12), o.start)));
    const spanSide = (END_ASKED_AT.test(q.text) && endOfSpan) || (START_ASKED_AT.test(q.text) && startOfSpan) ? DEADLINE_BONUS : 0;
    const notLead = q.leadTime && e.type === 'DURATION' && !isLeadTime(e, fact.text) && candidates.some((o) => o.type === 'DURATION' && isLeadTime(o, fact.text)) ? NOT_DELAY_COST : 0;
    // "How many invoices …?" — "one user and up to 20 invoices a month": the number of the very thing asked.
    // (Not where a price is asked: "paying 1 coin per card" asked what trading a card costs is no count of cards.)
    // (Nor where a measure is asked: "how high are the towers?" — "its *two* main towers are 156 metres tall".)
    const counting = q.kind === 'quantity' && e.type === 'NUMBER' && !COST_ASKED.test(q.text) && !MEASURE_ASKED.test(q.text);
    const countsIt = counting && countsAct(e) ? 2 * QUALIFIED_BONUS : (counting && countsAsked(e)) || perAsked(e) ? QUALIFIED_BONUS : 0;
    // "How heavy can a box be?" — "over 20 kilograms are lifted by two people": a measure is said with its unit.
    const measured = (q.measures || MEASURE_ASKED.test(q.text)) && e.type === 'NUMBER' && WITH_UNIT.test(e.text) ? QUALIFIED_BONUS : 0;
    // "How much lysis buffer goes in each tube?" — "Add 500 µl of lysis buffer and 10 µl of proteinase K": the measure
    // "of" the words asked, not the one after them.
    // (The word itself, not one near it in meaning: "74 billion cubic metres of water" is no measure of electricity.)
    const measureOf = AMOUNTS.has(e.type) && tokens.some((t) => t.start > e.end && q.terms.some((w) => w.weight >= 1 && w.lemma === normalizeLemma(t.lemma)) && MEASURE_OF.test(fact.text.slice(e.end, t.start))) ? QUALIFIED_BONUS : 0;
    // "How much does it cost to trade a card?" — "swap up to two cards …, paying 1 coin per card": the amount paid.
    const paid = COST_ASKED.test(q.text) && COUNTED_TYPES.has(e.type) && PAID_BEFORE.test(fact.text.slice(Math.max(0, e.start - 30), e.start)) ? QUALIFIED_BONUS : 0;
    // "What's the luggage limit?" — "one suitcase of no more than 20 kg": a limit is the value said as a bound.
    const bound = LIMIT_ASKED.test(q.text) && AMOUNTS.has(e.type) && LIMIT_BEFORE.test(fact.text.slice(Math.max(0, e.start - 24), e.start)) ? QUALIFIED_BONUS : 0;
    // "…paid £12.60 an hour, and supervisors £14": a value straight after a word asked about is that word's.
    // …and so is one owning the word asked: "two months' written notice", "five weeks' rent".
    const owning = MEASURE_OWNS.exec(fact.text.slice(e.end));
    const saidOf = AMOUNTS.has(e.type) && (tokens.some((t) => t.end <= e.start && /^\s+$/.test(fact.text.slice(t.end, e.start)) && t.pos === 'NOUN' && isMatched(t)) || (!!owning && tokens.some((t) => t.start === e.end + owning[0].length - owning[1].length && isMatched(t)))) ? QUALIFIED_BONUS : 0;
    // ("midnight" and "noon" are clock times said in words, as exact as "11pm".)
    const vague = (e.type === 'TIME' && !/\d/.test(e.text) && !EXACT_TIME_WORD.test(e.text) && clockTimes) || (e.type === 'MONEY' && !/\d/.test(e.text) && sums) ? VAGUE_COST : 0;
    // "Who was Israel planning a campaign *against*?" — "a campaign against Hezbollah": the question's stranded preposition heads the answer.
    const stranded = strandedBefore?.test(fact.text.slice(Math.max(0, e.start - 16), e.start)) ? QUALIFIED_BONUS : 0;
    // "…at nine sites in the UK and two in Poland" asked "how many sites in Poland?": a name asked picks its value out
    // more surely than the noun every value counts.
    // "Which university …?" — "led by Dr Lea Brunner of the University of Innsbruck": a name that calls itself the kind asked is one.
    const kindNamed = kindInName(e) ? KIND_NAMED_BONUS : 0;
    // "Who designed the game?" — "designed by Priya Nair and illustrated by Tomasz Wójcik": the one the very act asked
    // was done by, whatever type the tagger gave each name. (In the clause of every word asked: "Brightwell is being
    // advised by Harcourt Lane, and Lumen by Everly & Co." asked who advises Lumen.)
    // (The question's own verb: "which university is the *lead* researcher from?" asks no one who led.)
    const agent = q.kind === 'who' && tokens.some((t) => t.pos === 'VERB' && verbsAsked(q).has(normalizeLemma(t.lemma)) && BY_AGENT.test(fact.text.slice(t.end, e.start))) && tokens.every((t) => !isMatched(t) || clauseOf(t.start) === clauseOf(e.start)) ? KIND_NAMED_BONUS : 0;
    const qualifier = qualifiedBy(e);
    const qualifies = qualifier || otherwise(e) ? QUALIFIED_BONUS * (qualifier?.pos === 'PROPN' ? 2 : 1) : 0;
    return (otherStatement(e) ? OTHER_STATEMENT_COST : 0) - bracketedFor(e) * BRACKETED_BONUS + notWhen + notLead - deadline - spanSide - countsIt - measured - bound - paid - measureOf - saidOf - stranded - kindNamed - agent + tierCost + distance + wrongSide + notPhone + located + where + single + vague + (modifies(e) || possessor(e) ? 40 : 0) + (otherClause(e) && !deadline ? CLAUSE_COST : 0) - qualifies;
  };
  // The sentence saying which of its values is the one asked outweighs every guess by type or distance:
  // - the name the noun asked about is set beside ("Hezbollah, the Iran-aligned militia");
  const named = candidates.filter(namedBy);
  // - the value said "of" the noun asked ("a pay rise of 6.5% and a retraining fund of £12 million"); a value, not a
  //   count: "a family of up to two adults" says who, and "how many interview stages?" asks a count; and where a value
  //   is qualified by a word asked, that says more ("a mark of at least 40%, and at least 35% in the exam");
  const valued = COUNTS_ASKED.test(q.text) || candidates.some(qualified) ? [] : candidates.filter((e) => VALUE_TYPES.has(e.type) && (isValueOf(e, tokens, fact.text, q) || ofPhraseAsked(e, tokens, fact.text, q)) && !apart.some((t) => t.end <= e.start && VALUE_OF.test(fact.text.slice(t.end, e.start))));
  // - "how often …?" — "repeat the surveys every autumn until 2030": what recurs, not how long it goes on;
  const everyBefore = (e: Entity) => EVERY_BEFORE.exec(fact.text.slice(0, e.start));
  const often = HOW_OFTEN.test(q.text) ? candidates.filter((e) => FREQUENCY_WORD.test(e.text) || everyBefore(e)) : [];
  // - "how long were the queues?" — "stretched for three miles … at noon": with no length of time, a distance (a
  //   clock time or a date is no length);
  const lengths = HOW_LONG_ASKED.test(q.text) && !candidates.some((e) => e.type === 'DURATION') ? candidates.filter((e) => e.type === 'NUMBER' && LENGTH_UNIT.test(e.text)) : [];
  // - "how much less snow fell?" — "two hot summers and a winter that brought 40% less snow": the value the
  //   comparison asked is said of.
  const compared = candidates.filter((e) => comparedAsked(e, fact.text, q));
  // - "when did they last win the cup?" — "won on Saturday, for the first time since 1995": when it last happened
  //   before this is what the first time since says.
  const lastTime = when && LAST_ASKED.test(q.text) ? candidates.filter((e) => FIRST_SINCE.test(fact.text.slice(0, e.start) + (/^since\s/i.test(e.text) ? 'since ' : ''))) : [];
  if (lastTime.length) return lastTime[0].text.replace(/^since\s+/i, '');
  let best = ([named, valued, often, lengths, compared].find((c) => c.length) ?? candidates).reduce((a, b) => (cost(b) < cost(a) ? b : a));
  const every = often.includes(best) ? everyBefore(best) : null;
  if (every) return fact.text.slice(every.index, best.end);
  // "Tickets went from 40 a week to 12": asked what it is now, the value it went to; asked how much it
  // rose, where it went from and to.
  const change = changeOf(best, candidates, fact.text);
  if (change && ASKS_CHANGE.test(q.text)) return fact.text.slice(change.from.start, change.to.end);
  if (change && ASKS_NOW.test(q.text)) best = change.to;
  // "Prices went up by £1 … to £9": how far it moved when that is asked, else what it is now.
  const moved = change ? null : movedBy(best, candidates, fact.text);
  if (moved) best = ASKS_CHANGE.test(q.text) ? moved.by : moved.to;
  const answer = coordinated(best, candidates, fact.text);
  // "Who criticised …?" — "hardliners in Washington": a place answers who only as where the people it follows are.
  // (So does a company: "all permanent employees of Brightwater Software Ltd".)
  if (q.kind === 'who' && (best.type === 'PLACE' || best.type === 'ORG')) {
    const role = placedRole(tokens, best, fact.text, isMatched);
    if (role) return role;
  }
  // "Working from outside the United Kingdom … requires approval from the People team": a place the
  // sentence goes to or from is where, and the role it names is who.
  if (q.kind === 'who' && best.type === 'PLACE' && MOVED_TO.test(fact.text.slice(0, best.start))) {
    const role = roleAnswer(tokens, fact.text, isMatched);
    if (role) return role;
  }
  if (answer === best.text && best.name) return best.name;
  // "Yorkshire Water is our biggest partner": who is the whole name, the capitalised words the tagger cut off too.
  if (q.kind === 'who' && NAMES.has(best.type) && answer === best.text) {
    const rest = NAME_REST.exec(fact.text.slice(best.end));
    if (rest && !tokens.some((t) => t.start >= best.end && t.end <= best.end + rest[0].length && isMatched(t))) return fact.text.slice(best.start, best.end + rest[0].length);
  }
  // "The site office is the blue cabin at Gate 2", "smoking only in the shelter by Gate 1": a place
  // named to say where a thing is, is where that thing is; the thing is the answer with it.
  if (q.kind === 'where' && (best.type === 'PLACE' || best.type === 'NAME') && answer === best.text) {
    const thing = THING_PLACED.exec(fact.text.slice(0, best.start));
    const inside = INSIDE_PLACE.exec(fact.text.slice(best.end));
    const end = inside && isPlaceNoun(normalizeLemma(analyze(inside[1]).tokens[0]?.lemma ?? inside[1])) ? best.end + inside[0].length : best.end;
    if (thing && !tokens.some((t) => t.start >= thing.index + thing[0].length - thing[2].length && t.end <= best.start && isMatched(t))) {
      return (COPULA.has(thing[1].toLowerCase()) ? '' : `${thing[1]} `) + thing[2] + fact.text.slice(best.start, end);
    }
    if (end > best.end) return fact.text.slice(best.start, end);
  }
  // "handed out at the Canal Street reception": a place named before a noun for a place is where in it.
  if (q.kind === 'where' && best.type === 'PLACE' && answer === best.text) {
    const next = tokens.find((t) => t.start >= best.end);
    // (Capitalised, the noun is the name's own, asked or not: "St Helier Hospital".)
    const own = /^\p{Lu}/u.test(next?.text ?? '');
    if (next && (next.pos === 'NOUN' || (own && next.pos === 'PROPN')) && /^\s+$/.test(fact.text.slice(best.end, next.start)) && (own || !isMatched(next)) && isPlaceNoun(normalizeLemma(next.lemma))) {
      // ("the Wharf Street *car park*": a noun WordNet knows as one with the next is the place whole, though the next was asked.)
      const after = tokens[tokens.indexOf(next) + 1];
      const whole = after?.pos === 'NOUN' && after.start === next.end + 1 && isPlaceNoun(`${normalizeLemma(next.lemma)}_${normalizeLemma(after.lemma)}`);
      return theBefore(fact.text, best.start) + fact.text.slice(best.start, (whole ? after : next).end);
    }
  }
  const span = withItsNumber(best, fact) ?? withItsUnit(answer, best, fact, q);
  const bound = COUNTED_TYPES.has(best.type) && span.startsWith(best.text) ? BOUND_BEFORE.exec(fact.text.slice(Math.max(0, best.start - 24), best.start)) : null;
  // ("about three thousand meters": a count keeps its bound as an amount does.)
  if (best.type === 'NUMBER' && span === best.text) return (bound?.[1] ?? '') + withWhatItCounts(best, tokens, fact.text);
  // ("*at least* 14 days before the event": and a length counted back from something keeps its bound.)
  if ((when || asksByWhen(q)) && best.type === 'DURATION') {
    const relative = relativeTime(span, best, fact.text);
    return bound && !relative.toLowerCase().startsWith(bound[1].trim().toLowerCase()) ? bound[1] + relative : relative;
  }
  if (when && best.type === 'TIME' && span === best.text) {
    // ("Off-peak sessions, *before* 4pm on weekdays": when, asked, is the side of the time the sentence says.)
    const side = TIME_SIDE_BEFORE.exec(fact.text.slice(Math.max(0, best.start - 8), best.start))?.[1];
    return (side ? `${side} ` : '') + withCountedFrom(withItsDay(span, best, fact), fact.text, best.end);
  }
  if (best.type === 'TIME' && span === best.text) return withItsDay(span, best, fact);
  // "on the 28th of every month", "by the end of March": a date said from its number or its part keeps its article.
  // ("Speaking in *the Knesset*": and a place named where something was is said with its article, where the name is
  // the whole phrase: not "the Utrecht" of "the Utrecht office".)
  const after = tokens.find((t) => t.start >= best.end);
  const placeArticle = q.kind === 'where' && NAMES.has(best.type) && !(after && /^\s*$/.test(fact.text.slice(best.end, after.start)) && (after.pos === 'NOUN' || /^['’]s$/.test(after.text)));
  // ("the 1967 film *The Tide Road*": a title keeps its own article, capitalised mid-sentence.)
  const title = NAMES.has(best.type) && span.startsWith(best.text) && /\S\s+The\s+$/.test(fact.text.slice(Math.max(0, best.start - 8), best.start)) ? 'The ' : '';
  const article = title || (((best.type === 'DATE' && /^(?:\d|(?:end|start|beginning|middle|first|last|next|following)\b)/i.test(span)) || placeArticle) && span.startsWith(best.text) ? theBefore(fact.text, best.start) : '');
  // "two days a week": an amount of time said per unit is that rate, not two days in all.
  const rate = best.type === 'DURATION' && span.endsWith(best.text) ? DURATION_RATE.exec(fact.text.slice(best.end)) : null;
  const whole = (bound?.[1] ?? article) + span + (rate?.[0] ?? '');
  // ("within 14 days *of joining*": a length asked keeps what it counts from, as one asked when does.)
  return best.type === 'DURATION' && !rate ? withCountedFrom(whole, fact.text, best.end) : whole;
}

/** "What comes with…?", "what is the roast served with?", "what does the pudding come with?" */
const COMES_WITH_ASKED = /\b(?:comes?|came|served)\s+with\b|\bcome\s+with\s*\??\s*$/i;
/** After the thing asked, what is set with it: "squid *with lime aioli* — £8.95", "pudding*, vanilla ice cream* — £7.50", "*served with* Yorkshire pudding and seasonal vegetables". */
const SET_WITH = /^\s*(?:,\s*(?:served\s+|comes?\s+)?with|,|(?:served\s+|comes?\s+)?with)\s+([^—–;:(.]+?)\s*(?=[—–;:(]|\.(?:\s|$)|$)/iu;

/** Further on: "a roast of the day for £19.95, *served with* Yorkshire pudding and seasonal vegetables". */
const SERVED_WITH = /\b(?:served|comes?)\s+with\s+([^—–;:(.]+?)\s*(?=[—–;:(]|\.(?:\s|$)|$)/iu;

function setWith(tokens: Token[], text: string, isMatched: (t: Token) => boolean): string | null {
  const asked = tokens.filter((t) => isMatched(t) && (t.pos === 'NOUN' || t.pos === 'PROPN'));
  for (const t of asked) {
    const m = SET_WITH.exec(text.slice(t.end));
    if (m) return m[1];
  }
  return asked.length ? (SERVED_WITH.exec(text.slice(asked[0].end))?.[1] ?? null) : null;
}

const ADDRESS_ASKED = /\b(?:address|postcode|zip code)\b/i;
/** "Where is the surgery?", "where is Fernleaf Home based?": where a thing is, which its postal address says. */
const WHERE_IS_ASKED = /^where(?:['’]s|\s+(?:is|are))\s+(?:the\s+|your\s+|our\s+)?[\p{L}&'’ -]+?(?:\s+(?:based|located))?\s*\??$/iu;
const NOT_POSTAL_ASKED = /\b(?:e-?mail|web|website|ip)\s+address\b/i;
const MAX_ADDRESS_WORDS = 14;
/** Between pieces set side by side, and the full stop after the last. */
const PIECE_BREAK = /\s[·•|]\s|\.$/;

/** The piece of a sentence that holds a postal address: "Gurglerstraße 12, 6456 Obergurgl, Austria". */
function postalAddress(text: string): string | null {
  const address = POSTAL_ADDRESS_IN.exec(text)?.[0];
  const piece = address ? text.split(PIECE_BREAK).find((p) => p.includes(address))?.trim() : undefined;
  // (An address said within a sentence is left to the sentence's own reading: "The office at 12 Bedford Row is staffed…".)
  if (!piece || piece.split(/\s+/).length > MAX_ADDRESS_WORDS || analyze(piece).tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  return piece;
}

/** Between a verb and its subject: "has helped", "could quickly reignite", "did not stop". */
const BEFORE_VERB = new Set(['AUX', 'PART', 'ADV']);
/** Where a subject begins: after a clause's break or a relative word. */
const SUBJECT_OPENS = /^(?:[,;:—–(]|that|which|who)$/i;
const MAX_SUBJECT_WORDS = 12;
/** How far after the verb the thing it was done to is said: "helped *avert* a wider war". */
const OBJECT_WITHIN = 3;

/**
 * "What helped…?", "what caused…?", "what triggered…?": asked the doer of an act (the question's verb right after
 * "what"), the noun phrase before the sentence's own verb of that act.
 */
function subjectOfVerbAsked(q: Question, tokens: Token[], text: string, isMatched: (t: Token) => boolean): string | null {
  const act = actAsked(q);
  if (!act) return null;
  // (The act said as done, not as a noun or a purpose: "played a key role in *delaying*…".)
  const at = tokens.findIndex((t) => t.pos === 'VERB' && normalizeLemma(t.lemma) === act.verb && !/ing$/i.test(t.text));
  if (at <= 0) return null;
  // (Done to what the question says it was done to: "what stopped the strike?" — "killings of protesters had stopped" is another stopping.)
  if (act.doneTo && !tokens.slice(at + 1, at + 1 + OBJECT_WITHIN).some(isMatched)) return null;
  let end = at;
  while (end > 0 && BEFORE_VERB.has(tokens[end - 1].pos)) end--;
  // (Not a verb said as a purpose, "moved decisively *to prevent* escalation", nor a passive one, "The --debug flag *was
  // replaced* by --log-level": its subject is not the doer.)
  if (tokens.slice(end, at).some((t) => fold(t.text) === 'to' || normalizeLemma(t.lemma) === 'be')) return null;
  let start = end;
  while (start > 0 && !SUBJECT_OPENS.test(tokens[start - 1].text)) start--;
  const words = tokens.slice(start, end);
  const nouns = words.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  // (Nor what the question names as done to: "what eats otters?" — "Otters eat fish".)
  if (words.length === 0 || words.length > MAX_SUBJECT_WORDS || nouns.length === 0 || nouns.every(isMatched) || words.some((t) => t.pos === 'VERB')) return null;
  return text.slice(words[0].start, words[words.length - 1].end);
}
/** The act "what …?" asks the doer of, read once a question: its verb, and whether the question says what it was done to. */
const actAsked = perQuestion((q): { verb: string; doneTo: boolean } | null => {
  const asked = analyze(q.text).tokens;
  // (A verb said as done, "helped", "causes", "drove": "what spin speed…" asks no act.)
  if (fold(asked[0]?.text ?? '') !== 'what' || asked[1]?.pos !== 'VERB' || !DONE_FORM.test(asked[1].text)) return null;
  return { verb: normalizeLemma(asked[1].lemma), doneTo: asked.length > 3 };
});
/** A verb's form as an act done: "helped", "causes", and the commonest irregular pasts. */
const DONE_FORM = /(?:ed|s)$|^(?:made|led|drove|brought|kept|began|set|put|took|gave|got|held|sent|won|lost|broke|caught|struck|hit|cut|shut|left|built|paid|told|sold|fought|sought|thought|found|meant)$/i;

const AT_VENUE = /\bat\s+(?:the\s+)?$/i;
const TOWN_AFTER = /^,\s+$/;

/** "at the Quayside Centre, Aberdeen": a body said where something is (not one the question names), and the town after it. */
function venueAt(fact: Fact, bodies: Entity[]): string | null {
  // (Not a body whose event is the place: "at the International Glaciological Society's conference in Oslo".)
  const body = bodies.find((e) => AT_VENUE.test(fact.text.slice(Math.max(0, e.start - 8), e.start)) && !/^['’]s?\b/.test(fact.text.slice(e.end)));
  if (!body) return null;
  const town = fact.entities.find((e) => (e.type === 'PLACE' || e.type === 'NAME') && e.start > body.end && TOWN_AFTER.test(fact.text.slice(body.end, e.start)));
  return fact.text.slice(body.start, (town ?? body).end);
}

/**
 * A table row as reading says it: its first column's name and cell, then a colon ("Plan Plus: data 100 GB, …"). The
 * name as a header writes it, "Plan", not a line shouted in capitals ("PRODUCT SAFETY RECALL:"); the cell a value,
 * "Plus", "5 GB", not a label's own words ("Security fix:").
 */
const ROW_LABEL = /^(\p{Lu}\p{Ll}+)\s+([\p{Lu}\d][^:,;]{0,39}):\s/u;

function rowLabel(text: string, noun: string | null): string | null {
  const m = noun ? ROW_LABEL.exec(text) : null;
  return m && (fold(m[1]) === noun || normalizeLemma(fold(m[1])) === noun) ? m[2] : null;
}

/** A table row's cells after its label, each its column's name and value: ", " not inside a number ("£1,500"). */
const CELL_BREAK = /,\s+(?!\d{3}\b)/g;

/**
 * In a table row, the values of the one cell whose column the question names most: its name comes before its value
 * ("6 months £88"), so a word asked after the value is the value's own ("deadline January exam period").
 */
function columnValues(text: string, tokens: Token[], isMatched: (t: Token) => boolean, candidates: Entity[]): Entity[] {
  const row = ROW_LABEL.exec(text);
  if (!row) return [];
  const cells: Array<[number, number]> = [];
  let from = row[0].length;
  for (const b of text.slice(from).matchAll(CELL_BREAK)) {
    cells.push([from, row[0].length + b.index!]);
    from = row[0].length + b.index! + b[0].length;
  }
  cells.push([from, text.length]);
  if (cells.length < 2) return [];
  const inCell = cells.map(([a, b]) => candidates.filter((e) => e.start >= a && e.end <= b));
  const named = cells.map(([a], k) => tokens.filter((t) => t.start >= a && isMatched(t) && inCell[k].some((e) => t.end <= e.start)).length);
  const most = Math.max(...named);
  if (most === 0 || named.filter((n) => n === most).length > 1) return [];
  return inCell[named.indexOf(most)];
}

const MAX_NAME_WORDS = 3;
/** A word of a name: capitalised, not a sentence's opening word alone (or a product's in mixed case: "grandMA3", "dLive"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\d&'’-]*|\p{Ll}+[\p{Lu}\d][\p{L}\d]*)$/u;

/** "the Libby app", "the Network tab", "the Northern line": the name before the noun asked, with the noun. */
function nameBeforeNoun(tokens: Token[], text: string, noun: string | null, isMatched: (t: Token) => boolean): string | null {
  if (!noun) return null;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'NOUN' || (fold(t.text) !== noun && normalizeLemma(t.lemma) !== noun)) continue;
    let j = i;
    while (j > 0 && i - j < MAX_NAME_WORDS && NAME_WORD.test(tokens[j - 1].text) && tokens[j - 1].pos !== 'DET' && tokens[j - 1].end + 1 >= tokens[j].start) j--;
    // (Not the sentence's own opening word: "Support staff answer…" names no support; nor a name the question gave,
    // "which day is PE?" — "their PE day"; nor a unit after its number, "16 MB chunks".)
    if (j < i && j > 0 && !tokens.slice(j, i).some(isMatched) && tokens[j - 1].pos !== 'NUM') return text.slice(tokens[j].start, t.end);
  }
  return null;
}

/** The "the " said just before `at`, as written, or nothing. */
function theBefore(text: string, at: number): string {
  // (Lower case as a short answer opens mid-sentence: "the Station Road depot", not "The".)
  return /\b(the\s+)$/i.exec(text.slice(Math.max(0, at - 4), at))?.[1].toLowerCase() ?? '';
}

const ASKS_NOW = /\b(?:now|currently|today|these days|at the moment|at present|nowadays)\b/i;
const ASKS_CHANGE = /\b(?:go(?:ne)?|went|gone)\s+(?:up|down)\b|\b(?:rise|rose|risen|grow|grew|grown|increase|decrease|fall|fell|fallen|drop|dropped|change|changed|improve|improved|climb|climbed|move|moved)\b/i;
/** "from 40 a week to 12", "from 38% to 44%": the two values of a change `e` is one of, of one type. */
function changeOf(e: Entity, candidates: Entity[], text: string): { from: Entity; to: Entity } | null {
  for (const a of candidates) {
    for (const b of candidates) {
      if (a === b || a.type !== b.type || b.start <= a.end || (e !== a && e !== b)) continue;
      if (/\bfrom\s+$/i.test(text.slice(Math.max(0, a.start - 6), a.start)) && /^(?:\s+(?:a|an|per|each)\s+\p{L}+)?\s+to\s+$/u.test(text.slice(a.end, b.start))) return { from: a, to: b };
    }
  }
  return null;
}

/** "went up by £1 per user per month on the Team plan, to £9": the step and where it ended, in one clause. */
function movedBy(e: Entity, candidates: Entity[], text: string): { by: Entity; to: Entity } | null {
  for (const a of candidates) {
    for (const b of candidates) {
      // ("Shares jumped 34% to 402 pence": a share moved by is said in per cent whatever the level is in.)
      const percent = a.type === 'PERCENT' && MOVED_PERCENT.test(text.slice(0, a.start));
      if (a === b || (a.type !== b.type && !percent) || b.start <= a.end || (e !== a && e !== b)) continue;
      if ((percent || /\bby\s+$/i.test(text.slice(Math.max(0, a.start - 4), a.start))) && /^[^.;]{0,60}?,?\s+to\s+$/u.test(text.slice(a.end, b.start))) return { by: a, to: b };
    }
  }
  return null;
}
/** A verb of moving just before a share: "jumped 34%", "fell by 3%". */
const MOVED_PERCENT = /\b(?:rose|rise|rises|risen|fell|falls?|fallen|jump(?:ed|s)?|climb(?:ed|s)?|dropp?(?:ed|s)?|gain(?:ed|s)?|slipp?(?:ed|s)?|slid|grew|grow(?:s|n)?|increased|decreased|soared|plunged|tumbled|surged)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?$/i;

/** "by 10am on the following Monday": the day a time of day is on is part of it. */
const ON_DAY = /^\s+on\s+(?:the\s+)?(?:(?:following|next)\s+)?$/i;
function withItsDay(span: string, e: Entity, fact: Fact): string {
  const day = fact.entities.find((d) => d.type === 'DATE' && d.start > e.end && ON_DAY.test(fact.text.slice(e.end, d.start)));
  return day ? fact.text.slice(e.start, day.end) : span;
}

/** The words before a bracketed value that say what it is of, and what each asked word among them is worth in characters. */
const BRACKETED_PHRASE_WORDS = 4;
const BRACKET_AFTER = /^\s*\([^()]{1,40}\)/;
const BRACKETED_BONUS = 10;

/** The noun a number counts: the first after it, past its adjectives ("20 *invoices*", "10,000 American *troops*"). */
function countedNoun(e: Entity, tokens: Token[]): Token | undefined {
  let i = tokens.findIndex((t) => t.start >= e.start && t.pos !== 'NUM');
  while (i >= 0 && i < tokens.length && tokens[i].pos === 'ADJ') i++;
  if (i < 0 || tokens[i]?.pos !== 'NOUN') return undefined;
  // ("11,618 steel *wires*": the head of a compound is what is counted.)
  while (tokens[i + 1]?.pos === 'NOUN' && tokens[i + 1].start === tokens[i].end + 1) i++;
  return tokens[i];
}

/** "A *half-time* break of no more than 10 minutes": a value said of a noun the words asked name the kind of. */
function ofPhraseAsked(e: Entity, tokens: Token[], text: string, q: Question): boolean {
  // ("break" is tagged a verb as often as a noun.)
  const noun = tokens.filter((t) => t.end <= e.start && (t.pos === 'NOUN' || t.pos === 'VERB') && VALUE_OF.test(text.slice(t.end, e.start))).pop();
  if (!noun || q.terms.some((w) => w.lemma === normalizeLemma(noun.lemma))) return false;
  const i = tokens.indexOf(noun);
  const before = tokens[i - 1];
  // (The question's own word, not one near it in meaning.)
  return !!before && q.terms.some((w) => w.weight >= 1 && w.lemma === normalizeLemma(before.lemma)) && /^\s$/.test(text.slice(before.end, noun.start));
}

/** The values said after the thing asked is numbered as the question numbers it, where the sentence numbers it otherwise too. */
function numberedAsked(asked: ReadonlySet<string>, tokens: Token[], isMatched: (t: Token) => boolean, candidates: Entity[]): Entity[] {
  if (asked.size === 0) return [];
  const labels = tokens.filter((t, i) => i > 0 && /^\d+$/.test(t.text) && tokens[i - 1].pos === 'NOUN' && isMatched(tokens[i - 1]) && tokens[i - 1].end + 1 === t.start);
  if (!labels.some((t) => asked.has(t.text)) || labels.every((t) => asked.has(t.text))) return [];
  return candidates.filter((e) => {
    const label = labels.filter((t) => t.end <= e.start).pop();
    return !!label && asked.has(label.text);
  });
}

/** Words the tokenizer split at a hyphen written inside them ("half", "-", "time"): each word, its hyphen and the next. */
function hyphenPairs(tokens: Token[]): Array<[Token, Token, Token]> {
  const out: Array<[Token, Token, Token]> = [];
  tokens.forEach((t, i) => {
    const [dash, after] = [tokens[i + 1], tokens[i + 2]];
    if (dash?.text === '-' && after && t.end === dash.start && dash.end === after.start) out.push([t, dash, after]);
  });
  return out;
}

/**
 * The words asked said apart from where the sentence writes two of them as one word ("half-time" for "half time"):
 * "two *halves* of 45 minutes with a half-time break". (Two words apart are not one: "pays full salary for up to ten
 * days …; thereafter statutory *sick pay* applies".)
 */
function saidApart(tokens: Token[], isMatched: (t: Token) => boolean): Token[] {
  const joined = hyphenPairs(tokens).filter(([t, , after]) => isMatched(t) && isMatched(after) && normalizeLemma(t.lemma) !== normalizeLemma(after.lemma));
  const together = new Set(joined.flatMap(([t, , after]) => [t, after]));
  const lemmas = new Set([...together].map((t) => normalizeLemma(t.lemma)));
  return tokens.filter((t) => isMatched(t) && !together.has(t) && lemmas.has(normalizeLemma(t.lemma)));
}

/** Between a number and the act done to those it counts: "thousands *more* arrested", "12 *were* injured". */
const COUNT_THEN_VERB = /^\s+(?:(?:more|others|were|was|have\s+been|had\s+been|being)\s+)?/i;

/** The words an apposition may run to: past that it is a clause, not a description. */
const MAX_APPOSITIVE_WORDS = 16;
/** "What is SLO?": one word asked about, short enough to be a short form. */
const SHORT_FORM_ASKED = /^what(?: is|'s) ([\p{L}\d&-]{2,8})\s*\??$/iu;
/** "The dual-track approach—public pressure combined with private restraint—reflects…": set between dashes. */
const DASHED = /^\s?[—–]\s?([^—–;:()]+?)\s?[—–]/u;
/** ", the Iran-aligned militia in Lebanon." — up to the next comma, semicolon, bracket or sentence end (not the dot of "U.S."). */
const APPOSITIVE = /^,\s+((?:the|an?|\p{Lu}[\p{L}.-]*['’]s)\s+(?:[^,;:()"“”]|,(?=\d))+?)\s*(?=,(?!\d)|[;:()]|\.(?:\s+\p{Lu}|\s*$)|$)/u;

/**
 * "What is Hezbollah?" — "…against Hezbollah, the Iran-aligned militia in Lebanon.": what the
 * sentence says the thing asked about is, set beside it after a comma.
 */
function appositive(tokens: Token[], text: string, isMatched: (t: Token) => boolean): string | null {
  for (let i = 0; i < tokens.length; i++) {
    if (!isMatched(tokens[i])) continue;
    let j = i;
    while (tokens[j + 1] && (isMatched(tokens[j + 1]) || (tokens[j + 1].pos === 'PROPN' && /^\S*$/.test(text.slice(tokens[j].end, tokens[j + 1].start).trim())))) j++;
    const m = APPOSITIVE.exec(text.slice(tokens[j].end)) ?? DASHED.exec(text.slice(tokens[j].end));
    const words = m ? m[1].split(/\s+/).length : 0;
    if (m && words >= 2 && words <= MAX_APPOSITIVE_WORDS) return m[1];
    i = j;
  }
  return null;
}

/**
 * "What is Hezbollah?", "who is Putin?": what or who something named is. Not "who is the office
 * manager?", which asks for the person in a role, nor a question wanting a value of its noun.
 */
function asksWhatItIs(q: Question): boolean {
  if (!isDefinitionQuestion(q.text)) return false;
  return q.kind === 'who' ? !HOLDER_ASKED.test(q.text.trim()) : !q.wants.length && !q.spanWants.length;
}

/**
 * "Who is Putin?" — "Russian President Vladimir Putin": the capitalised title written just before
 * the name asked about.
 */
function titleBefore(fact: Fact, tokens: Token[], isMatched: (t: Token) => boolean): string | null {
  for (const t of tokens) {
    if (!isMatched(t)) continue;
    const name = fact.entities.find((e) => NAMES.has(e.type) && e.start <= t.start && t.end <= e.end);
    if (!name) continue;
    const title = /((?:\p{Lu}[\p{L}’'.-]*\s+){1,4})$/u.exec(fact.text.slice(0, name.start))?.[1].trim();
    // A title is words of rank or role, not another name run into this one.
    if (title && !fact.entities.some((e) => e !== name && e.end > name.start - title.length - 1 && e.start < name.start && NAMES.has(e.type) && e.type !== 'NAME')) return title;
  }
  return null;
}

/** Where one clause of a sentence ends and the next begins: a semicolon, or a comma before a conjunction. */
const CLAUSE_BREAK = /;|,\s+(?:and|but|or|so|while|whereas)\b/gi;
/** A value in another clause than the words asked about costs as much as being this many characters further off. */
const CLAUSE_COST = 60;
/** A value past a semicolon from every word asked costs as much as a worse type: it answers another statement. */
const OTHER_STATEMENT_COST = 1000;

/** A delay answers "when" over a date only this many characters nearer the words asked about. */
const DELAY_COST = 40;
/** A length that is no delay (for "when") or no lead time (for "how much notice") costs as much as this many characters further off. */
const NOT_DELAY_COST = 200;
/**
 * What joins a value to the word that says where or for what it holds: " in ", " for the ", " to the " ("£18 to the US"),
 * or to a name listed with others after it ("midnight on Fridays and *Saturdays*").
 */
// (Past the unit a value is said per: "20p *a page* in colour", "£5 *per person* for groups".)
const QUALIFIER = /^\s+(?:(?:a|an|per)\s+\p{L}+\s+|each\s+)?(?:in|for|at|on|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*(?:,\s+|\s+(?:and|or)\s+))*$/u;
/** A measure's possessive and the noun it measures, an adjective between: "months' (written) *notice*". */
const MEASURE_OWNS = /^['’]s?\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)/u;
/** A value qualified by the word asked, or "elsewhere" for a place not named: as good as this much nearer. */
const QUALIFIED_BONUS = 30;
/** A place a thing happened at, asked who did it: worth less than a name of no known type. */
const LOCATED_COST = 60;
/** A name that says it is the kind of thing asked ("the University of Innsbruck") outweighs a name of the kind's type. */
const KIND_NAMED_BONUS = 100;
/** Between a verb in the passive and the name of who did it (" by the " is followed by a role, which a name may follow). */
const BY_AGENT = /^\s+by\s+$/i;
const PHONE_ASKED = /\b(?:phone|telephone|mobile|helpline|hotline)(?: number)?\b|\bnumber (?:to|do i|should i|can i) (?:call|ring|phone)\b/i;
/** A deadline asked ("by when") and a date the sentence says it by: the sentence's own answer, however far from the words matched. */
const DEADLINE_BONUS = 100;
/** A preposition a question ends on, its object being what is asked ("who was it aimed *at*?", "who did it come *from*?"). */
const STRANDED_PREPOSITION = /\b(against|from|with|for|by|about|at|on|to|towards)\s*\??\s*$/i;
const HOW_OFTEN = /\bhow (?:often|frequently)\b/i;
const FREQUENCY_WORD = /^(?:every|once|twice)\s/i;
/** "When did they last …?", "when was the last …?" */
const LAST_ASKED = /\blast\b/i;
/** "…the first full stoppage at the port since": what comes after "since" is when it last happened. */
const FIRST_SINCE = /\bfirst\b[^.;:!?]{0,80}\bsince\s+$/i;
/** "more", "less", "fewer", "higher": a comparison a question asks by and a sentence says a value with. */
const COMPARATIVE = /^\s+(more|less|fewer|higher|lower|longer|shorter|bigger|smaller|faster|slower)\b/i;
/** Whether a value stands just before the comparison the question asks by ("how much *less* snow" — "40% less snow"). */
function comparedAsked(e: Entity, text: string, q: Question): boolean {
  const said = COMPARATIVE.exec(text.slice(e.end));
  return !!said && new RegExp(`\\b${said[1]}\\b`, 'i').test(q.text);
}

/** "every autumn", "each Monday": a time the word before makes recur. */
const EVERY_BEFORE = /\b(?:every|each)\s+(?:other\s+|single\s+)?$/i;
const MOVED_TO = /\b(?:outside|from|to|into|within|across|abroad in)\s+(?:the\s+)?$/i;
/** What a sum or count is per, at the end of a question or an amount ("*per mile*?", "45p *per mile*"). */
const PER_UNIT_END = /\b(?:per|an?|each|every)\s+(\p{L}+)$/iu;
/** "When do they have to be used by?", "by when must they be used?": a deadline asked. */
const BY_WHEN = /\bby\W*$|\bby\s+when\b/i;
/** The words before the end of a span of time, and before its start. */
const SPAN_END_BEFORE = /\b(?:until|till|to|through)\s+$/i;
const SPAN_START_BEFORE = /\b(?:from|starting|beginning)\s+$/i;
/** Asked when something ends or comes back, and when it starts. */
const END_ASKED_AT = /\b(?:reopen|reopens|reopened|resume|resumes|end|ends|ended|finish|finishes|finished|over|back|until when|last until|expire|expires)\b/i;
const START_ASKED_AT = /\b(?:start|starts|started|begin|begins|began|from when)\b/i;
const BY_BEFORE = /\bby\s+(?:the\s+)?$/i;
const POSSESSED = /^['’]s\s+$/;
const ELSEWHERE = /^\s+(?:elsewhere|everywhere else|anywhere else|outside (?:it|them|those))\b/i;
/** A part of the day ("night") or a multiple of pay costs as much as this many characters further off than a clock time or a sum beside it. */
const VAGUE_COST = 30;
/** Times of day said in a word that are as exact as a clock's: "by midnight on Fridays". */
const EXACT_TIME_WORD = /\b(?:midnight|noon|midday)\b/i;
/** What an amount of time is counted per: "two days *a week*". */
const DURATION_RATE = /^\s+(?:a|an|per|each|every)\s+(?:calendar\s+|working\s+)?(?:hour|day|night|week|fortnight|month|quarter|year)\b/i;
/** Whose a role is ("*your* manager"). */
const OWNER = /^(?:your|my|our|their|his|her)$/i;
/** What opens a role's name ("*your* team lead"). */
const POSSESSIVE = /^(?:your|my|our|their|his|her|its|the)$/i;

/** An hour on the clock inside an entity ("10am", "17:00"): a date that has one says when in the day too. */
export const CLOCK_IN = /\d\s*(?:am|pm)\b|\d:\d\d/i;

/** "*At least* four weeks", "*up to* 100 euros", "*over* £800": the bound an amount is given with is part of the answer. */
const BOUND_BEFORE = /\b((?:at (?:least|most)|up to|no (?:more|less|fewer) than|not more than|(?:more|less|fewer) than|a (?:maximum|minimum) of|about|around|approximately|roughly|nearly|almost|within|over|under|above|below)\s+)$/i;

/**
 * A delay answering "when" keeps the word relating it to its event: "within 30 days", "one day
 * after", and what it is counted from, where the sentence says it: "30 minutes *before the building*".
 */
function relativeTime(span: string, e: Entity, text: string): string {
  const start = text.lastIndexOf(span, e.end);
  const before = /\b(within|after|before|every|in)\s+$/i.exec(text.slice(Math.max(0, start - 8), start))?.[1];
  const after = /^\s+(after|before|later|earlier|ago|ahead|beforehand|in advance)\b/i.exec(text.slice(start + span.length))?.[1];
  return withCountedFrom(`${before ? `${before} ` : ''}${span}${after ? ` ${after}` : ''}`, text, start + span.length + (after ? after.length + 1 : 0));
}
/** "30 minutes before": with what it is counted from, where the sentence says it at `end` ("…before *the building* so that…"). */
function withCountedFrom(span: string, text: string, end: number): string {
  const rest = text.slice(end);
  // ("one hour before *closing*": or a doing, said without a determiner.)
  if (/\b(?:before|after)$/i.test(span)) {
    const from = COUNTED_FROM.exec(rest)?.[1] ?? DOING_FROM.exec(rest)?.[1];
    return from ? `${span} ${from}` : span;
  }
  // "within six months *of joining*", "within 30 days of the invoice": what a length "within" counts from, after "of".
  const of = /^within\b/i.test(span) ? /^\s+of(?=\s)/i.exec(rest) : null;
  // ("of *purchase*", "of *delivery*": after "of", a bare noun is what it counts from too.)
  const from = of ? (COUNTED_FROM.exec(rest.slice(of[0].length)) ?? DOING_FROM.exec(rest.slice(of[0].length)) ?? BARE_FROM.exec(rest.slice(of[0].length)))?.[1] : undefined;
  return from ? `${span} of ${from}` : span;
}
/** Where a thing goes: "into the", "to", "onto the". */
const MOVED_INTO = /\b(?:in|on)?to\s+(?:the\s+)?$/i;
/** The side of a time a sentence says a thing is on: "before 4pm", "after 6pm", "until midnight". */
const TIME_SIDE_BEFORE = /\b(before|after|until|till)\s+$/i;
/** A doing a length is counted from, said alone: "before *closing*", "of *joining*". */
// (Whole or not at all: "of receiving your signed…", "of being…" would leave a word hanging.)
/** Where such a phrase ends: a stop, or a word that opens what follows. */
const FROM_ENDS = String.raw`(?=[,.;:!?)]|$|\s+(?:and|or|but|so|if|when|for|to|from|at|in|on|by|with|before|after)\b)`;
const DOING_FROM = new RegExp(String.raw`^\s+((?!being\b|having\b)\p{Ll}+ing(?:\s+(?:your|the|their|its|our|his|her)\s+(?!\p{Ll}+ed\b)\p{L}+)?)${FROM_ENDS}`, 'u');
/** …or a bare noun ("of *purchase*"), never a determiner cut from its noun. */
const BARE_FROM = new RegExp(String.raw`^\s+(?!(?:the|a|an|your|their|its|our|his|her|this|that|each|every|any)\b)(?!\p{Ll}+ing\b)(\p{Ll}{3,})${FROM_ENDS}`, 'u');
/** The thing a delay is counted from: a determiner and up to three words ("the building"), or what is done to it ("a ticket is solved"). */
const COUNTED_FROM = /^\s+((?:the|a|an|your|each|every|its|their)\s+[\p{L}-]+(?:\s+(?!(?:so|that|and|or|but|if|when|which|is|are|was|were|has|have|to|for|by|on|in|at|with)\b)[\p{L}-]+){0,2}(?:\s+(?:is|are|was|were)\s+\p{L}+(?:ed|en|wn|t))?)(?=\s+(?:so|that|and|or|but|if|when|which|is|are|was|were|has|have|to|for|by|on|in|at|with)\b|[,.;:!?)—–]|$)/iu;

/** "How soon / quickly / fast …": asks by when as much as for how long ("before the end of your shift"). */
export function asksByWhen(q: Question): boolean {
  return q.kind === 'duration' && /\bhow (?:soon|quickly|fast)\b/i.test(q.text);
}

/** Whether `lemma` is a verb of communication, or a synonym of one the question asks with ("ring" for "call"). */
export function tellsWith(q: Question, lemma: string): boolean {
  return isCommunicationVerb(lemma) || q.terms.some((t) => isCommunicationVerb(t.lemma) && isSynonym(t.lemma, lemma));
}

/** The object after a verb: a determiner, up to three words, then a preposition, a conjunction or punctuation ("*the news desk* before 8am"). */
const OBJECT = String.raw`((?:(?:the|your|our|their|a|an)\s+)?(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+?)(?=\s+(?:before|by|on|at|in|if|when|and|or|as|within|about|with|to|first|straight|directly|immediately)\b|[,.;:!?—–(]|$)`;
/**
 * "Call the news desk before 8am", "ring the depot office", "email HR": whom a verb is done to where
 * `asked` says it stands for a communicating verb the question asked with (WordNet's verbs of
 * communication: "who do I call?"); from the text alone, as every candidate of a "who do I …"
 * question is asked. The object's words, or null.
 */
export function toldWhom(fact: Fact, asked: (lemma: string) => boolean): string | null {
  for (const l of fact.lemmas) {
    if (!asked(l) || !/^\p{Ll}+$/u.test(l)) continue;
    const m = new RegExp(`\\b${l}(?:s|es|ed|d|ing)?\\s+${OBJECT}`, 'iu').exec(fact.text);
    if (m) return m[1];
  }
  return null;
}

/**
 * "Who approves a paid licence?" — "…approval from your cost centre owner": where the sentence
 * names no one, the role it names (a noun for people or a body of people the question did not
 * use as that noun), with the nouns and adjectives before it, nearest the words the question matched.
 */
function roleAnswer(tokens: Token[], text: string, isMatched: (t: Token) => boolean): string | null {
  const near = tokens.filter(isMatched).map((t) => (t.start + t.end) / 2);
  const modifier = (x: Token | undefined) => !!x && (x.pos === 'NOUN' || x.pos === 'ADJ' || x.pos === 'PROPN');
  let best: { start: number; end: number } | null = null;
  let bestDistance = Infinity;
  const bare = (x: Token | undefined) => !!x && x.text.toLowerCase() === x.lemma.toLowerCase();
  for (const [i, t] of tokens.entries()) {
    // "your account lead approves it": a noun a possessive opens, then a word read as a verb before
    // the verb, is a role whatever the noun ("lead" after "account", not only after "team").
    const possessedRole = t.pos === 'NOUN' && OWNER.test(tokens[i - 1]?.text ?? '') && tokens[i + 1]?.pos === 'VERB' && bare(tokens[i + 1]) && !isMatched(tokens[i + 1]) && tokens[i + 2]?.pos === 'VERB';
    // "your *lead* approves": a word read as a verb between a possessive and the verb is the noun it owns.
    const ownedAsVerb = t.pos === 'VERB' && OWNER.test(tokens[i - 1]?.text ?? '') && bare(t) && tokens[i + 1]?.pos === 'VERB';
    if ((t.pos !== 'NOUN' && !ownedAsVerb) || isMatched(t) || !(possessedRole || ownedAsVerb || isAgentNoun(normalizeLemma(t.lemma)))) continue;
    // "President Trump", "Trump's lawyer": the title or role of the one the question names is not who else is meant.
    if (/^\p{Lu}/u.test(t.text) && tokens[i + 1]?.pos === 'PROPN' && isMatched(tokens[i + 1])) continue;
    // English puts the head last: the words before it that make up the role's name ("cost centre owner"),
    // with an adverb grading one of them ("very important sources").
    let from = i;
    // (A participle is one too: "only *trained* staff", unless a noun before makes it a clause: "staff trained in …".)
    // ("your *supervising* partner": after a possessive, an -ing word is one as well.)
    const participle = (k: number) =>
      tokens[k]?.pos === 'VERB' && ((/ed$/i.test(tokens[k].text) && !['NOUN', 'PROPN', 'PRON', 'AUX'].includes(tokens[k - 1]?.pos ?? '')) || (/ing$/i.test(tokens[k].text) && POSSESSIVE.test(tokens[k - 1]?.text ?? '')));
    while (modifier(tokens[from - 1]) || participle(from - 1) || (tokens[from - 1]?.pos === 'ADV' && tokens[from]?.pos === 'ADJ' && from < i)) from--;
    // "approved by your team lead.": a last word read as a verb after a noun is the role's head ("lead", "chair").
    let head = i;
    // "the deputy head", "the school business manager": a noun after it is the role's head, and this one its modifier.
    // (Not one a determiner follows: "the team reviews every bad rating" reads "reviews" as the verb it is.)
    // (A role noun is one whatever follows: "set by the deputy editor every month".)
    while (tokens[head + 1]?.pos === 'NOUN' && !isMatched(tokens[head + 1]) && (!['DET', 'PRON', 'NUM'].includes(tokens[head + 2]?.pos ?? '') || isAgentNoun(normalizeLemma(tokens[head + 1].lemma)))) head++;
    // So is one a second verb follows ("your team lead approves them").
    // …or a preposition, after a singular noun a possessive opens ("message *your team lead* before 10:00":
    // "team lead" is no clause, which would say "leads").
    const next = tokens[head + 2];
    const readAsVerb =
      tokens[head + 1]?.pos === 'VERB' &&
      !isMatched(tokens[head + 1]) &&
      (!next || next.pos === 'PUNCT' || (next.pos === 'VERB' && bare(tokens[head + 1])) || (next.pos === 'ADP' && bare(tokens[head + 1]) && bare(tokens[head]) && POSSESSIVE.test(tokens[from - 1]?.text ?? '')));
    const last = readAsVerb ? tokens[head + 1] : tokens[head];
    // "your head of department", "the director of the lab": a person's noun before "of" heads the role it names.
    const of = tokens[from - 1]?.text.toLowerCase() === 'of' ? from - 1 : tokens[from - 1]?.text.toLowerCase() === 'the' && tokens[from - 2]?.text.toLowerCase() === 'of' ? from - 2 : -1;
    const holder = of > 0 ? tokens[of - 1] : undefined;
    if (holder && holder.pos === 'NOUN' && !isMatched(holder) && hasPersonSense(normalizeLemma(holder.lemma))) from = of - 1;
    // "your manager", "the duty manager": the role as the sentence says it, as one would answer.
    if (POSSESSIVE.test(tokens[from - 1]?.text ?? '') && tokens[from - 1].text.toLowerCase() !== 'its') from--;
    const role = { start: tokens[from].start, end: last.end };
    const distance = distanceFrom(near, role);
    if (distance < bestDistance) [best, bestDistance] = [role, distance];
  }
  return best ? text.slice(best.start, best.end) : null;
}

const sectionDates = new Map<string, string | null>();
/**
 * "When did single sign-on come out?" — "Single sign-on with Google Workspace…" under "5.1.0
 * (15 September 2026) › Added": the date a release note's or meeting's heading gives what is said under it.
 */
export function sectionDate(fact: Fact): string | null {
  if (!fact.section) return null;
  let date = sectionDates.get(fact.section);
  if (date === undefined) {
    date = headingDate(analyze(fact.section));
    // (Headings repeat across a library's documents; a long-running process meets only so many.)
    if (sectionDates.size > 10_000) sectionDates.clear();
    sectionDates.set(fact.section, date);
  }
  return date;
}

/** "Who is the head chef?", "who's our office manager?": the person holding a role is asked, not what the role does. */
const HOLDER_ASKED = /^who(?:\s+(?:is|are|was|were)|['’]s)\s+(?:the|an?|our|my|your|their|his|her|its|(\p{L}+)['’]s)\s+/iu;
interface RoleAsked {
  /** "chef"; "head" of "head of People Operations". */
  head: string;
  /** The words that say which one: "foreign" and "russia" of "the foreign minister of Russia". */
  which: string[];
  /** Those that name a person themselves ("the *deputy* safeguarding lead"; not "the *Israeli* defence minister"). */
  persons: string[];
}

/** The role a "who is the …?" question asks the holder of. */
const NOW_WORDS = new Set(['new', 'current', 'present']);
const roleAsked = perQuestion((q): RoleAsked | null => {
  const m = HOLDER_ASKED.exec(q.text.trim());
  if (!m) return null;
  // The noun phrase runs to the first preposition or clause: its last word is its head, however
  // the tagger reads it ("the safeguarding *lead*" comes back as two verbs).
  let tokens = analyze(q.text.trim().slice(m[0].length)).tokens;
  const phraseEnd = () => {
    let end = 0;
    while (end < tokens.length && !['ADP', 'PUNCT', 'AUX', 'PRON', 'DET', 'CCONJ', 'SCONJ', 'PART', 'ADV'].includes(tokens[end].pos)) end++;
    return end;
  };
  let end = phraseEnd();
  // "Who is the union's general secretary?": the role is after the possessive, and the possessor whose it is.
  let possessor = m[1];
  if (end > 0 && /^['’]s$/.test(tokens[end]?.text ?? '')) {
    possessor = tokens[end - 1].text;
    tokens = tokens.slice(end + 1);
    end = phraseEnd();
  }
  if (end === 0) return null;
  // ("The *new* SENCo": who holds a role now is who was last appointed to it; "new" says no other role.)
  const which = tokens.slice(0, end - 1).map((t) => normalizeLemma(t.lemma)).filter((w) => !NOW_WORDS.has(w));
  // (A nationality is an adjective here, though WordNet also has "an Israeli" for a person.)
  const persons = tokens.slice(0, end - 1).filter((t) => t.pos === 'NOUN' && isAgentNoun(normalizeLemma(t.lemma))).map((t) => normalizeLemma(t.lemma));
  // "…of Iran", "Iran's …": the country a title is of says which one as its adjective does ("Russian President").
  const of = tokens[end]?.text.toLowerCase() === 'of' ? normalizeLemma(tokens[end + 1]?.lemma ?? '') : possessor ? normalizeLemma(possessor) : '';
  if (of && isCountryName(of)) which.push(of);
  return { head: normalizeLemma(tokens[end - 1].lemma), which, persons };
});

/** The head noun of the role a "who is the …?" question asks the holder of ("receptionist"), or null. */
export function roleHeadAsked(q: Question): string | null {
  return roleAsked(q)?.head ?? null;
}

/** A word in a noun phrase before its head: "the *trained first* aider", "the *award-winning* chef". */
const isModifier = (t: Token) => ['ADJ', 'NOUN', 'NUM'].includes(t.pos) || t.text === '-' || (t.pos === 'VERB' && /(?:ing|ed)$/i.test(t.text));

/** What may stand between a role and the name it is given: "the chef, Ana", "Ana, the chef", "Ana is the chef", "Ana (chef)", "Chef: Ana". */
// (…or "Ana joined *as* head chef", "the head chef is *called* Ana", "Colm Brannigan, Associate Director, *who will also be your* mentor".)
const HOLDER_BEFORE = /^\s*(?:[,(:–—-]\s*)?(?:(?:is|are|was|were)\s+|(?:\S+\s+){0,3}as\s+|(?:[^,.;]{1,40},\s*)?who\s+(?:is|was|will|would)\s+(?:also\s+)?(?:be\s+)?(?:also\s+)?)?(?:(?:the|an?|our|your|their|his|her)\s+)?(?:(?:new|current)\s+)?$/i;
const NAME_REST = /^(?:\s+\p{Lu}[\p{L}&'’-]*)+/u;
// (When it is held: "my guest *today* is Tom Ellery", "the duty manager *this week* is Sam Reid".)
const HOLDER_AFTER = /^\s*(?:[,(:–—-]\s*)?(?:(?:(?:today|tonight|now|currently|this (?:week|month|year|term|season))\s+)?(?:is|are|was|were)\s+(?:(?:called|named)\s+)?)?(?:(?:the|an?|our|your|their)\s+)?/i;

/**
 * "Who is the head chef?" — "Allergen questions always go to the head chef": the sentence says the
 * role but gives it no one, so it does not answer who holds it. False where the question asks no
 * role's holder or the sentence does not say the role.
 */
export function roleUnfilled(fact: Fact, q: Question): boolean {
  const role = roleAsked(q);
  if (!role || !fact.lemmas.includes(role.head)) return false;
  const { head, which } = role;
  // "…and her *deputy* is Tom Reid" fills "the deputy safeguarding lead": a person's noun among the
  // words saying which one is a role of its own.
  const ownRoles = new Set(role.persons);
  const tokens = analyze(fact.text).tokens;
  const text = fact.text;
  const names = fact.entities.filter((e) => NAMES.has(e.type));
  let said = false;
  for (const [i, t] of tokens.entries()) {
    const lemma = normalizeLemma(t.lemma);
    // (Only as the head of its own phrase: "the *club* manager" is the manager, "her *deputy*" the deputy.)
    const own = ownRoles.has(lemma) && tokens[i + 1]?.pos !== 'NOUN';
    if (lemma !== head && !own) continue;
    said = true;
    let from = i;
    // ("*Egypt's* foreign minister, Badr Abdelatty": whose it is, as "the Egyptian foreign minister" would say.)
    const possessor = (k: number) => k > 1 && /^['’]s$/.test(tokens[k - 1].text) && (tokens[k - 2].pos === 'PROPN' || tokens[k - 2].pos === 'NOUN');
    const extend = () => {
      while (from > 0 && (isModifier(tokens[from - 1]) || tokens[from - 1].pos === 'PROPN' || possessor(from))) from -= possessor(from) ? 2 : 1;
    };
    extend();
    // ("…our new special educational needs coordinator *(SENCo)*": a short form in brackets is the role spelled out before it.)
    if (tokens[from - 1]?.text === '(' && tokens[i + 1]?.text === ')' && from > 1 && tokens[from - 2].pos === 'NOUN') {
      from -= 2;
      extend();
    }
    let to = i;
    // "the head *of People Operations*", "the warden *for the third floor*": what the role is of.
    if (/^(?:of|for)$/i.test(tokens[to + 1]?.text ?? '')) {
      let k = to + 2;
      if (tokens[k]?.pos === 'DET') k++;
      while (tokens[k] && ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[k].pos)) to = k++;
    }
    // "Russian President Vladimir Putin" is no president of Iran, the "fleet manager" no warehouse manager;
    // "the *largest* employer" is the biggest (a word that says which one, in a synonym, says it).
    // (A capitalised word is read as a name and keeps its form: "Data Protection Officer" says "data", asked as the lemma "datum".)
    const phrase = tokens.slice(from, to + 1).flatMap((x) => [normalizeLemma(x.lemma), fold(x.text).toLowerCase().replace(/\./g, ''), ...(x.pos === 'PROPN' ? [normalizeLemma(analyze(x.text.toLowerCase()).tokens[0]?.lemma ?? '')] : [])]);
    if (!own && !which.every((w) => phrase.some((p) => p === w || sameName(p, w) || isSynonym(w, p) || sameRank(w, p)))) continue;
    const start = tokens[from].start;
    const end = tokens[to].end;
    // (The rest of a name the tagger cut short is the name's: "*Yorkshire* Water is our biggest partner".)
    if (names.some((e) => e.end <= start && HOLDER_BEFORE.test(text.slice(e.end, start).replace(NAME_REST, '')))) return false;
    const rest = text.slice(end);
    const gap = HOLDER_AFTER.exec(rest)![0].length;
    // (Past its adjectives: "the head chef is the award-winning Ana Lopes".)
    const k = tokens.findIndex((x) => x.start >= end + gap);
    if (k < 0 || tokens[k].start !== end + gap) continue;
    for (const next of tokens.slice(k, k + 5)) {
      // (A capitalised word mid-sentence is a name however tagged: "captain *Rob* Tennant" comes back a verb.)
      if (names.some((e) => e.start === next.start) || next.pos === 'PROPN' || /^\p{Lu}\p{Ll}/u.test(next.text) || (next.pos === 'NOUN' && isAgentNoun(normalizeLemma(next.lemma)))) return false;
      if (!isModifier(next)) break;
    }
  }
  return said;
}

/**
 * "When do I need a doctor's note?" — "from the fourth day": a rank of a unit of time says when,
 * where no date does. Only the short answer reads it so: typed as a date, it was measured to
 * make sentences look like answers to "when" questions they do not answer.
 */
const ORDINAL_LEAD = /\b(?:after|before|from|until|till|by|during|within|in|on)\s+(?:(?:the|your|their|his|her|our|its|my)\s+)?$/i;
function ordinalTime(fact: Fact): string | null {
  for (let i = 0; i + 1 < fact.entities.length; i++) {
    const [rank, unit] = [fact.entities[i], fact.entities[i + 1]];
    // (With a word or two saying which kind between: "the third consecutive sick day", "the fourth working day".)
    if (rank.type === 'ORDINAL' && unit.type === 'DURATION' && !hasNumber(unit.text) && /^\s(?:[a-z-]+\s){0,2}$/.test(fact.text.slice(rank.end, unit.start))) {
      // "after their third month": the preposition says which side of it; "third month" alone would read as during it.
      const lead = ORDINAL_LEAD.exec(fact.text.slice(0, rank.start));
      return fact.text.slice(lead ? lead.index : rank.start, unit.end);
    }
  }
  return null;
}

const TIME_PREPOSITION = /\b(?:after|before|from|on|in|within|until|till|by|during|upon|following|at the (?:start|end|beginning) of)\s+/gi;
/** Words that say which one is meant, between a preposition of time and its noun. */
const PICKS_OUT = /^(?:the|a|an|your|their|his|her|our|its|my|each|every|this|that|next|last|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|following|previous|same|working|business|calendar|early|late|mid|\d+(?:st|nd|rd|th)?)$/i;
const MAX_PICKING_WORDS = 4;

/** A price asked ("how much does it cost…", "how much is it worth"), and the verb a price is said after. */
const COST_ASKED = /^how much\b.*\b(?:cost|costs|worth|charge|charged)\b/i;
/** "How high", "how deep": a measure asked, said with its unit, never a count of things. */
const MEASURE_ASKED = /\bhow (?:high|tall|deep|wide|far|heavy|big|large)\b/i;
const PAID_BEFORE = /\b(?:costs?|costing|pay|pays|paying|paid|charges?|charged|worth)\s+(?:[\w-]+\s+){0,2}$/i;
/** The most words a value set beside its label runs to ("band C", "reference FT-48213", "price £285,000"). */
const MAX_BESIDE_WORDS = 3;
/**
 * In a line of facts set side by side, the value of the one the words asked name: what follows the last word asked
 * in that part ("Council tax band *C*"), where it is short; null where the line is no such line, or no part is asked.
 */
function valueBeside(text: string, tokens: Token[], isMatched: (t: Token) => boolean): string | null {
  if (!isFactsLine(text)) return null;
  const breaks = [...text.matchAll(SIDE_BY_SIDE)];
  const parts: Array<[number, number]> = [];
  let from = 0;
  for (const b of breaks) {
    parts.push([from, b.index!]);
    from = b.index! + b[0].length;
  }
  parts.push([from, text.length]);
  const asked = (p: [number, number]) => tokens.filter((t) => t.start >= p[0] && t.end <= p[1] && isMatched(t));
  // Each part's value: what follows its last word asked, right after it or its colon (", March 2026" after "…Health
  // Research" is the rest of a name), where it is short.
  const valueOf = (p: [number, number]) => {
    const words = asked(p);
    if (words.length === 0) return null;
    const rest = text.slice(words.at(-1)!.end, p[1]);
    if (!/^(?:\s*[:–—-])?\s+[^\s,;)]/.test(rest)) return null;
    // (Where the part has a label's colon, the word asked ends the label: "Incident commander: Renata Okafor" is no incident's value.)
    if (rest.includes(':') && !/^\s*:/.test(rest)) return null;
    const value = rest.replace(/^[\s:–—-]+/, '').replace(/[\s.,;]+$/, '');
    return value.split(/\s+/).length <= MAX_BESIDE_WORDS ? value : null;
  };
  const found = parts.map((p) => ({ value: valueOf(p), asked: asked(p).length })).filter((x) => x.value);
  if (found.length === 0) return null;
  const most = Math.max(...found.map((x) => x.asked));
  const best = found.filter((x) => x.asked === most);
  // (Only one part asked about: where two are, which is meant is the ranking's and the span's to say.)
  return best.length === 1 ? best[0].value : null;
}

const HOW_OLD = /^how old\b/i;
const YEAR_ONLY = /^(?:(?:in|since)\s+)?((?:1[0-9]|20)\d\d)$/i;
/** A year the sentence gives as the whole of a date ("built in 1896", "has run since 1882"), where it gives no age ("12 years old"). */
function yearMade(fact: Fact): string | null {
  if (/\b(?:years?|months?)\s+old\b|\baged\s+\d/i.test(fact.text)) return null;
  const year = fact.entities.find((e) => (e.type === 'DATE' || e.type === 'DURATION') && YEAR_ONLY.test(e.text.trim()));
  return year ? YEAR_ONLY.exec(year.text.trim())![1] : null;
}
/** "500 µl of lysis buffer", "200 grams of sifted wholemeal flour": a measure of the very thing after it. */
const MEASURE_OF = /^\s*(?:[^\s\d,;.]{1,6}\s+)?of\s+(?:the\s+)?(?:(?!(?:and|or|but|then|to|in|on|at|with|for|by)\s)[\p{L}-]+\s+){0,2}$/iu;
/** "What age can children start?", "how old do you have to be…?": an age asked of someone. */
const AGE_ASKED = /^(?:(?:what|which) age\b|how old (?:do|does|must|should|can|will|would)\b)|\b(?:minimum|maximum) age\b/i;
/** An amount said as an age: "aged 10", "10 and up", "16 or over", "under 12", "the age of four", "18 years old". */
const SAID_AS_AGE = /^(?:aged?\b|ages\b)|\b(?:years?|months?)(?:\s+old)?$|\bold$|\band (?:up|over|above)$|\bor (?:over|older|above)$/i;
const AGE_BEFORE = /(?:\b(?:aged?|ages|age of|under|over|from)\s+)$/i;
/**
 * Asked an age, the amounts said as ages, where the sentence says one: "For 2 to 5 players aged 10 and up" answers
 * "what age is the game for?" by "aged 10", not by the players.
 */
function agesWhereAsked(q: Question, text: string, found: Entity[]): Entity[] {
  if (!AGE_ASKED.test(q.text.trim())) return found;
  const ages = found.filter((e) => SAID_AS_AGE.test(e.text.trim()) || AGE_BEFORE.test(text.slice(Math.max(0, e.start - 12), e.start)));
  return ages.length ? ages : found;
}

/** A limit asked: "the luggage limit", "the maximum stay", "the minimum age". */
const LIMIT_ASKED = /\b(?:limit|maximum|max|minimum|min)\b/i;
/** A value said as a bound: "no more than 20 kg", "up to 16", "a maximum of 3", "at least 18". */
const LIMIT_BEFORE = new RegExp(String.raw`\b(?:${AT_MOST}|${AT_LEAST}|maximum of|minimum of|not exceeding|under|over)\s+$`, 'i');
/** "…will be removed *in version 5.0*", "available since v2.3": in software's notes, a release is when (not the release asked about). */
export function releasePoint(text: string, q: Question): string | null {
  const m = RELEASE_POINT.exec(text);
  return m && !q.text.includes(m[1]) ? m[0] : null;
}
const RELEASE_POINT = /\b(?:in|from|since|until|till|by|before|after|as of|starting with)\s+(?:(?:the\s+)?(?:next|upcoming)\s+)?(?:version|release|v)\s?(\d+(?:\.\d+)*)\b/i;
/**
 * A time a sentence gives relative to something else, where it gives no date: "after your
 * probation period", "in your fifth month", "on the last working day of each month", "before
 * the first day". A preposition of time, then only the words that pick out which one (a
 * determiner, an ordinal, "working", one modifier just before the noun), then a noun of time.
 */
const BOUNDARY = /^(?:end|start|beginning|close|middle)$/i;
export function timeAfterPreposition(text: string): string | null {
  // Lower case only: "by HR" is no hour.
  const timeWord = (w: string | undefined) => !!w && /^\p{Ll}+$/u.test(w) && !PICKS_OUT.test(w) && isTimeNoun(w);
  for (const m of text.matchAll(TIME_PREPOSITION)) {
    const from = m.index! + m[0].length;
    const words = [...text.slice(from).matchAll(/[\p{L}\d'-]+|[^\s\p{L}\d]/gu)].slice(0, MAX_PICKING_WORDS + 3);
    for (let k = 0; k < words.length; k++) {
      const w = words[k][0];
      // "a budget *in hours*": a unit it is counted in, no time.
      if (k === 0 && /^in\s+$/i.test(m[0]) && /s$/.test(w) && timeWord(w)) break;
      if (timeWord(w)) {
        // "your probation period": a noun of time may be another's modifier.
        while (timeWord(words[k + 1]?.[0])) k++;
        let end = from + words[k].index! + words[k][0].length;
        // "…day of each month": the unit it belongs to is part of which day.
        const of = /^ of (?:the |each |every |a |this |next |your |our |their )?(\p{Ll}+)/u.exec(text.slice(end));
        // …and "the end of your shift" is a time whatever it is the end of.
        if (of && (timeWord(of[1]) || BOUNDARY.test(words[k][0]))) end += of[0].length;
        return text.slice(m.index!, end);
      }
      // Between the preposition and the noun: words that pick out which one, and one modifier just before it.
      if (!PICKS_OUT.test(w) && !(/^\p{L}+$/u.test(w) && timeWord(words[k + 1]?.[0]))) break;
    }
  }
  return null;
}

/** The words of its clause before an entity: where a preposition of time that governs it stands. */
const clauseBefore = (e: Entity, text: string) => text.slice(0, e.start).split(/[,;:()]/).pop()!;
/** A length counted from something ("within 30 days", "two weeks ahead"), as `relativeDuration` reads one. */
function isDelay(e: Entity, text: string): boolean {
  return DELAY_BEFORE.test(clauseBefore(e, text)) || DELAY_AFTER.test(text.slice(e.end));
}
/** A length counted back from something ("two weeks before you go"), as `hasLeadTime` reads one. */
export function isLeadTime(e: Entity, text: string): boolean {
  return LEAD_AFTER.test(text.slice(e.end)) || LEAD_BEFORE.test(text.slice(0, e.start));
}

/**
 * A delay a sentence counts from something, as "when" accepts it: "after they have been here
 * three months", "within 30 days", "two weeks ahead". A bare length ("a shift lasts seven days")
 * answers how long, not when.
 */
export function relativeDuration(fact: Fact): string | null {
  for (const e of fact.entities) {
    // "the worst crisis in years": a bare plural unit is no delay.
    if (e.type !== 'DURATION' || /^\p{L}+s$/u.test(e.text)) continue;
    const clause = clauseBefore(e, fact.text);
    const m = DELAY_BEFORE.exec(clause);
    if (m) return fact.text.slice(e.start - clause.length + m.index, e.end);
    // "For more than five working days off": a length past which something holds is when it starts to.
    if (THRESHOLD.test(e.text) || THRESHOLD_BEFORE.test(clause)) return e.text;
    const after = DELAY_AFTER.exec(fact.text.slice(e.end));
    if (after) return fact.text.slice(e.start, e.end + after[0].length);
  }
  return null;
}
/**
 * "Two weeks before you go", "8 weeks ahead", "one month's notice", "a notice period of 30
 * days": a length counted back from something, as "how far ahead" and "how much notice" ask.
 */
export function hasLeadTime(fact: Fact): boolean {
  return fact.entities.some((e) => e.type === 'DURATION' && isLeadTime(e, fact.text));
}
const LEAD_AFTER = /^(?:['’]s?)?\s+(?:ahead|in advance|beforehand|before|notice|prior)\b/i;
const LEAD_BEFORE = /\bnotice(?: period)?(?: is| of)?\s+(?:at least\s+)?$/i;

/**
 * "A certificate is needed when an illness lasts longer than three days", "once you have been
 * here three months", "show ID before buying alcohol": a clause saying when a rule applies. Not
 * a past event's time ("in June, when Israel and Iran engaged…", "at a moment when it was
 * preparing"): a "when" after a comma or a noun describes that noun, and a clause in the past
 * tense tells a story, not a rule.
 */
export function timeClause(text: string): string | null {
  // Most sentences have no word that could open such a clause: no need to parse them (this runs per candidate).
  if (!CLAUSE_OPENER.test(text)) return null;
  const known = timeClauses.get(text);
  if (known !== undefined) return known;
  const found = findTimeClause(text);
  if (timeClauses.size >= TIME_CLAUSES_KEPT) timeClauses.clear();
  timeClauses.set(text, found);
  return found;
}
/** Words that open a clause saying when ("as soon as" too), and prepositions of time that may take a clause. */
const WHEN_WORDS = ['when', 'whenever', 'once'];
const RELATIVE_WORDS = ['before', 'after', 'until', 'till'];
const CLAUSE_OPENER = new RegExp(`\\b(?:${[...WHEN_WORDS, 'as soon as', ...RELATIVE_WORDS].join('|')})\\b`, 'i');
/** A sentence's clause, once per sentence: candidates recur across a team's questions. */
const timeClauses = new Map<string, string | null>();
const TIME_CLAUSES_KEPT = 20_000;

function findTimeClause(text: string): string | null {
  const tokens = analyze(text).tokens;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].text.toLowerCase();
    const opens = WHEN_WORDS.includes(w) || (w === 'as' && tokens[i + 1]?.text.toLowerCase() === 'soon' && tokens[i + 2]?.text.toLowerCase() === 'as');
    // "before buying alcohol", "before your shift starts": a clause or a gerund after a preposition of time (its noun, "before 10:00", is timeAfterPreposition's).
    const relative = RELATIVE_WORDS.includes(w);
    if (!opens && !relative) continue;
    const before = tokens[i - 1];
    if (opens && before && (before.text === ',' || before.pos === 'NOUN' || before.pos === 'PROPN' || before.kind === 'number')) continue;
    let end = i + 1;
    while (end < tokens.length && !/^[,;.:!?]$/.test(tokens[end].text)) end++;
    const clause = tokens.slice(i + (w === 'as' ? 3 : 1), end);
    if (clause.length < 2) continue;
    if (relative) {
      const gerund = clause[0].pos === 'VERB' && /ing$/i.test(clause[0].text);
      const verbAt = clause.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
      const subject = verbAt > 0 && verbAt <= 3 && clause.slice(0, verbAt).every((t) => t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ');
      if (!gerund && !subject) continue;
    }
    // Past: "was", "had", or a verb not in its own form nor in -s or -ing ("engaged", "began"), unless a participle ("are paged", "have been").
    const past = clause.some((t, k) => /^(?:was|were|had|did)$/i.test(t.text) || (t.pos === 'VERB' && t.text.toLowerCase() !== t.lemma.toLowerCase() && !/(?:s|ing)$/i.test(t.text) && !/^(?:am|is|are|be|being|been|get|gets|have|has)$/i.test(clause[k - 1]?.text ?? '')));
    if (!past) return text.slice(tokens[i].start, tokens[end - 1].end);
  }
  return null;
}

// A preposition of time a few words before the length ("after they have been here three months"), or "in" just before it.
const DELAY_BEFORE = /\b(?:after|within|before|until|till|following)\s+(?:[\p{L}'-]+\s+){0,5}$|\bin\s+$/iu;
const THRESHOLD = /^(?:more|longer) than\b/i;
const THRESHOLD_BEFORE = /\b(?:more|longer) than\s+$/i;
const DELAY_AFTER = /^\s+(?:ahead|in advance|beforehand|before|after|later|ago|earlier|notice)\b/i;

const MAX_VALUE_WORDS = 12;

/**
 * "What colour is the coolant cap?" — "the coolant reservoir has a *pink* cap": an adjective of the sentence that
 * WordNet has as a kind of the noun asked (pink: a chromatic colour), nearest the words asked; not one of them.
 */
function kindSaid(tokens: Token[], q: Question, kind: string, isMatched: (t: Token) => boolean): string | null {
  // (Matched as a relative of the kind asked, "yellow" for "colour", it is the answer, not a word of the question's.)
  const asked = new Set(q.terms.map((t) => t.lemma));
  const near = tokens.filter((t) => isMatched(t) && asked.has(normalizeLemma(t.lemma))).map((t) => (t.start + t.end) / 2);
  const said = tokens.filter((t) => t.pos === 'ADJ' && !asked.has(normalizeLemma(t.lemma)) && isKindWord(normalizeLemma(t.lemma), kind));
  if (!said.length) return null;
  return said.reduce((a, b) => (distanceFrom(near, b) < distanceFrom(near, a) ? b : a)).text;
}

/** "What severity is a payments outage?", "what colour are guest badges?": the kind asked, then what has it. */
const KIND_COPULA_QUESTION = /^what\s+[\p{L}-]+\s+(?:is|are|was|were)\b/iu;
/**
 * "A payments outage is always *a SEV1*", "Guest badges are *red*": what the sentence says the
 * words asked are, after its copula (and an adverb), to a comma or the sentence's end.
 */
function complementSaid(tokens: Token[], text: string, q: Question, isMatched: (t: Token) => boolean): string | null {
  // (A word met only as a relative of the kind asked, "red" for "colour", is the answer, not the question's.)
  const asked = new Set(q.terms.map((t) => t.lemma));
  const isAsked = (t: Token) => asked.has(normalizeLemma(t.lemma)) || asked.has(fold(t.text));
  for (const i of copulasAfterAsked(tokens, isMatched)) {
    let k = i + 1;
    while (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'PART') k++;
    const from = k;
    while (tokens[k] && (PHRASE_WORD.has(tokens[k].pos) || tokens[k].pos === 'DET' || tokens[k].pos === 'NUM') && k - from < MAX_COMPLEMENT_WORDS) k++;
    const words = tokens.slice(from, k);
    if (words.length && words.some((t) => t.pos !== 'DET') && !words.some(isAsked) && (k >= tokens.length || tokens[k].pos === 'PUNCT')) return text.slice(words[0].start, words[words.length - 1].end);
  }
  return null;
}
const MAX_COMPLEMENT_WORDS = 5;
/**
 * "What are the little black flies …?": the head of the noun phrase asked, as the subject of a copula that says what it is
 * (not any word asked: "what are the rules for guests?" — "all guests are welcome" says what guests are, not a rule).
 */
const isSubjectAsked = perQuestion((q): ((t: Token) => boolean) => {
  const tokens = analyze(q.text).tokens;
  let at = tokens.findIndex((t) => COPULA_WORDS.has(t.text.toLowerCase()) || /^['’]s$/.test(t.text)) + 1;
  while (tokens[at] && (tokens[at].pos === 'DET' || tokens[at].pos === 'PRON')) at++;
  let head: string | null = null;
  // (Past a possessive: "the club's dress *code*".)
  for (; tokens[at] && (['NOUN', 'PROPN', 'ADJ', 'ADV'].includes(tokens[at].pos) || /^['’]s$/.test(tokens[at].text)); at++) if (tokens[at].pos === 'NOUN' || tokens[at].pos === 'PROPN') head = normalizeLemma(tokens[at].lemma);
  return (t) => head !== null && normalizeLemma(t.lemma) === head;
});

/** "What are otter droppings called?", "what is its IUCN status?": a name or standing asked. */
const NAME_ASKED = /\b(?:called|named|renamed|known as|name|status|classed|classified|listed|termed)\b/i;
/** "droppings, known as spraints", "listed as Near Threatened on the IUCN Red List": what a thing is called or classed as. */
// (…or renamed or moved: "has been renamed *Result.records*", "moved from lanterna.ini to *lanterna.toml*"; a name in
// code keeps its dots and brackets.)
const NAMED_AS = /\b(?:called|named|renamed(?: to)?|moved from \S+ to|known as|listed as|classed as|classified as|designated as|termed|dubbed)\s+((?:the\s+|an?\s+)?[\p{L}\d'’_-]+(?:\.[\p{L}\d_]+)*(?:\(\))?(?:\s+(?!(?:on|in|at|by|for|with|from|to|and|or|but|which|who|that|because|when|while|since|until)\b)[\p{L}\d'’_-]+){0,3})/giu;
/** The name or class a sentence gives beside a word asked (within a few words): "droppings, known as *spraints*". */
function nameGiven(text: string, tokens: Token[], isMatched: (t: Token) => boolean): string | null {
  for (const m of text.matchAll(NAMED_AS)) {
    // (Or just after: "listed as Near Threatened on the *IUCN* Red List".)
    const before = tokens.filter((t) => t.end <= m.index!).slice(-5);
    const after = tokens.filter((t) => t.start >= m.index! + m[0].length).slice(0, 5);
    if ([...before, ...after].some(isMatched)) return m[1].replace(/^(?:the|an?)\s+/i, '');
  }
  return null;
}

/** "What was churn in September?", "what is the error budget?": what a thing is said to be. */
const COPULAR_QUESTION = /^what(?:'s|’s|\s+(?:is|was|are|were))\b/i;
const COPULA_WORDS = new Set(['is', 'was', 'are', 'were']);
/** Where a sentence says what the words asked are: each copula (not the last word) with a word asked among the four before it. */
function* copulasAfterAsked(tokens: Token[], isMatched: (t: Token) => boolean): Generator<number> {
  for (let i = 1; i < tokens.length - 1; i++) if (COPULA_WORDS.has(tokens[i].text.toLowerCase()) && tokens.slice(Math.max(0, i - 4), i).some(isMatched)) yield i;
}
/**
 * "Churn for September *was 2.1%*, slightly down from 2.4% in August": the amount or date a copula
 * right after the words asked gives them, where the sentence says what the asked thing is.
 */
function valueSaid(fact: Fact, tokens: Token[], isMatched: (t: Token) => boolean, q: Question): string | null {
  // "What is the attendance target?" — "attendance was 95.8%, just above our target of 95%": the value said "of" the
  // noun the question ends on is that noun's, before what a word modifying it is said to be.
  const head = analyze(q.text).tokens.filter((t) => t.pos === 'NOUN').pop();
  const ofHead = head && fact.entities.find((e) => VALUE_TYPES.has(e.type) && isValueOf(e, tokens, fact.text, q, normalizeLemma(head.lemma)));
  if (ofHead) return ofHead.text;
  for (const i of copulasAfterAsked(tokens, isMatched)) {
    const value = fact.entities.find((e) => e.start === tokens[i + 1].start && (COUNTED_TYPES.has(e.type) || e.type === 'DATE' || e.type === 'TIME'));
    if (value) return value.text;
  }
  return valueOfAsked(fact, tokens, q);
}

/** "What precept increase did they recommend?" — "a precept increase of 4.9%": the value said "of" the noun asked. */
function valueOfAsked(fact: Fact, tokens: Token[], q: Question): string | null {
  return fact.entities.find((e) => VALUE_TYPES.has(e.type) && isValueOf(e, tokens, fact.text, q))?.text ?? null;
}

/** What a noun's value is said in after "of"; a number there counts what the noun is made of ("a team of 12"). */
const VALUE_TYPES = new Set(['MONEY', 'PERCENT', 'DURATION']);
const COUNTS_ASKED = /\bhow many\b/i;

/** "on a turnout *of* 71%", "a pay rise of about 6.5%": after the noun, what its value is. */
const VALUE_OF = /^\s+of\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|up to\s+|at least\s+|no (?:more|less|fewer) than\s+)?$/i;
/**
 * Whether `e` is said as the value of a noun asked about ("what was the turnout?" — "on a turnout of 71%"): the
 * noun itself, not a word near it in meaning ("what percentage voted?" — "a turnout of 71%" is not the vote's share).
 */
function isValueOf(e: Entity, tokens: Token[], text: string, q: Question, noun?: string): boolean {
  return tokens.some((t) => t.end <= e.start && t.pos === 'NOUN' && (noun ? normalizeLemma(t.lemma) === noun : q.terms.some((w) => w.lemma === normalizeLemma(t.lemma))) && VALUE_OF.test(text.slice(t.end, e.start)));
}

/**
 * "What's the office address?" — "Address: Keizersgracht 120, Amsterdam": in a labelled value of
 * a list, the label names what the value is; asked about, the value (to a semicolon) is the answer.
 */
function labelledValue(fact: Fact, tokens: Token[], isMatched: (t: Token) => boolean): string | null {
  if (!fact.item) return null;
  const m = LABELLED.exec(fact.text);
  if (!m || !tokens.some((t) => t.end <= m[1].length && isMatched(t))) return null;
  const value = m[2].split(/\s*;\s*/)[0].replace(/[.,;:]+$/, '');
  return value && value.split(/\s+/).length <= MAX_VALUE_WORDS ? value : null;
}

/** Prepositions of place, longest first: "in front of" before "in". */
const PLACE_PREPOSITIONS = ['in front of', 'next to', 'close to', 'on top of', 'in', 'at', 'on', 'inside', 'outside', 'near', 'behind', 'beside', 'opposite', 'under', 'above', 'below', 'beneath', 'upstairs', 'downstairs'].map((p) => p.split(' '));
/**
 * Where one goes *to* or sets out *from* answers where too, once the sentence is chosen ("evacuate everyone
 * *to the assembly point*", "the parade starts *from the town hall*"); as evidence of a place, "to the printer" is none.
 */
const ANSWER_PLACE_PREPOSITIONS = [...PLACE_PREPOSITIONS, ['to'], ['from']];
const COPULA = new Set(['is', 'are']);
/** "The car park *by* the main gate": said of a place, "by" says where it is ("by Friday" is no place noun). */
const CHAINED_PLACE = [...PLACE_PREPOSITIONS, ['by']];
/** Prepositions that open a place of their own, not one saying where the place before is. */
const OWN_PLACE = new Set(['in', 'on', 'at']);
/** Dates, times and amounts are not where something is: "on Mondays", "in 30 days", "at 16:00". */
const WHEN_TYPES = new Set(['DATE', 'TIME', 'DURATION', 'MONEY', 'PERCENT', 'NUMBER']);

/**
 * "Where can I leave my bike?" — "Bike racks are in the courtyard": where the sentence names no
 * place, the prepositional phrase of place it gives ("in the courtyard", "next to the lifts"),
 * whose noun names a place or a thing (WordNet) and is not the question's own, nearest the
 * words the question matched.
 */
function placeAnswer(tokens: Token[], fact: Fact, isMatched: (t: Token) => boolean): string | null {
  const near = tokens.filter(isMatched).map((t) => (t.start + t.end) / 2);
  const lower = tokens.map((t) => t.text.toLowerCase());
  let best: { start: number; end: number } | null = null;
  let bestDistance = Infinity;
  /**
   * The place phrase opening at token i ("in the courtyard"; after a copula, "is the car park"; in a
   * chain, "by the main gate" too): the index of its head noun, or -1.
   */
  // After a determiner a tagger may read a participle or a plural noun as a verb: "in the *locked* blue *consoles*, which…".
  const nounReadAsVerb = (k: number) => tokens[k]?.pos === 'VERB' && /s$/i.test(tokens[k].text) && (!tokens[k + 1] || tokens[k + 1].pos === 'PUNCT');
  const inPhrase = (k: number) => !!tokens[k] && (PHRASE_WORD.has(tokens[k].pos) || nounReadAsVerb(k) || (tokens[k].pos === 'VERB' && /(?:ed|ing)$/i.test(tokens[k].text) && tokens[k - 1]?.pos === 'DET'));
  const phraseAt = (i: number, chained = false): number => {
    const copula = !chained && COPULA.has(lower[i]) && (tokens[i].pos === 'AUX' || tokens[i].pos === 'VERB');
    const prep = copula ? [lower[i]] : (chained ? CHAINED_PLACE : ANSWER_PLACE_PREPOSITIONS).find((p) => p.every((w, k) => lower[i + k] === w));
    if (!prep || (!copula && !chained && prep.length === 1 && tokens[i].pos !== 'ADP')) return -1;
    let j = i + prep.length;
    // A determiner marks a place named, not an idiom ("in the courtyard", not "in advance", "at least").
    if (tokens[j]?.pos !== 'DET' && tokens[j]?.pos !== 'PRON') return -1;
    j++;
    let last = -1;
    // "on the second and third floors": words joined by "and" or "or" stay one phrase.
    // (A tagger may read "opposite" or "near" as an adjective: it opens the next place, "the car park opposite the main gate".)
    const opensPlace = (k: number) => last >= 0 && CHAINED_PLACE.some((p) => p.every((w, n) => lower[k + n] === w) && tokens[k + p.length]?.pos === 'DET');
    while (j < tokens.length && !opensPlace(j) && (inPhrase(j) || (last >= 0 && tokens[j].pos === 'CCONJ' && inPhrase(j + 1)))) {
      if (inPhrase(j)) last = j;
      j++;
    }
    if (last < 0 || (tokens[last].pos !== 'NOUN' && tokens[last].pos !== 'PROPN' && !nounReadAsVerb(last)) || isMatched(tokens[last])) return -1;
    if (isPlaceNoun(normalizeLemma(tokens[last].lemma))) return last;
    // "written on the chemical log by the plant room door": a thing said by where it is, is there.
    const by = chained ? -1 : phraseAt(last + 1, true);
    return by >= 0 && !OWN_PLACE.has(lower[last + 1]) ? last : -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    let last = phraseAt(i);
    if (last < 0) continue;
    // "in the yard behind the loading bay": a place said by where it is is one place.
    // ("…in the yard on the ground floor" is two places, each said on its own; but where one goes
    // *to*, "the assembly point in the front car park", is said by where it is.)
    const destination = lower[i] === 'to';
    for (let more = phraseAt(last + 1, true); more >= 0 && (destination || !OWN_PLACE.has(lower[last + 1])); more = phraseAt(last + 1, true)) last = more;
    // "behind the bar and in the box office": places joined by "and" or "or" are one answer.
    const joined = () => (lower[last + 1] === 'and' || lower[last + 1] === 'or' ? phraseAt(last + 2) : -1);
    for (let more = joined(); more >= 0; more = joined()) last = more;
    const head = tokens[last];
    // What a place is said to be is the place, without the "is".
    const span = { start: tokens[COPULA.has(lower[i]) ? i + 1 : i].start, end: head.end };
    if (fact.entities.some((e) => WHEN_TYPES.has(e.type) && e.start < span.end && span.start < e.end)) continue;
    const distance = distanceFrom(near, span);
    if (distance < bestDistance) [best, bestDistance] = [span, distance];
  }
  return best ? fact.text.slice(best.start, best.end) : null;
}

const PLACE_PREPOSITION = new RegExp(`\\b(?:${PLACE_PREPOSITIONS.map((p) => p.join(' ')).join('|')})\\s+(?:the|a|an|your|our|their|its|each|every|this|that)\\s+`, 'gi');
/** …or what a place is said to be: "the assembly point is the car park by the main gate". */
const PLACE_WORDS = new RegExp(`\\b(?:${[...PLACE_PREPOSITIONS, ['is'], ['are']].map((p) => p.join(' ')).join('|')})\\s+(?:the|a|an|your|our|their|its|each|every|this|that)\\s+`, 'gi');
const MAX_PLACE_MODIFIERS = 2;

/**
 * Whether a sentence names a place in words rather than by name ("in the courtyard", "next to
 * the lifts on each floor"): a preposition of place, a determiner, then within a few words a
 * noun WordNet files as a place or a thing one can be at. Read from the text alone: it is asked
 * of every candidate of a "where" question, where tagging each would cost too much.
 */
export function placeInWords(text: string): boolean {
  for (const m of text.matchAll(PLACE_WORDS)) {
    const words = text.slice(m.index! + m[0].length).split(/[^\p{L}-]+/u, MAX_PLACE_MODIFIERS + 1);
    if (words.some((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && isPlaceNoun(w))) return true;
  }
  return false;
}

/**
 * "Votes are counted overnight *at Ashby Leisure Centre*": a place named by a name whose last word is a kind of
 * place (a centre, a hall, a park), which a tagger takes for an organisation as often as for a place.
 */
export function placeByName(text: string): boolean {
  for (const m of text.matchAll(NAMED_PLACE)) if (isPlaceNoun(m[1].toLowerCase())) return true;
  return false;
}
/** A place preposition, then capitalised words ending in one that may be a kind of place. */
const NAMED_PLACE = /\b(?:at|in|inside|outside|near|opposite|behind|beside)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(\p{Lu}\p{Ll}+)\b/gu;

/** "hardliners in Washington", "officials from Tehran": a role named just before the place, with it. */
function placedRole(tokens: Token[], place: Entity, text: string, isMatched: (t: Token) => boolean): string | null {
  const at = tokens.findIndex((t) => t.start >= place.start);
  const prep = tokens[at - 1];
  const noun = tokens[at - 2];
  if (!prep || !noun || !/^(?:in|from|of|at)$/i.test(prep.text) || noun.pos !== 'NOUN' || isMatched(noun) || !isAgentNoun(normalizeLemma(noun.lemma))) return null;
  let from = at - 2;
  while (tokens[from - 1] && (tokens[from - 1].pos === 'ADJ' || tokens[from - 1].pos === 'NOUN')) from--;
  return text.slice(tokens[from].start, place.end);
}

/**
 * A name the sentence gives to the noun asked about: containing it ("GlobalProtect VPN"), right
 * before it ("the Tunnelbridge VPN"), or just after it as an example or apposition ("intermediaries such as Oman", "the tool, Okta").
 */
function isAttached(e: Entity, noun: { start: number; end: number }, text: string): boolean {
  if (noun.start >= e.start && noun.end <= e.end) return true;
  // "the Tunnelbridge VPN": the name modifies the noun.
  if (e.end <= noun.start) return /^\s+$/.test(text.slice(e.end, noun.start));
  const between = text.slice(noun.end, e.start);
  // "the 1967 film *The* Tide Road": a title's own article; "the towns *of* Ardmoss and Carrick Ferry": a place's name after "of".
  if (/^\s+The\s+$/.test(between)) return true;
  if (/^\s+of\s+$/.test(between)) return isPlaceNoun(morphy(text.slice(noun.start, noun.end).toLowerCase()) ?? '');
  return /^(?:,?\s+(?:such as|like|including|called|named|namely|e\.g\.,?)\s+(?:the\s+)?|,\s+(?:the\s+)?|\s+)$/i.test(between);
}

/** The journey a length of time is of, after it ("a 10-minute *walk*"). */
const JOURNEY = /^\s+(?:walk|drive|ride|journey|flight|trip|cycle|train ride|bus ride)\b/i;
/** "12-day", "25-year": a number joined to its unit by a hyphen is one answer. */
function withItsUnit(answer: string, e: Entity, fact: Fact, q?: Question): string {
  if (answer !== e.text) return answer;
  const after = fact.text.slice(e.end);
  const unit = /^-(?:day|week|month|year|hour|minute|second|mile|kilometre|kilometer|point|percent)s?\b/i.exec(after);
  if (unit) return `${answer}${unit[0]}`;
  // "a 10-minute walk", "a two-hour drive": how far, said by the journey's length.
  const journey = /-(?:minute|hour|day|mile)s?$/i.test(answer) ? JOURNEY.exec(after) : null;
  if (journey) return `${answer}${journey[0]}`;
  // …or the noun asked: "how many credits?" — "a 20-credit module".
  return q && e.type === 'NUMBER' && countsNounAsked(after, q) ? `${answer}${/^-\p{Ll}+/u.exec(after)![0]}` : answer;
}

/** "500 pages", "one playground duty": a bare number with the nouns it counts, which say what it is a number of. */
function withWhatItCounts(e: Entity, tokens: Token[], text: string): string {
  let k = tokens.findIndex((t) => t.start >= e.end);
  if (k < 0 || !/^\s+$/.test(text.slice(e.end, tokens[k].start))) return e.text;
  let end = e.end;
  for (let n = 0; k < tokens.length && n < 3 && (tokens[k].pos === 'NOUN' || (tokens[k].pos === 'ADJ' && tokens[k + 1]?.pos === 'NOUN')); k++, n++) end = tokens[k].end;
  // "a pool of 20 connections *per replica*": what the count is per is part of it.
  const per = end > e.end ? COUNT_PER.exec(text.slice(end)) : null;
  return text.slice(e.start, end) + (per?.[0] ?? '');
}
const COUNT_PER = /^\s+(?:per|for each|for every)\s+\p{L}+/iu;

/**
 * "two working days": the tagger may type the number and the unit apart, leaving "days" as the
 * duration. An amount without a number takes the number just before it, and the words between.
 */
function withItsNumber(e: Entity, fact: Fact): string | null {
  // Only a count takes a number from before it: "Rua Augusta 120 on Friday" is no date "120 on Friday".
  if (!COUNTED_TYPES.has(e.type) || hasNumber(e.text)) return null;
  const before = fact.text.slice(Math.max(0, e.start - 30), e.start);
  const m = NUMBER_BEFORE.exec(before);
  return m ? `${m[1]}${m[2]}${e.text}` : null;
}

function coordinated(e: Entity, all: Entity[], text: string): string {
  const same = all.filter((x) => x.type === e.type).sort((a, b) => a.start - b.start);
  let i = same.indexOf(e);
  let j = i;
  const joins = (a: Entity, b: Entity) => /^\s*(,|,?\s*(and|or))\s*$/.test(text.slice(a.end, b.start));
  while (i > 0 && joins(same[i - 1], same[i])) i--;
  while (j < same.length - 1 && joins(same[j], same[j + 1])) j++;
  // "Oman or European states", "Oman, Egypt, and other Gulf states": a list may end in the kind of
  // thing its names are, which keeps it a list.
  const kind = LIST_KIND.exec(text.slice(same[j].end));
  return text.slice(same[i].start, same[j].end + (kind ? kind[0].length : 0));
}

/** Named by "other" or a proper adjective ("European states"): ", and guests use…" ends no list of names. */
const LIST_KIND = /^,?\s+(?:and|or)\s+(?:other\s+(?:\p{Lu}[\p{L}-]+\s+)?|\p{Lu}[\p{L}-]+\s+)\p{Ll}{3,}s\b/u;
