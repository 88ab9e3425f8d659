/**
 * A question as typed in Slack or a terminal, reduced to what answering needs:
 * the clean text, what kind of answer it wants, and its content lemmas.
 */
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { contentLemmas, normalizeLemma } from '../facts/lemmas.js';
import { analyze, UNITED_STATES_LEMMA, type Token } from '../facts/nlp.js';
import { attributesOf, isAdverbPhrase, isAgentNoun, isMeasureNoun, isPlaceNoun, isTimeNoun, isWord } from '../facts/wordnet.js';
import { fold, straightenQuotes } from '../facts/text.js';
import type { EntityType } from '../facts/types.js';
import { asDescribeQuestion } from './described-as.js';
import { workplaceSynonyms } from './synonyms.js';

/** Past this, a "question" is a paste; answering reads its start only. */
export const MAX_QUESTION_CHARS = 500;

export type QuestionKind = 'who' | 'when' | 'where' | 'quantity' | 'duration' | 'organisation' | 'why' | 'how' | 'yesno' | 'what' | 'keywords';

export interface Question {
  /** The question as a person would read it back: Slack markup and pleasantries removed. */
  text: string;
  kind: QuestionKind;
  /** Entity types that would answer it, best first; empty when the sentence itself is the answer. */
  wants: EntityType[];
  /**
   * For the short answer only, when `wants` is empty: what a noun of the question names ("the
   * IT desk hours", "the minimum password length", "what's the wifi called"). Ranking does not
   * read it: typing these questions for ranking was measured to cost more than it gained.
   */
  spanWants: EntityType[];
  terms: QueryTerm[];
  /**
   * "Which VPN …", "through which intermediaries …": a noun no type list knows. The short answer is
   * then a name the sentence attaches to that noun ("the GlobalProtect VPN", "intermediaries such as
   * Oman"), never a name elsewhere in it.
   */
  attachedTo: string | null;
  /** The noun that names the kind of answer in "which country …", if any. */
  typeNoun: string | null;
  /** The same found past adjectives ("which Israeli broadcaster"), for placing the short answer. */
  answerNoun: string | null;
  /**
   * The words of the noun phrase naming the kind of answer ("which air base": air, base): in a name
   * that answers ("Al Udeid Air Base") they say what it is, not that the question gave it already.
   */
  kindWords: string[];
  /**
   * 'subject' when the question asks who or what did something ("who hosts …"): the answer
   * stands before the verb; 'object' when it asks whom it was done to ("who did X ask …").
   */
  role: 'subject' | 'object' | null;
  /**
   * "How far ahead do I book?", "how much notice …": a length of time before something. "Two
   * weeks before you go" answers it; "27 days a year", also a length, does not.
   */
  leadTime: boolean;
  /** "How heavy …?": the qualities the adjective measures (weight), said by a number with its unit ("20 kilograms"). */
  measures?: string[];
  /** "How old / far / tall …?", "what temperature …?": a measure, said by a number of a unit or a bare one, not a count of things. */
  measureAsked?: true;
  /**
   * What a yes/no question asks about, the head of the noun phrase after its verb ("is there
   * *parking* at the office?", "can I bring my *dog*?"): a sentence that never says it, or a near
   * word for it, does not answer it however much else it shares.
   */
  focus: string | null;
  /** "What does SLO stand for?": the short form whose words are asked; only a sentence spelling it out answers. */
  shortForm?: string;
  /** The unit of time "how many … days" counts in: "28 days" says it, "two weeks" only near it. */
  countedUnit: string | null;
  truncated: boolean;
}

export interface QueryTerm {
  lemma: string;
  /** The word as written, for fuzzy matching and for telling which entities the asker already named. */
  surface: string;
  /** Below 1 for words that shape the question more than they carry its content. */
  weight: number;
  /** A name ("Titanic", "Pearl Harbor"): matched as written, never through WordNet's senses of the word. */
  name: boolean;
  /** The unit of time an asked amount is counted per ("days a *week*", "per *year*"). */
  perUnit?: true;
  /** A sum or an hour the asker gives ("a *£900* monitor", "in at *9*"): an example, rarely a figure the documents hold. */
  given?: true;
  /** "Another country", "other countries": somewhere abroad, as a country the documents never name is. */
  foreign?: true;
}

