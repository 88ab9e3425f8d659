/**
 * An inverted index over fact lemmas: a question touches only the facts that share a word
 * (or a synonym, or a typo's correction) with it, never the whole table.
 */
import type { SentenceVectors } from './sentence-vectors.js';
import Fuse from 'fuse.js';
import type { Fact } from '../facts/types.js';
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
  private readonly termIds = new Map<string, number>();
  private readonly postings: Uint32Array[];
  private readonly lengthNorm: Float32Array;
  private readonly fuzzyBuckets = new Map<string, Fuse<string>>();
  private readonly bucketTerms = new Map<string, string[]>();
  /** Index terms that have a word vector, and their rows, for neighbours by meaning (built on first use). */
  private vocabulary: { terms: string[]; rows: Int32Array; vectors: WordVectors } | null | undefined;
  /** Every index term, sorted, for prefix lookups by binary search. */
  private readonly sortedTerms: string[];
  /** Per fact, made on first use: its lemmas' word-vector rows (-1 for none) and IDFs, which no question changes. */
  private readonly lexical: Array<{ rows: Int32Array; idfs: Float64Array } | undefined> = [];
  /** Each fact's sentence vector, when the library is small enough to have them (sentence-vectors.ts). */
  meaning: SentenceVectors | null = null;

  constructor(facts: Fact[]) {
    this.facts = facts;
    this.documents = new DocumentContext(facts);
    const lists: number[][] = [];
    let total = 0;
    facts.forEach((f, i) => {
      total += f.lemmas.length;
      for (const lemma of f.lemmas) {
        let id = this.termIds.get(lemma);
        if (id === undefined) {
          id = lists.length;
          this.termIds.set(lemma, id);
          lists.push([]);
        }
        lists[id].push(i);
      }
    });
    this.postings = lists.map((l) => Uint32Array.from(l));
    const avg = total / Math.max(1, facts.length);
    this.lengthNorm = Float32Array.from(facts, (f) => (K1 + 1) / (1 + K1 * (1 - B + (B * f.lemmas.length) / Math.max(avg, 1))));
    this.sortedTerms = [...this.termIds.keys()].sort();
    for (const term of this.termIds.keys()) {
      const key = term[0];
      const list = this.bucketTerms.get(key);
      if (list) list.push(term);
      else this.bucketTerms.set(key, [term]);
    }
  }

  get size(): number {
    return this.facts.length;
  }

  has(term: string): boolean {
    return this.termIds.has(term);
  }

  df(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.postings[id].length;
  }

  /** BM25's idf; an unseen term gets the highest possible, which is what makes it count against a match. */
  idf(term: string): number {
    const n = this.facts.length;
    const df = this.df(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  postingsOf(term: string): Uint32Array | undefined {
    const id = this.termIds.get(term);
    return id === undefined ? undefined : this.postings[id];
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

  /**
   * Index terms that extend `word` by a few letters ("israel" → "israeli", "iran" → "iranian"),
   * or that it extends: how names and their adjectives relate. A binary search, so cheap at
   * any vocabulary size, unlike a fuzzy scan.
   */
  extensions(word: string, maxExtra = 3): string[] {
    if (word.length < 4) return [];
    const out: string[] = [];
    let lo = 0;
    let hi = this.sortedTerms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sortedTerms[mid] < word) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sortedTerms.length && this.sortedTerms[i].startsWith(word); i++) {
      const t = this.sortedTerms[i];
      if (t !== word && t.length - word.length <= maxExtra) out.push(t);
    }
    for (let cut = 1; cut <= maxExtra && word.length - cut >= 4; cut++) {
      const shorter = word.slice(0, -cut);
      if (this.termIds.has(shorter)) out.push(shorter);
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
      fuse = new Fuse(this.bucketTerms.get(key) ?? [], { includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true, minMatchCharLength: 2 });
      this.fuzzyBuckets.set(key, fuse);
    }
    return fuse;
  }
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
