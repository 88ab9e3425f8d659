/**
 * A question in, an answer out: the fact that best covers what the question asks, with
 * its quote, source, confidence and alternatives, or an honest "not found".
 *
 * Ranking reads as a reader would: every content word of the question should be accounted
 * for by the sentence (literally, as a synonym, or as the word a typo meant), rare words
 * count for more than common ones, and a "who"/"when"/"how many" question needs a sentence
 * that holds a person, a date or a number it did not already name. A question whose key
 * words the sentence does not account for is not answered, whatever else matches.
 */
import { fold } from '../facts/text.js';
import type { Fact } from '../facts/types.js';
import { parseQuestion, type Question } from './question.js';
import type { FactIndex, TermMatch } from './search-index.js';
import { answerCandidates, shortAnswer } from './span.js';
import { inflectionBases, relatedWords } from '../facts/wordnet.js';
import { topK } from './top-k.js';
import type { Alternative, Answer, Source } from './types.js';

export interface AnswerOptions {
  /** Confidence at or above which a fact is given as the answer. */
  threshold?: number;
  /** How many alternatives (or suggestions) at most. */
  alternatives?: number;
}

export const DEFAULT_THRESHOLD = 0.5;
/** Facts re-scored in full after the index's first pass. */
const RERANK = 40;
/** Below this a fact merely shares a word or two with the question: offered as a suggestion at most, never as related evidence. */
export const ALTERNATIVE_FLOOR = 0.3;
/** What a sentence giving a reason usually says; a "why" question prefers such a sentence. */
const REASON = /\b(because|since|due to|driven by|in order to|so that|so as to|aim(?:ed|ing)? (?:to|at)|desire|concern(?:ed|s)?|fear(?:ed|s|ing)?|reason|motivat\w+|as a result|in response)\b/i;
const SUGGESTION_FLOOR = 0.12;
const MISSING_SHARE = 0.4;

interface ExpandedTerm {
  weight: number;
  variants: TermMatch[];
}

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
  const known = index.has(lemma) || index.has(folded);
  // A relative far more common than the word asked is weaker evidence ("telephone" → "call"):
  // in a large archive such words match nearly anything. The fourth root keeps a word three
  // times as common near full weight and one a hundred times as common at a third.
  // (A word the documents lack has no commonness to compare; tried as "seen once", it cost seed answers.)
  const askedDf = Math.max(index.df(lemma), index.df(folded));
  const relative = (word: string, weight: number) => add(word, askedDf ? weight * Math.min(1, ((askedDf + 1) / (index.df(word) + 1)) ** 0.25) : weight);
  // A name is not its dictionary senses: "Titanic" is no "titan", "Pearl Harbor" no gem.
  if (!name) {
    for (const r of relatedWords(lemma)) relative(r.word, r.weight);
    if (folded !== lemma) for (const r of relatedWords(folded)) relative(r.word, r.weight);
  }
  if (known) {
    // A known name may still have close relatives in the text ("Israel" asked, "Israeli" written).
    if (name || /^\p{Lu}/u.test(surface)) for (const term of index.extensions(folded)) add(term, 0.6);
  } else if (!/\d/.test(lemma)) {
    // An unknown word may be an inflection the tagger did not undo ("renewed" read as an adjective).
    for (const base of inflectionBases(folded)) add(base, 0.9);
    // Otherwise it is most likely a typo; a number never is (2022 is not 2020).
    for (const m of index.fuzzy(lemma)) add(m.term, m.weight);
    if (folded !== lemma) for (const m of index.fuzzy(folded)) add(m.term, m.weight);
  }
  return [...out].map(([term, weight]) => ({ term, weight })).sort((a, b) => b.weight - a.weight);
}