const ENTITY = /<([@#!])([^>|]*)(?:\|([^>]*))?>/g;
const LINK = /<((?:https?|mailto):[^>|]+)(?:\|([^>]*))?>/g;
const EMOJI = /:[a-z0-9_+'-]+:/gi;
// Slack escapes these three in message text; everything else arrives as typed.
const SLACK_ESCAPES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

const GREETING = /^(?:(?:hi|hey|hello|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening)|ok(?:ay)?|so|um+|uh+)\b(?: there| all| team| everyone| folks| bot)?[\s,.!:;-]*)+/i;
const POLITE_OPENING = /^(?:(?:please|pls|plz|(?:a )?quick question|question)[\s,:;-]+|(?:can|could|would|will) you (?:please |pls )?(?:tell me|let me know|explain|check|find out)\s*(?:about\s+)?|(?:do|does) (?:you|anyone|anybody) know\s*|i (?:want|would like|need|'d like) to know\s*|i(?:'m| am) wondering\s*|i wonder\s*|tell me\s*(?:about\s+)?|(?:sum up|summari[sz]e|tl;?dr|in short|in brief|briefly|recap|remind me)[\s,:;-]+(?=(?:what|who|whom|when|where|why|how|which|is|are|was|were|do|does|did|can|has|have)\b))/i;
/** What a question opens on, after the framing around it: a question word, or "I need …". */
const QUESTION_START = String.raw`(?=(?:what|which|who|whom|whose|when|where|why|how|whether|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had)\b|i (?:need|want)\b)`;
/** The asker's own task, which a document need not say: "my report", "my slide", "my briefing" (not "the report": a document may have one). */
const TASK_NOUN = String.raw`(?:report|briefing|brief|slides?|deck|summary|write-?up|doc|document|notes|draft|presentation|timeline|section|paragraph|memo|newsletter|one-pager|context)`;
/**
 * "I'm writing up a briefing … and I need to know", "for my report,", "quick one before my meeting:",
 * "my manager asked me to check", "our analyst wants to know": what the asker is doing or who wants
 * the answer, before the question itself. Its words ("briefing", "manager", "slide") are the asker's,
 * not the documents', and were searched for as if they were asked about.
 */
const FRAMING_OPENING = new RegExp(
  String.raw`^(?:` +
    String.raw`(?:i'?m|i am|we'?re|we are) (?:writing|preparing|putting together|drafting|working on|fact[- ]?checking|checking|comparing|trying to (?:understand|work out|figure out)|reviewing|researching|reading up on|updating)\b[^,:;?]{0,80}?` +
    String.raw`|(?:just so [^,:;?]{1,40}|(?:for|in|before|to finish|to complete|to update) (?:my|context in my) (?:[\w-]+ ){0,2}?${TASK_NOUN}\b[^,:;?]{0,30}?)` +
    String.raw`|(?:quick one|quick q|last thing|one (?:more|last) thing|random question)\b[^,:;?]{0,40}?` +
    String.raw`|(?:(?:when|if|once) i [^,:;?]{1,30}, )?(?:my|our|a|someone|somebody|people|they)\b[^,:;?]{0,30}?(?: (?:asked me|asks me|wants to know|wanted to know|want to know|is asking|are asking|will ask|needs to know)|'ll ask)(?: to (?:check|find out|confirm|ask))?` +
    String.raw`)(?:(?: and)?(?: i)? (?:need|want) to know |\s*[,:;-]+\s*| )${QUESTION_START}`,
  'i',
);
/** "Find me", "show us", "point me to", "pull up": asking for the evidence itself, what a fact bot gives anyway. */
const REQUEST_VERB = String.raw`(?:please )?(?:find|show|give|get|pull up|look up|point|quote|dig up|fetch|search for|tell|list|name)(?: me| us)?(?: to)?`;
/**
 * "find me the line about which country…", "show me where it says how many…", "pull up what Trump
 * warned": a request for the sentence, then the question it answers. "Line", "part", "quote" are the
 * asker's words for evidence, not the documents'.
 */
const EVIDENCE_REQUEST = new RegExp(
  String.raw`^${REQUEST_VERB} (?:the|a) (?:line|sentence|part|bit|passage|quote|paragraph|place|source|section|text|evidence|reference)s? (?:about|on|where it says|that says|saying|with|for|of)\s+` +
    // (Not "show me where it says" with nothing after it: no question named, and "where it says" alone is none.)
    String.raw`|^${REQUEST_VERB}(?!\s+where(?: it says)?\s*[?.!]*$)(?: where it says| where)? ${QUESTION_START}`,
  'i',
);
/**
 * "According to KAN, how long did the call last?", "per the article, who…": whose account is asked comes last, as
 * "…, according to KAN?" says it, so the question opens with its question word as every reading of it expects.
 */
const ATTRIBUTED = new RegExp(String.raw`^((?:according to|as per|per|going by)\s+[^,?]{1,60}?|in (?:the|this|that) (?:article|report|piece|story|doc|document|source)s?)\s*,?\s+(${QUESTION_START}.*?)\s*([?.!]*)$`, 'i');

/** "give me the date …", "look up the name of …": a request for a value is the question what it is (not "find me the minister's statement": no value named). */
const VALUE_REQUEST = new RegExp(String.raw`^${REQUEST_VERB} (?=the (?:[\w-]+ ){0,2}?(?:date|day|time|year|month|name|number|length|duration|price|cost|amount|figure|count|total|percentage|rate|size|deadline|address|location|place)\b)`, 'i');

/** "Name the capital of Saudi Arabia", "name the Iranian president": asked what, or who where a person is named. */
const NAME_REQUEST = /^(?:please )?name (?=the\s+\S)/i;
/** The question a request to name something is: "who is" a person ("the Iranian *president*"), else "what is". */
function nameRequest(s: string): string {
  const m = NAME_REQUEST.exec(s);
  if (!m) return s;
  const tokens = analyze(s.slice(m[0].length)).tokens.slice(1);
  const end = tokens.findIndex((t) => !['NOUN', 'PROPN', 'ADJ'].includes(t.pos));
  const head = tokens.slice(0, end < 0 ? tokens.length : end).filter((t) => t.pos === 'NOUN').at(-1);
  return `${head && isAgentNoun(normalizeLemma(head.lemma)) ? 'who' : 'what'} is ${s.slice(m[0].length)}`;
}

/**
 * "So what's the deal with Qatar?", "what's the story with Russia in all this?", "where does Oman come in?": asked
 * loosely what the documents say about a thing, which "what about Qatar?" asks ("deal", "story" are the asker's words).
 */
const LOOSE_TOPIC = /^(?:so,?\s+|and\s+)?(?:what(?:['’]s|\s+is)\s+(?:the\s+)?(?:deal|story|situation|latest|score)\s+(?:with|on|about)\s+(.+?)|where\s+(?:does|do|did)\s+(.+?)\s+(?:come|fit)\s+in)(?:\s+in all (?:this|that|of this))?\s*\??$/i;

/** "list the countries that refused…", "name the people who…": a request for a list is the question which they are. */
const LIST_REQUEST = /^(?:please )?(?:list|name)(?: me| us)?(?: all)?(?: of)? the (?=[\w-]+(?: [\w-]+)? (?:that|which|who|whose)\b)/i;

/** "…, do you know?", "…? need it for the last paragraph", "…? a stakeholder asked me": framing after the question. */
const FRAMING_CLOSING = new RegExp(
  String.raw`(?:[,;]\s*(?:do you know|can you (?:find|confirm|check) (?:that|it|this)|what does (?:the|our|this) (?:article|piece|story|report|source|doc|document) say|do (?:our|the) (?:sources|articles|docs|documents) say|what (?:was|is) it)` +
    String.raw`|(?<=[?.])\s*(?:(?:i )?need (?:it|this|that) for [^?]{0,40}|(?:a|my|our|the) [\w ]{0,25}? asked(?: me)?|i want (?:the|it|this) [\w ]{0,20}(?:right|correct)\b[^?]{0,30})` +
    String.raw`|,?\s*(?:for|in) my (?:[\w-]+ )?${TASK_NOUN}` +
    String.raw`)\s*[?.!]*$`,
  'i',
);

/**
 * "Is it true that …", "I read that …", "my colleague says …", "fact check: …": a claim put to the documents, asked as a
 * yes/no question is; the framing's words ("true", "read") are nothing the documents need to say.
 */
const CLAIM_OPENING = /^(?:(?:is|was) it (?:really )?(?:true|right|correct|the case|so)|(?:is|was) it true or false|true or false|fact[- ]?check|i(?:'ve)? (?:read|heard|saw|was told|have heard|have read)|i (?:think|thought|believe|understand|remember)|(?:someone|somebody|people|they|(?:my|a|our) (?:colleague|manager|boss|friend|teammate|co-?worker|lead)) (?:said|says|say|told me|thinks|reckons|claims?)|apparently)(?:\s+that\b)?[\s,:;-]*/i;
/** "…, is that right?", "…, right?", "…, true?", "…, is that what the article says?": the claim's asking, at its end. */
const CLAIM_CLOSING = /(?:[\s,;:-]+(?:(?:is|was) (?:that|this|it) (?:right|true|correct|accurate|so)|am i right|did i get (?:that|it) right|is that what (?:the|our) (?:article|story|piece|report|doc|document|source|page)s? says?)|\s*,\s*(?:right|true|correct|accurate|yes|isn't it|isn't that so))\s*[?.!]*$/i;
const THANKS = /(?:[\s,.!-]*\b(?:thanks(?: a lot| so much)?|thank you(?: so much)?|thx|ty|cheers|please|pls|plz|in advance)\b[\s.!]*)+$/i;

const SHORTHAND = new Map(
  Object.entries(JSON.parse(readFileSync(new URL('./shorthand.json', import.meta.url), 'utf8')) as Record<string, string>).filter(([k]) => k !== '_'),
);
// (Not a letter of an abbreviation: the "U" of "U.S." is no "you"; nor a code's letters: "sev-1s" is the document's "SEV-1".)
const SHORTHAND_WORD = new RegExp(`(?<![\\w'.])(${[...SHORTHAND.keys()].map((k) => k.replace(/[/.]/g, '\\$&')).join('|')})(?![\\w'/]|\\.\\w|-\\d)`, 'gi');

/** "what does SLO stand for", "what does E03 mean", "what's RFC short for": a short form asked, as a whole question. */
const STANDS_FOR = /^what(?: does| do|'s| is) (["']?)([\p{L}\d&-]{2,8})\1 (stand for|mean|short for)(?=\s*\??$)/iu;

const YEAR_OLD = /\b(\d{1,2})[- ]?(?:year|yr)s?[- ]olds?\b(?!\s+(?:son|daughter|boy|girl|child|children|kid|kids|brother|sister|grandson|granddaughter)\b)/gi;

/**
 * What a person means in chat: a question typed in capitals is the same question (its
 * capitals no longer mark names), and shorthand is the words it stands for ("ppl", "db",
 * "10 min" but "min length").
 */
export function normalizeWording(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  let s = letters.length >= 8 && upper / letters.length > 0.7 ? text.toLowerCase() : text;
  s = s.replace(/\b(\d+)\s*min\b/gi, '$1 minutes').replace(/\bmin\b/gi, 'minimum');
  s = s.replace(SHORTHAND_WORD, (w) => SHORTHAND.get(w.toLowerCase()) ?? w);
  // "Can my 8 year old have it?": a person of that age, a child under 18, which is how documents say it ("children under 12").
  s = s.replace(YEAR_OLD, (m, age: string) => (Number(age) < 18 ? `${m} child` : m));
  // "did the us strike?", "us troops": typed in lower case, the country, never the pronoun (no "the us", no "us forces" as an object).
  s = s.replace(/\b(the|in|from|to|and|by) us\b(?!\s+(?:to|about|with|for|if|and|or|know|a|an|the)\b)/gi, (m) => m.slice(0, -2) + 'US').replace(/\bus (?=(?:forces|troops|military|army|navy|government|president|officials|strikes?|bases|embassy|economy|election|dollars?)\b)/gi, 'US ');
  return s.replace(/\s+/g, ' ').trim();
}

/** Slack markup, emoji, pleasantries and noise removed; what is left is the question (`claim`: a statement put to be checked). */
export function cleanQuestion(raw: string): { text: string; truncated: boolean; claim: boolean; shortForm?: string } {
  let s = String(raw ?? '');
  // Control characters and replacement characters are what binary input turns into.
  s = s.replace(/[\u0000-\u0008\u000b-\u001f\u007f\ufffd]/g, ' ');
  s = s.replace(LINK, (_m, _url: string, label?: string) => label ?? ' ');
  s = s.replace(ENTITY, (_m, sigil: string, _id: string, label?: string) => (sigil === '#' && label ? label : ' '));
  s = s.replace(/&(amp|lt|gt);/g, (m) => SLACK_ESCAPES[m] ?? m);
  s = s.replace(EMOJI, ' ');
  s = straightenQuotes(s)
    .replace(/[*_~`]+/g, ' ')
    .replace(/([?!.,])\1+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  let truncated = false;
  if (s.length > MAX_QUESTION_CHARS) {
    truncated = true;
    s = s.slice(0, MAX_QUESTION_CHARS).replace(/\s+\S*$/, '');
  }
  s = normalizeWording(s).replace(ATTRIBUTED, (_m, source: string, question: string, end: string) => `${question}, ${source.charAt(0).toLowerCase()}${source.slice(1)}${end || '?'}`);
  let claim = false;
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(GREETING, '').replace(EVIDENCE_REQUEST, '').replace(VALUE_REQUEST, 'what is ').replace(LIST_REQUEST, 'which ');
    s = s.replace(LOOSE_TOPIC, (_m, about?: string, fits?: string) => `what about ${about ?? fits}?`);
    s = nameRequest(s).replace(POLITE_OPENING, '').replace(THANKS, '').replace(FRAMING_OPENING, '').replace(FRAMING_CLOSING, '').trim();
    const unframed = s.replace(CLAIM_OPENING, '').replace(CLAIM_CLOSING, '').trim();
    // (Not where nothing is left: "is that right?" alone is a question of its own.)
    if (unframed !== s && /\p{L}/u.test(unframed)) {
      s = unframed;
      claim = true;
    }
  }
  s = asDescribeQuestion(s.replace(/^[\s,.;:!-]+/, ''));
  // "What does SLO stand for?" asks what SLO is ("stand" is no word the answer says), and only a sentence
  // that spells it out says what it stands for; "what does E03 mean?" asks what E03 is.
  const stands = STANDS_FOR.exec(s);
  if (!stands) return { text: s, truncated, claim };
  const text = s.replace(STANDS_FOR, 'what is $2');
  return stands[3].toLowerCase() === 'mean' ? { text, truncated, claim } : { text, truncated, claim, shortForm: stands[2] };
}

interface KindRule {
  test: RegExp;
  kind: QuestionKind;
  wants: EntityType[];
}

const PLACE_NOUNS = 'country|countries|nation|nations|state|states|city|cities|capital|place|places|region|location|territory|base|airspace|address|postcode';
const ORG_NOUNS = 'organi[sz]ations?|group|groups|broadcaster|outlet|outlets|media|agency|company|militia|network|newspaper|alliance|party|vendor|provider';
/** Things named like organisations but typed as plain names more often: a product is rarely an ORG to a tagger ("Expensify", "Okta"). */
const PRODUCT_NOUNS = 'tool|tools|app|apps|application|applications|system|systems|software|platform|platforms|service|services|portal|product|products|program|programs|programme';
const PERSON_NOUNS = 'person|people|leader|leaders|president|minister|official|officials|man|woman|politician';

/** "which country", "what is the biggest base", "what's the minimum length": the question word, then within two words one of `nouns` (captured). */
const askingFor = (nouns: string) => new RegExp(`\\b(?:what|which)(?:'s| is| are| was| were)?(?: the| a| an)?(?: \\w+){0,2}? (${nouns})\\b`);

const SHARE_ASKED = /\b(?:discount|percentage|per ?cent|proportion)\b/;
const MANNER_ASKED = /\bhow (?:do|does|did|can|could|should|would|will|must|shall) (?:i|we|you|they|people|staff|residents|guests|customers)\b/;
const COUNTS_THINGS = /\bhow many\s+(?!per ?cent|percentage)\p{L}/u;
/** After "time": a compound for a thing that is no time ("time off" is leave; "time zone", "time sheet"). */
const NOT_A_TIME = String.raw`(?!s?\s(?:off|zones?|sheets?|slots?|codes?|limits?|frames?|tracking|tracker)\b)`;
/** The span rules that a word for a kind of value sets off ("deadline", "rate", "number", "called"), not a phrase. */
const VALUE_WORD_RULES = 4;
const SPAN_RULES: Array<{ test: RegExp; wants: EntityType[] }> = [
  // (The first VALUE_WORD_RULES are set off by one word, which namesAnswerKind reads.)
  // ("time off" is leave, not a time.)
  { test: new RegExp(`\\b(hours|opening times?|deadlines?|cut-?offs?|dates?|time${NOT_A_TIME}|schedules?|notice)\\b`), wants: ['TIME', 'DATE', 'DURATION'] },
  // A word for what is paid wants the sum first ("mileage rate?" — "42p a mile", not "the first 10,000 miles").
  // ("The fine for a red card", not "is it fine to…".)
  { test: /\b(cost|price|fee|rate|allowance|budget|money|funding|salary|stipend|pay|wages?|bonus|compensation|reimbursement|refund|discount|deposit|per diem|toll|charge|penalty|excess|premium|postage|surcharge|fines|(?<=\b(?:the|a|any) )fine)\b/, wants: ['MONEY', 'PERCENT', 'NUMBER', 'DURATION'] },
  // ("Troop numbers at Al Udeid?", "any figures on…": asked in the plural, the same.)
  { test: /\b(length|minimum|maximum|limit|cap|numbers?|figures?|size|amount|percentage|total|count|headcount|temperature|weight|version|the (?:most|least|fewest))\b/, wants: ['NUMBER', 'MONEY', 'PERCENT', 'DURATION'] },
  { test: /\b(called|named|name of)\b/, wants: ['NAME', 'ORG', 'PLACE', 'PERSON'] },
  // "What share of the UK's trade …?": a part of a whole, said in per cent ("about 38%"); not the verb ("what do we share?").
  { test: /^(?:share|proportion|fraction)\b|\b(?:what|which)(?: \w+)? (?:share|proportion|fraction)\b/, wants: ['PERCENT', 'NUMBER'] },
  { test: askingFor(PLACE_NOUNS), wants: ['PLACE', 'NAME'] },
  { test: askingFor(ORG_NOUNS), wants: ['ORG', 'NAME', 'PLACE'] },
  { test: askingFor(PRODUCT_NOUNS), wants: ['NAME', 'ORG'] },
  // "What do we use for SSO?": a tool, named (taggers read some product names as places: "Navan").
  { test: /\bwhat (?:do|does|did|should|can|will|must|are|is|am) (?:we|i|you|they|people|staff|(?:the|our) \w+) us(?:e|ing)\b/, wants: ['NAME', 'ORG', 'PLACE'] },
  // "What's the population of Aldermoor?": a count, though the noun is the thing asked of, which a sentence must say
  // (so not among the words naming the kind of value, which the value itself says).
  { test: /\b(population|capacity)\b/, wants: ['NUMBER'] },
];

/** For the short answer: the noun of "which Israeli broadcaster …" that names the kind of answer, if the lists know it. */
const ANSWER_NOUN = askingFor(`${PLACE_NOUNS}|${ORG_NOUNS}|${PRODUCT_NOUNS}|${PERSON_NOUNS}`);

/**
 * The word a "which …" question may put before its noun ("which Israeli broadcaster"); never a
 * verb: in "what were people protesting about" the people are who protested, not the answer.
 */
const ADJECTIVE_SLOT = '(?!(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|shall|may|might|must)\\b)\\w+ ';

// The rule matching earliest in the question wins (kindRule); at the same place the first listed,
// so the specific "how many" comes before the general "how".
const KIND_RULES: KindRule[] = [
  // "How many days …" is answered by "25 days": a number a person accepts in any of these forms.
  // "How much" asks for an amount, most often money; "how many" for a count; "how many days" for a duration ("25 days").
  // "How many" counts things: a sum of money answers it only when money is what it counts ("how many euros").
  { test: /\bhow many (?:[a-z]+ ){0,2}(?:days|weeks|months|years|hours|minutes|seconds|nights)\b/, kind: 'quantity', wants: ['DURATION', 'NUMBER', 'PERCENT'] },
  // (A size or a height is no length of time: "how big is the studio?" is not answered "27 days".)
  { test: /\bhow (?:big|large|high)\b/, kind: 'quantity', wants: ['MONEY', 'NUMBER', 'PERCENT'] },
  { test: /\bhow much\b|\bhow many (?:pounds|euros|dollars|quid|bucks|pence|cents)\b/, kind: 'quantity', wants: ['MONEY', 'NUMBER', 'PERCENT', 'DURATION'] },
  { test: /\bhow many\b/, kind: 'quantity', wants: ['NUMBER', 'PERCENT', 'DURATION'] },
  // "What do extra hours cost?", "what does it cost to park?": asked as "how much" is, whatever the noun before the verb ("hours").
  { test: /\bwhat (?:do|does|did|will|would|should|might) (?:[\w'’-]+ ){1,6}?cost\b/, kind: 'quantity', wants: ['MONEY', 'NUMBER', 'PERCENT'] },
  { test: /\bwhat (number|percentage|amount)\b/, kind: 'quantity', wants: ['NUMBER', 'MONEY', 'PERCENT', 'DURATION'] },
  { test: /\bhow (long|often|soon|early|far ahead|far in advance|fast|quickly)\b/, kind: 'duration', wants: ['DURATION', 'DATE', 'TIME', 'NUMBER'] },
  // "How old do you have to be?", "how far is the station?", "how tall is it?": a measure, said by a number ("18 or over", "two miles").
  { test: /\bhow (?:old|far|tall|deep|wide)\b/, kind: 'quantity', wants: ['NUMBER', 'DURATION'] },
  // "What age can children start?" — "from the age of four": an age is a number, as for "how old".
  { test: /\b(?:what|which) age\b/, kind: 'quantity', wants: ['NUMBER', 'DURATION'] },
  // "What time does it open?" is answered by a clock time; a day is only partly an answer.
  // "How late does the desk run?" asks until what time.
  // ("Which time zone?", "what time sheet?" ask for a thing that is no time.)
  { test: new RegExp(`\\b(what|which) times?\\b${NOT_A_TIME}|\\bat what hour\\b|\\bhow late\\b`), kind: 'when', wants: ['TIME', 'DATE'] },
  // "What are the opening hours?", "office hours?": the hours something is open, said by the clock ("10am to 5pm").
  { test: /\b(?:what|when|which)\b[^?]*\b(?:opening|office|business|visiting|surgery) (?:hours|times)\b/, kind: 'when', wants: ['TIME', 'DATE'] },
  // "What's the submission deadline?" — "Submit your project … by 12pm on Sunday": a deadline is a when.
  { test: /\bwhat(?:'s|’s| is| are| was)? (?:the |my |our |your )?(?:[\w-]+ ){0,2}(?:deadline|cut-?off)s?\b/, kind: 'when', wants: ['DATE', 'TIME', 'DURATION'] },
  // ("What is the date of the ceasefire?", as "give me the date of…" is read, asks when as "what date" does.)
  { test: /\bwhen\b|\b(what|which) (dates?|days?|months?|years?|weeks?)\b|\bwhat(?:'s|’s| is| was| were| are) the (?:exact )?(?:dates?|day|year|month) (?:of|for)\b/, kind: 'when', wants: ['DATE', 'TIME'] },
  { test: new RegExp(`\\bwhere\\b|\\b(what|which) (${ADJECTIVE_SLOT})?(${PLACE_NOUNS})\\b`), kind: 'where', wants: ['PLACE', 'NAME'] },
  // "What's the office address?": where, said as a street ("12 Bedford Row"), or an address to write to.
  { test: /\b(?:what|which)(?:['’]s| is| are| was)? (?:the |our |your |my |their )?(?:[\w-]+ ){0,2}address(?:es)?\b/, kind: 'where', wants: ['PLACE', 'NAME'] },
  { test: new RegExp(`\\b(what|which) (${ADJECTIVE_SLOT})?(${ORG_NOUNS})\\b`), kind: 'organisation', wants: ['ORG', 'NAME', 'PLACE'] },
  { test: new RegExp(`\\b(what|which) (${ADJECTIVE_SLOT})?(${PRODUCT_NOUNS})\\b`), kind: 'organisation', wants: ['NAME', 'ORG'] },
  { test: new RegExp(`\\bwho(m|se)?\\b|\\b(what|which) (${ADJECTIVE_SLOT})?(${PERSON_NOUNS})\\b`), kind: 'who', wants: ['PERSON', 'ORG', 'PLACE', 'NAME'] },
  // "What's the shift lead's number?", "what's the IT extension?": a phone number, which the sentence may give without the word ("text her on 07700 900321").
  { test: /\b(what|which)(?:'s| is| was)? (?:[\w']+ ){0,4}?(?:(?:phone |telephone |mobile |contact |direct )?number\b(?! of\b)|extension\b)/, kind: 'what', wants: ['NUMBER'] },
  // "What's the email for account questions?", "which email address do I use?": an address to write to (read as a name).
  { test: /\b(?:what|which)(?:'s| is| was)? (?:the |an? |your |our )?(?:[\w']+ ){0,2}?e-?mail(?: address)?(?=\s+(?:for|to|of|do|should|i|we)\b|\s*\??$)/, kind: 'what', wants: ['NAME'] },
  { test: /\bwhy\b|\bwhat (caused|drove|motivated|prompted|sparked|triggered|led to)\b|\bfor what reason\b/, kind: 'why', wants: [] },
  { test: /\bhow\b/, kind: 'how', wants: [] },
  { test: /^(is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|shall|may|might)\b/, kind: 'yesno', wants: [] },
  { test: /\b(what|which)\b/, kind: 'what', wants: [] },
];

/**
 * The rule whose question word comes first: "what computer will I get when I join?" asks what,
 * not when. Among rules matching at the same place, the more specific (earlier in the list) wins.
 */
function kindRule(lower: string): KindRule | undefined {
  let best: KindRule | undefined;
  let at = Infinity;
  for (const r of KIND_RULES) {
    const m = r.test.exec(lower);
    if (m && m.index < at) {
      best = r;
      at = m.index;
    }
  }
  return best;
}

/** "How long…?", wherever in the question. */
export const HOW_LONG_ASKED = /\bhow long\b/i;
const HOW_LONG_WEIGHT = 0.5;
// Words that frame a question rather than say what it is about.
// ("in the articles", "according to the documents": the asker pointing at the library itself.)
const SITUATION = /\b(?:(today|tomorrow|tonight|yesterday)|this (morning|afternoon|evening))\b/g;
/** "Where can I *find* the rota?", "where do I *look for* it?": where a thing is, said with the asker's verb of looking ("where was Lucy found?" asks where she was discovered). */
const WHERE_FRAME = new Set(['find', 'locate', 'look', 'look for', 'see']);
const ASKER_LOOKS = /\b(?:i|we|you)\s+(?:find|locate|look|see)\b/;
const FRAME_WORDS = new Set(['happen', 'tell', 'know', 'say', 'mean', 'describe', 'explain', 'thing', 'anything', 'something', 'do', 'get', 'go', 'make', 'kind', 'sort', 'type', 'name', 'exactly', 'actually', 'really', 'specifically', 'instead', 'article', 'document', 'doc', 'ok', 'okay', 'alright']);
// "What is the capital…", "what did they ask": a verb after what is no noun naming the answer.
/** "What the report says", "what they promised": a clause's object asked, its subject after "what". */
const OBJECT_ASKED = /(?:^|\s)what (?:the|a|an|my|our|your|their|this|that|these|those|it|they|he|she|we|i|you)\b/;
const TYPE_NOUN = /\b(?:which|what) (?!(?:is|are|was|were|be|been|do|does|did|has|have|had|will|would|can|could|should|shall|may|might|must|the|a|an|this|that|these|those|my|our|your|their|his|her|its|it|they|we|i|you|he|she)\b)(\w+)/;
/** The words before a unit of time that make it what an amount is counted per: "days *a* week", "*per* year". */
const PER = 'a|an|per|each|every';
/** "days a week", "per year", "each month": the unit of time an amount is counted per. */
const PER_UNIT = new RegExp(`\\b(?:${PER})\\s+(week|month|year|day|night|hour|quarter)s?\\b`, 'g');
/** Units of time a "how many" counts in. */
const COUNTED_UNITS = 'day|week|month|year|hour|minute|night';
/** "How many (vacation) days (of leave)": a unit of time counted; the words around it say of what (never the unit it is counted per). */
const COUNTED_UNIT = new RegExp(`\\bhow many (?:[a-z-]+ ){1,2}?(?<!\\b(?:${PER}) )(${COUNTED_UNITS})s?\\b`);
/** "How many days …": the unit counted, right after "how many" too (where it is also what the question is about, and keeps its weight). */
const UNIT_COUNTED = new RegExp(`\\bhow many (${COUNTED_UNITS})s?\\b`);
const UNIT_IN = new RegExp(`\\b(${COUNTED_UNITS})s?\\b`, 'i');
/** The unit of time an amount is said in ("28 *days* a year" → day), as `Question.countedUnit` names one. */
export const unitOf = (text: string): string | null => UNIT_IN.exec(text)?.[1].toLowerCase() ?? null;
/** A sum the asker names: a currency sign before the number, or a currency word or code after it. */
const SUM = /\p{Sc}\s?(\d[\d,.]*)|\b(\d[\d,.]*)\s?(?:euros?|pounds?|dollars?|quid|bucks|eur|usd|gbp|chf)\b/giu;
/** An hour the asker names: "in at 9", "3am", "by 10:30". */
const HOUR = /\b(?:at|by|before|after|until|till)\s+(\d{1,2}(?::\d\d)?)(?![\d,.]|\s*(?:%|percent|days?|weeks?|months?|years?|people|euros?|pounds?))|\b(\d{1,2}(?::\d\d)?)\s?(?:am|pm)\b/gi;
/** "Another country", "a different country", "other countries": a country not the asker's own. */
const OTHER_COUNTRY = /\b(?:another|other|different|foreign)\s+(country|countries|nation|nations)\b/g;
/** "holiday allowance", "leave entitlement": what the allowance is of, and the word for it. */
const ALLOWANCE_OF = /\b([a-z]+) (allowance|entitlement)s?\b/;
const HOW_MUCH_OF = /\bhow much (?:(?:paid|unpaid|annual|parental|sick|extra) )?(\w+)/;
const TIME_AMOUNT: EntityType[] = ['DURATION', 'NUMBER', 'MONEY', 'PERCENT'];
/**
 * "How *early*…", "how *far* is…", "how *old*…": the measure asked, as "how many" is, not what the question is
 * about; a sentence that says the word ("Shift Early: 6am") may say nothing of the measure.
 */
const MEASURE_ASKED = /\bhow (early|late|far|old|tall|high|big|large|deep|wide|fast|soon|heavy)\b/;
const MEASURE_WEIGHT = 0.35;
/** An age one must be: "how old do you have to be…", "how old must children be…". */
export const AGE_REQUIRED = /^how old (?:do|does|must|should|will|would) .*\bbe\b/i;
/** "How long", "how early", "how high": asked by their own rules (a duration, a time), or measuring no one quality ("high": a degree). */
const UNMEASURED = /^(?:long|early|late|soon|often|high|much|many)$/i;
const MEASURE_RULE = KIND_RULES.find((r) => r.test.test('how tall'))!;
/** The one-word qualities measured by the adjective after "how" ("how heavy" → weight), if it measures one. */
function measuredQuality(tokens: readonly Token[]): string[] {
  const at = tokens.findIndex((t, i) => i > 0 && tokens[i - 1].text.toLowerCase() === 'how' && t.pos === 'ADJ');
  if (at < 0 || UNMEASURED.test(tokens[at].text)) return [];
  return attributesOf(tokens[at].text.toLowerCase()).filter((w) => !w.includes(' '));
}
const LEAD_TIME = /\bhow (?:far ahead|far in advance|early|soon)\b|\bhow (?:much|many \w+) notice\b|\bnotice period\b/;
/**
 * "Did they strike in the end?", "is it quiet for the moment?": the noun of an idiom WordNet lists
 * as an adverb says how, not what about (a direction stays: "in the south").
 */
function idiomWords(lower: string): Set<string> {
  const out = new Set<string>();
  for (const m of lower.matchAll(IDIOM)) {
    const words = m[0].split(' ');
    if (isAdverbPhrase(words) && !isPlaceNoun(m[2])) out.add(normalizeLemma(m[2])).add(m[2]);
  }
  return out;
}
const IDIOM = /\b(in|at|on|by|for|to|from|under|into) the (\w+)\b/g;
/** A question's noun for the kind of answer it wants ("which *country*"). */
const KIND_NOUN_WEIGHT = 0.7;
const WH = new Set(['who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'how', 'which']);

const WH_WORDS = ['who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'which', 'how'];
const STOP_LIKE = /^(were|was|are|is|here|there|what\w*|who\w*|how\w*|when\w*|where\w*|why\w*|which\w*|then|than|they|the[a-z]*)$/;
const whFuse = new Fuse(WH_WORDS, { includeScore: true, threshold: 0.3 });

/** "wich country …", "hwo many …": a misspelt question word still says what is asked. */
function fixQuestionWord(text: string): string {
  const m = /^([A-Za-z]{3,5})\b/.exec(text);
  const word = m?.[1].toLowerCase();
  // "were", "hows", "whats" are words or question words already; only a non-word is a typo.
  if (!m || !word || WH_WORDS.includes(word) || STOP_LIKE.test(word) || isWord(word)) return text;
  const hit = whFuse.search(m[1].toLowerCase())[0];
  return hit && (hit.score ?? 1) <= 0.3 && hit.item.length >= m[1].length - 1 ? hit.item + text.slice(m[1].length) : text;
}

const WHO_RULE = KIND_RULES.find((r) => r.kind === 'who')!;

/**
 * "Which health insurer …", "what committee …": a noun the lists do not know, but a kind of
 * person or body of people (WordNet), asks who as much as "who" does.
 */
function agentRule(tokens: ReturnType<typeof analyze>['tokens'], rule: KindRule | undefined): KindRule | undefined {
  if (rule?.kind !== 'what') return rule;
  // The head of the noun phrase after the question word: its last noun ("health insurer").
  const head = kindPhrase(tokens).at(-1);
  return head && isAgentNoun(normalizeLemma(head.lemma)) ? WHO_RULE : rule;
}

// Not "who is writing the plan?" or "who was fired?": a verb after "is" asks who does it (irregular too: "who was sent off?",
// and a short one: "who is buying Lumen?").
const DEFINITION = /^(?:what|who)\s+(?:is|are|was|were)\s+(?!\w{4,}ing\b|(?:buy|pay|say|go|do|us|see|fly|try|tak|mak|giv|hav|com|get|hir|mov|los|lead|run)ing\b|\w{3,}ed\b|(?:sent|told|made|paid|given|taken|held|kept|left|chosen|hit|hurt|shot|caught|brought|bought|built|found|known|seen|shown|sold|spent|won|lost|beaten|struck|thrown|put|set|cut|led|heard|met|sworn)\b)(?:an?\s+|the\s+)?\S+(?:\s+\S+){0,3}\??$|^(?:define|definition of|meaning of)\b/i;

/**
 * A noun naming the kind of value or answer asked ("deadline", "rate", "number", "country", "tool"):
 * the value itself says it ("by the 15th", "42p a mile", "Qatar"), so a sentence need not say the word.
 */
export function namesAnswerKind(word: string): boolean {
  const w = word.toLowerCase();
  return SPAN_RULES.slice(0, VALUE_WORD_RULES).some((r) => r.test.test(w)) || ANSWER_KIND_NOUNS.test(w);
}
const ANSWER_KIND_NOUNS = new RegExp(`^(?:${PLACE_NOUNS}|${ORG_NOUNS}|${PRODUCT_NOUNS}|${PERSON_NOUNS}|name|names|definition|meaning|address|email|code|password|policy|process|procedure|rule|rules|reason|way)$`);

/**
 * A reading of a question that the rules ask for once per candidate sentence: made on first use
 * and remembered with the question (which lives as long as its one ask).
 */
export function perQuestion<T>(read: (q: Question) => T): (q: Question) => T {
  const seen = new WeakMap<Question, { value: T }>();
  return (q) => {
    let hit = seen.get(q);
    if (!hit) seen.set(q, (hit = { value: read(q) }));
    return hit.value;
  };
}

/**
 * The words after a question's opener ("who is the ", "where is the ", "how much is the "), read on
 * their own so that the tagger takes them as the noun phrase they are; null where it does not open so.
 */
export function wordsAfter(q: Question, opener: RegExp): ReturnType<typeof analyze>['tokens'] | null {
  const text = q.text.trim();
  const m = opener.exec(text);
  return m ? analyze(text.slice(m[0].length)).tokens : null;
}

/** "What is Hezbollah?", "who is Sanne de Vries?": asks what or who something is, not a value of it. */
export function isDefinitionQuestion(text: string): boolean {
  return DEFINITION.test(text.trim());
}

/** The United States as a question writes it ("US", "U.S.", "USA"). */
const US_WRITTEN = String.raw`U\.S\.(?:A\.)?|USA?`;
const UNITED_STATES = new RegExp(String.raw`(?:^|[^\p{L}.])(?:${US_WRITTEN})(?![\p{L}])`, 'u');

export function parseQuestion(raw: string): Question {
  const cleaned = cleanQuestion(raw);
  const truncated = cleaned.truncated;
  const text = fixQuestionWord(cleaned.text);
  const lower = text.toLowerCase();
  const a = analyze(text);
  // "How heavy / thin / bright is it?": a measure, as "how tall" is, of whatever quality the adjective measures.
  // (Not "how big", "how old": asked for by rules of their own, their qualities, size and age, were measured to cost answers.)
  const asRead = agentRule(a.tokens, kindRule(lower));
  const measured = asRead?.kind === 'how' ? measuredQuality(a.tokens) : [];
  // "What temperature …?", "what size tin …?": a magnitude, said by a number with its unit ("160°C", "a 900g tin").
  // (Not a verb the tagger reads as a noun: "what *limits* us …?".)
  const measureNoun = asRead?.kind === 'what' && a.tokens.some((t, i) => i > 0 && /^(?:what|which)$/i.test(a.tokens[i - 1].text) && t.pos === 'NOUN' && !['PRON', 'DET'].includes(a.tokens[i + 1]?.pos ?? '') && isMeasureNoun(t.text.toLowerCase()));
  const rule = measured.length || measureNoun ? MEASURE_RULE : asRead;
  // "What's my holiday allowance?", "PTO entitlement?": how much time off, as "how much holiday" asks.
  const allowanceOf = ALLOWANCE_OF.exec(lower);
  const timeAllowance = !!allowanceOf && (!rule || rule.kind === 'what') && (isTimeNoun(allowanceOf[1]) || workplaceSynonyms(allowanceOf[1]).some(isTimeNoun));
  // (A claim said as a statement is asked whether it is so.)
  const kind: QuestionKind = timeAllowance ? 'quantity' : (rule?.kind ?? (cleaned.claim ? 'yesno' : 'keywords'));
  // "How much holiday / time off / notice?" asks for a length of time, not a sum of money.
  const howMuchOf = HOW_MUCH_OF.exec(lower)?.[1];
  const leadTime = LEAD_TIME.test(lower);
  // ("PTO" is no WordNet word, but the team's word for one: time off.)
  const timeAsked = !!howMuchOf && (isTimeNoun(howMuchOf) || workplaceSynonyms(howMuchOf).some(isTimeNoun));
  const asked = timeAllowance || (rule?.kind === 'quantity' && (timeAsked || leadTime)) ? TIME_AMOUNT : (rule?.wants ?? []);
  // "How big is the staff discount?" — "four guests a month at 20% off": a share is said in per cent.
  // ("How many animals does the discount cover?" counts them still.)
  const wants = rule?.kind === 'quantity' && SHARE_ASKED.test(lower) && !COUNTS_THINGS.test(lower) && asked.includes('PERCENT') ? ['PERCENT' as const, ...asked.filter((w) => w !== 'PERCENT')] : asked;

  const surfaceOf = new Map<string, string>();
  const names = new Set<string>();
  a.tokens.forEach((t, i) => {
    const lemma = normalizeLemma(t.lemma);
    surfaceOf.set(lemma, t.text);
    // Capitalised inside the question (not merely as its first word), or tagged a proper noun.
    if (/^\p{Lu}/u.test(t.text) && (i > 0 || t.pos === 'PROPN')) names.add(lemma);
  });
  // The noun right after which/what names the kind of answer ("which country"): it is
  // rarely in the answering sentence, so it counts for little.
  const typeNoun = TYPE_NOUN.exec(lower)?.[1];
  const countedUnit = COUNTED_UNIT.exec(lower)?.[1] ?? null;
  const measure = MEASURE_ASKED.exec(lower)?.[1];
  const perUnits = new Set([...lower.matchAll(PER_UNIT)].map((m) => m[1]));
  const foreign = new Set([...lower.matchAll(OTHER_COUNTRY)].map((m) => normalizeLemma(m[1])));
  const given = new Set([...text.matchAll(SUM), ...text.matchAll(HOUR)].map((m) => normalizeLemma(m[1] ?? m[2])));
  // "do I need to be in", "want to know": a verb before "to" and another verb says how, not what (as "must" or "have to" do).
  const modal = new Set(a.tokens.filter((t, i) => /^(?:need|needs|needed|want|wants|wanted)$/i.test(t.text) && a.tokens[i + 1]?.text.toLowerCase() === 'to').map((t) => normalizeLemma(t.lemma)));
  const idiom = idiomWords(lower);
  // "I'm sick today", "feeling ill this morning": when the asker is in the situation, and that they feel it, say
  // what happens to them, not what the documents say it about ("feel" before an adjective is "be").
  const situation = new Set([...lower.matchAll(SITUATION)].map((m) => m[1] ?? m[2]));
  a.tokens.forEach((t, i) => {
    if (/^feel/i.test(t.text) && a.tokens[i + 1]?.pos === 'ADJ') situation.add(normalizeLemma(t.lemma));
  });
  // "Tell me about…" frames a question; "who do I tell?" asks whom to tell, and "tell" is what it is about.
  const tellsAsker = /\btell (?:me|us)\b/.test(lower);
  const terms: QueryTerm[] = [];
  // (A number asked in words says how many of what is asked, "can two nurses be off?", more than what it is about:
  // only one typed in digits is looked for, "a 2 hour lesson" as "a two-hour lesson"; "£35,000" as the index's 35000.)
  const typed = text.replace(/(?<=\d),(?=\d{3}\b)/g, '');
  const typedInDigits = (lemma: string) => new RegExp(`(?<![\\d.,])${lemma}(?![\\d.,]\\d)`).test(typed);
  for (const lemma of contentLemmas(a.tokens)) {
    if (WH.has(lemma) || (/^\d+$/.test(lemma) && !typedInDigits(lemma))) continue;
    const surface = surfaceOf.get(lemma) ?? lemma;
    let weight = 1;
    if ((FRAME_WORDS.has(lemma) && (lemma !== 'tell' || tellsAsker)) || modal.has(lemma) || idiom.has(lemma) || situation.has(lemma) || (kind === 'where' && WHERE_FRAME.has(lemma) && ASKER_LOOKS.test(lower))) weight = 0.2;
    // "How long is a match?" — "a match lasts 90 minutes": "long" asks for a length, as "how" does, and the sentence giving it
    // rarely says the word; half its weight, as a FAQ's own question ("How long is probation?") still says it.
    else if (lemma === 'long' && HOW_LONG_ASKED.test(lower)) weight = HOW_LONG_WEIGHT;
    // "Which *broadcaster* broke the story?": the kind of answer is less than what it is about, but a sentence that
    // says it ("KAN public broadcaster") says the answer's kind (0.35 and 1 measured: 0.7 refuses fewer, WikiQA's too).
    else if (typeNoun && (lemma === typeNoun || surface.toLowerCase() === typeNoun) && rule && rule.wants.length) weight = KIND_NOUN_WEIGHT;
    // "How many vacation days…": the unit counted is the kind of answer, as "which country" names one; "vacation" is what it is about.
    else if ((countedUnit && lemma === countedUnit) || (measure && surface.toLowerCase() === measure)) weight = MEASURE_WEIGHT;
    // …and so is the allowance of "what's my holiday allowance?".
    else if (timeAllowance && lemma === normalizeLemma(allowanceOf[2])) weight = 0.35;
    terms.push({ lemma, surface, weight, name: names.has(lemma), ...(perUnits.has(lemma) ? { perUnit: true as const } : {}), ...(given.has(lemma) ? { given: true as const } : {}), ...(foreign.has(lemma) ? { foreign: true as const } : {}) });
  }
  // "How heavy is it?" asks the weight a spec sheet gives ("Weight: 1.29 kg"), "how thin" its thickness: the
  // quality the adjective measures, as weak evidence as the measure word itself.
  for (const noun of measured) if (!terms.some((t) => t.lemma === noun)) terms.push({ lemma: noun, surface: noun, weight: MEASURE_WEIGHT, name: false });
  // "How old do you have to be to enter?" asks an age one must be, said "aged 18 or over", as weakly as "old" is.
  if (AGE_REQUIRED.test(lower) && !terms.some((t) => t.lemma === 'age')) terms.push({ lemma: 'age', surface: 'age', weight: 1, name: false });
  // "the US", "U.S.": a stop-word list takes "us" for the pronoun, and "U.S." falls apart into "s."; the
  // documents write "U.S." (one word to the index) or "the United States" (a WordNet synonym of it).
  if (UNITED_STATES.test(text)) {
    const at = terms.findIndex((t) => t.lemma === 's.');
    if (at >= 0) terms.splice(at, 1);
    if (!terms.some((t) => t.lemma === UNITED_STATES_LEMMA)) terms.push({ lemma: UNITED_STATES_LEMMA, surface: 'US', weight: 1, name: false });
  }
  const answerNoun = ANSWER_NOUN.exec(lower)?.[1] ?? typeNoun ?? null;
  const nounToken = typeNoun ? a.tokens.find((t, i) => i > 0 && t.text.toLowerCase() === typeNoun && /^(?:which|what)$/i.test(a.tokens[i - 1].text)) : undefined;
  // "Which Slack channel …": the noun the answer is attached to is the phrase's head, its last noun.
  const phrase = kindPhrase(a.tokens);
  // "What *units* is time recorded in?": the noun phrase after "what" says what is wanted, not a later word ("time").
  // ("What the Gulf states are prioritising": the object of its verb is asked, of no kind its subject's noun says.)
  const askedPart = nounToken && phrase.length ? phrase.map((t) => t.text.toLowerCase()).join(' ') : OBJECT_ASKED.test(lower) ? '' : lower;
  // "How do I pay for the washing machines?" asks the way it is done, not a sum.
  let spanWants = wants.length || (kind === 'how' && MANNER_ASKED.test(lower)) ? [] : (SPAN_RULES.find((r) => r.test.test(askedPart))?.wants ?? []);
  const head = nounToken && phrase.length > 1 && phrase[phrase.length - 1].pos === 'NOUN' ? phrase[phrase.length - 1] : nounToken;
  const attachedTo = !wants.length && !spanWants.length && head && ['NOUN', 'PROPN'].includes(head.pos) ? normalizeLemma(head.lemma) : null;
  if (attachedTo) spanWants = ['NAME', 'ORG', 'PLACE', 'PERSON'];
  return { text, kind, wants, spanWants, terms, attachedTo, typeNoun: typeNoun ?? null, answerNoun, kindWords: [...new Set(phrase.flatMap((t) => [normalizeLemma(t.lemma), fold(t.text)]))], role: roleOf(a.tokens, typeNoun), leadTime, focus: kind === 'yesno' ? focusOf(a.tokens) : null, countedUnit: countedUnit ?? UNIT_COUNTED.exec(lower)?.[1] ?? null, ...(measured.length ? { measures: measured } : {}), ...(rule === MEASURE_RULE ? { measureAsked: true as const } : {}), ...(cleaned.shortForm ? { shortForm: cleaned.shortForm } : {}), truncated };
}

/** The head of the first noun phrase after the main verb, or of the first one where none follows it. */
function focusOf(tokens: ReturnType<typeof analyze>['tokens']): string | null {
  // "Is the museum *free*?", "is the soup *vegan*?": what is asked of the thing is the adjective said of it.
  if (/^(?:is|are|was|were)$/i.test(tokens[0]?.text ?? '')) {
    const noun = tokens.findIndex((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
    const said = noun > 0 ? tokens.findIndex((t, i) => i > noun && t.pos === 'ADJ') : -1;
    if (said > 0) return normalizeLemma(tokens[said].lemma);
  }
  const verb = tokens.findIndex((t) => t.pos === 'VERB');
  const from = verb >= 0 && tokens.slice(verb + 1).some((t) => t.pos === 'NOUN') ? verb + 1 : 0;
  const at = tokens.findIndex((t, i) => i >= from && t.pos === 'NOUN');
  if (at < 0) return null;
  let head = at;
  while (tokens[head + 1]?.pos === 'NOUN') head++;
  return normalizeLemma(tokens[head].lemma);
}

/** The tokens of the noun phrase after which/what, up to its last noun ("which health insurer", "what air base"). */
function kindPhrase(tokens: ReturnType<typeof analyze>['tokens']): ReturnType<typeof analyze>['tokens'] {
  const at = tokens.findIndex((t) => /^(?:which|what)$/i.test(t.text));
  if (at < 0) return [];
  let end = at + 1;
  for (let i = at + 1; i < tokens.length && i <= at + 3; i++) {
    if (tokens[i].pos === 'NOUN') end = i + 1;
    else if (tokens[i].pos !== 'ADJ' && tokens[i].pos !== 'PROPN') break;
  }
  return tokens.slice(at + 1, end);
}

function roleOf(tokens: ReturnType<typeof analyze>['tokens'], typeNoun: string | undefined): Question['role'] {
  let i = tokens.findIndex((t) => WH.has(t.text.toLowerCase()));
  if (i < 0) return null;
  i++;
  if (typeNoun && tokens[i]?.text.toLowerCase() === typeNoun) i++;
  const next = tokens[i];
  if (!next) return null;
  // "who hosts the base": the tagger may read a verb straight after "who" as a plural noun.
  if (next.pos === 'VERB' || (next.pos === 'NOUN' && ['DET', 'PROPN', 'NUM'].includes(tokens[i + 1]?.pos ?? ''))) return 'subject';
  // "was revealed": passive, the answer may stand anywhere; "did Netanyahu ask": object.
  if (next.pos === 'AUX') return tokens[i + 1]?.pos === 'VERB' ? null : 'object';
  return null;
}
