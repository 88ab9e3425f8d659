/**
 * The connection pool of the PostgreSQL store: bounded waits everywhere (connecting, each
 * statement), so a database that stalls costs a store call seconds, never an answer; and
 * errors said in one line that never shows the password.
 */
import pg from 'pg';

export interface PoolOptions {
  /** Connections at most (per process). */
  max?: number;
  statementTimeoutMs?: number;
  connectTimeoutMs?: number;
}

export function openPool(url: string, opts: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    connectionTimeoutMillis: opts.connectTimeoutMs ?? 5000,
    statement_timeout: opts.statementTimeoutMs ?? 5000,
    query_timeout: (opts.statementTimeoutMs ?? 5000) + 1000,
    idleTimeoutMillis: 30_000,
    application_name: 'slack-fact-bot',
  });
  // An idle connection the server drops (a restart, a failover) must not take the process with it.
  pool.on('error', () => undefined);
  return pool;
}

/** `postgres://user@host:5432/db`: where, without the password. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.username ? `${decodeURIComponent(u.username)}@` : ''}${u.host}${u.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

/** One line for a person: what failed and what to check. */
export function describeDbError(err: unknown, url: string): string {
  const e = err as { code?: string; message?: string };
  const where = describeUrl(url);
  switch (e.code) {
    case 'ECONNREFUSED':
      return `cannot reach the database at ${where} (connection refused): is PostgreSQL running there, and is DATABASE_URL right?`;
    case 'ENOTFOUND':
      return `cannot reach the database at ${where} (unknown host): check DATABASE_URL.`;
    case '28P01':
    case '28000':
      return `the database at ${where} refused the login: check the user and password in DATABASE_URL.`;
    case '3D000':
      return `the database in ${where} does not exist: create it, or fix DATABASE_URL.`;
    case '57014':
      return `the database at ${where} did not answer in time (statement timeout).`;
    default:
      return `the database at ${where} failed: ${(e.message ?? String(err)).replace(/postgres(?:ql)?:\/\/[^\s]*/g, where)}`;
  }
}
