/**
 * A question in, an answer out: the fact that best answers it, with its quote, source,
 * calibrated confidence and alternatives, or an honest "not found".
 *
 * Two stages. The inverted index finds candidates: facts sharing a word with the question
 * (literally, as a WordNet relative, or as the word a typo meant), BM25-weighted, plus the
 * opening sentences of documents whose titles the question names. Then a fitted reranker
 * (features.ts, model.ts) reads each candidate as a person would (are all the question's
 * words accounted for, by meaning if not by spelling? does it hold the date or number that
 * was asked for? does its document's title name the topic?) and gives each, and "no answer",
 * a probability.
 */
import { fold } from '../facts/text.js';
import type { Fact } from '../facts/types.js';
import { isDefinitionQuestion, parseQuestion, type Question, type QuestionKind } from './question.js';
import type { FactIndex, TermMatch } from './search-index.js';
import { datesThing, eventAsked, onlyPlanned } from './event-asked.js';
import { endUnsaid, hourUnsaid, startUnsaid } from './end-asked.js';
import { askedBack } from './asked-back.js';
import { otherKind, qualityUnsaid, whichUnsaid } from './kind-asked.js';
import { placeOnlyContains } from './where-asked.js';
import { sumMissing } from './sum-asked.js';
import { otherDay } from './other-day.js';
import { otherCountrysOffice } from './other-country.js';
import { onlyAsModifier } from './modifier-only.js';
import { otherLabel } from './other-label.js';
import { otherMeasure } from './other-measure.js';
import { actionAsked } from './action-asked.js';
import { agentUnsaid, creationAsked, creditsWork, experiencerSays, speakerSays } from './agent-asked.js';
import { broaderEventCounted, countedThing, countMissing, countsAnyThing, countsOtherThanPeople, countsOtherThing, habitMissing, lengthMissing, speedMissing } from './count-asked.js';
import { attributeOfPlace, nameSubjectAsked, subjectAsked, thingAsked, thingHad } from './thing-asked.js';
import { ownerAsked } from './owner-asked.js';
import { answerCandidates, roleHeadAsked, roleUnfilled, shortAnswer } from './span.js';
import { definitions, hasPlaceNameSense, isKindOf, inflectionBases, isMultiwordName, isWord, isCountryName, isPhrasalVerb, isProperName, kindsOfName, morphy, relatedWords, WEIGHT } from '../facts/wordnet.js';
import { contentLemmas, normalizeLemma } from '../facts/lemmas.js';
import { analyze } from '../facts/nlp.js';
import { topK } from './top-k.js';
import { acronymTerms } from './acronyms.js';
import { abbreviations, spelledOut } from './abbreviations.js';
import { equalDurations } from './durations.js';
import type { Alternative, Answer, Source } from './types.js';
import { addRow, featuresOf, nullFeaturesOf, type Query, type QueryTerm } from './features.js';
import { confidences, loadModel, scores, type RankerModel } from './model.js';
import { generalWeight, wordVectors } from './word-vectors.js';
import { encodeSentences } from './sentence-model.js';
import { workplaceSynonyms } from './synonyms.js';

export interface AnswerOptions {
  /** Confidence at or above which a fact is given as the answer; the model's own by default. */
  threshold?: number;
  /** How many alternatives (or suggestions) at most. */
  alternatives?: number;
  /** Another fitted model (training measures candidates this way). */
  model?: RankerModel;
  /** Which facts may be quoted here (a channel's collections, private ones or not); all by default. */
  scope?: Scope;
  /** The question's sentence vector, where the library has them (askQuestion encodes it). */
  meaning?: Float32Array;
}

/**
 * Where an answer will be seen decides what it may quote: `collections` (null for all) by name,
 * the documents folder itself being `default`; private collections only where `private` is true.
 */
export interface Scope {
  collections: ReadonlySet<string> | null;
  private: boolean;
}

export const DEFAULT_COLLECTION = 'default';

/** Whether a fact, or a document, may be seen where `scope` says. */
export function inScope(x: { private?: true; collection?: string }, scope: Scope | undefined): boolean {
  if (!scope) return true;
  if (x.private && !scope.private) return false;
  return !scope.collections || scope.collections.has(x.collection ?? DEFAULT_COLLECTION);
}

/** What a question word found only in a fact's section heading counts for in the index's first pass. */
const HEADING_REACH = 0.5;
const NO_POSTINGS = new Uint32Array(0);
/** Facts re-scored in full after the index's first pass. */
const RERANK = 30;
/** Facts closest to the question by sentence meaning that join the candidates, whatever words they share. */
const MEANING_CANDIDATES = 5;
/** Documents whose titles the question names, and how many of each one's opening sentences join the candidates. */
const TITLE_DOCUMENTS = 3;
/** Below this a fact is too unlikely to be offered as further evidence beside an answer. */
export const ALTERNATIVE_FLOOR = 0.01;
/** "Find the source" names a sentence as the source of what a message says only above this chance. */
export const EVIDENCE_FLOOR = 0.1;
/** A neighbour by meaning at cosine 1 would count this much; WordNet synonyms count 0.8. */
const NEIGHBOUR_WEIGHT = 0.7;
/** "on-call" met as "on call": its head, with the short word before it unindexed (0.5 moved nothing; 0.7 two answers right). */
const HYPHEN_HEAD_WEIGHT = 0.7;
/** A word of an unknown word's dictionary definition: the weakest evidence that still counts. */
const DEFINITION_WEIGHT = 0.25;
/** An acronym's spelled-out phrase: nearly as sure as the word itself. */
const ACRONYM_WEIGHT = 0.9;
/** A sum or hour the question gives that the library lacks (0.3 measured; 1 refused "a £900 monitor, do I need approval?"). */
const GIVEN_VALUE_WEIGHT = 0.3;
/** A word of an equal length of time ("30" and "minute" for "half an hour"): as sure as a synonym. */
const EQUAL_DURATION_WEIGHT = 0.85;
/** Suggestions offered when declining: the closest passages, however unlikely, above this. */
const SUGGESTION_FLOOR = 0.002;

