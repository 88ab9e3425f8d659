/**
 * What the reranker reads about a (question, sentence) pair: each a number near [0, 1], each
 * a reason a person would give for "this sentence answers that". Their weights are fitted
 * (`npm run train`), not chosen here.
 */
import type { Entity, Fact } from '../facts/types.js';
import type { DocumentContext } from './documents.js';
import { unitOf, type Question } from './question.js';
import { givesReason } from './phrase.js';
import { answerCandidates, asksByWhen, CLOCK_IN, hasLeadTime, isLeadTime, placeByName, placeInWords, relativeDuration, releasePoint, sectionDate, tellsWith, timeAfterPreposition, timeClause, toldWhom } from './span.js';
import { isAgentNoun, isKindOf, isTimeNoun } from '../facts/wordnet.js';
import { WITH_UNIT } from '../facts/entities.js';
import { contentLemmas, normalizeLemma } from '../facts/lemmas.js';
import { LABELLED } from '../facts/layout.js';
import { analyze } from '../facts/nlp.js';
import { fold } from '../facts/text.js';
import type { TermMatch } from './search-index.js';
import { similarity, type WordVectors } from './word-vectors.js';

export const FEATURES = [
  'coverage', // IDF-weighted share of the question's words the sentence accounts for (words, synonyms, typos)
  'exact', // the same, counting only the words themselves
  'soft', // the same, with a word's closest neighbour by meaning (GloVe) counting as its cosine
  'bm25Relative', // BM25 against the best candidate's
  'bm25', // BM25 per unit of question weight
  'title', // share of the question found in the document's title
  'context', // share found only around the sentence: title, section heading, previous sentence
  'document', // share found anywhere in the document
  'typeWanted', // the question wants a person/date/number… and the sentence has one of the first type it wants
  'typeCompatible', // … or of a type a person would accept instead
  'typeMissing', // … and the sentence has none it has not already named
  'reason', // a why-question and a sentence that gives a reason
  'keyMissing', // a word carrying 40% of the question is absent
  'weakest', // the least-covered word of weight (soft), so one unmatched key word shows
  'first', // the first sentence of its document
  'firstDefinition', // … and the question asks what or who something is (not a value of it: "what are the desk hours?")
  'length', // sentence length, log-scaled
  'short', // a fragment of under four content words (a list item is terse by nature, not a fragment)
  'firstPassRank', // 1 / (1 + rank) in the index's first pass
  'typedCoverage', // coverage, discounted when the wanted type is only compatible (0.6) or absent (0): words and type together
  'typedSoft', // the same for the soft coverage
  'meaning', // cosine of the question's and the sentence's IDF-weighted mean word vectors: the gist, word order aside
  'meaningAround', // the same with the title and previous sentence added to the sentence
  'focusMissing', // a yes/no question's focus ("is there *parking*?") is met by nothing in the sentence but a loose neighbour
  'focus', // IDF-weighted share of the sentence's own words close in meaning to some question word: is it about this?
  'sentence', // cosine of the question's and the sentence's sentence vectors (0 where the library has none)
  'sentenceLead', // the same less the closest fact's: 0 for the closest, below 0 for the others
] as const;

/**
 * Features whose direction is known before any fitting: evidence against a sentence never
 * counts for it. Fitting keeps these signs (a weight that would cross zero stops at it); on a
 * few hundred questions, correlated features otherwise trade signs ("a key word is missing"
 * was fitted as a point in a sentence's favour).
 */
export const FEATURE_SIGNS: Partial<Record<(typeof FEATURES)[number], 1 | -1>> = { keyMissing: -1, typeMissing: -1, short: -1, focusMissing: -1 };

/** Inputs of the confidence model (model.ts triggerInputs computes them in this order). */
export const TRIGGER_FEATURES = ['bias', 'probability', 'lead', 'noAnswer', 'coverage', 'soft', 'weakest', 'keyMissing', 'typeFound', 'typeMissing', 'document', 'unknown', 'library', 'sentence', 'sentenceNone', 'focusMissing'] as const;

/** Question-level features of the "no answer" option. */
export const NULL_FEATURES = ['bias', 'unknown', 'single', 'wantsEntity', 'yesNo', 'library', 'sentenceBest', 'sentenceNone'] as const;

