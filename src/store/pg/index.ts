/**
 * The store on PostgreSQL (DATABASE_URL), for several instances: the same interfaces as the
 * file store, with the database's locks instead of a lock file. Digest slots are claimed under
 * an advisory lock held by one connection (released by the server if the process dies);
 * deliveries are claimed by a unique insert, with a lease another instance takes over when the
 * claimant died unfinished; rate limits count per minute in one upsert.
 *
 * What answering needs never waits on it: a claim or a rate check the database cannot make
 * falls back to this process's memory (said once in the log), and the rest is retried by the
 * caller's own schedule (the digest) or costs only its record (a gap, a verdict).
 */
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { emptyDigestState, type DigestState, type DigestStore } from '../digest.js';
import type { Feedback, FeedbackStore } from '../feedback.js';
import { byMostAsked, MAX_GAPS, sameQuestion, type Gap, type GapStore } from '../gaps.js';
import { memoryClaims, memoryRateCounter, type EventClaims, type RateCounter } from '../guards.js';
import { LockTimeoutError } from '../files.js';
import type { Store } from '../index.js';
import type { VerifiedFact, VerifiedStore } from '../verified.js';
import { migrate } from './migrations.js';
import { describeDbError, openPool } from './pool.js';

export interface PgStore extends Store {
  claims: EventClaims;
  limiter: RateCounter;
  pool: pg.Pool;
  /** Connects and migrates; rejects with a one-line message (no password) when it cannot. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export interface PgStoreOptions {
  ratePerMinute?: number;
  /** How long a claim on a delivery holds before another instance may take it over (EVENT_LEASE_SECONDS). */
  leaseMs?: number;
  /** Told when the database fails and the memory fallback is used (once per outage). */
  onDown?: (message: string) => void;
  lockTimeoutMs?: number;
  /** Verified facts are read again this often, so another instance's saves arrive (ms). */
  verifiedRefreshMs?: number;
}

const DIGEST_LOCK = 7_406_322;
const GAPS_LOCK = 7_406_323;
const FEEDBACK_KEPT = 100_000;
const CLAIMS_KEPT_MS = 24 * 3_600_000;

export class DatabaseError extends Error {}