/** Reused between questions so a query allocates nothing proportional to the table. */
interface Scratch {
  stamp: Uint32Array;
  best: Float32Array;
  /** Facts one question word reached, and every fact the question reached: lists reused, with counts. */
  local: Uint32Array;
  touched: Uint32Array;
  coverage: Float32Array;
  bm25: Float32Array;
  seen: Uint32Array;
  generation: number;
}

const scratches = new WeakMap<FactIndex, Scratch>();

function scratchFor(index: FactIndex): Scratch {
  let s = scratches.get(index);
  if (!s) {
    const n = index.size;
    s = { stamp: new Uint32Array(n), best: new Float32Array(n), local: new Uint32Array(n), touched: new Uint32Array(n), coverage: new Float32Array(n), bm25: new Float32Array(n), seen: new Uint32Array(n), generation: 0 };
    scratches.set(index, s);
  }
  return s;
}

/** Expansions by index, remembered: a team asks about the same things, and a typo's Fuse.js search is the costliest step. */
const expansionCache = new WeakMap<FactIndex, Map<string, TermMatch[]>>();
const EXPANSIONS_KEPT = 20_000;

/** The index terms that can stand for a question word, best first. */
export function expandTerm(index: FactIndex, lemma: string, surface: string, name = false): TermMatch[] {
  let cache = expansionCache.get(index);
  if (!cache) expansionCache.set(index, (cache = new Map()));
  const key = `${lemma}\u0000${surface}\u0000${name}`;
  let found = cache.get(key);
  if (!found) {
    found = expand(index, lemma, surface, name);
    if (cache.size >= EXPANSIONS_KEPT) cache.clear();
    cache.set(key, found);
  }
  return found;
}

function expand(index: FactIndex, lemma: string, surface: string, name: boolean): TermMatch[] {
  const out = new Map<string, number>();
  const add = (term: string, weight: number) => {
    if (index.has(term) && (out.get(term) ?? 0) < weight) out.set(term, weight);
  };
  const folded = fold(surface);
  add(lemma, 1);
  add(folded, 1);
  // "on-call" asked, "on call" or "oncall" written (and "e-mail", "email"): a hyphenated word's other spellings. Its
  // head stands for it where a short word before it is all the hyphen joins ("each week *on call*": "on" is no content word).
  if (lemma.includes('-')) {
    add(lemma.replace(/-/g, ''), 1);
    add(lemma.replace(/-/g, ' '), 1);
    const [before, head, more] = lemma.split('-');
    if (more === undefined && /^\p{L}{1,3}$/u.test(before) && head.length > 2) add(head, HYPHEN_HEAD_WEIGHT);
  }
  const known = index.has(lemma) || index.has(folded);
  // A relative far more common than the word asked is weaker evidence ("telephone" → "call"):
  // in a large archive such words match nearly anything. The fourth root keeps a word three
  // times as common near full weight and one a hundred times as common at a third.
  // (A word the documents lack has no commonness to compare; tried as "seen once", it cost seed answers.)
  const askedDf = Math.max(index.df(lemma), index.df(folded));
  const relative = (word: string, weight: number) => add(word, askedDf ? weight * Math.min(1, ((askedDf + 1) / (index.df(word) + 1)) ** 0.25) : weight);
  // A name is not its dictionary senses: "Titanic" is no "titan", "Pearl Harbor" no gem.
  if (!name) {
    for (const r of relatedWords(lemma)) {
      relative(r.word, r.weight);
      // "How did the fighting end?" — "a *ceasefire*", "where do I find the rota?" — "the *noticeboard*": a synonym the
      // library has only closed up with another word, as that compound, weaker.
      if (r.weight >= WEIGHT.synonym && !index.has(r.word)) for (const c of index.compoundsOf(r.word, isWord)) add(c, r.weight * COMPOUND_WEIGHT);
    }
    if (folded !== lemma) for (const r of relatedWords(folded)) relative(r.word, r.weight);
  }
  // A workplace's own synonyms ("time off" for vacation, "boss" for manager): as sure as WordNet's (0.7 and 0.85 measured alike).
  // (A plural the lemmatiser keeps as a word of its own, "wages", "earnings", is the same word, asked or written.)
  // "carry over" asked, "carried into the next year" written: a phrasal verb's verb, and a workplace
  // synonym's ("roll over" → "roll into"), as weaker evidence than the phrase.
  // (A word the team's list knows is no name, however it is written: "PTO" is time off.)
  const phrasalVerb = name ? null : verbOfPhrasal(lemma);
  if (phrasalVerb) add(phrasalVerb, PHRASAL_VERB_WEIGHT);
  for (const key of new Set([lemma, folded, ...inflectionBases(lemma)])) {
    for (const w of workplaceSynonyms(key)) {
      for (const form of [w, `${w}s`]) add(form, WEIGHT.synonym);
      const verb = verbOfPhrasal(w);
      if (verb) add(verb, WEIGHT.synonym * PHRASAL_VERB_WEIGHT);
    }
  }
  // "reach out" asked, "outreach" written; "break down" and "breakdown"; and the other way round.
  for (const form of particleForms(lemma)) add(form.term, form.weight);
  if (known) {
    // A known name may still have close relatives in the text ("Israel" asked, "Israeli" written).
    if (name || /^\p{Lu}/u.test(surface)) for (const term of index.extensions(folded)) add(term, 0.6);
  } else if (!/\d/.test(lemma)) {
    // A name the documents never use, in whatever case it was asked, is met by its typos and by what
    // it is (below), never by its neighbours by meaning or its definition: "syria" is no "Lebanon",
    // however close their vectors, nor "a republic in the Middle East".
    const proper = name || isProperName(lemma) || isProperName(folded) || hasPlaceNameSense(lemma);
    // An unknown word may be an inflection the tagger did not undo ("renewed" read as an adjective).
    // …whose own relatives then count as the word's ("mediated": "mediate" → "intermediary").
    const borrows = !proper && relatedWords(lemma).length === 0;
    // …but it is what WordNet says it is an instance of ("paris": a capital, as in "€180 in
    // capitals"), and a country the documents never name is, to a handbook, "abroad", "another country"
    // or "outside the UK".
    if (proper) for (const w of kindsOfName(lemma)) add(w, WEIGHT.broader);
    if (proper && (isCountryName(lemma) || isCountryName(folded))) for (const w of FOREIGN) add(w, WEIGHT.broader);
    for (const base of inflectionBases(folded)) {
      add(base, 0.9);
      if (borrows) for (const r of relatedWords(base)) relative(r.word, 0.9 * r.weight);
    }
    // "timesheets" asked, "time sheets" written: a word the library writes apart, met by its head.
    if (!proper) for (const head of splitHeads(index, folded)) add(head, SPLIT_HEAD_WEIGHT);
    // "defib", "config": a clipped word no dictionary has is the start of the library's word for it.
    if (!proper && !isWord(folded) && morphy(folded) === null) for (const term of index.completions(folded)) add(term, CLIPPED_WEIGHT);
    // Written with a hyphen the asker left out, it is the same word.
    for (const term of index.hyphenated(folded)) add(term, 1);
    // Otherwise it is most likely a typo; a number never is (2022 is not 2020).
    for (const m of index.fuzzy(lemma)) add(m.term, m.weight);
    if (folded !== lemma) for (const m of index.fuzzy(folded)) add(m.term, m.weight);
    // An acronym the documents spell out ("SSO" for "single sign-on"), written as one, or typed in
    // lower case as chat does ("sso"), where no dictionary word is.
    if (/^\p{Lu}{3,6}$/u.test(surface) || (/^\p{Ll}{3,6}$/u.test(surface) && !isWord(folded) && morphy(folded) === null)) for (const term of acronymTerms(index, folded)) add(term, ACRONYM_WEIGHT);
    // Or the asker's word for something the documents call otherwise: weaker evidence than a synonym.
    if (!proper) for (const m of index.neighbours(lemma)) add(m.term, NEIGHBOUR_WEIGHT * m.weight);
    // Or what the dictionary says it is ("abroad": in a foreign country; "beer": an alcoholic beverage): weaker still.
    if (!proper) {
      for (const gloss of definitions(folded)) {
        for (const l of contentLemmas(analyze(gloss).tokens)) {
          add(l, DEFINITION_WEIGHT);
          for (const term of index.extensions(l)) add(term, DEFINITION_WEIGHT * 0.8);
        }
      }
    }
  }
  // "assurances" asked, "reassurances" written (and the other way round): a word with "re-" is
  // that word again, near enough ("rebuild", "reconsider", "renewed"). Only where the library has it.
  if (!name) {
    for (const [term, weight] of [[lemma, 1], [folded, 1], ...out] as Array<[string, number]>) {
      if (weight < RE_PREFIX_FROM) continue;
      add(`re${term}`, weight * RE_PREFIX_WEIGHT);
      if (term.startsWith('re') && term.length > 5) add(term.slice(2), weight * RE_PREFIX_WEIGHT);
    }
  }
  return [...out].map(([term, weight]) => ({ term, weight })).sort((a, b) => b.weight - a.weight);
}
const COMPOUND_WEIGHT = 0.5;
/** A clipped word for the library's whole one: nearly the word, as sure as a typo's one slip. */
const CLIPPED_WEIGHT = 0.8;
/** The head of a closed compound the library writes as two words ("time *sheets*"): the compound's kind of thing, nearly the word. */
const SPLIT_HEAD_WEIGHT = 0.8;

