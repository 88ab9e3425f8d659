/**
 * Abbreviations a library defines for itself and then uses ("(gf) gluten free" in a menu's key, then
 * "risotto (v, gf)"; "working from home (WFH)", then "WFH on Fridays"): asked in full, the question
 * means the short form the documents write. Read from the documents' own definitions, never guessed
 * from initials alone: "gf" stands for "gluten free" only where the library says it does.
 */
import type { FactIndex } from './search-index.js';

/** "(gf) gluten free": the short form in brackets, then what it stands for, up to a break. */
const KEY_FIRST = /\((\p{Ll}{2,4}|\p{Lu}{2,5})\)\s+(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,3}?)(?=\s*(?:[·•|,;.:()]|$))/gu;
/** "working from home (WFH)": words, then the short form in brackets. */
const KEY_AFTER = /((?:\p{L}[\p{L}'’-]*\s+){0,4}\p{L}[\p{L}'’-]*)\s+\((\p{Ll}{2,4}|\p{Lu}{2,5})\)/gu;

/** Whether `short` is written with letters of `phrase` in order, from its first letter: "vg" in "vegan", "wfh" in "working from home". */
function abbreviates(short: string, phrase: string): boolean {
  const letters = phrase.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (short[0] !== letters[0] || short.length >= letters.length) return false;
  let at = 0;
  for (const c of short) {
    at = letters.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** The words before "(WFH)" it stands for: the shortest run from the end that begins with its first letter and holds its letters. */
function spelledBefore(short: string, words: readonly string[]): string | null {
  for (let k = 1; k <= words.length; k++) {
    const phrase = words.slice(words.length - k).join(' ');
    if (words[words.length - k][0].toLowerCase() === short[0] && abbreviates(short, phrase)) return phrase;
  }
  return null;
}

/** A spelled-out phrase the library abbreviates: how to find it in a question, its words, and the short form as indexed. */
export interface Abbreviation {
  spelled: RegExp;
  words: ReadonlySet<string>;
  term: string;
}

const cache = new WeakMap<FactIndex, Abbreviation[]>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The library's abbreviations, read once per index. */
export function abbreviations(index: FactIndex): readonly Abbreviation[] {
  const known = cache.get(index);
  if (known) return known;
  const found = new Map<string, string>();
  const add = (phrase: string, short: string) => {
    const key = phrase.toLowerCase().replace(/\s+/g, ' ');
    const term = short.toLowerCase();
    if (index.has(term) && !found.has(key)) found.set(key, term);
  };
  for (const f of index.facts) {
    // Cheap test first: most sentences define nothing.
    if (!f.text.includes('(')) continue;
    for (const m of f.text.matchAll(KEY_FIRST)) if (abbreviates(m[1].toLowerCase(), m[2])) add(m[2], m[1]);
    for (const m of f.text.matchAll(KEY_AFTER)) {
      const short = m[2].toLowerCase();
      const phrase = spelledBefore(short, m[1].split(/\s+/));
      if (phrase) add(phrase, short);
    }
  }
  // (Written with a hyphen or a space, asked either way: "gluten-free".)
  const out = [...found].map(([phrase, term]) => ({ spelled: new RegExp(`(?<![\\p{L}])${phrase.split(' ').map(escape).join('[\\s-]+')}(?![\\p{L}])`, 'iu'), words: new Set(phrase.split(/[\s-]+/)), term }));
  cache.set(index, out);
  return out;
}

/** After a short form, what it stands for: "SLO — Service level objective", "DRI: Directly responsible individual", "NPLQ (National Pool Lifeguard Qualification)". */
const SPELLED_AFTER = /^\s*(?:[—–:-]|\()\s*((?:\p{L}[\p{L}'’-]*\s*){1,8})/u;

/**
 * What the short form `short` stands for where `text` spells it out beside it ("SLO — Service level
 * objective: the reliability target…" → "Service level objective"), or null: only words whose letters
 * the short form is written with, from its first letter, as the library's key would define it.
 */
export function spelledOut(short: string, text: string): string | null {
  const lower = short.toLowerCase();
  const at = new RegExp(`(?<![\\p{L}\\d])${escape(short)}(?![\\p{L}\\d])`, 'giu');
  for (const m of text.matchAll(at)) {
    const after = SPELLED_AFTER.exec(text.slice(m.index! + m[0].length));
    if (after) {
      const words = after[1].trim().split(/\s+/);
      for (let k = Math.min(words.length, 8); k >= 1; k--) {
        const phrase = words.slice(0, k).join(' ');
        // (The longest run the letters fit whose last word has one of them: "Service level objective", not "…objective the".)
        if (words[0][0].toLowerCase() === lower[0] && abbreviates(lower, phrase) && lower.includes(words[k - 1][0].toLowerCase())) return phrase;
      }
    }
    const before = text.slice(0, m.index!).match(/((?:\p{L}[\p{L}'’-]*\s+){1,8})\($/u);
    if (before) {
      const phrase = spelledBefore(lower, before[1].trim().split(/\s+/));
      if (phrase) return phrase;
    }
  }
  return null;
}
