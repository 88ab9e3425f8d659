/**
 * The schema, as numbered steps applied in order and recorded in `schema_migrations`. Several
 * instances starting at once take turns (an advisory lock): each step runs once, in its own
 * transaction. A step, once released, is never edited: a change is a new step.
 */
import type pg from 'pg';

export const MIGRATIONS: Array<{ version: number; name: string; sql: string }> = [
  {
    version: 1,
    name: 'shared state for several instances',
    sql: `
      CREATE TABLE digest_state (id int PRIMARY KEY DEFAULT 1 CHECK (id = 1), state jsonb NOT NULL);
      CREATE TABLE feedback (
        id bigserial PRIMARY KEY,
        user_id text NOT NULL, question text NOT NULL, fact_id text, verdict text NOT NULL CHECK (verdict IN ('up', 'down')),
        comment text, at timestamptz NOT NULL
      );
      CREATE UNIQUE INDEX feedback_once ON feedback (user_id, question, coalesce(fact_id, ''), verdict, coalesce(comment, ''));
      CREATE TABLE gaps (
        id bigserial PRIMARY KEY,
        question text NOT NULL, terms text[] NOT NULL, asked int NOT NULL, channels text[] NOT NULL, openly boolean NOT NULL DEFAULT false,
        first_at timestamptz NOT NULL, last_at timestamptz NOT NULL, answered jsonb
      );
      CREATE TABLE verified_facts (
        id text PRIMARY KEY, text text NOT NULL, author text, verified_by jsonb NOT NULL, at timestamptz NOT NULL, permalink text, channel text,
        seq bigserial
      );
      CREATE TABLE event_claims (
        key text PRIMARY KEY, owner text NOT NULL, claimed_at timestamptz NOT NULL DEFAULT now(), done_at timestamptz
      );
      CREATE INDEX event_claims_age ON event_claims (claimed_at);
      CREATE TABLE rate_hits (user_id text NOT NULL, minute bigint NOT NULL, hits int NOT NULL, PRIMARY KEY (user_id, minute));
      CREATE TABLE installations (
        key text PRIMARY KEY, team_id text, enterprise_id text, is_enterprise_install boolean NOT NULL DEFAULT false,
        installation jsonb NOT NULL, updated_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
];

/** A number only this app's schema changes use: its advisory lock. */
const MIGRATION_LOCK = 7_406_321;

/** Applies what is missing; resolves with the versions applied now. */
export async function migrate(pool: pg.Pool): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
        await client.query('COMMIT');
        applied.push(m.version);
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      }
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