/**
 * The same for "no answer": question words the library cannot match at all never make an answer
 * likelier (fitted alone, −0.72); nor does asking yes or no. A team writing questions about its
 * own documents asks yes/no about what they say, so fitting read "yes/no" as a sign of an answer
 * (−0.38); a reader asks "is there a gym allowance?" because they do not know, and such questions
 * were most of the near-topic off-topic ones the never-fitted handbooks answered.
 */
export const NULL_FEATURE_SIGNS: Partial<Record<(typeof NULL_FEATURES)[number], 1 | -1>> = { unknown: 1, yesNo: 1 };

export interface QueryTerm {
  weight: number;
  variants: TermMatch[];
  /** Word-vector rows of the word as lemma and as written. */
  rows: number[];
  unknown: boolean;
  /** A name the documents never use: met by nothing close to it in meaning ("syria" is no "Lebanon"). */
  literal?: boolean;
}

export interface Query {
  q: Question;
  terms: QueryTerm[];
  total: number;
  /** Index term → [question word, weight] pairs it stands for. */
  variantOf: Map<string, Array<[number, number]>>;
  definition: boolean;
  /** The question word that is a yes/no question's focus (Question.focus), or -1. */
  focus: number;
  /** Facts in the library: the more there are, the more sentences match a question by chance. */
  librarySize: number;
  /** Per sentence word (its vector row): its cosine with each question word, worked out once per question. */
  closeness: Map<number, Closeness>;
  /** Per document: the question's coverage by its title and by its whole vocabulary, once per question. */
  perDocument: Map<number, { title: Float64Array; document: Float64Array }>;
  /**
   * Document × question word: the best weight of the word's variants anywhere in the document,
   * gathered during the index's first pass, which visits every posting anyway (row d·terms + t).
   */
  documentCover: Float64Array;
  /** The question's IDF-weighted mean word vector, unit length (empty without vectors). */
  gist: Float64Array;
  /** An index term's IDF. */
  idf: (term: string) => number;
}

export interface Closeness {
  /** Cosine with each question word, and the largest of them. */
  close: Float64Array;
  closest: number;
}

/** What a fact's words are to every question: their vector rows and IDFs (FactIndex.lexicalOf). */
export interface Lexical {
  rows: Int32Array;
  idfs: Float64Array;
  /** The IDF-weighted sum of its word vectors, worked out the first time a question needs it. */
  gist?: Float32Array;
}

/** A fact's gist, the same for every question: summed once, not once per question. */
function gistOf(vectors: WordVectors, lex: Lexical): Float32Array {
  if (lex.gist) return lex.gist;
  const sum = new Float32Array(vectors.dims);
  for (let i = 0; i < lex.rows.length; i++) addRow(vectors, lex.rows[i], lex.idfs[i], sum);
  return (lex.gist = sum);
}

/** Per document: half the IDF-weighted sum of its title's word vectors (what `meaningAround` adds). */
const titleGists = new WeakMap<DocumentContext, Array<Float32Array | undefined>>();
function titleGistOf(vectors: WordVectors, docs: DocumentContext, d: number, idf: (term: string) => number): Float32Array {
  let all = titleGists.get(docs);
  if (!all) titleGists.set(docs, (all = []));
  let g = all[d];
  if (!g) {
    g = new Float32Array(vectors.dims);
    for (const l of docs.titleWords[d]) addRow(vectors, vectors.rows.get(l) ?? -1, 0.5 * idf(l), g);
    all[d] = g;
  }
  return g;
}

const NO_CLOSENESS: Closeness = { close: new Float64Array(0), closest: 0 };

/** Candidates share words (and a long archive's sentences share many): each word's closeness is computed once per question. */
function closenessOf(query: Query, row: number, vectors: WordVectors | null): Closeness {
  if (!vectors || row < 0) return NO_CLOSENESS;
  let c = query.closeness.get(row);
  if (c) return c;
  const n = query.terms.length;
  const close = new Float64Array(n);
  let closest = 0;
  for (let t = 0; t < n; t++) {
    if (query.terms[t].literal) continue;
    for (const qr of query.terms[t].rows) close[t] = Math.max(close[t], similarity(vectors, qr, row));
    if (close[t] > closest) closest = close[t];
  }
  c = { close, closest };
  query.closeness.set(row, c);
  return c;
}

