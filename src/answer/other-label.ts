/**
 * "Who is the fire warden for the *third* floor?" — "Sam Okoro for the *second* floor and Lena
 * Fischer for the *fourth*"; "how do I get a *level 3* certificate?" — "a *Level 2* food hygiene
 * certificate"; "what does E1 mean?" — the row for error E2: a thing picked out by its number or ordinal is
 * not the same thing with another.
 * A sentence naming the thing only with other numbers does not answer a question about this one
 * (yes/no aside: there the other numbers are the answer).
 */
import { perQuestion, type Question } from './question.js';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ORDINAL = String.raw`(?:${ORDINALS.join('|')}|\d+(?:st|nd|rd|th))`;
/** "the third floor", "2nd floor": an ordinal before its noun. */
const ORDINAL_BEFORE = new RegExp(String.raw`\b(${ORDINAL})\s+([a-z]{3,})\b`, 'gi');
/** "level 3", "Gate 2", "Block 4B": a noun labelled by the number after it (not an amount: "30 days", "9am"). */
const NUMBER_AFTER = /\b([a-z]{3,})\s+(\d{1,3}[a-z]?)\b(?!\s*(?:%|am|pm|days?|weeks?|months?|years?|hours?|minutes?|people|euros?|pounds?|dollars?))/gi;

/** Words before a number that label nothing: "*the* 12v battery" is no battery numbered 12 ("the 12-volt battery"), "*for* 3 people". */
const NOT_A_NOUN = new Set(['the', 'and', 'for', 'with', 'from', 'than', 'over', 'under', 'about', 'around', 'into', 'onto', 'within', 'after', 'before', 'each', 'every', 'all', 'only', 'just', 'per', 'are', 'was', 'were', 'has', 'have', 'had', 'our', 'your', 'their', 'its', 'his', 'her', 'these', 'those', 'this', 'that', 'some', 'any', 'between', 'until', 'till', 'since', 'least', 'most', 'more', 'less', 'fewer', 'nearly', 'almost', 'roughly', 'approximately', 'take', 'takes', 'took', 'get', 'gets', 'got', 'need', 'needs', 'give', 'gives', 'gave', 'pay', 'pays', 'paid', 'cost', 'costs', 'add', 'adds', 'use', 'uses', 'but', 'nor', 'yet', 'also', 'then', 'when', 'where', 'what', 'which', 'who', 'how', 'can', 'may', 'will', 'must', 'should', 'would', 'could']);

/** "E1", "Q3", "B12": a code, its letters the kind and its number which one ("E1" is no "E2"). */
const CODE = /(?<![\p{L}\d-])(\p{L}{1,4})(\d{1,3})(?![\p{L}\d-])/gu;

interface Label {
  noun: string;
  label: string;
}

function ordinalValue(word: string): string {
  const at = ORDINALS.indexOf(word.toLowerCase());
  return at >= 0 ? String(at + 1) : word.replace(/\D/g, '');
}

/** The things a text picks out by number: "third floor" → floor 3, "level 3" → level 3, "E1" → e 1. */
function labels(text: string): Label[] {
  const out: Label[] = [];
  for (const m of text.matchAll(ORDINAL_BEFORE)) out.push({ noun: stem(m[2]), label: ordinalValue(m[1]) });
  for (const m of text.matchAll(NUMBER_AFTER)) if (!NOT_A_NOUN.has(m[1].toLowerCase())) out.push({ noun: stem(m[1]), label: m[2].toLowerCase() });
  // ("v2" is version 2, as "Version 2" is.)
  for (const m of text.matchAll(CODE)) out.push({ noun: m[1].toLowerCase() === 'v' ? 'version' : m[1].toLowerCase(), label: m[2] });
  return out;
}

/** What a question that is not yes/no picks out by number. */
const wantedOf = perQuestion((q) => (q.kind === 'yesno' ? [] : labels(q.text)));
const stem = (word: string) => word.toLowerCase().replace(/(?:s|es)$/, '');

/** Whether a sentence names a thing the question picks out by number only with other numbers. */
export function otherLabel(text: string, q: Question): boolean {
  const wanted = wantedOf(q);
  if (!wanted.length) return false;
  const said = labels(text);
  return wanted.some((a) => {
    const same = said.filter((s) => s.noun === a.noun);
    return same.length > 0 && !same.some((s) => s.label === a.label);
  });
}