/**
 * The heads of `word` split where the library has both parts written side by side ("timesheets" →
 * "time sheets" → "sheet"; "payday" only if the documents say "pay day"): checked in the text, so a
 * chance split ("together" → "to get her") meets nothing. Once per word and library (expansions are cached).
 */
function splitHeads(index: FactIndex, word: string): string[] {
  if (word.length < 7 || !/^[a-z]+$/.test(word)) return [];
  const out: string[] = [];
  for (let i = 3; i <= word.length - 3; i++) {
    const first = word.slice(0, i);
    const rest = word.slice(i);
    const singular = rest.replace(/s$/, '');
    const head = [rest, singular].find((h) => h.length >= 3 && index.has(h));
    if (!head || !index.has(first)) continue;
    const apart = new RegExp(`\\b${first}[\\s-]+${singular}`, 'i');
    if (index.facts.some((f) => apart.test(f.text))) out.push(head);
  }
  return out;
}
const RE_PREFIX_FROM = 0.4;
const RE_PREFIX_WEIGHT = 0.8;
/** What a country the documents never name is to them (a broader term of it, as sure as WordNet's). */
const FOREIGN = ['abroad', 'country', 'foreign', 'overseas', 'outside'];

const PHRASAL_VERB_WEIGHT = 0.5;
const PHRASAL = /^([a-z]+) (out|up|down|over|off|back|in|on|away|through|forward)$/;
/** The verb of a phrasal verb WordNet knows with that particle ("carry over" → carry); "day off" is a noun, and "day" no evidence of it. */
function verbOfPhrasal(w: string): string | null {
  const m = PHRASAL.exec(w);
  return m && isPhrasalVerb(m[1], m[2]) ? m[1] : null;
}
const FORM_PARTICLES = ['out', 'up', 'down', 'over', 'off', 'back', 'in', 'on'];

/**
 * A phrasal verb's nouns ("reach out" → "outreach", "set up" → "setup", "set-up") and a
 * particle compound's phrasal verb ("outbreak" → "break out", "shutdown" → "shut down").
 */
export function particleForms(lemma: string): TermMatch[] {
  const phrasal = /^([a-z]+) ([a-z]+)$/.exec(lemma);
  if (phrasal && FORM_PARTICLES.includes(phrasal[2])) {
    const [, verb, particle] = phrasal;
    return [`${particle}${verb}`, `${verb}${particle}`, `${verb}-${particle}`].map((term) => ({ term, weight: 0.9 }));
  }
  // The other way is less sure ("income" is no "come in"): weaker evidence.
  const out: TermMatch[] = [];
  for (const p of FORM_PARTICLES) {
    if (lemma.length > p.length + 2 && lemma.startsWith(p)) out.push({ term: `${lemma.slice(p.length)} ${p}`, weight: 0.6 });
    if (lemma.length > p.length + 2 && lemma.endsWith(p)) out.push({ term: `${lemma.slice(0, -p.length).replace(/-$/, '')} ${p}`, weight: 0.6 });
  }
  return out;
}