function sourceOf(f: Fact): Source {
  return { document: f.document, title: f.title, section: f.section, paragraph: f.paragraph };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function answerQuestion(index: FactIndex, raw: string, opts: AnswerOptions = {}): Answer {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const maxAlternatives = opts.alternatives ?? 3;
  const q = parseQuestion(raw);
  const base = { question: q.text, answer: null, quote: null, source: null, factId: null, ...(q.truncated ? { truncated: true } : {}) };
  if (q.terms.length === 0) return { ...base, answered: false, confidence: 0, alternatives: [], reason: 'empty' };

  const ranked = rank(index, q);
  const best = ranked[0];
  const answered = best !== undefined && best.score >= threshold;
  const pick = (floor: number, skip?: string) => {
    const out: Alternative[] = [];
    const quoted = new Set<string>(skip ? [skip] : []);
    for (const r of ranked) {
      if (out.length >= maxAlternatives || r.score < floor) break;
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
    answer: shortAnswer(fact, q, best.matched),
    quote: fact.text,
    source: sourceOf(fact),
    confidence: round(best.score),
    alternatives: pick(ALTERNATIVE_FLOOR, fact.text).filter((a) => a.factId !== fact.id),
    factId: fact.id,
  };
}

export interface Ranked {
  fact: number;
  score: number;
  /** Index terms of this fact that matched the question. */
  matched: Set<string>;
}

/** Facts that could answer `q`, best first, with a score in [0, 1]. */
export function rank(index: FactIndex, q: Question): Ranked[] {
  const terms: ExpandedTerm[] = q.terms.map((t) => ({
    weight: t.weight * index.idf(t.lemma),
    variants: expandTerm(index, t.lemma, t.surface, t.name),
  }));
  const total = terms.reduce((sum, t) => sum + t.weight, 0);
  if (total === 0) return [];

  const s = scratchFor(index);
  let touchedCount = 0;
  const seenTag = ++s.generation;
  terms.forEach((t) => {
    const tag = ++s.generation;
    let localCount = 0;
    for (const v of t.variants) {
      const list = index.postingsOf(v.term);
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const f = list[i];
        if (s.stamp[f] !== tag) {
          s.stamp[f] = tag;
          s.best[f] = v.weight;
          s.local[localCount++] = f;
        } else if (s.best[f] < v.weight) s.best[f] = v.weight;
      }
    }
    for (let i = 0; i < localCount; i++) {
      const f = s.local[i];
      if (s.seen[f] !== seenTag) {
        s.seen[f] = seenTag;
        s.coverage[f] = 0;
        s.bm25[f] = 0;
        s.touched[touchedCount++] = f;
      }
      s.coverage[f] += t.weight * s.best[f];
      s.bm25[f] += t.weight * s.best[f] * index.norm(f);
    }
  });
  if (touchedCount === 0) return [];
  const touched = s.touched.subarray(0, touchedCount);

  let maxBm = 0;
  for (let i = 0; i < touched.length; i++) if (s.bm25[touched[i]] > maxBm) maxBm = s.bm25[touched[i]];
  const first = (f: number) => s.coverage[f] / total + (0.1 * s.bm25[f]) / maxBm;
  const shortlist = topK(touched, first, RERANK);

  // Which question words each index term stands for, as bits, so a fact's lemmas are read once.
  const termBits = new Map<string, number>();
  let keyBits = 0;
  terms.forEach((t, i) => {
    const bit = i < 31 ? 1 << i : 0;
    // A word carrying a large share of the question is key: without it the sentence is about something else.
    if (t.weight >= MISSING_SHARE * total) keyBits |= bit;
    for (const v of t.variants) termBits.set(v.term, (termBits.get(v.term) ?? 0) | bit);
  });
  const out: Ranked[] = shortlist.map((f) => {
    const fact = index.facts[f];
    const coverage = s.coverage[f] / total;
    let score = coverage;
    let found = 0;
    const matched = new Set<string>();
    for (const l of fact.lemmas) {
      const bits = termBits.get(l);
      if (bits === undefined) continue;
      found |= bits;
      matched.add(l);
    }
    // "How many moons does Jupiter have?" is not answered by a sentence on Jupiter missiles.
    const missing = (keyBits & ~found) !== 0;
    if (q.wants.length) {
      // A "who" question answered by a sentence with nobody in it is not answered.
      const candidates = answerCandidates(fact, q);
      const typeScore = candidates.length === 0 ? 0 : candidates.some((e) => e.type === q.wants[0]) ? 1 : 0.6;
      score = coverage * (0.7 + 0.3 * typeScore);
    } else if (q.kind === 'why') {
      score = coverage * (REASON.test(fact.text) ? 1 : 0.85);
    }
    if (missing) score *= 0.85;
    score = Math.min(1, score * (0.95 + (0.05 * s.bm25[f]) / maxBm));
    return { fact: f, score, matched };
  });
  return out.sort((a, b) => b.score - a.score || a.fact - b.fact);
}
