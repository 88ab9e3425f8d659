/**
 * Once-only handling of Slack's deliveries and per-person rate limits, as the listeners see
 * them: asynchronous, so that several instances can share them through the database. These are
 * the in-process versions (one instance, or the fallback while the database is away).
 */

/** Who handles a delivery: the first to claim it, or whoever takes over a claim left unfinished. */
export interface EventClaims {
  /**
   * Whether this process should handle `key` now: 'first' for a fresh claim, 'takeover' when
   * another instance claimed it and left it unfinished past its lease (it may have done the work
   * and died before saying so: check before doing it again), false for a duplicate.
   */
  claim(key: string): Promise<false | 'first' | 'takeover'>;
  /** The work is done: a later delivery of the same key is a duplicate, whatever happens now. */
  done(key: string): Promise<void>;
  /** The work failed before anyone saw it: a later delivery may try again. */
  forget(key: string): Promise<void>;
}

export interface RateCounter {
  /** Counts one request of `user`; false when they are over the limit this minute. */
  allow(user: string): Promise<boolean>;
}

/** Remembers recent keys, bounded: Slack retries an event, and may deliver one mention as two events. */
export class RecentKeys {
  private readonly keys = new Map<string, number>();
  constructor(private readonly max = 5000) {}

  /** True the first time a key is seen, false on a repeat. */
  firstTime(key: string): boolean {
    if (this.keys.has(key)) return false;
    this.keys.set(key, Date.now());
    if (this.keys.size > this.max) this.keys.delete(this.keys.keys().next().value as string);
    return true;
  }

  forget(key: string): void {
    this.keys.delete(key);
  }
}

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  constructor(private readonly perMinute: number, private readonly now: () => number = Date.now) {}

  /** Counts a question from `user`; false when they are over the limit. */
  allow(user: string): boolean {
    const t = this.now();
    const recent = (this.hits.get(user) ?? []).filter((x) => t - x < 60_000);
    if (recent.length >= this.perMinute) {
      this.hits.set(user, recent);
      return false;
    }
    recent.push(t);
    this.hits.set(user, recent);
    if (this.hits.size > 10_000) this.hits.delete(this.hits.keys().next().value as string);
    return true;
  }
}

export function memoryClaims(keys = new RecentKeys()): EventClaims {
  return {
    claim: async (key) => (keys.firstTime(key) ? 'first' : false),
    done: async () => undefined,
    forget: async (key) => keys.forget(key),
  };
}

export function memoryRateCounter(perMinute: number, now?: () => number): RateCounter {
  const limiter = new RateLimiter(perMinute, now);
  return { allow: async (user) => limiter.allow(user) };
}
