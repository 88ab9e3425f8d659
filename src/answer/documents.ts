/**
 * What a sentence's document says around it: its title, section and the sentence before it
 * (which words the whole document uses is gathered per question, in the index's first pass).
 * A question names its topic ("Jacksonville", "the on-call rota") more often than the
 * answering sentence repeats it, so these are evidence too.
 */
import { contentLemmas } from '../facts/lemmas.js';
import { analyze } from '../facts/nlp.js';
import type { DocumentInfo, Fact } from '../facts/types.js';

/** The numbers from `from` up to `to`, one at a time. */
function* range(from: number, to: number): Generator<number> {
  for (let i = from; i < to; i++) yield i;
}

export class DocumentContext {
  /** Per fact: its document's number, and the fact before it in that document (-1 for none). */
  readonly docOf: Uint32Array;
  readonly previous: Int32Array;
  /** Per fact: 1 for the first sentence of its document's text. */
  readonly isFirst: Uint8Array;
  readonly titleWords: Set<string>[] = [];
  /** Title word → documents, for finding documents by their names. */
  private readonly byTitleWord = new Map<string, number[]>();
  /** Per document: its first few facts (a summary's opening says what the topic is). */
  readonly opening: number[][] = [];
  /** Title or section heading → its words: analysed once, and handed on to the library's next version. */
  private readonly headings: Map<string, Set<string>>;
  /** The table's documents the context was laid out from, when their fact counts matched the facts. */
  readonly layout: readonly DocumentInfo[] | undefined;

  /**
   * `documents`: the table's documents, in the facts' order with their fact counts, so the
   * context is laid out from the counts without reading every fact (what re-indexing a large
   * library relies on). Without it, from the facts themselves.
   */
  constructor(facts: readonly Fact[], documents?: readonly DocumentInfo[], previous?: DocumentContext) {
    this.docOf = new Uint32Array(facts.length);
    this.previous = new Int32Array(facts.length);
    this.isFirst = new Uint8Array(facts.length);
    this.headings = new Map(previous?.headings);
    this.layout = documents && documents.reduce((n, d) => n + d.facts, 0) === facts.length ? documents : undefined;
    if (this.layout) {
      let at = 0;
      for (const info of this.layout) {
        if (info.facts === 0) continue;
        const d = this.addDocument(info.title);
        for (let k = 0; k < info.facts; k++) {
          this.docOf[at + k] = d;
          this.previous[at + k] = k === 0 ? -1 : at + k - 1;
        }
        const opens = this.opensAt(facts, range(at, at + info.facts));
        this.isFirst[opens[0]] = 1;
        this.opening[d].push(...opens);
        at += info.facts;
      }
      return;
    }
    const docNumber = new Map<string, number>();
    const members: number[][] = [];
    facts.forEach((f, i) => {
      let d = docNumber.get(f.document);
      if (d === undefined) {
        d = this.addDocument(f.title);
        docNumber.set(f.document, d);
        members.push([]);
        this.previous[i] = -1;
      } else this.previous[i] = i > 0 && this.docOf[i - 1] === d ? i - 1 : -1;
      this.docOf[i] = d;
      members[d].push(i);
    });
    members.forEach((all, d) => {
      const opens = this.opensAt(facts, all);
      this.isFirst[opens[0]] = 1;
      this.opening[d].push(...opens);
    });
  }

  /**
   * A document's first three facts (of `all`, its facts in order) as its text runs: what the document says
   * of itself (a story's byline, a mail's "From:") comes before its opening sentence but is none.
   */
  private opensAt(facts: readonly Fact[], all: Iterable<number>): number[] {
    // (Read only as far as the third such fact: the whole document need not be listed or filtered.)
    const first: number[] = [];
    const text: number[] = [];
    for (const f of all) {
      if (first.length < 3) first.push(f);
      if (!facts[f].about) text.push(f);
      if (text.length === 3) break;
    }
    return text.length ? text : first;
  }

  docsWithTitleWord(word: string): readonly number[] {
    return this.byTitleWord.get(word) ?? [];
  }

  /** The words of a section heading. */
  sectionWords(section: string): Set<string> {
    return this.wordsOf(section);
  }

  private addDocument(title: string): number {
    const d = this.titleWords.length;
    const words = this.wordsOf(title);
    this.titleWords.push(words);
    this.opening.push([]);
    for (const w of words) {
      const list = this.byTitleWord.get(w);
      if (list) list.push(d);
      else this.byTitleWord.set(w, [d]);
    }
    return d;
  }

  private wordsOf(text: string): Set<string> {
    let words = this.headings.get(text);
    if (!words) this.headings.set(text, (words = new Set(lemmasOf(text))));
    return words;
  }
}

/**
 * A heading's words, also as read in lower case: in "Plans and Billing" or "Paying and invoices"
 * the tagger takes the capitalised words for names and leaves them unlemmatised ("plans").
 */
function lemmasOf(text: string): string[] {
  if (!text) return [];
  const words = contentLemmas(analyze(text).tokens);
  const lower = text.toLowerCase();
  return lower === text ? words : [...words, ...contentLemmas(analyze(lower).tokens)];
}
