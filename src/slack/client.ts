/**
 * Every Web API call bounded: a timeout per attempt, a few retries with backoff (429s wait out
 * Retry-After), and a cap on the calls waiting at once, so a stalled Slack costs later work
 * seconds, not minutes. The same options serve the app's per-request clients and the CLI's.
 */
import { webApi } from '@slack/bolt';

/** An answer half an hour late is no answer: retry 429s and 5xx briefly, then log and move on. */
export const RETRY_CONFIG = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 4000 };

/** One attempt may take this long before it counts as failed (the client's own default is forever). */
export const CALL_TIMEOUT_MS = 5_000;

/** Past this many calls waiting on Slack, a new one fails at once instead of queueing behind them. */
export const MAX_WAITING_CALLS = 50;

export interface ClientAccess {
  botToken?: string;
  apiUrl: string | null;
  timeoutMs?: number;
}

export function clientOptions(access: ClientAccess): webApi.WebClientOptions {
  return {
    slackApiUrl: access.apiUrl ?? undefined,
    retryConfig: RETRY_CONFIG,
    timeout: access.timeoutMs ?? CALL_TIMEOUT_MS,
    // Bolt logs through its own logger; the client's retry chatter would repeat each failure.
    logLevel: webApi.LogLevel.ERROR,
  };
}

export function webClient(access: ClientAccess): webApi.WebClient {
  return new webApi.WebClient(access.botToken, clientOptions(access));
}

/** Counts calls in flight across the process; `slackErrorReason` words the refusal. */
export class CallGate {
  private waiting = 0;
  constructor(readonly max = MAX_WAITING_CALLS) {}

  get size(): number {
    return this.waiting;
  }

  async run<T>(call: () => Promise<T>): Promise<T> {
    if (this.waiting >= this.max) throw new SlackBackedUpError(this.waiting);
    this.waiting++;
    try {
      return await call();
    } finally {
      this.waiting--;
    }
  }
}

export class SlackBackedUpError extends Error {
  readonly code = 'slack_backed_up';
  constructor(readonly waiting: number) {
    super(`Slack is not answering: ${waiting} calls are already waiting`);
  }
}
