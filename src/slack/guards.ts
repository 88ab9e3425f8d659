/** Once-only delivery and per-user rate limits: small in-memory structures, bounded in size. */

/** Remembers recent keys: Slack retries an event, and may deliver one mention as two events. */
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

  /** A key whose work failed: the next attempt counts as the first. */
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
