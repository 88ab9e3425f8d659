/**
 * "What did the *Iranian* president say?" — "*Russian* President Vladimir Putin stated…": an office asked of one
 * country is not answered by a sentence that names the office only as another country's.
 */
import { isCountryName, relatedWords } from '../facts/wordnet.js';
import type { Fact } from '../facts/types.js';
import { perQuestion, type Question } from './question.js';

/** Offices and bodies a country has one of, which the country before or after them picks out. */
const OFFICE = String.raw`(?:president|prime minister|premier|(?:foreign|defen[cs]e|finance|interior) minister|minister|king|queen|crown prince|prince|emir|sultan|supreme leader|leader|ambassador|chancellor|government|parliament|army|navy|air force|military|media|embassy|foreign ministry)`;
/** A word that may name a country, as itself or its adjective: "Iran", "Iranian", "Iran's", "U.S.", "Saudi". */
const COUNTRY_WORD = String.raw`([\p{L}.]+?)(?:['’]s)?`;
const BEFORE = new RegExp(String.raw`\b${COUNTRY_WORD}\s+${OFFICE}\b`, 'giu');
const AFTER = new RegExp(String.raw`\b${OFFICE}\s+of\s+(?:the\s+)?([\p{L}.]+)`, 'giu');
const OFFICE_WORD = new RegExp(String.raw`\b${OFFICE}\b`, 'giu');
/** The office a BEFORE match ends in. */
const OFFICE_AT_END = new RegExp(String.raw`${OFFICE}$`, 'iu');

const UNITED_STATES = /^(?:u\.?s\.?a?\.?|america|american|americans|united states)$/;
const countryCache = new Map<string, string | null>();

/** The country a word names, as itself or its adjective ("iranian" → "iran"), or null. */
function countryOf(word: string): string | null {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (UNITED_STATES.test(w)) return 'united states';
  const known = countryCache.get(w);
  if (known !== undefined) return known;
  const country = isCountryName(w) ? w : (relatedWords(w).find((r) => r.word.length >= 4 && isCountryName(r.word) && w.startsWith(r.word.slice(0, 4)))?.word ?? null);
  countryCache.set(w, country);
  return country;
}

interface OfficeOf {
  office: string;
  country: string | null;
}

/** Each office the text names, with the country it is said of where one is (before it or after "of"). */
function officesIn(text: string): OfficeOf[] {
  const said = new Map<number, OfficeOf>();
  for (const m of text.matchAll(OFFICE_WORD)) said.set(m.index, { office: m[0].toLowerCase(), country: null });
  for (const m of text.matchAll(BEFORE)) {
    const country = countryOf(m[1]);
    const at = m.index + m[0].length - (OFFICE_AT_END.exec(m[0])?.[0].length ?? 0);
    if (country && said.has(at)) said.set(at, { office: said.get(at)!.office, country });
  }
  for (const m of text.matchAll(AFTER)) {
    const country = countryOf(m[1]);
    if (country && said.has(m.index)) said.set(m.index, { office: said.get(m.index)!.office, country });
  }
  return [...said.values()];
}

/** The offices a question asks of a country ("the Iranian president": president of Iran). */
const officesAsked = perQuestion((q: Question): OfficeOf[] => officesIn(q.text).filter((o) => o.country));

/**
 * Whether the sentence names an office asked of one country only as another's: every time it says the office, it
 * says whose, and never the country asked. (An office it names without saying whose may be the one asked.)
 */
export function otherCountrysOffice(q: Question, fact: Fact): boolean {
  const asked = officesAsked(q);
  if (asked.length === 0) return false;
  const said = officesIn(fact.text);
  return asked.some((a) => {
    const same = said.filter((s) => s.office === a.office);
    return same.length > 0 && same.every((s) => s.country && s.country !== a.country);
  });
}