export interface FirstPass {
  coverage: number;
  bm25: number;
  rank: number;
}

const MISSING_SHARE = 0.4;
const WEIGHTY_SHARE = 0.2;


/** Best weight per question word over a set of index terms. */
function coverBy(query: Query, words: Iterable<string>, into: Float64Array): void {
  for (const w of words) {
    const hits = query.variantOf.get(w);
    if (!hits) continue;
    for (const [t, weight] of hits) if (into[t] < weight) into[t] = weight;
  }
}

function share(query: Query, per: Float64Array): number {
  let s = 0;
  for (let t = 0; t < query.terms.length; t++) s += query.terms[t].weight * per[t];
  return s / query.total;
}

/** "23 *branches*", "two other *people*": a bare number, then the things it counts (no unit of measure or of time). */
function countsThings(e: Entity, fact: Fact): boolean {
  if (e.type !== 'NUMBER' || WITH_UNIT.test(e.text)) return false;
  for (const t of analyze(fact.text.slice(e.end, e.end + 40)).tokens.slice(0, 3)) {
    if (t.pos === 'NOUN') {
      const lemma = normalizeLemma(t.lemma);
      return !isKindOf(lemma, 'measure', 6) && !isTimeNoun(lemma);
    }
    if (t.pos !== 'ADJ') return false;
  }
  return false;
}

