/**
 * What a sentence's document says around it: its title, section and the sentence before it
 * (which words the whole document uses is gathered per question, in the index's first pass).
 * A question names its topic ("Jacksonville", "the on-call rota") more often than the
 * answering sentence repeats it, so these are evidence too.
 */
import { contentLemmas } from '../facts/lemmas.js';
import { analyze } from '../facts/nlp.js';
import type { Fact } from '../facts/types.js';

export class DocumentContext {
  /** Per fact: its document's number, and the fact before it in that document (-1 for none). */
  readonly docOf: Uint32Array;
  readonly previous: Int32Array;
  /** Per fact: 1 for the first sentence of its document. */
  readonly isFirst: Uint8Array;
  readonly titleWords: Set<string>[] = [];
  readonly sectionWords = new Map<string, Set<string>>();
  /** Title word → documents, for finding documents by their names. */
  private readonly byTitleWord = new Map<string, number[]>();
  /** Per document: its first few facts (a summary's opening says what the topic is). */
  readonly opening: number[][] = [];

  constructor(facts: Fact[]) {
    this.docOf = new Uint32Array(facts.length);
    this.previous = new Int32Array(facts.length);
    this.isFirst = new Uint8Array(facts.length);
    const docNumber = new Map<string, number>();
    facts.forEach((f, i) => {
      let d = docNumber.get(f.document);
      if (d === undefined) {
        d = this.titleWords.length;
        docNumber.set(f.document, d);
        const words = new Set(lemmasOf(f.title));
        this.titleWords.push(words);
        this.opening.push([]);
        for (const w of words) {
          const list = this.byTitleWord.get(w);
          if (list) list.push(d);
          else this.byTitleWord.set(w, [d]);
        }
        this.previous[i] = -1;
        this.isFirst[i] = 1;
      } else this.previous[i] = i > 0 && this.docOf[i - 1] === d ? i - 1 : -1;
      this.docOf[i] = d;
      if (this.opening[d].length < 3) this.opening[d].push(i);
      if (f.section && !this.sectionWords.has(f.section)) this.sectionWords.set(f.section, new Set(lemmasOf(f.section)));
    });
  }

  docsWithTitleWord(word: string): readonly number[] {
    return this.byTitleWord.get(word) ?? [];
  }
}

function lemmasOf(text: string): string[] {
  return text ? contentLemmas(analyze(text).tokens) : [];
}