export function openPgStore(url: string, opts: PgStoreOptions = {}): PgStore {
  const pool = openPool(url);
  const me = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseMs = opts.leaseMs ?? 30_000;
  let down = false;
  const failed = (err: unknown) => {
    if (!down) opts.onDown?.(`${describeDbError(err, url)} Using this instance's memory for once-only delivery and rate limits until it is back.`);
    down = true;
  };
  const ok = () => {
    down = false;
  };
  const fallbackClaims = memoryClaims();
  const fallbackRate = memoryRateCounter(opts.ratePerMinute ?? 10);
  const q = async <R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: unknown[] = []) => {
    try {
      return await pool.query<R>(sql, params);
    } catch (err) {
      throw new DatabaseError(describeDbError(err, url));
    }
  };

  const digest: DigestStore = {
    read: async () => (await q<{ state: DigestState }>('SELECT state FROM digest_state WHERE id = 1')).rows[0]?.state ?? emptyDigestState(),
    claim: async (slot, { force = false }, post) => {
      const client = await pool.connect().catch((err) => {
        throw new DatabaseError(describeDbError(err, url));
      });
      let locked = false;
      try {
        const deadline = Date.now() + (opts.lockTimeoutMs ?? 60_000);
        for (;;) {
          locked = (await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [DIGEST_LOCK])).rows[0].ok;
          if (locked) break;
          if (Date.now() >= deadline) throw new LockTimeoutError('another instance is posting a digest; gave up waiting.');
          await new Promise((r) => setTimeout(r, 200));
        }
        const read = async () => (await client.query<{ state: DigestState }>('SELECT state FROM digest_state WHERE id = 1')).rows[0]?.state ?? emptyDigestState();
        const write = async (s: DigestState) => void (await client.query('INSERT INTO digest_state (id, state) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state', [JSON.stringify(s)]));
        const state = await read();
        const posted = state.slots[slot];
        if (posted && !force) return { status: 'already', slot, posted } as const;
        const next = await post(state, write);
        await write(next);
        return { status: 'posted', state: next } as const;
      } finally {
        if (locked) await client.query('SELECT pg_advisory_unlock($1)', [DIGEST_LOCK]).catch(() => undefined);
        client.release();
      }
    },
  };

  const feedback: FeedbackStore = {
    record: async (f: Feedback) => {
      await q('INSERT INTO feedback (user_id, question, fact_id, verdict, comment, at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING', [f.userId, f.question, f.factId, f.verdict, f.comment ?? null, f.at]);
      // Bounded, as the file is: now and then the oldest beyond the newest FEEDBACK_KEPT go.
      if (Math.random() < 0.01) await q('DELETE FROM feedback WHERE id < (SELECT id FROM feedback ORDER BY id DESC OFFSET $1 LIMIT 1)', [FEEDBACK_KEPT]);
    },
    all: async () =>
      (await q<{ user_id: string; question: string; fact_id: string | null; verdict: 'up' | 'down'; comment: string | null; at: Date }>('SELECT user_id, question, fact_id, verdict, comment, at FROM feedback ORDER BY id')).rows.map((r) => ({
        question: r.question,
        factId: r.fact_id,
        userId: r.user_id,
        verdict: r.verdict,
        at: r.at.toISOString(),
        ...(r.comment ? { comment: r.comment } : {}),
      })),
  };

  type GapRow = { id: string; question: string; terms: string[]; asked: number; channels: string[]; openly: boolean; first_at: Date; last_at: Date; answered: Gap['answered'] | null };
  const toGap = (r: GapRow): Gap => ({ question: r.question, terms: r.terms, asked: r.asked, channels: r.channels, ...(r.openly ? { openly: true } : {}), firstAt: r.first_at.toISOString(), lastAt: r.last_at.toISOString(), ...(r.answered ? { answered: r.answered } : {}) });
  /** One transaction under a lock only gap writes take: the same question asked on two instances at once is still one gap. */
  const inGapTransaction = async (fn: (client: pg.PoolClient) => Promise<void>) => {
    const client = await pool.connect().catch((err) => {
      throw new DatabaseError(describeDbError(err, url));
    });
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [GAPS_LOCK]);
      await fn(client);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err instanceof DatabaseError ? err : new DatabaseError(describeDbError(err, url));
    } finally {
      client.release();
    }
  };
  const gaps: GapStore = {
    record: (g) =>
      inGapTransaction(async (client) => {
        const terms = [...new Set(g.terms)].sort();
        const open = (await client.query<GapRow>('SELECT * FROM gaps WHERE answered IS NULL')).rows;
        const same = open.find((x) => sameQuestion(x, g.question, terms));
        if (same) {
          await client.query('UPDATE gaps SET asked = asked + 1, last_at = $2, channels = CASE WHEN $3 = ANY(channels) THEN channels ELSE (channels || $3::text)[greatest(1, cardinality(channels) - 18):] END, openly = openly OR $4 WHERE id = $1', [same.id, g.at, g.channel, g.openly]);
          return;
        }
        await client.query('INSERT INTO gaps (question, terms, asked, channels, openly, first_at, last_at) VALUES ($1, $2, 1, $3, $4, $5, $5)', [g.question, terms, [g.channel], g.openly, g.at]);
        // Bounded: answered ones go first, then the least asked, oldest first.
        await client.query(`DELETE FROM gaps WHERE id IN (SELECT id FROM gaps ORDER BY (answered IS NOT NULL) DESC, asked ASC, last_at ASC LIMIT greatest(0, (SELECT count(*) FROM gaps) - $1))`, [MAX_GAPS]);
      }),
    all: async () => byMostAsked((await q<GapRow>('SELECT * FROM gaps')).rows.map(toGap)),
    markAnswered: async (answers) => {
      for (const a of answers) await q('UPDATE gaps SET answered = $2 WHERE question = $1 AND answered IS NULL', [a.question, JSON.stringify({ at: a.at, quote: a.quote, title: a.title })]);
    },
  };

  // Verified facts are read by the engine synchronously at each check of the folder: a copy kept
  // here, read again after each change and every few seconds (another instance's saves).
  let verifiedCopy: VerifiedFact[] = [];
  type VerifiedRow = { id: string; text: string; author: string | null; verified_by: { id: string; name: string }; at: Date; permalink: string | null; channel: string | null };
  const reloadVerified = async () => {
    verifiedCopy = (await q<VerifiedRow>('SELECT * FROM verified_facts ORDER BY seq')).rows.map((r) => ({ id: r.id, text: r.text, author: r.author, verifiedBy: r.verified_by, at: r.at.toISOString(), permalink: r.permalink, channel: r.channel }));
  };
  const refresher = setInterval(() => void reloadVerified().catch(() => undefined), opts.verifiedRefreshMs ?? 10_000);
  refresher.unref();
  const verified: VerifiedStore = {
    list: () => verifiedCopy,
    add: async (f) => {
      const saved = { ...f, id: randomUUID().slice(0, 8) };
      await q('INSERT INTO verified_facts (id, text, author, verified_by, at, permalink, channel) VALUES ($1, $2, $3, $4, $5, $6, $7)', [saved.id, saved.text, saved.author, JSON.stringify(saved.verifiedBy), saved.at, saved.permalink, saved.channel]);
      await reloadVerified();
      return saved;
    },
    edit: async (id, text, by, at) => {
      const r = await q('UPDATE verified_facts SET text = $2, verified_by = $3, at = $4 WHERE id = $1', [id, text, JSON.stringify(by), at]);
      await reloadVerified();
      return (r.rowCount ?? 0) > 0;
    },
    remove: async (id) => {
      const r = await q('DELETE FROM verified_facts WHERE id = $1', [id]);
      await reloadVerified();
      return (r.rowCount ?? 0) > 0;
    },
  };

  const claims: EventClaims = {
    async claim(key) {
      try {
        const inserted = await pool.query('INSERT INTO event_claims (key, owner) VALUES ($1, $2) ON CONFLICT DO NOTHING', [key, me]);
        ok();
        if (inserted.rowCount === 1) return 'first';
        // Someone has it. Done: a duplicate. Unfinished: wait out its lease, then take it over if still unfinished.
        for (let attempt = 0; attempt < 2; attempt++) {
          const took = await pool.query(
            `UPDATE event_claims SET owner = $2, claimed_at = now() WHERE key = $1 AND done_at IS NULL AND claimed_at < now() - ($3::int * interval '1 millisecond') RETURNING key`,
            [key, me, leaseMs],
          );
          if (took.rowCount === 1) return 'takeover';
          const row = (await pool.query<{ done: boolean; left: number }>(`SELECT done_at IS NOT NULL AS done, greatest(0, extract(epoch FROM (claimed_at + ($2::int * interval '1 millisecond') - now())) * 1000)::int AS left FROM event_claims WHERE key = $1`, [key, leaseMs])).rows[0];
          if (!row || row.done) return false;
          if (attempt === 0) await new Promise((r) => setTimeout(r, row.left + 50));
        }
        return false;
      } catch (err) {
        failed(err);
        return fallbackClaims.claim(key);
      }
    },
    async done(key) {
      try {
        await pool.query('UPDATE event_claims SET done_at = now() WHERE key = $1', [key]);
        ok();
      } catch (err) {
        failed(err);
      }
    },
    async forget(key) {
      try {
        await pool.query('DELETE FROM event_claims WHERE key = $1 AND done_at IS NULL', [key]);
      } catch (err) {
        failed(err);
        await fallbackClaims.forget(key);
      }
    },
  };
  const cleanup = setInterval(() => {
    void pool.query(`DELETE FROM event_claims WHERE claimed_at < now() - ($1::int * interval '1 millisecond')`, [CLAIMS_KEPT_MS]).catch(() => undefined);
    void pool.query('DELETE FROM rate_hits WHERE minute < $1', [Math.floor(Date.now() / 60_000) - 5]).catch(() => undefined);
  }, 5 * 60_000);
  cleanup.unref();

  const perMinute = opts.ratePerMinute ?? 10;
  const limiter: RateCounter = {
    async allow(user) {
      try {
        const minute = Math.floor(Date.now() / 60_000);
        const r = await pool.query<{ hits: number }>('INSERT INTO rate_hits (user_id, minute, hits) VALUES ($1, $2, 1) ON CONFLICT (user_id, minute) DO UPDATE SET hits = rate_hits.hits + 1 RETURNING hits', [user, minute]);
        ok();
        return r.rows[0].hits <= perMinute;
      } catch (err) {
        failed(err);
        return fallbackRate.allow(user);
      }
    },
  };

  return {
    digest,
    feedback,
    gaps,
    verified,
    claims,
    limiter,
    pool,
    async ready() {
      try {
        await migrate(pool);
        await reloadVerified();
        ok();
      } catch (err) {
        throw new DatabaseError(err instanceof DatabaseError ? err.message : describeDbError(err, url));
      }
    },
    async close() {
      clearInterval(refresher);
      clearInterval(cleanup);
      await pool.end().catch(() => undefined);
    },
  };
}