export function featuresOf(query: Query, facts: readonly Fact[], factIndex: number, pass: FirstPass, maxBm25: number, docs: DocumentContext, vectors: WordVectors | null, lexicalOf: (fact: number) => Lexical): number[] {
  const fact = facts[factIndex];
  const n = query.terms.length;
  const word = new Float64Array(n);
  coverBy(query, fact.lemmas, word);
  const exact = new Float64Array(n);
  for (const l of fact.lemmas) {
    const hits = query.variantOf.get(l);
    if (hits) for (const [t, weight] of hits) if (weight >= 1) exact[t] = 1;
  }
  const soft = Float64Array.from(word);
  const lex = lexicalOf(factIndex);
  const infos = Array.from(lex.rows, (row) => closenessOf(query, row, vectors));
  for (const { close } of infos) {
    for (let t = 0; t < close.length; t++) if (close[t] > soft[t]) soft[t] = close[t];
  }
  const d = docs.docOf[factIndex];
  let byDocument = query.perDocument.get(d);
  if (!byDocument) {
    const titleCover = new Float64Array(n);
    coverBy(query, docs.titleWords[d], titleCover);
    const documentCover = query.documentCover.slice(d * n, d * n + n);
    coverBy(query, docs.titleWords[d], documentCover);
    byDocument = { title: titleCover, document: documentCover };
    query.perDocument.set(d, byDocument);
  }
  const title = byDocument.title;
  const around = Float64Array.from(word);
  coverBy(query, docs.titleWords[d], around);
  if (fact.section) coverBy(query, docs.sectionWords(fact.section), around);
  const prev = docs.previous[factIndex];
  if (prev >= 0) coverBy(query, facts[prev].lemmas, around);
  const document = byDocument.document;

  let keyMissing = 0;
  let weakest = 1;
  for (let t = 0; t < n; t++) {
    const w = query.terms[t].weight / query.total;
    if (w >= MISSING_SHARE && word[t] === 0) keyMissing = 1;
    if (w >= WEIGHTY_SHARE && soft[t] < weakest) weakest = soft[t];
  }
  const q = query.q;
  let typeWanted = 0;
  let typeCompatible = 0;
  let typeMissing = 0;
  if (q.wants.length) {
    const found = answerCandidates(fact, q);
    // "Who approves it?" — "Your manager approves it": a role or a body of people, named by a common noun the question did not use.
    if (found.length === 0 && q.kind === 'who' && fact.lemmas.some((l) => !query.variantOf.has(l) && isAgentNoun(l))) typeCompatible = 1;
    // "Who do I ring?" — "Call the news desk": whom a communicating verb the question asked about is done to.
    else if (found.length === 0 && q.kind === 'who' && q.role === 'object' && toldWhom(fact, (l) => query.variantOf.has(l) && tellsWith(q, l)) !== null) typeCompatible = 1;
    // "When is the review?" — "in your fifth month": a time said relative to something, not a date.
    // (So is "how soon do I report it?" — "before the end of your shift": by when.)
    else if (found.length === 0 && (q.kind === 'when' || asksByWhen(q)) && (timeAfterPreposition(fact.text) || releasePoint(fact.text, q) || relativeDuration(fact) || timeClause(fact.text))) typeCompatible = 1;
    // "When did SSO come out?" — a line of a release's notes, under the release's date.
    else if (found.length === 0 && q.kind === 'when' && sectionDate(fact)) typeCompatible = 1;
    // "Where can I leave my bike?" — "in the courtyard": a place in words, not by name.
    else if (found.length === 0 && q.kind === 'where' && (placeInWords(fact.text) || placeByName(fact.text))) typeCompatible = 1;
    // "How many sick days do we get?" — "There is no fixed number of sick days": no amount is an answer too.
    else if (found.length === 0 && q.kind === 'quantity' && NO_AMOUNT.test(fact.text)) typeCompatible = 1;
    else if (found.length === 0) typeMissing = 1;
    // "How old do you have to be?" — "in any of our 23 branches": a number counting things measures nothing.
    else if (q.measureAsked && found.every((e) => countsThings(e, fact))) typeCompatible = 1;
    // A length that is no lead time ("27 days a year") is only near what "how far ahead" asks.
    else if (q.leadTime && !hasLeadTime(fact)) typeCompatible = 1;
    // …and the other way round: "how long is maternity leave?" is not answered by "8 weeks before the leave starts".
    else if (q.kind === 'duration' && !q.leadTime && found.every((e) => e.type === 'DURATION' && isLeadTime(e, fact.text))) typeCompatible = 1;
    // "How many days holiday?" — "the two weeks either side of Valentine's Day": a length in another unit
    // is near the count asked, "28 days a year" is it.
    else if (q.countedUnit && !found.some((e) => e.type !== 'DURATION' || unitOf(e.text) === q.countedUnit)) typeCompatible = 1;
    // …or a name of the very kind asked, whatever type it reads as: "what base?" — "the Al Udeid Air Base".
    // (A period from one date or hour to another says how long as well as when: "19 February – 26 March 1945".)
    // (An hour on the clock says when as a date does: "paged at 14:11 UTC", where an incident's day is said once, above.)
    else if (found.some((e) => e.type === q.wants[0] || namesKindAsked(e.text, q) || kindAfterName(fact.text.slice(e.end), q) || (q.wants[0] === 'DURATION' && (e.type === 'DATE' || e.type === 'TIME') && SPAN_OF_TIME.test(e.text)) || (q.kind === 'when' && e.type === 'TIME' && CLOCK_IN.test(e.text)))) typeWanted = 1;
    else typeCompatible = 1;
  }
  // The gist of the sentence, then of it with its title and previous sentence around it.
  let meaning = 0;
  let meaningAround = 0;
  let focus = 0;
  if (vectors && query.gist.length) {
    let focusWeight = 0;
    let focusTotal = 0;
    fact.lemmas.forEach((l, i) => {
      const idf = lex.idfs[i];
      focusTotal += idf;
      if (infos[i].closest >= FOCUS_COSINE || query.variantOf.has(l)) focusWeight += idf;
    });
    const own = gistOf(vectors, lex);
    meaning = cosine(query.gist, own);
    const titleGist = titleGistOf(vectors, docs, d, query.idf);
    const before = prev >= 0 ? gistOf(vectors, lexicalOf(prev)) : null;
    const around = new Float64Array(vectors.dims);
    for (let k = 0; k < around.length; k++) around[k] = own[k] + titleGist[k] + (before ? 0.5 * before[k] : 0);
    meaningAround = cosine(query.gist, around);
    focus = focusTotal > 0 ? focusWeight / focusTotal : 0;
  }
  const first = docs.isFirst[factIndex];
  const typeFactor = q.wants.length ? (typeWanted ? 1 : typeCompatible ? 0.6 : 0) : 1;
  return [
    share(query, word),
    share(query, exact),
    share(query, soft),
    maxBm25 > 0 ? pass.bm25 / maxBm25 : 0,
    pass.bm25 / query.total,
    share(query, title),
    share(query, around) - share(query, word),
    share(query, document),
    typeWanted,
    typeCompatible,
    typeMissing,
    q.kind === 'why' && givesReason(fact.text) ? 1 : 0,
    keyMissing,
    weakest,
    first,
    query.definition && (first || definesAsked(fact, q)) ? 1 : 0,
    Math.log1p(fact.lemmas.length) / Math.log(50),
    fact.lemmas.length < 4 && !fact.item ? 1 : 0,
    1 / (1 + pass.rank),
    share(query, word) * typeFactor,
    share(query, soft) * typeFactor,
    meaning,
    meaningAround,
    query.focus >= 0 && word[query.focus] < FOCUS_MET ? 1 : 0,
    focus,
  ];
}

