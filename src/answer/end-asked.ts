/**
 * "What time does the evening reception finish?" — "Time 18:00: session Evening reception"; "what
 * time does the reading group finish?" — "meets on the last Monday of each month at 7pm": asked when
 * something ends, a sentence giving only the hour it starts does not say. One that gives a span
 * ("9am to 5pm", "until 10am") or says the end ("closes at", "finishes by") may.
 */
import type { Fact } from '../facts/types.js';
import { perQuestion, type Question } from './question.js';
import { CLOCK_IN } from './span.js';

const END_ASKED = /^(?:when|what time|at what time|how late)\b.*\b(?:finish|finishes|finished|end|ends|ended|close|closes|closed|stop|stops|shut|shuts)\b/i;
/** A span of time, or a word for its end ("to" only before a time: "a day before booking opens *to* everyone else" ends nothing). */
const END_SAID = /\bto\s+(?:\d|midnight|noon|midday)|\b(?:until|till|through|finish|finishes|finishing|end|ends|ending|close|closes|closing|closed|stop|stops|shut|shuts|lasts|latest)\b|\d\s*[–—-]\s*\d|\d\s*(?:am|pm)?\s*[–—-]/i;

const asksEnd = perQuestion((q) => q.kind !== 'yesno' && END_ASKED.test(q.text.trim()));

/** An hour on its own or with its day: "at 7pm", "the last Monday of each month at 7pm". */
const givesHour = (fact: Fact) => fact.entities.some((e) => e.type === 'TIME' || (e.type === 'DATE' && CLOCK_IN.test(e.text)));

/** Whether a sentence gives the hour something starts where the question asks when it ends. */
export function endUnsaid(q: Question, fact: Fact): boolean {
  if (!asksEnd(q)) return false;
  if (!givesHour(fact)) return false;
  return !END_SAID.test(fact.text);
}

/**
 * The other way round: "what time does school start?" — "school closes at 1.30pm": asked when something starts, a
 * sentence giving only the hour it ends does not say. One that gives a span or a start ("from 8.45am", "opens at") may.
 */
const START_ASKED = /^(?:when|what time|at what time|how early)\b.*\b(?:start|starts|begin|begins|open|opens)\b/i;
const START_SAID = /\b(?:from|start|starts|starting|begin|begins|beginning|open|opens|opening|opened|doors)\b|\d\s*[–—-]\s*\d|\d\s*(?:am|pm)?\s*[–—-]/i;
const ONLY_END_SAID = /\b(?:finish|finishes|end|ends|close|closes|closed|closing|until|till|stop|stops|shut|shuts)\b/i;
const asksStart = perQuestion((q) => q.kind !== 'yesno' && START_ASKED.test(q.text.trim()));

/** Whether a sentence gives only the hour something ends where the question asks when it starts. */
export function startUnsaid(q: Question, fact: Fact): boolean {
  if (!asksStart(q)) return false;
  if (!givesHour(fact)) return false;
  return ONLY_END_SAID.test(fact.text) && !START_SAID.test(fact.text);
}

/**
 * "What time does the library open?" — "the line closed to passengers in 1965": a time of day asked is said by
 * an hour or a part of the day, never by a year or a date alone.
 */
const HOUR_ASKED = /^(?:at\s+)?what time\b/i;
const PART_OF_DAY = /\b(?:noon|midday|midnight|morning|afternoon|evening|night|dawn|dusk|sunrise|sunset|lunchtime|teatime)\b/i;
const asksHour = perQuestion((q) => q.kind !== 'yesno' && HOUR_ASKED.test(q.text.trim()));

/** Whether a sentence gives no time of day where one is asked. */
export function hourUnsaid(q: Question, fact: Fact): boolean {
  return asksHour(q) && !givesHour(fact) && !PART_OF_DAY.test(fact.text);
}
