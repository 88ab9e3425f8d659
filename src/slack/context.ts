/** What every listener needs, passed in explicitly so tests can build the app around their own. */
import type { Logger } from '@slack/bolt';
import type { Engine } from '../answer/engine.js';
import type { Message } from './blocks.js';
import type { FeedbackStore } from '../store/feedback.js';
import type { SlackConfig } from './config.js';
import { slackErrorReason } from './errors.js';
import type { RateLimiter, RecentKeys } from './guards.js';

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
}

/** Logs a failed Slack call with its reason (`not_in_channel`, HTTP 429…) instead of letting it kill the process. */
export async function safely(ctx: BotContext, what: string, call: () => Promise<unknown>): Promise<boolean> {
  try {
    await call();
    return true;
  } catch (err) {
    ctx.logger.error(`${what} failed: ${slackErrorReason(err)}`);
    return false;
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
