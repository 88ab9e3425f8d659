/**
 * An inverted index over fact lemmas: a question touches only the facts that share a word
 * (or a synonym, or a typo's correction) with it, never the whole table.
 */
import type { SentenceVectors } from './sentence-vectors.js';
import Fuse from 'fuse.js';
import type { DocumentInfo, Fact } from '../facts/types.js';
import { DocumentContext } from './documents.js';
import { wordVectors, type WordVectors } from './word-vectors.js';

export interface TermMatch {
  /** A term of the index. */
  term: string;
  /** How well it stands for the query word, in (0, 1]. */
  weight: number;
}

const K1 = 1.2;
const B = 0.75;
/** Fuse's score is 0 for a perfect match; above this a "correction" is another word. */
const FUZZY_THRESHOLD = 0.34;

export class FactIndex {
  readonly facts: Fact[];
  /** Titles, neighbours and vocabularies of the facts' documents. */
  readonly documents: DocumentContext;
  private readonly termIds: TermIds;
  private readonly termNames: string[];
  /** Every term's facts, ascending, end to end in one array: term `id`'s are `flat[offsets[id] .. offsets[id + 1]]`. */
  private readonly offsets: Uint32Array;
  private readonly flat: Uint32Array;
  /** Per fact, its number of lemmas (BM25's document length). */
  private readonly lengths: Uint16Array;
  private readonly lengthNorm: Float32Array;
  private readonly fuzzyBuckets = new Map<string, Fuse<string>>();
  /** Index terms that have a word vector, and their rows, for neighbours by meaning (built on first use). */
  private vocabulary: { terms: string[]; rows: Int32Array; vectors: WordVectors } | null | undefined;
  /** Every index term, sorted, for prefix lookups by binary search. */
  private readonly sortedTerms: string[];
  /** Per fact, made on first use: its lemmas' word-vector rows (-1 for none) and IDFs, which no question changes. */
  private readonly lexical: Array<{ rows: Int32Array; idfs: Float64Array } | undefined> = [];
  private sectionPostings: Map<string, Uint32Array> | undefined;
  /** Each fact's sentence vector, when the library is small enough to have them (sentence-vectors.ts). */
  meaning: SentenceVectors | null = null;

  /**
   * `documents`: the table's documents (in the facts' order, with their fact counts).
   * `previous`: the index of the library's last version. A document the table hands over
   * unchanged (the same DocumentInfo, as the build does for a document whose text and place
   * are the same) keeps its postings, moved to its new position; only changed documents are
   * indexed, so re-indexing one edited file of an archive costs that file and a pass over
   * integer arrays, without reading the other facts. Either way the index equals a fresh one.
   */
  constructor(facts: Fact[], opts: { documents?: readonly DocumentInfo[]; previous?: FactIndex } = {}) {
    this.facts = facts;
    const { previous } = opts;
    this.documents = new DocumentContext(facts, opts.documents, previous?.documents);
    // Both versions laid out from their documents' counts: those handed over unchanged keep their postings.
    const before = previous?.documents.layout;
    const now = this.documents.layout;
    const carried = before && now ? carriedFacts(before, now, facts.length) : null;
    const terms = previous && carried ? updatedTerms(previous.terms(), facts, carried) : freshTerms(facts);
    this.termIds = terms.ids;
    this.termNames = terms.names;
    this.offsets = terms.offsets;
    this.flat = terms.flat;
    this.sortedTerms = terms.sorted;
    this.lengths = terms.lengths;
    let total = 0;
    for (let i = 0; i < this.lengths.length; i++) total += this.lengths[i];
    const avg = Math.max(total / Math.max(1, facts.length), 1);
    this.lengthNorm = new Float32Array(facts.length);
    for (let i = 0; i < facts.length; i++) this.lengthNorm[i] = (K1 + 1) / (1 + K1 * (1 - B + (B * this.lengths[i]) / avg));
  }

  /** The term tables, for the next version of the library's index to start from. */
  private terms(): Terms {
    return { ids: this.termIds, names: this.termNames, offsets: this.offsets, flat: this.flat, sorted: this.sortedTerms, lengths: this.lengths };
  }

  get size(): number {
    return this.facts.length;
  }

  has(term: string): boolean {
    return this.df(term) > 0;
  }

  /** Facts with the term; for a word only section headings have, the facts under them. */
  df(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? (this.sectionFactsOf(term)?.length ?? 0) : this.offsets[id + 1] - this.offsets[id];
  }

