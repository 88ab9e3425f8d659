/**
 * Threads the bot has answered in, so that a reply there is read as a follow-up without a new
 * mention, and a short one ("and when was that?") with the previous question's subject.
 * Bounded in memory; after a restart, or on another instance, the thread itself is read back
 * (conversations.replies) the first time someone replies in it.
 */
import { parseQuestion } from '../answer/question.js';

/** A thread found not to be the bot's is not read back again for this long (busy channels reply a lot). */
const NOT_MINE_MS = 10 * 60_000;

export class ThreadMemory {
  private readonly threads = new Map<string, string>();
  private readonly notMine = new Map<string, number>();
  constructor(private readonly max = 5000, private readonly now: () => number = Date.now) {}

  /** The bot has not answered in this thread (as read back from Slack just now). */
  noteNotMine(channel: string, threadTs: string): void {
    this.notMine.set(`${channel}:${threadTs}`, this.now());
    if (this.notMine.size > this.max) this.notMine.delete(this.notMine.keys().next().value as string);
  }

  /** Read back recently and found not to be the bot's. */
  knownNotMine(channel: string, threadTs: string): boolean {
    const at = this.notMine.get(`${channel}:${threadTs}`);
    return at !== undefined && this.now() - at < NOT_MINE_MS;
  }

  /** The bot answered `question` in this thread. */
  note(channel: string, threadTs: string, question: string): void {
    const key = `${channel}:${threadTs}`;
    this.notMine.delete(key);
    this.threads.delete(key);
    this.threads.set(key, question);
    if (this.threads.size > this.max) this.threads.delete(this.threads.keys().next().value as string);
  }

  /** The last question the bot answered in this thread, if it answered there. */
  last(channel: string, threadTs: string): string | undefined {
    return this.threads.get(`${channel}:${threadTs}`);
  }
}

const QUESTION_START = /^(?:and|but|so|also|ok(?:ay)?|then)?[\s,]*(?:who|whom|whose|what|when|where|why|which|how|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|any)\b/i;

/** A reply that asks something: a question mark, or a question word leading it. */
export function looksLikeQuestion(text: string): boolean {
  const t = text.replace(/<[^>]*>/g, ' ').trim();
  return t.length > 1 && (/\?\s*$/.test(t) || QUESTION_START.test(t));
}

/** Mentions a person other than the bot: addressed to them, not to the bot. */
export function addressedToSomeoneElse(text: string, botUserId: string | undefined): boolean {
  for (const m of text.matchAll(/<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g)) if (m[1] !== botUserId) return true;
  return /<!(?:subteam\^[^>]+|here|channel|everyone)>/.test(text);
}

/** At most this many content words, or a pronoun standing for what was asked before: a follow-up that needs it. */
const SHORT = 2;
const PRONOUN = /\b(?:that|this|it|they|them|he|she|him|her|those|these|there|then|else)\b/i;

/**
 * The question to answer for a follow-up: as asked when it stands on its own; otherwise with
 * the previous question after it, so its own question word still decides what kind of answer
 * it wants ("and when was that?" asks when, about the previous question's subject).
 */
export function withContext(followUp: string, previous: string | undefined): string {
  if (!previous) return followUp;
  const q = parseQuestion(followUp);
  const needs = q.terms.filter((t) => t.weight >= 1).length <= SHORT || PRONOUN.test(q.text);
  return needs ? `${q.text.replace(/[?.!\s]+$/, '')} ${parseQuestion(previous).text}` : followUp;
}