/** What may follow a page's headline in its title: nothing, or the site's name after a separator. */
const TITLE_REST = /^(?:$|\s+[|–—·-]\s)/;
/**
 * Where a fact is cited from. A section the title opens with is the page's own headline under its title
 * ("Glaciers lost a tenth of their ice | The Meridian" over "Glaciers lost a tenth of their ice"): said again
 * beside the title, it says nothing.
 */
function sourceOf(f: Fact): Source {
  const section = f.section && !(f.title.startsWith(f.section) && TITLE_REST.test(f.title.slice(f.section.length))) ? f.section : null;
  return { document: f.document, title: f.title, section, paragraph: f.paragraph, ...(f.url ? { url: f.url } : {}) };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** `question` as asked, or already parsed (askQuestion parses it once for both encoding and answering). */
export function answerQuestion(index: FactIndex, question: string | Question, opts: AnswerOptions = {}): Answer {
  const model = opts.model ?? loadModel();
  const threshold = opts.threshold ?? model.threshold;
  const maxAlternatives = opts.alternatives ?? 3;
  const q = typeof question === 'string' ? parseQuestion(question) : question;
  const base = { question: q.text, answer: null, quote: null, source: null, factId: null, ...(q.truncated ? { truncated: true } : {}) };
  if (q.terms.length === 0) return { ...base, answered: false, confidence: 0, alternatives: [], reason: 'empty' };

  const ranked = rank(index, q, model, opts.scope, opts.meaning);
  const best = ranked[0];
  const answered = best !== undefined && best.score >= threshold;
  const pick = (floor: number, skip?: string) => {
    const out: Alternative[] = [];
    const quoted = new Set<string>(skip ? [skip] : []);
    for (const r of ranked) {
      if (out.length >= maxAlternatives) break;
      if (r.score < floor) continue;
      const f = index.facts[r.fact];
      if (quoted.has(f.text)) continue;
      quoted.add(f.text);
      out.push({ factId: f.id, quote: f.text, source: sourceOf(f), confidence: round(r.score) });
    }
    return out;
  };
  if (!answered) {
    return { ...base, answered: false, confidence: round(best?.score ?? 0), alternatives: pick(SUGGESTION_FLOOR), reason: 'not-found' };
  }
  const fact = index.facts[best.fact];
  return {
    ...base,
    answered: true,
    answer: shortAnswer(fact, q, best.matched, fact.section ? index.documents.sectionWords(fact.section) : undefined),
    quote: fact.text,
    source: sourceOf(fact),
    confidence: round(best.score),
    alternatives: pick(ALTERNATIVE_FLOOR, fact.text).filter((a) => a.factId !== fact.id),
    factId: fact.id,
  };
}

export interface Ranked {
  fact: number;
  /** The reranker's probability that this fact answers the question. */
  score: number;
  /** Index terms of this fact that matched a question word best. */
  matched: Set<string>;
}

/** Candidates with their features: what the reranker scores, and what training fits it on. */
export interface Candidates {
  query: Query;
  facts: number[];
  features: number[][];
  nullFeatures: number[];
}

/** A sentence that cannot answer as asked keeps at most this share of the threshold as its confidence: a passage to read, not an answer. */
const UNFILLED_SHARE = 0.5;
/** How far up WordNet a counted noun may stand above the thing asked ("birds" above "geese": four steps). */
const BROADER_COUNTED_DEPTH = 4;

/** Words for a document: what its byline, signature or mail header is said of ("who wrote the *article*?"). */
const DOCUMENT_NOUNS = new Set(['article', 'story', 'piece', 'report', 'letter', 'mail', 'email', 'e-mail', 'message', 'memo', 'document', 'doc', 'page', 'post', 'paper', 'note']);
/**
 * What a document says of itself (who wrote or sent it, when) answers who and when, never how, why or how
 * much: "how do I subscribe to the newsletter?" met a byline's words ("subscribe" is to sign, "editor").
 */
const NOT_SAID_OF_ITSELF: ReadonlySet<QuestionKind> = new Set(['how', 'why', 'quantity', 'duration']);

/** "Who is …", "who's …": a role's present holder. */
const HOLDS_NOW = /^who(?:\s+(?:is|are)\b|['’]s\b)/i;
/** "Who is the data person?": a head that says no role; the words before it do. */
const GENERIC_HEADS = new Set(['person', 'people', 'member', 'contact', 'one', 'guy', 'someone', 'somebody', 'individual', 'man', 'woman', 'lady']);
/** Letters two words share from the start to be one stem ("insurer", "insurance"). */
const STEM_LETTERS = 5;

/** Facts that could answer `q`, best first, each with the model's probability that it does. */
export function rank(index: FactIndex, q: Question, model: RankerModel = loadModel(), scope?: Scope, meaning?: Float32Array): Ranked[] {
  const c = candidates(index, q, scope, meaning);
  if (!c) return [];
  const s = scores(model, c.features, c.nullFeatures);
  const p = confidences(model, c.features, c.nullFeatures);
  // In the ranker's order; each confidence is that candidate's own, judged against those below it.
  const order = c.facts.map((_, i) => i).sort((a, b) => s[b] - s[a] || c.facts[a] - c.facts[b]);
  const ranked = order.map((i) => ({ fact: c.facts[i], score: p[i], matched: matchedTerms(c.query, index.facts[c.facts[i]]) }));
  // "Who is the head chef?" — "allergen questions go to the head chef" says the role and no one in it:
  // whatever its words share, it cannot say who. It stays among the closest passages, in its place
  // (each confidence is judged against the sentences below it, so none is moved up past it), and is
  // never the answer.
  // So is one that does not say the role at all, in any word for it ("who is the head receptionist?" —
  // "our head nurse is Gemma Price"), and one about other days than the one asked ("…on Saturday?" —
  // "open on Tuesdays and Thursdays").
  // (A role held now: "who was the messenger?" asks about an act, said in other words. A word spelt
  // from the same stem says the role too: "insurer", "travel insurance through Allianz".)
  // A word of the sentence says a question word when it is that word, a synonym or a broader word of it.
  const termOf = (lemma: string) => q.terms.findIndex((t) => t.lemma === lemma);
  const says = (words: Iterable<string>, lemma: string) => {
    const term = termOf(lemma);
    for (const l of words) if (l === lemma || (term >= 0 && (c.query.variantOf.get(l) ?? []).some(([t, w]) => t === term && w >= WEIGHT.broader))) return true;
    return false;
  };
  // …or a word spelt from the same stem ("insurer" — "travel insurance").
  const saysOrStem = (words: string[], lemma: string) => words.some((l) => l.slice(0, STEM_LETTERS) === lemma.slice(0, STEM_LETTERS)) || says(words, lemma);
  // A sentence's words with its document's title and its section's ("the *gym* allowance" said by a "## Gym" heading).
  const around = (fact: Fact, f: number, title = true) => [...fact.lemmas, ...(title ? index.documents.titleWords[index.documents.docOf[f]] : []), ...(fact.section ? index.documents.sectionWords(fact.section) : [])];
  const head = HOLDS_NOW.test(q.text) ? roleHeadAsked(q) : null;
  const roleHead = head && !GENERIC_HEADS.has(head) && termOf(head) >= 0 ? head : null;
  const saysRole = (fact: Fact) => !roleHead || saysOrStem(fact.lemmas, roleHead);
  // And one about another kind of the thing whose value is asked ("the *gym* allowance" — "an *internet* allowance"),
  // one that gives no sum where a sum of money is asked ("how much does the Enterprise plan cost?"), and one
  // about the same thing with another number ("the *third* floor" — "for the second floor and the fourth").
  // (The words around a sentence are gathered only for a sentence that says the noun asked.)
  const saysKind = (fact: Fact, f: number) => {
    let words: string[] | undefined;
    return (kind: string, exactly: boolean) => {
      words ??= around(fact, f);
      // (A heading's word the tagger could not make singular is the kind too: "## Webhooks" over "your endpoint".)
      return exactly ? words.includes(kind) : says(words, kind) || words.includes(`${kind}s`);
    };
  };
  // And, asked where a thing is or a value of it, one that says nothing of the thing, nor does its title or section.
  const thing = thingAsked(q)?.filter((w) => termOf(w) >= 0);
  const saysThing = (fact: Fact, f: number) => {
    if (!thing?.length) return true;
    const words = around(fact, f);
    // (What a document says of itself, its byline or "From:", is said of the article or mail asked about.)
    return thing.some((w) => saysOrStem(words, w) || (!!fact.about && DOCUMENT_NOUNS.has(w)));
  };
  // A noun asked is said by the sentence, its title or section, or by a kind of it ("do I get food?" — "a free meal").
  const saysNoun = (fact: Fact, f: number) => {
    let words: string[] | undefined;
    return (noun: string) => saysOrStem((words ??= around(fact, f)), noun) || fact.lemmas.some((l) => isKindOf(l, noun));
  };
  // And, asked whether there is a thing or it may be had or brought, one that does not say the thing itself, its head
  // noun or a kind of it: a word before it is not enough ("is there a staff canteen?" — "office staff can work from home").
  const had = thingHad(q)?.filter((w) => termOf(w) >= 0);
  const saysHad = (fact: Fact, f: number) => !had?.length || saysNoun(fact, f)(had[0]);
  // And, asked an attribute of a named country or city, one that does not say it.
  const attribute = attributeOfPlace(q);
  const saysAttribute = (fact: Fact, f: number) => !attribute || saysNoun(fact, f)(attribute);
  // And, asked how many of a thing, one that says nothing of it.
  const counted = countedThing(q);
  // (…nor one that counts a broader kind of it: "counts of up to 400 birds" says how many of the swans it names.)
  const saysCounted = (fact: Fact, f: number) => !counted || termOf(counted) < 0 || ((saysNoun(fact, f)(counted) || countsAnyThing(fact)) && !countsOtherThing(q, fact, (l, asked) => says([l], asked) || isKindOf(l, asked) || isKindOf(asked, l, BROADER_COUNTED_DEPTH)));
  // And, asked how many a named owner has, one that does not name the owner, nor does its section (a
  // document's title names its whole subject: the seeds' derived title names Israel, Iran and Russia).
  const owner = ownerAsked(q)?.filter((w) => termOf(w) >= 0);
  const saysOwner = (fact: Fact, f: number) => {
    if (!owner?.length) return true;
    const words = around(fact, f, false);
    return owner.every((w) => says(words, w));
  };
  // A verb asked is said by the sentence or its section (a verb the question's terms lack is not looked for).
  const saysVerb = (fact: Fact, f: number, verb: string) => termOf(verb) < 0 || saysOrStem(around(fact, f, false), verb);
  // And, asked when something happened, one that says no word for the event, nor does its section.
  const event = eventAsked(q);
  // (A word for it in another sense, said as a state, is none: "when was the museum founded?" — "the museum is *open*
  // Tuesday to Sunday"; WordNet has "open" for setting up, but the sentence's "open" is an adjective.)
  // (Nor one that says it only of what is planned: "next year we plan to open a pantry" dates no opening.)
  const saysEvent = (fact: Fact, f: number) => !event || (saysVerb(fact, f, event) && !onlyAsState(fact, event) && !onlyPlanned(fact, event)) || datesThing(fact, (l) => termOf(l) >= 0);
  const onlyAsState = (fact: Fact, verb: string) => {
    if (termOf(verb) < 0 || fact.lemmas.some((l) => l.slice(0, STEM_LETTERS) === verb.slice(0, STEM_LETTERS))) return false;
    const variants = fact.lemmas.filter((l) => says([l], verb));
    if (variants.length === 0) return false;
    const tokens = analyze(fact.text).tokens;
    return variants.every((v) => tokens.some((t) => normalizeLemma(t.lemma) === v) && tokens.every((t) => normalizeLemma(t.lemma) !== v || t.pos === 'ADJ'));
  };
  // …and, asked how to do something, one that does not say the doing ("how do I apply for a Blue Badge?" — "Accepted ID
  // includes … a Blue Badge").
  const action = actionAsked(q);
  const saysAction = (fact: Fact, f: number) => !action || saysVerb(fact, f, action);
  // …and, asked who made a thing, one that does not say it was made, in the verb or by crediting it ("Henry Williamson's novel").
  const made = creationAsked(q);
  const saysMade = (fact: Fact, f: number) => !made || saysVerb(fact, f, made) || creditsWork(fact.text);
  // And, asked how long or how fast a thing lives or goes, every sentence, where the library never names the thing nor
  // anything like it ("how long do badgers live?" of an article on otters: "otters live on average four years").
  // (…and, whatever is asked, where the library never names the one the question's subject is: "what did China say…?")
  const subject = (subjectAsked(q) ?? nameSubjectAsked(q))?.filter((w) => termOf(w) >= 0);
  const named = (w: string) => index.has(w) || [...c.query.variantOf.values()].some((vs) => vs.some(([t, weight]) => t === termOf(w) && weight >= WEIGHT.synonym));
  const subjectUnnamed = !!subject?.length && !subject.some(named);
  // (…and, asked what a short form stands for, one that does not spell it out: "Israel's KAN public broadcaster" says what KAN is, not its words.)
  const cannotAnswer = (fact: Fact, f: number) =>
    subjectUnnamed || !saysRole(fact) || !saysHad(fact, f) || !saysAttribute(fact, f) || !saysCounted(fact, f) || !saysEvent(fact, f) || !saysMade(fact, f) || !saysAction(fact, f) || !saysThing(fact, f) || !saysOwner(fact, f) || roleUnfilled(fact, q) || otherDay(fact.text, q) || otherKind(q, fact.lemmas, saysKind(fact, f)) || qualityUnsaid(q, fact.lemmas) || whichUnsaid(q, fact) || sumMissing(q, fact) || otherLabel(fact.text, q) || agentUnsaid(q, fact) || countMissing(q, fact) || countsOtherThanPeople(q, fact) || speedMissing(q, fact) || habitMissing(q, fact) || lengthMissing(q, fact) || broaderEventCounted(q, fact) || placeOnlyContains(q, fact.text) || endUnsaid(q, fact) || startUnsaid(q, fact) || hourUnsaid(q, fact) || askedBack(q, fact) || onlyAsModifier(q, fact) || otherCountrysOffice(q, fact) || otherMeasure(q, fact) || (!!q.shortForm && !spelledOut(q.shortForm, fact.text)) || (!!fact.about && NOT_SAID_OF_ITSELF.has(q.kind));
  // And one that names the one whose words or fears are asked, but never as the one speaking or afraid (read once per
  // candidate: it parses the sentence).
  const roles = ranked.map((r) => {
    const fact = index.facts[r.fact];
    const [speaker, experiencer] = [speakerSays(q, fact), experiencerSays(q, fact)];
    return { unsaid: speaker === false || experiencer === false, says: speaker ?? experiencer };
  });
  for (const [i, r] of ranked.entries()) if (roles[i].unsaid || cannotAnswer(index.facts[r.fact], r.fact)) r.score = Math.min(r.score, model.threshold * UNFILLED_SHARE);
  // Such a sentence ("what was Israel afraid of?" — "Iran feared that…") is about another person, not a near miss:
  // where another candidate gives theirs ("Israeli concerns that…"), it goes below the others, so that one can answer.
  if (!roles.some((r) => r.says === true)) return ranked;
  return [...ranked.filter((_, i) => roles[i].says !== false), ...ranked.filter((_, i) => roles[i].says === false)];
}

/**
 * The fact's words standing for question words: where the short answer is looked for. A
 * relative of a word the fact also has itself ("reviews" beside "surveys", for "survey") points
 * at nothing the question asked about.
 */
function matchedTerms(query: Query, fact: Fact): Set<string> {
  const best = new Float64Array(query.terms.length);
  for (const l of fact.lemmas) for (const [t, w] of query.variantOf.get(l) ?? []) if (w > best[t]) best[t] = w;
  const matched = new Set<string>();
  for (const l of fact.lemmas) if ((query.variantOf.get(l) ?? []).some(([t, w]) => w >= 1 || best[t] < 1)) matched.add(l);
  return matched;
}

/** How many facts a scope sees: the library size the confidence reads, remembered per scope. */
const scopeSizes = new WeakMap<FactIndex, Map<string, number>>();
function librarySize(index: FactIndex, scope: Scope | undefined): number {
  if (!scope) return index.size;
  let sizes = scopeSizes.get(index);
  if (!sizes) scopeSizes.set(index, (sizes = new Map()));
  const key = `${scope.private}|${scope.collections ? [...scope.collections].sort().join('+') : '*'}`;
  let size = sizes.get(key);
  if (size === undefined) sizes.set(key, (size = index.facts.filter((f) => inScope(f, scope)).length));
  return size;
}

export function prepareQuery(index: FactIndex, q: Question, scope?: Scope): Query | null {
  const vectors = wordVectors();
  const sameTime = equalDurations(q.text);
  const terms: QueryTerm[] = q.terms.map((t) => {
    const expanded = expandTerm(index, t.lemma, t.surface, t.name);
    // "half an hour" asked, "30 minutes" written: the words of an equal length of time.
    const equal = (sameTime.get(t.lemma) ?? sameTime.get(fold(t.surface).toLowerCase()) ?? []).filter((w) => index.has(w) && !expanded.some((v) => v.term === w));
    let variants = equal.length ? [...expanded, ...equal.map((term) => ({ term, weight: EQUAL_DURATION_WEIGHT }))] : expanded;
    // "Another country" is abroad, as a country the documents never name is.
    if (t.foreign) variants = [...variants, ...FOREIGN.filter((w) => index.has(w) && !variants.some((v) => v.term === w)).map((term) => ({ term, weight: WEIGHT.broader }))];
    const rows = new Set<number>();
    if (vectors) {
      for (const w of [t.lemma, fold(t.surface).toLowerCase()]) {
        const r = vectors.rows.get(w);
        if (r !== undefined) rows.add(r);
      }
    }
    // A word the documents lack weighs what the words standing in for it weigh, once it has any:
    // an unseen word's IDF is the highest there is, and would let a loose neighbour decide alone.
    const known = index.has(t.lemma) || index.has(fold(t.surface));
    const idf = known || variants.length === 0 ? index.idf(t.lemma) : Math.max(...variants.map((v) => index.idf(v.term)));
    // A word among the most common in English ("people", "time", "way") says little about which
    // sentence is meant, however rarely a small library happens to use it: its IDF, counted over a
    // few dozen sentences, is weighed down by how common the word is in general. A name is what it names.
    // …except a unit of time the asked amount is counted per ("days a *week*", "per year"): the
    // commonest words, yet they tell "three days a week" from "30 days a year".
    // A sum or an hour the asker names that the documents do not hold ("a £900 monitor", "in at 9") is
    // their example, weighed as a hint: the rule they ask about is said for a threshold ("purchases above £750").
    const weight = t.weight * idf * (t.name || !vectors || t.perUnit ? 1 : generalWeight(vectors, t.lemma)) * (t.given && !known ? GIVEN_VALUE_WEIGHT : 1);
    // A name the documents never use is met by no word near it in meaning (`soft`, `weakest`): it is
    // missing, and shows as missing (a country's "abroad" is said outright, not guessed from vectors).
    const literal = !known && (t.name || isProperName(t.lemma) || hasPlaceNameSense(t.lemma));
    return { weight, variants, rows: [...rows], unknown: variants.length === 0, ...(literal ? { literal } : {}) };
  });
  // "What did the european union say?": a name of two words WordNet knows ("European Union", "Security
  // Council"), asked in whatever case, of which the documents have only one word ("European states"),
  // is a name they never use: neither word stands for it.
  for (let i = 0; i + 1 < q.terms.length; i++) {
    const [a, b] = [q.terms[i], q.terms[i + 1]];
    if (!new RegExp(`\\b${escapeRegExp(a.surface)}\\s+${escapeRegExp(b.surface)}\\b`, 'i').test(q.text) || !isMultiwordName(`${a.lemma} ${b.lemma}`)) continue;
    const knows = (t: typeof a) => index.has(t.lemma) || index.has(fold(t.surface).toLowerCase());
    if (knows(a) && knows(b)) continue;
    for (const k of [i, i + 1]) terms[k] = { ...terms[k], variants: [], unknown: true, literal: true };
  }
  // "Is the risotto gluten free?" — "risotto (v, gf)" under the menu's key "(gf) gluten free": a phrase the
  // library defines a short form for is met by that short form, in each of its words.
  for (const a of abbreviations(index)) {
    if (!a.spelled.test(q.text)) continue;
    q.terms.forEach((t, i) => {
      if ((a.words.has(t.surface.toLowerCase()) || a.words.has(t.lemma)) && !terms[i].variants.some((v) => v.term === a.term)) terms[i] = { ...terms[i], variants: [...terms[i].variants, { term: a.term, weight: ACRONYM_WEIGHT }], unknown: false };
    });
  }
  const total = terms.reduce((sum, t) => sum + t.weight, 0);
  if (total === 0) return null;
  const variantOf = new Map<string, Array<[number, number]>>();
  terms.forEach((t, i) => {
    for (const v of t.variants) {
      const list = variantOf.get(v.term);
      if (list) list.push([i, v.weight]);
      else variantOf.set(v.term, [[i, v.weight]]);
    }
  });
  const gist = new Float64Array(vectors ? vectors.dims : 0);
  if (vectors) terms.forEach((t) => {
    for (const r of t.rows) addRow(vectors, r, t.weight / t.rows.length, gist);
  });
  const idf = (term: string) => index.idf(term);
  return { q, terms, total, variantOf, definition: isDefinitionQuestion(q.text) && !q.wants.length && !q.spanWants.length, focus: q.focus ? q.terms.findIndex((t) => t.lemma === q.focus) : -1, librarySize: librarySize(index, scope), closeness: new Map(), perDocument: new Map(), documentCover: new Float64Array(terms.length * index.documents.titleWords.length), gist, idf };
}

/** The index's first pass (IDF-weighted coverage and BM25 over postings), then every candidate's features. */
export function candidates(index: FactIndex, q: Question, scope?: Scope, meaning?: Float32Array): Candidates | null {
  const query = prepareQuery(index, q, scope);
  if (!query) return null;
  const { terms, total } = query;
  const s = scratchFor(index);
  let touchedCount = 0;
  const seenTag = ++s.generation;
  const docs = index.documents;
  const n = terms.length;
  const { documentCover } = query;
  const docOf = docs.docOf;
  // The hot loop of a large archive (tens of thousands of postings a question): locals, not properties.
  const { stamp, best, local, seen, coverage, bm25 } = s;
  const reached = s.touched;
  for (let t = 0; t < n; t++) {
    const term = terms[t];
    const tag = ++s.generation;
    let localCount = 0;
    for (const v of term.variants) {
      // A word may stand in headings only ("Which VPN do we use?" over "We use Tailscale."): no postings of its own.
      const list = index.postingsOf(v.term) ?? NO_POSTINGS;
      const w = v.weight;
      for (let i = 0; i < list.length; i++) {
        const f = list[i];
        const k = docOf[f] * n + t;
        if (documentCover[k] < w) documentCover[k] = w;
        if (stamp[f] !== tag) {
          stamp[f] = tag;
          best[f] = w;
          local[localCount++] = f;
        } else if (Math.abs(best[f]) < w) best[f] = w;
      }
      // Under a heading with the word, a fact is reached at part of its weight: found, and ranked
      // behind facts that have the word themselves (the features then weigh the heading as context).
      // Kept negative: it counts towards coverage, never towards the sentence's own BM25.
      const underHeading = index.sectionFactsOf(v.term);
      if (!underHeading) continue;
      const wh = w * HEADING_REACH;
      for (let i = 0; i < underHeading.length; i++) {
        const f = underHeading[i];
        // The document has the word, in a heading if nowhere else.
        const k = docOf[f] * n + t;
        if (documentCover[k] < w) documentCover[k] = w;
        if (stamp[f] !== tag) {
          stamp[f] = tag;
          best[f] = -wh;
          local[localCount++] = f;
        } else if (Math.abs(best[f]) < wh) best[f] = -wh;
      }
    }
    const weight = term.weight;
    for (let i = 0; i < localCount; i++) {
      const f = local[i];
      if (seen[f] !== seenTag) {
        seen[f] = seenTag;
        coverage[f] = 0;
        bm25[f] = 0;
        reached[touchedCount++] = f;
      }
      const b = best[f];
      const add = weight * (b < 0 ? -b : b);
      coverage[f] += add;
      if (b > 0) bm25[f] += add * index.norm(f);
    }
  }
  // The opening sentences of documents the question names by title, even where they share no other word.
  const titled = new Map<number, number>();
  terms.forEach((t) => {
    const reached = new Set<number>();
    for (const v of t.variants) for (const d of docs.docsWithTitleWord(v.term)) reached.add(d);
    for (const d of reached) titled.set(d, (titled.get(d) ?? 0) + t.weight);
  });
  const extra: number[] = [];
  const seeable = [...titled].filter(([d]) => inScope(index.facts[docs.opening[d][0]], scope));
  for (const [d] of seeable.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, TITLE_DOCUMENTS)) {
    for (const f of docs.opening[d]) {
      if (s.seen[f] === seenTag) continue;
      s.seen[f] = seenTag;
      s.coverage[f] = 0;
      s.bm25[f] = 0;
      extra.push(f);
    }
  }
  const closeness = meaning && index.meaning ? sentenceCloseness(index, meaning, scope) : null;
  if (closeness) {
    for (const f of closeness.closest) {
      if (s.seen[f] === seenTag) continue;
      s.seen[f] = seenTag;
      s.coverage[f] = 0;
      s.bm25[f] = 0;
      extra.push(f);
    }
  }
  if (touchedCount === 0 && extra.length === 0) return null;
  // Out of scope, a fact is never a candidate, nor the yardstick candidates are measured by: what
  // a channel is told, and how sure it is told it, does not depend on what it may not see.
  const all = s.touched.subarray(0, touchedCount);
  const touched = scope ? all.filter((f) => inScope(index.facts[f], scope)) : all;

  let maxBm = 0;
  for (let i = 0; i < touched.length; i++) if (s.bm25[touched[i]] > maxBm) maxBm = s.bm25[touched[i]];
  const first = (f: number) => s.coverage[f] / total + (maxBm > 0 ? (0.1 * s.bm25[f]) / maxBm : 0);
  const shortlist = topK(touched, first, RERANK);
  // topK returns best first; ties by fact order, so a rebuilt and a reloaded table rank alike.
  const facts = [...shortlist, ...extra];
  const vectors = wordVectors();
  const lexicalOf = (f: number) => index.lexicalOf(f);
  const features = facts.map((f, rank) => [
    ...featuresOf(query, index.facts, f, { coverage: s.coverage[f] / total, bm25: s.bm25[f], rank: rank < shortlist.length ? rank : RERANK }, maxBm, docs, vectors, lexicalOf),
    ...sentenceFeatures(closeness, f),
  ]);
  return { query, facts, features, nullFeatures: [...nullFeaturesOf(query), ...sentenceNullFeatures(closeness)] };
}

interface Closeness {
  cosine: Float32Array;
  best: number;
  closest: number[];
}

/** The question's cosine with every fact it may see, by sentence vectors: a few thousand dot products. */
function sentenceCloseness(index: FactIndex, meaning: Float32Array, scope: Scope | undefined): Closeness {
  const { dims, data } = index.meaning!;
  const n = index.size;
  const cosine = new Float32Array(n);
  const seeable: number[] = [];
  for (let f = 0; f < n; f++) {
    if (scope && !inScope(index.facts[f], scope)) continue;
    let dot = 0;
    const o = f * dims;
    for (let d = 0; d < dims; d++) dot += data[o + d] * meaning[d];
    cosine[f] = dot;
    seeable.push(f);
  }
  const closest = topK(seeable, (f) => cosine[f], MEANING_CANDIDATES);
  return { cosine, best: closest.length ? cosine[closest[0]] : 0, closest };
}

/** A candidate's cosine with the question, and how far it falls short of the closest fact's (0 without vectors). */
function sentenceFeatures(c: Closeness | null, f: number): number[] {
  return c ? [c.cosine[f], c.cosine[f] - c.best] : [0, 0];
}

/** For "no answer": how close the closest sentence comes, and whether sentence vectors were there to say. */
function sentenceNullFeatures(c: Closeness | null): number[] {
  return c ? [c.best, 0] : [0, 1];
}

/** What the engine answers with: the question's sentence vector encoded first where the library has vectors. */
export async function askQuestion(index: FactIndex, raw: string, opts: AnswerOptions = {}): Promise<Answer> {
  const q = parseQuestion(raw);
  let meaning = opts.meaning;
  if (!meaning && index.meaning) {
    // A model that stopped answering costs this question its meaning match, never its answer.
    meaning = await questionMeaning(q).catch(() => undefined);
  }
  return answerQuestion(index, q, { ...opts, meaning });
}

/** The sentence vector of a question as the engine reads it (pleasantries and markup removed). */
export async function questionMeaning(question: string | Question): Promise<Float32Array | undefined> {
  const text = (typeof question === 'string' ? parseQuestion(question) : question).text;
  if (!text.trim()) return undefined;
  return (await encodeSentences([text]))[0];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