  /** BM25's idf; an unseen term gets the highest possible, which is what makes it count against a match. */
  idf(term: string): number {
    const n = this.facts.length;
    const df = this.df(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * Facts whose section heading has `term`: a terse list item is about its heading ("Expenses",
   * then "- Submit within 60 days"). Gathered on first use, so re-indexing never waits for it.
   */
  sectionFactsOf(term: string): Uint32Array | undefined {
    if (!this.sectionPostings) {
      const lists = new Map<string, number[]>();
      let last: string | null = null;
      let words = new Set<string>();
      for (let f = 0; f < this.facts.length; f++) {
        const section = this.facts[f].section;
        if (!section) continue;
        if (section !== last) [last, words] = [section, this.documents.sectionWords(section)];
        for (const w of words) {
          const list = lists.get(w);
          if (list) list.push(f);
          else lists.set(w, [f]);
        }
      }
      this.sectionPostings = new Map([...lists].map(([w, list]) => [w, Uint32Array.from(list)]));
    }
    return this.sectionPostings.get(term);
  }

  postingsOf(term: string): Uint32Array | undefined {
    const id = this.termIds.get(term);
    return id === undefined || this.offsets[id] === this.offsets[id + 1] ? undefined : this.flat.subarray(this.offsets[id], this.offsets[id + 1]);
  }

  /** The vector rows and IDFs of a fact's lemmas, in order (reranking reads them for every candidate). */
  lexicalOf(fact: number): { rows: Int32Array; idfs: Float64Array } {
    let lex = this.lexical[fact];
    if (!lex) {
      const lemmas = this.facts[fact].lemmas;
      const vectors = wordVectors();
      const rows = new Int32Array(lemmas.length);
      const idfs = new Float64Array(lemmas.length);
      lemmas.forEach((l, i) => {
        rows[i] = vectors?.rows.get(l) ?? -1;
        idfs[i] = this.idf(l);
      });
      this.lexical[fact] = lex = { rows, idfs };
    }
    return lex;
  }

  /** BM25 length normalisation of a fact (term frequency is always 1: lemmas are unique per fact). */
  norm(fact: number): number {
    return this.lengthNorm[fact];
  }

  /** Index terms that start with `word`, in order: a binary search, then a walk while they share it. */
  private *startingWith(word: string): Generator<string> {
    for (let i = lowerBound(this.sortedTerms, word); i < this.sortedTerms.length && this.sortedTerms[i].startsWith(word); i++) yield this.sortedTerms[i];
  }

  /**
   * Index terms that extend `word` by a few letters ("israel" → "israeli", "iran" → "iranian"),
   * or that it extends: how names and their adjectives relate. A binary search, so cheap at
   * any vocabulary size, unlike a fuzzy scan.
   */
  extensions(word: string, maxExtra = 3): string[] {
    if (word.length < 4) return [];
    const out: string[] = [];
    for (const t of this.startingWith(word)) if (t !== word && t.length - word.length <= maxExtra) out.push(t);
    for (let cut = 1; cut <= maxExtra && word.length - cut >= 4; cut++) {
      const shorter = word.slice(0, -cut);
      if (this.has(shorter)) out.push(shorter);
    }
    return out;
  }

  /**
   * Library words `word` is the clipped start of ("defib" → "defibrillator", "config" →
   * "configuration"): at most `limit`, and none where more share the start (then it says too little).
   */
  completions(word: string, limit = 2): string[] {
    if (word.length < 4) return [];
    const out: string[] = [];
    for (const t of this.startingWith(word)) {
      if (t.length - word.length < 3) continue;
      if (out.length === limit) return [];
      out.push(t);
    }
    return out;
  }

  /** Library words that are `word` with a hyphen in it ("ensuite" → "en-suite", "email" → "e-mail"). */
  hyphenated(word: string): string[] {
    if (word.length < 4 || word.includes('-')) return [];
    const out: string[] = [];
    for (const t of this.startingWith(word[0])) if (t.length === word.length + 1 && t.includes('-') && t.replace('-', '') === word) out.push(t);
    return out;
  }

  /** Library words that are `word` closed up with another word after it ("cease" → "ceasefire"). */
  compoundsOf(word: string, isWord: (rest: string) => boolean): string[] {
    if (word.length < 4) return [];
    const out: string[] = [];
    for (const t of this.startingWith(word)) {
      const rest = t.slice(word.length);
      if (rest.length >= 3 && /^[a-z]+$/.test(rest) && isWord(rest)) out.push(t);
    }
    return out;
  }

  /**
   * Index terms a misspelt word may stand for, by Fuse.js over the terms that share its
   * first letter (typos there are rare): a small slice of the vocabulary even for an archive.
   */
  fuzzy(word: string, limit = 3): TermMatch[] {
    if (word.length < 4) return [];
    const out = new Map<string, number>();
    // A typo is one slip in a short word, two in a long one; more than that is another word.
    const maxEdits = word.length >= 8 ? 2 : 1;
    for (const hit of this.bucket(word[0]).search(word, { limit: limit * 4 })) {
      const score = hit.score ?? 1;
      if (score > FUZZY_THRESHOLD || Math.abs(hit.item.length - word.length) > maxEdits) continue;
      const edits = editDistance(word, hit.item, maxEdits);
      if (edits > maxEdits) continue;
      const weight = 0.9 * (1 - score) * (edits <= 1 ? 1 : 0.8);
      if ((out.get(hit.item) ?? 0) < weight) out.set(hit.item, weight);
    }
    return [...out].map(([term, weight]) => ({ term, weight })).sort((a, b) => b.weight - a.weight).slice(0, limit);
  }

  /**
   * Index terms closest in meaning to a word the documents do not use ("boss" → "manager",
   * "raise" → "salary"), by cosine over the GloVe vectors of the index's vocabulary: a scan of
   * the vocabulary, so only for words the index lacks, and cached by the caller.
   */
  neighbours(word: string, limit = 3, floor = 0.5): TermMatch[] {
    const voc = this.vocabularyVectors();
    if (!voc) return [];
    const row = voc.vectors.rows.get(word);
    if (row === undefined) return [];
    const { dims, data } = voc.vectors;
    const at = row * dims;
    const best: TermMatch[] = [];
    for (let i = 0; i < voc.terms.length; i++) {
      const other = voc.rows[i] * dims;
      let dot = 0;
      for (let d = 0; d < dims; d++) dot += data[at + d] * data[other + d];
      const sim = dot / (127 * 127);
      if (sim < floor || voc.rows[i] === row) continue;
      if (best.length < limit || sim > best[best.length - 1].weight) {
        best.push({ term: voc.terms[i], weight: sim });
        best.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
        if (best.length > limit) best.pop();
      }
    }
    return best;
  }

  private vocabularyVectors() {
    if (this.vocabulary === undefined) {
      const vectors = wordVectors();
      if (!vectors) this.vocabulary = null;
      else {
        const terms: string[] = [];
        const rows: number[] = [];
        for (const t of this.sortedTerms) {
          const r = vectors.rows.get(t);
          if (r !== undefined) {
            terms.push(t);
            rows.push(r);
          }
        }
        this.vocabulary = { terms, rows: Int32Array.from(rows), vectors };
      }
    }
    return this.vocabulary;
  }

  private bucket(key: string): Fuse<string> {
    let fuse = this.fuzzyBuckets.get(key);
    if (!fuse) {
      // The terms starting with `key` sit together in the sorted list (and in its order, so a tie does not depend on how the index was made).
      const from = lowerBound(this.sortedTerms, key);
      let to = from;
      while (to < this.sortedTerms.length && this.sortedTerms[to].startsWith(key)) to++;
      fuse = new Fuse(this.sortedTerms.slice(from, to), { includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true, minMatchCharLength: 2 });
      this.fuzzyBuckets.set(key, fuse);
    }
    return fuse;
  }
}

/**
 * Term → id: the vocabulary the index started from, shared between versions, and the terms
 * added since (a small map), so a new word costs a copy of the additions, not of the vocabulary.
 */
class TermIds {
  constructor(
    private readonly base: ReadonlyMap<string, number>,
    private readonly added: ReadonlyMap<string, number> = new Map(),
  ) {}

  get(term: string): number | undefined {
    return this.base.get(term) ?? this.added.get(term);
  }

  get size(): number {
    return this.base.size + this.added.size;
  }

  with(terms: string[]): TermIds {
    if (terms.length === 0) return this;
    // Ids run on from the vocabulary's: base, then additions in order.
    const added = new Map(this.added);
    for (const t of terms) added.set(t, this.base.size + added.size);
    // Additions kept apart only while they are few.
    if (added.size * 10 < this.base.size) return new TermIds(this.base, added);
    return new TermIds(new Map([...this.base, ...added]));
  }
}

interface Terms {
  ids: TermIds;
  /** Id → term. */
  names: string[];
  offsets: Uint32Array;
  flat: Uint32Array;
  sorted: string[];
  lengths: Uint16Array;
}

function freshTerms(facts: Fact[]): Terms {
  const ids = new Map<string, number>();
  const lists: number[][] = [];
  const lengths = new Uint16Array(facts.length);
  facts.forEach((f, i) => {
    lengths[i] = Math.min(f.lemmas.length, 0xffff);
    for (const lemma of f.lemmas) {
      let id = ids.get(lemma);
      if (id === undefined) {
        id = lists.length;
        ids.set(lemma, id);
        lists.push([]);
      }
      lists[id].push(i);
    }
  });
  const { offsets, flat } = packed(lists.length, (id) => lists[id]);
  const names = [...ids.keys()];
  return { ids: new TermIds(ids), names, offsets, flat, sorted: [...names].sort(), lengths };
}

/** Lists end to end in one array, with where each starts. */
function packed(count: number, list: (id: number) => ArrayLike<number>): { offsets: Uint32Array; flat: Uint32Array } {
  const offsets = new Uint32Array(count + 1);
  for (let id = 0; id < count; id++) offsets[id + 1] = offsets[id] + list(id).length;
  const flat = new Uint32Array(offsets[count]);
  for (let id = 0; id < count; id++) flat.set(list(id), offsets[id]);
  return { offsets, flat };
}

/** Where each fact of the previous version is now (-1: its document changed or went), and the facts that are new. */
interface Carried {
  moved: Int32Array;
  fresh: number[];
}

/** Null when most of the library changed: a fresh index is as cheap then. */
function carriedFacts(before: readonly DocumentInfo[], now: readonly DocumentInfo[], factCount: number): Carried | null {
  const was = new Map<DocumentInfo, number>();
  let at = 0;
  for (const d of before) {
    was.set(d, at);
    at += d.facts;
  }
  const moved = new Int32Array(at).fill(-1);
  const fresh: number[] = [];
  at = 0;
  for (const d of now) {
    const from = was.get(d);
    for (let k = 0; k < d.facts; k++) {
      if (from === undefined) fresh.push(at + k);
      else moved[from + k] = at + k;
    }
    at += d.facts;
  }
  return fresh.length > factCount / 2 ? null : { moved, fresh };
}

function updatedTerms(old: Terms, facts: Fact[], { moved, fresh }: Carried): Terms {
  const lengths = new Uint16Array(facts.length);
  for (let i = 0; i < moved.length; i++) if (moved[i] >= 0) lengths[moved[i]] = old.lengths[i];
  // Positions of the new facts per term, ascending since `fresh` is; by old id where the term is known.
  const known = new Map<number, number[]>();
  const unknown = new Map<string, number[]>();
  for (const i of fresh) {
    lengths[i] = Math.min(facts[i].lemmas.length, 0xffff);
    for (const lemma of facts[i].lemmas) {
      const id = old.ids.get(lemma);
      if (id === undefined) append(unknown, lemma, i);
      else append(known, id, i);
    }
  }
  // New terms take the next ids; a term whose facts all went keeps its id with no facts (`has` is false for it).
  const newTerms = [...unknown.keys()].sort();
  const count = old.offsets.length - 1 + newTerms.length;
  const ids = old.ids.with(newTerms);
  const names = newTerms.length ? [...old.names, ...newTerms] : old.names;
  for (const term of newTerms) known.set(ids.get(term)!, unknown.get(term)!);
  let added = 0;
  for (const list of known.values()) added += list.length;
  // Carried and new positions merged per term, in one pass over the old array.
  const offsets = new Uint32Array(count + 1);
  const flat = new Uint32Array(old.flat.length + added);
  const oldCount = old.offsets.length - 1;
  let o = 0;
  const vanished: string[] = [];
  for (let id = 0; id < count; id++) {
    const extra = known.get(id);
    let b = 0;
    if (id < oldCount) {
      const was = old.offsets[id] !== old.offsets[id + 1];
      for (let a = old.offsets[id], end = old.offsets[id + 1]; a < end; a++) {
        const p = moved[old.flat[a]];
        if (p < 0) continue;
        if (extra) while (b < extra.length && extra[b] < p) flat[o++] = extra[b++];
        flat[o++] = p;
      }
      if (was && extra === undefined && o === offsets[id]) vanished.push(old.names[id]);
    }
    if (extra) while (b < extra.length) flat[o++] = extra[b++];
    offsets[id + 1] = o;
  }
  let sorted = old.sorted;
  if (vanished.length || newTerms.length) {
    // A few words in or out of a long sorted list: placed by binary search, not by sorting again.
    sorted = old.sorted.slice();
    for (const term of vanished) sorted.splice(lowerBound(sorted, term), 1);
    for (const term of newTerms) sorted.splice(lowerBound(sorted, term), 0, term);
  }
  const terms = { ids, names, offsets, flat: o === flat.length ? flat : flat.slice(0, o), sorted, lengths };
  // Terms no document uses any more pile up in an index that is only ever updated: renumbered once they are a fifth.
  return ids.size - sorted.length > ids.size / 5 ? compacted(terms) : terms;
}

function append<K>(lists: Map<K, number[]>, key: K, value: number): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

function compacted(t: Terms): Terms {
  const ids = new Map<string, number>();
  const lists: Uint32Array[] = [];
  for (const term of t.sorted) {
    const id = t.ids.get(term)!;
    ids.set(term, lists.length);
    lists.push(t.flat.subarray(t.offsets[id], t.offsets[id + 1]));
  }
  return { ...t, ids: new TermIds(ids), names: [...t.sorted], ...packed(lists.length, (id) => lists[id]) };
}

/** The first position in a sorted list not before `word`. */
function lowerBound(sorted: readonly string[], word: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Optimal string alignment distance (a swap of neighbours is one edit), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}
