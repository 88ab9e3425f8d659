/** What every listener needs, passed in explicitly so tests can build the app around their own. */
import type { Logger } from '@slack/bolt';
import type { Scope } from '../answer/answer.js';
import type { Engine } from '../answer/engine.js';
import type { Message } from './blocks.js';
import type { FeedbackStore } from '../store/feedback.js';
import type { CallGate } from './client.js';
import type { SlackConfig } from './config.js';
import { slackErrorReason } from './errors.js';
import type { RateLimiter, RecentKeys } from './guards.js';
import type { Identity } from './identity.js';

export interface BotContext {
  engine: Engine;
  config: SlackConfig;
  feedback: FeedbackStore;
  recent: RecentKeys;
  limiter: RateLimiter;
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

export function parseActionValue(value: string | undefined): { q: string; f: string | null } | null {
  try {
    const v = JSON.parse(value ?? '') as { q?: unknown; f?: unknown };
    return typeof v.q === 'string' ? { q: v.q, f: typeof v.f === 'string' ? v.f : null } : null;
  } catch {
    return null;
  }
}
