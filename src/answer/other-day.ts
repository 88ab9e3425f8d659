/**
 * "What time does the Wye branch open on Saturday?" — "The Wye branch opens on Tuesday and
 * Thursday afternoons": a sentence about other days of the week (or other months) answers no
 * question about this one. A yes/no question is the exception: there the other days are the
 * answer ("is it open on Saturday?" — no, Tuesdays and Thursdays).
 */
import { MONTH_NAME as FULL_MONTH_NAME, WEEKDAY_NAME } from '../facts/nlp.js';
import { perQuestion, type Question } from './question.js';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = String.raw`(?:${FULL_MONTH_NAME}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;
/** A weekday's full name in any case. */
const FULL_DAY = WEEKDAY_NAME.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
// Abbreviated weekdays only capitalised ("Mon–Fri"): "sat", "sun", "wed" are words of their own.
const SHORT_DAY = String.raw`(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b`;
const DAY = new RegExp(String.raw`\b(?:${FULL_DAY}s?\b|${SHORT_DAY})`, 'g');
const DAY_RANGE = new RegExp(String.raw`\b(${FULL_DAY}|${SHORT_DAY})s?\.?\s*(?:to|through|till|until|[–—-])\s*(${FULL_DAY}|${SHORT_DAY})s?\b`, 'g');
const MONTH = new RegExp(String.raw`\b${MONTH_NAME}\b`, 'gi');
const MONTH_RANGE = new RegExp(String.raw`\b(${MONTH_NAME})\s*(?:to|through|till|until|[–—-])\s*(${MONTH_NAME})\b`, 'gi');
/** Words that make a sentence's days the exceptions, or every day: it speaks of the others too. */
const EVERY_DAY = /\b(?:except|apart from|other than|excluding|but not|every day|daily|seven days|any day|each day|all year|year[- ]round|every month|monthly)\b/i;
/** "after November", "since March": a question measuring from a day asks about others. */
const RELATIVE = /\b(?:after|before|since|until|till|from|between|next|following|previous|last)\s+(?:the\s+)?(?:\w+\s+)?$/i;
/** A sentence's "weekdays", "weekends". */
const WEEK_PART = /\b(week ?days?|week ?ends?)\b/gi;
/** A month's name that is also a word ("may", "march"): a name only capitalised, after a preposition or before a number. */
const WORD_MONTHS = /^(?:may|march|mar|jan|sept?|oct|dec)$/i;
const MONTH_BEFORE = /\b(?:in|on|of|during|since|by|until|till|from|to|early|late|mid|last|next|this)\s+$/i;

/**
 * The days of the week (0 = Sunday) or the months (0 = January) a text names, or null where it
 * names none or means every one; asked, also where it counts from one ("after November").
 */
function named(text: string, unit: 'day' | 'month', asked = false): Set<number> | null {
  if (EVERY_DAY.test(text)) return null;
  const list = unit === 'day' ? WEEKDAYS : MONTHS;
  const index = (word: string) => list.indexOf(word.toLowerCase().slice(0, 3));
  const found = new Set<number>();
  for (const m of text.matchAll(unit === 'day' ? DAY_RANGE : MONTH_RANGE)) {
    const [from, to] = [index(m[1]), index(m[2])];
    for (let i = from; ; i = (i + 1) % list.length) {
      found.add(i);
      if (i === to || found.size === list.length) break;
    }
  }
  for (const m of text.matchAll(unit === 'day' ? DAY : MONTH)) {
    if (unit === 'month' && WORD_MONTHS.test(m[0]) && !/^\p{Lu}/u.test(m[0]) && !MONTH_BEFORE.test(text.slice(0, m.index)) && !/^\s+\d/.test(text.slice(m.index! + m[0].length))) continue;
    if (asked && RELATIVE.test(text.slice(0, m.index))) return null;
    found.add(index(m[0]));
  }
  if (unit === 'day') {
    for (const m of text.matchAll(WEEK_PART)) for (const d of /end/i.test(m[1]) ? [0, 6] : [1, 2, 3, 4, 5]) found.add(d);
  }
  return found.size && found.size < list.length ? found : null;
}

/**
 * Whether a sentence names only other days of the week, or only other months, than a
 * question that is not yes/no names. False where either names none.
 */
export function otherDay(text: string, q: Question): boolean {
  for (const [unit, days] of askedOf(q)) {
    const said = named(text, unit);
    if (said && ![...days].some((d) => said.has(d))) return true;
  }
  // …and "when is DataHarbour 2028?" — "held on 11 and 12 March 2027": a sentence of other years only.
  const years = yearsAsked(q);
  if (years) {
    const said = yearsOf(text);
    if (said && ![...years].some((y) => said.has(y))) return true;
  }
  return false;
}

/** A year written as one: four digits from 1500 to 2099, not part of a longer number, a sum or a time. */
const YEAR = /(?<![\d.,£$€:/-])\b(1[5-9]\d\d|20\d\d)\b(?![\d.,:%/]|\s*(?:%|per\s?cent))/g;
/** "2025–2027", "2026-27": every year between. */
const YEAR_RANGE = /\b(1[5-9]\d\d|20\d\d)\s*(?:[–—-]|to)\s*(\d{4}|\d{2})\b/g;

function yearsOf(text: string): Set<number> | null {
  const found = new Set<number>();
  for (const m of text.matchAll(YEAR_RANGE)) {
    const from = Number(m[1]);
    const to = m[2].length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
    for (let y = from; y <= to && y - from < 50; y++) found.add(y);
  }
  for (const m of text.matchAll(YEAR)) found.add(Number(m[1]));
  return found.size ? found : null;
}

/** The years a question that is not yes/no names, unless it counts from one ("since 2020", "after 2019"). */
const yearsAsked = perQuestion((q) => {
  if (q.kind === 'yesno') return null;
  for (const m of q.text.matchAll(YEAR)) if (RELATIVE.test(q.text.slice(0, m.index))) return null;
  return yearsOf(q.text);
});

/** The weekdays and months a question that is not yes/no names. */
const askedOf = perQuestion((q) => {
  const found: Array<['day' | 'month', Set<number>]> = [];
  if (q.kind === 'yesno') return found;
  for (const unit of ['day', 'month'] as const) {
    const days = named(q.text, unit, true);
    if (days) found.push([unit, days]);
  }
  return found;
});
