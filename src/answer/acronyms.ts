/**
 * An acronym the documents spell out but never write ("SSO" asked, "single sign-on" written;
 * "PTO" for "paid time off"): found by the initials of consecutive words in the sentences, titles
 * and headings. Only for a word the index lacks, written in capitals or in lower case where no
 * dictionary has it (the caller checks), when the library spells out at most two phrases with its
 * initials; once per library version (the caller caches it).
 */
import { contentLemmas } from '../facts/lemmas.js';
import { analyze } from '../facts/nlp.js';
import type { FactIndex } from './search-index.js';

/** Function words an expansion may skip ("Department of Health" for "DOH" or "DH"). */
const SKIPPED = '(?:(?:of|and|for|the|to|&)[\\s-]+)?';

/** More distinct phrases than this and none of them is taken for the acronym. */
const MAX_PHRASES = 2;

/** Index terms standing for the acronym: the rarest content word of each phrase found, rarest first. */
export function acronymTerms(index: FactIndex, word: string): string[] {
  const letters = word.toLowerCase();
  if (!/^[a-z]{3,6}$/.test(letters)) return [];
  // Each word starts with the next letter; hyphens join words as spaces do ("sign-on").
  const pattern = new RegExp(`\\b${[...letters].map((c) => `${c}[a-z']*`).join(`[\\s-]+${SKIPPED}`)}\\b`, 'gi');
  const phrases = new Set<string>();
  // Titles and headings spell them out too ("3. PERSONAL PROTECTIVE EQUIPMENT" above the rules on what to wear).
  const texts = new Set<string>();
  for (const f of index.facts) {
    texts.add(f.text);
    texts.add(f.title);
    if (f.section) texts.add(f.section);
  }
  for (const text of texts) {
    // Cheap test first: most sentences hold none of it.
    if (!text.toLowerCase().includes(letters[0])) continue;
    for (const m of text.matchAll(pattern)) {
      // One word per letter, the skipped function words aside.
      const words = m[0].split(/[\s-]+/).filter((w) => !/^(of|and|for|the|to|&)$/i.test(w));
      if (words.length === letters.length) phrases.add(m[0].toLowerCase());
    }
    // Many phrases with these initials: chance, not an expansion (a large archive has them for any three letters).
    if (phrases.size > MAX_PHRASES) return [];
  }
  const out = new Set<string>();
  for (const phrase of phrases) {
    const lemmas = contentLemmas(analyze(phrase).tokens).filter((l) => index.has(l));
    // The phrase's rarest word carries it: the one that says which phrase it is.
    lemmas.sort((a, b) => index.df(a) - index.df(b) || (a < b ? -1 : 1));
    if (lemmas[0]) out.add(lemmas[0]);
  }
  return [...out];
}