/**
 * "SLO — Service level objective: …": an entry labelled with the very thing asked defines it, as an
 * article's opening sentence defines its subject (a glossary's every entry is one).
 */
function definesAsked(fact: Fact, q: Question): boolean {
  const label = fact.item ? LABELLED.exec(fact.text)?.[1] : undefined;
  if (!label) return false;
  const asked = new Set(q.terms.map((t) => t.lemma));
  const words = contentLemmas(analyze(label).tokens);
  return words.length > 0 && words.every((w) => asked.has(w));
}

/** A variant weighing less than this is a loose neighbour of the word asked (by vectors or a definition), not it. */
const FOCUS_MET = 0.4;

const SPAN_OF_TIME = /\s[–—-]\s|\d[–—-]\d|\b(?:to|until|till)\b/;

/** Whether a name ends in the noun of the kind asked ("Al Udeid Air *Base*" for "what base?"). */
function namesKindAsked(text: string, q: Question): boolean {
  const noun = q.attachedTo ?? q.answerNoun;
  if (!noun) return false;
  const words = fold(text).split(/[^\p{L}\p{N}]+/u);
  return words.length > 1 && words.at(-1) === noun;
}

/** A name set right before the noun of the kind asked says what it is: "KAN *public broadcaster*" for "which broadcaster?". */
function kindAfterName(after: string, q: Question): boolean {
  const noun = q.attachedTo ?? q.answerNoun;
  if (!noun) return false;
  const m = /^((?:\s+(?!(?:the|a|an|is|are|was|were|has|have|and|or|of|to|in|on|at|for)\b)[\p{Ll}-]+){0,2})\s+([\p{L}-]+)/u.exec(after);
  return !!m && fold(m[2]) === noun;
}

/** Saying there is no amount: "no fixed number of", "unlimited", "no limit on", "no cap". */
const NO_AMOUNT = /\b(?:no (?:fixed |set |maximum |upper )?(?:number|limit|cap|maximum|minimum)|unlimited|as (?:many|much) as you need)\b/i;

/** A sentence word counts towards `focus` when this close to a question word. */
const FOCUS_COSINE = 0.5;

export function addRow(v: WordVectors, row: number, weight: number, into: Float64Array | Float32Array): void {
  if (row < 0 || weight === 0) return;
  const base = row * v.dims;
  for (let d = 0; d < v.dims; d++) into[d] += weight * v.data[base + d];
}

export function cosine(a: Float64Array | Float32Array, b: Float64Array | Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let d = 0; d < a.length; d++) {
    dot += a[d] * b[d];
    na += a[d] * a[d];
    nb += b[d] * b[d];
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

export function nullFeaturesOf(query: Query): number[] {
  let unknown = 0;
  for (const t of query.terms) if (t.unknown) unknown += t.weight;
  return [1, unknown / query.total, query.terms.length <= 1 ? 1 : 0, query.q.wants.length ? 1 : 0, query.q.kind === 'yesno' ? 1 : 0, Math.log10(1 + query.librarySize) / 5];
}
