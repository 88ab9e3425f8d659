/**
 * "Where is the campsite for ticket holders?" — "Children under 12 get free entry with a ticket
 * holder"; "what is the population of Qatar?" — "Qatar hosts the Al Udeid Air Base": a question
 * asking where a thing is, or a value of it, is not answered by a sentence that says nothing of
 * the thing — no word of its noun phrase — neither itself nor under a title or section naming it.
 */
import { normalizeLemma } from '../facts/lemmas.js';
import { analyze, type Token } from '../facts/nlp.js';
import { hasPlaceNameSense, isAgentNoun, isCountryName, isTimeNoun } from '../facts/wordnet.js';
import { namesAnswerKind, perQuestion, wordsAfter } from './question.js';

const WHERE_ASKED = /^where(?:\s+(?:is|are)|['’]s)\s+(?:the|an?|our|my|your|their)\s+/i;
/** "What is the population of …?", "when is the next pay rise?", "how much is the council tax?", "how tall is the dam?": a value asked of a thing named by its noun. */
const VALUE_ASKED = /^(?:what|when|how much|how (?:tall|high|deep|wide|old|heavy|far away))(?:\s+(?:is|are|was|were)|['’]s)\s+(?:the|an?|our|my|your|their)\s+/i;
/** "How much does it cost to take my *bike*?", "how much is it to bring a *dog*?": the price of doing something with a thing. */
const COST_TO = /^how much (?:does|would|will|is|'s) it (?:cost )?to [a-z]+ (?:my|a|an|the|our|your|his|her|their)\s+/i;
/**
 * "What time does the library open?", "when does the gym close?": opening hours asked of a place named by its noun.
 * (Not when an event starts or ends: "when does the closure start?" is said by "will close the line from 22:00".)
 */
const HOURS_ASKED = /^(?:what time|when)\s+(?:does|do|will|is|are)\s+(?:the|our|your)\s+([\w\s'-]+?)\s(?:open|opens|close|closes|shut|shuts)\b/i;
/** What ends the noun phrase asked about ("the campsite *for* …", "the toilets *on* …"). */
const PHRASE_END = new Set(['ADP', 'PUNCT', 'AUX', 'PRON', 'DET', 'CCONJ', 'SCONJ', 'PART', 'ADV', 'VERB']);
/** Where the noun phrase the words open with ends. */
const phraseEnd = (tokens: readonly Token[]) => {
  const end = tokens.findIndex((t) => PHRASE_END.has(t.pos));
  return end < 0 ? tokens.length : end;
};

/**
 * The thing "where is the …?" asks the place of, or "what / when is the …?" a value of, or null: its
 * head noun, and the nouns before it that may name it instead ("the *Lisbon* office" is met by "the
 * Lisbon hub").
 */
export const thingAsked = perQuestion((q): string[] | null => {
  const placeOf = wordsAfter(q, WHERE_ASKED);
  const hoursOf = HOURS_ASKED.exec(q.text.trim())?.[1];
  const tokens = placeOf ?? wordsAfter(q, VALUE_ASKED) ?? wordsAfter(q, COST_TO) ?? (hoursOf ? analyze(hoursOf).tokens : null);
  const phrase = tokens && nounPhrase(tokens);
  if (!tokens || !phrase) return null;
  // ("How much is the work from home budget?": a price asked of a phrase the question does not end on may be cut short.)
  if (/^how much/i.test(q.text) && tokens.slice(phrase.length).some((t) => t.pos !== 'PUNCT')) return null;
  // (A noun naming the kind of value asked is said by the value: "the deadline for expenses" — "by the 15th".)
  if (!placeOf && phrase.some((t) => namesAnswerKind(t.text) || namesAnswerKind(normalizeLemma(t.lemma)))) return null;
  return nounsOf(phrase);
});

/** The noun phrase the words open with, where it ends on a noun; else null. */
function nounPhrase(tokens: readonly Token[]): readonly Token[] | null {
  const end = phraseEnd(tokens);
  return end > 0 && tokens[end - 1].pos === 'NOUN' ? tokens.slice(0, end) : null;
}
/** A phrase's nouns and names, head first ("the *Lisbon* office" is met by "the Lisbon hub"). */
const nounsOf = (phrase: readonly Token[]) => phrase.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN').reverse().map((t) => normalizeLemma(t.lemma));

/** "How long do badgers live?", "how fast can a cheetah run?": a measure asked of what the question's subject names. */
const SUBJECT_ASKED = /^how (?:long|fast|far|often|old|big|tall|heavy)\s+(?:do|does|did|can|could|will|would)\s+(?:the\s+|an?\s+|our\s+|my\s+|your\s+)?/i;

/** The nouns of the subject a measure is asked of ("how long do *badgers* live?"), head first; or null. */
export const subjectAsked = perQuestion((q): string[] | null => {
  const tokens = wordsAfter(q, SUBJECT_ASKED);
  const phrase = tokens && nounPhrase(tokens);
  return phrase ? nounsOf(phrase) : null;
});

/** "What did China say…?", "who is Margaret Keane?": a question whose subject is a name, after its question word and verb. */
const NAME_SUBJECT_ASKED = /^(?:what|who|whom|when|where|why|how)\s+(?:did|does|do|has|have|had|will|would|is|was)\s+(?:the\s+)?/i;

/**
 * The words of the name a question's subject is ("what did *China* say about the exchange?"), or null: a library that
 * never names it has nothing it said or did, whatever else of the question its sentences share.
 */
export const nameSubjectAsked = perQuestion((q): string[] | null => {
  const tokens = wordsAfter(q, NAME_SUBJECT_ASKED);
  if (!tokens) return null;
  let end = 0;
  // (Written as a name, without digits: "v2" and "SEV1" are codes, which the documents may spell out.)
  while (end < tokens.length && tokens[end].pos === 'PROPN' && /^\p{Lu}\D*$/u.test(tokens[end].text)) end++;
  // (The whole subject: "where do *GDPR* deletion requests go?" asks about the requests.)
  if (end === 0 || ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokens[end]?.pos ?? '')) return null;
  return tokens.slice(0, end).map((t) => normalizeLemma(t.lemma));
});

/** "Is there a staff car park?", "can I bring my dog …?", "do we get a company car?": whether a thing exists or is allowed. */
const HAS_ASKED = /^(?:is there|are there|do (?:we|i|you|staff|volunteers|members) (?:get|have)|does (?:the \w+ )?have|can (?:i|we) (?:bring|have|get|use|keep))\s+(?:an?\s+|any\s+|the\s+|my\s+|our\s+|free\s+|some\s+)*/i;

/** The nouns of the thing a yes/no question asks whether there is, or may be brought, head first; or null. */
export const thingHad = perQuestion((q): string[] | null => {
  if (q.kind !== 'yesno') return null;
  const tokens = wordsAfter(q, HAS_ASKED);
  if (!tokens) return null;
  const end = phraseEnd(tokens);
  // (Not where a verb follows the noun: "google translate" is one name the tagger split.)
  if (end === 0 || tokens[end - 1].pos !== 'NOUN' || tokens[end]?.pos === 'VERB') return null;
  const head = normalizeLemma(tokens[end - 1].lemma);
  // A sum or limit ("is there money for…", "a *minimum* contract") is said by its value, and a person ("a friend",
  // "my partner") by the role the sentence gives them ("one guest a month").
  if (tokens.slice(0, end).some((t) => namesAnswerKind(t.text.toLowerCase()) || namesAnswerKind(normalizeLemma(t.lemma))) || isAgentNoun(head)) return null;
  return tokens.slice(0, end).filter((t) => t.pos === 'NOUN').reverse().map((t) => normalizeLemma(t.lemma));
});

/** "What is the capital of Russia?", "what's Qatar's population?", "what currency does Iran use?": an attribute of a place. */
const ATTRIBUTE_OF = /^(?:what|which)(?:['’]s|\s+(?:is|are|was|were))?\s+(?:the\s+)?([a-z]+)\s+of\s+(?:the\s+)?(.+?)\s*\??$/i;
const POSSESSED = /^(?:what|which)(?:['’]s|\s+(?:is|are|was|were))\s+(.+?)['’]s?\s+([a-z]+)\s*\??$/i;
const DONE_THERE = /^(?:what|which)\s+([a-z]+)\s+(?:do|does|did)\s+(.+?)\s*\??$/i;
/** The verbs of doing an act named by its noun: "what threat did Tehran *make*", "what message did Russia *pass on*". */
const ACT_DONE = /^\S+(?:\s+\S+)?\s+(?:make|give|issue|send|deliver|offer|take|pass|put|raise|voice)\b/i;

/**
 * The attribute asked of a named country or city, or null: a sentence that names the place and not the
 * attribute ("the capital", "the population", "the currency") does not give it.
 */
export const attributeOfPlace = perQuestion((q): string | null => {
  const text = q.text.trim();
  let attribute: string | undefined;
  let place: string | undefined;
  const of = ATTRIBUTE_OF.exec(text);
  const possessed = POSSESSED.exec(text);
  const done = DONE_THERE.exec(text);
  if (of) [attribute, place] = [of[1], of[2]];
  else if (possessed) [place, attribute] = [possessed[1], possessed[2]];
  // ("What *year* did Mexico gain independence?" asks a date, not an attribute; "what *exactly* did…" nothing.)
  // (Nor does "what *threat* did Tehran make…", "what action did Qatar take": an act the place did, said in its own words, "warned".)
  else if (done && !isTimeNoun(done[1].toLowerCase()) && !namesAnswerKind(done[1].toLowerCase()) && analyze(text).tokens[1]?.pos === 'NOUN' && !ACT_DONE.test(done[2])) [attribute, place] = [done[1], done[2]];
  if (!attribute || !place) return null;
  const words = place.toLowerCase().split(/\s+/).map((w) => normalizeLemma(w));
  const isPlace = (w: string) => isCountryName(w) || hasPlaceNameSense(w);
  // (A place of several words is named whole: "saudi arabia", "new york".)
  const named = isPlace(words.join(' ')) ? words : words.filter(isPlace);
  // (Asked "of" a place or by its possessive, the place is all of it; asked what is done there, the one doing it or
  // where: "does Iran use", "do they speak in Iran" — not what is done to it: "did Trump use to threaten Tehran".)
  if (named.length === 0 || ((of || possessed) && named.length !== words.length)) return null;
  if (!of && !possessed && !words.some((w, k) => isPlace(w) && (k === 0 || words[k - 1] === 'in'))) return null;
  // (As the question's words are: "what *sites* did …" asks of "site".)
  return normalizeLemma(analyze(attribute.toLowerCase()).tokens[0]?.lemma ?? attribute.toLowerCase());
});
