/** What every listener needs, passed in explicitly so tests can build the app around their own. */
import type { Logger } from '@slack/bolt';
import type { AnswerOptions, Scope } from '../answer/answer.js';
import type { Engine } from '../answer/engine.js';
import { parseQuestion } from '../answer/question.js';
import type { Answer } from '../answer/types.js';
import type { GapStore } from '../store/gaps.js';
import type { VerifiedStore } from '../store/verified.js';
import type { Message } from './blocks.js';
import type { FeedbackStore } from '../store/feedback.js';
import type { CallGate } from './client.js';
import type { SlackConfig } from './config.js';
import { slackErrorReason } from './errors.js';
import type { EventClaims, RateCounter, RecentKeys } from '../store/guards.js';
import type { Identity } from './identity.js';
import type { ThreadMemory } from './threads.js';

export interface BotContext {
  engine: Engine;
  config: SlackConfig;
  feedback: FeedbackStore;
  gaps: GapStore;
  /** "Save as a fact": the store, and what makes the engine answer from a change at once. Null where the engine cannot take them. */
  verified: { store: VerifiedStore; changed: () => Promise<void> } | null;
  /** Threads the bot has answered in, with the last question: replies there are follow-ups. */
  threads: ThreadMemory;
  /** This process's memory of deliveries (event ids). */
  recent: RecentKeys;
  /** Who answers a message: shared by all instances when the store is the database. */
  claims: EventClaims;
  limiter: RateCounter;
  logger: Logger;
  /** Example questions the documents answer, for help and App Home. */
  examples: string[];
  /** `/ask digest`: the next digest, built by the digest layer, which sits above this one. */
  digestPreview: (() => Promise<Message>) | null;
  /** Calls waiting on Slack, capped so a stalled Slack does not pile up work. */
  gate: CallGate;
  identity: Identity;
}

/**
 * What an answer seen in `channel` may quote. Posted in a channel (a mention, a share): that
 * channel's collections, never a private one. Seen only by the asker (a DM, /ask, the shortcut,
 * More sources): private collections too, within the channel's collections when it is limited.
 */
export function scopeFor(ctx: BotContext, channel: string | undefined, seen: 'channel' | 'privately'): Scope {
  const limited = channel && !channel.startsWith('D') ? ctx.config.channelCollections.get(channel) : undefined;
  return { collections: limited ?? null, private: seen === 'privately' };
}

/**
 * A question asked in `channel` (a mention, a DM, /ask, a follow-up): answered, and when the
 * documents do not answer it, recorded as a gap for curators. A gap that cannot be saved costs
 * only the record, never the answer.
 */
export async function askAndNote(ctx: BotContext, text: string, channel: string, opts: AnswerOptions): Promise<Answer> {
  const a = await ctx.engine.ask(text, opts);
  if (!a.answered && a.reason === 'not-found' && a.question) {
    const terms = parseQuestion(a.question).terms.map((t) => t.lemma);
    await ctx.gaps.record({ question: a.question, terms, channel, at: new Date().toISOString(), openly: !opts.scope?.private }).catch((err: Error) => ctx.logger.error(`recording an unanswered question failed: ${err.message}`));
  }
  return a;
}

/** Open gaps asked again after a change, most asked first. */
const RECHECKED_GAPS = 200;

/**
 * Asks the open gaps again (after the documents changed): those the library answers now, in
 * public, are marked answered with the sentence that does. Resolves with how many.
 */
export function recheckGaps(ctx: BotContext): Promise<number> {
  // One run per version of the library: a saved fact swaps the engine (whose swap starts a run)
  // and then asks for one itself, to show the result; both get the same run.
  const table = ctx.engine.table;
  const last = rechecks.get(ctx);
  if (last?.table === table) return last.run;
  const run = recheckNow(ctx);
  rechecks.set(ctx, { table, run });
  return run;
}

const rechecks = new WeakMap<BotContext, { table: BotContext['engine']['table']; run: Promise<number> }>();

async function recheckNow(ctx: BotContext): Promise<number> {
  try {
    // The most asked first, and only so many: each is a question for the engine (and its model thread) while people ask theirs.
    const open = (await ctx.gaps.all()).filter((g) => !g.answered).slice(0, RECHECKED_GAPS);
    const answers: Array<{ question: string; quote: string; title: string; at: string }> = [];
    for (const g of open) {
      const a = await ctx.engine.ask(g.question, { scope: { collections: null, private: false } });
      if (a.answered && a.quote && a.source) answers.push({ question: g.question, quote: a.quote, title: a.source.title, at: new Date().toISOString() });
    }
    if (answers.length) await ctx.gaps.markAnswered(answers);
    return answers.length;
  } catch (err) {
    ctx.logger.error(`checking unanswered questions again failed: ${(err as Error).message}`);
    return 0;
  }
}

/** The experts "Ask an expert" mentions in `channel`: its own (CHANNEL_EXPERTS), else EXPERTS. */
export function expertsFor(ctx: BotContext, channel: string | undefined): string[] {
  return (channel && ctx.config.channelExperts.get(channel)) || ctx.config.experts;
}

/** However the call is made (Web API or response_url), no Slack call outlives this. */
export const CALL_DEADLINE_MS = 30_000;

/** Logs a failed Slack call with its reason (`not_in_channel`, HTTP 429…) instead of letting it kill the process. */
export async function safely(ctx: BotContext, what: string, call: () => Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Slack did not answer within ${CALL_DEADLINE_MS / 1000} s`)), CALL_DEADLINE_MS);
    });
    await Promise.race([ctx.gate.run(call), deadline]);
    return true;
  } catch (err) {
    ctx.identity.noteError(err);
    ctx.logger.error(`${what} failed: ${slackErrorReason(err)}`);
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export function parseActionValue(value: string | undefined): { q: string; f: string | null; v?: 'up' | 'down' } | null {
  try {
    const v = JSON.parse(value ?? '') as { q?: unknown; f?: unknown; v?: unknown };
    if (typeof v.q !== 'string') return null;
    return { q: v.q, f: typeof v.f === 'string' ? v.f : null, ...(v.v === 'up' || v.v === 'down' ? { v: v.v } : {}) };
  } catch {
    return null;
  }
}
