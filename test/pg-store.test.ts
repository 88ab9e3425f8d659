/** The PostgreSQL store against a real server started for these tests (no mocks of the database). */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgStore, type PgStore } from '../src/store/pg/index.js';
import { migrate } from '../src/store/pg/migrations.js';
import { pgInstallationStore } from '../src/store/installations.js';
import { describeDbError } from '../src/store/pg/pool.js';
import { startPostgres, type PgServer } from './pg-server.js';

let server: PgServer;
let store: PgStore;
let other: PgStore;
beforeAll(async () => {
  server = await startPostgres();
  store = openPgStore(server.url, { ratePerMinute: 3, leaseMs: 300 });
  other = openPgStore(server.url, { ratePerMinute: 3, leaseMs: 300 });
  // Two instances starting at once: each step of the schema runs once.
  await Promise.all([store.ready(), other.ready()]);
}, 60_000);
afterAll(async () => {
  await store?.close();
  await other?.close();
  server?.stop();
});

describe('schema', () => {
  it('is applied once and is a no-op the second time', async () => {
    const pool = new pg.Pool({ connectionString: server.url });
    expect(await migrate(pool)).toEqual([]);
    expect((await pool.query('SELECT count(*)::int AS n FROM schema_migrations')).rows[0].n).toBe(1);
    await pool.end();
  });
});

describe('digest slots across instances', () => {
  it('posts a slot once when two instances claim it at the same moment', async () => {
    let posts = 0;
    const claim = (s: PgStore) =>
      s.digest.claim('2026-12-02T09:00:00.000Z', {}, async (state, save) => {
        await save({ ...state, pending: { x: 'now' } });
        posts++;
        await new Promise((r) => setTimeout(r, 300));
        return { ...state, slots: { ...state.slots, '2026-12-02T09:00:00.000Z': { channel: 'C1', ts: `${posts}.1`, postedAt: 'now', factIds: [] } } };
      });
    const results = await Promise.all([claim(store), claim(other)]);
    expect(posts).toBe(1);
    expect(results.map((r) => r.status).sort()).toEqual(['already', 'posted']);
    expect((await other.digest.read()).slots['2026-12-02T09:00:00.000Z'].ts).toBe('1.1');
  });

  it('saves nothing when the post fails, so the slot stays open', async () => {
    await expect(store.digest.claim('2026-12-03T09:00:00.000Z', {}, async () => Promise.reject(new Error('Slack said no')))).rejects.toThrow(/Slack said no/);
    expect((await store.digest.read()).slots['2026-12-03T09:00:00.000Z']).toBeUndefined();
  });
});

describe('deliveries across instances', () => {
  it('gives a message to one instance; a duplicate of a finished one is dropped', async () => {
    // Whoever gets it answers at once; the other, having waited, finds it done.
    const handle = async (s: PgStore) => {
      const mine = await s.claims.claim('message:C1:1.1');
      if (mine) await s.claims.done('message:C1:1.1');
      return mine;
    };
    const [a, b] = await Promise.all([handle(store), handle(other)]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    expect(await other.claims.claim('message:C1:1.1')).toBe(false);
  });

  it('lets another instance take over a claim its owner left unfinished past the lease', async () => {
    expect(await store.claims.claim('message:C1:2.2')).toBe('first');
    // The owner dies without finishing: the duplicate waits out the lease and answers.
    const started = Date.now();
    expect(await other.claims.claim('message:C1:2.2')).toBe('takeover');
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });
});

describe('rate limits across instances', () => {
  it('counts a person once however many instances they reach', async () => {
    const seen = [await store.limiter.allow('U1'), await other.limiter.allow('U1'), await store.limiter.allow('U1'), await other.limiter.allow('U1')];
    expect(seen).toEqual([true, true, true, false]);
    expect(await store.limiter.allow('U2')).toBe(true);
  });
});

describe('feedback, gaps and verified facts', () => {
  it('keeps a verdict once, and what was wrong with it', async () => {
    const f = { question: 'who?', factId: 'a#1', userId: 'U1', verdict: 'down' as const, at: '2026-12-02T10:00:00.000Z' };
    await store.feedback.record(f);
    await other.feedback.record(f);
    await store.feedback.record({ ...f, comment: 'wrong article' });
    expect(await other.feedback.all()).toEqual([f, { ...f, comment: 'wrong article' }]);
  });

  it('counts a question asked on two instances in other words as one gap, and marks it answered', async () => {
    await store.gaps.record({ question: 'Who repaired the old lighthouse?', terms: ['repair', 'old', 'lighthouse'], channel: 'C1', at: '2026-12-02T09:00:00.000Z', openly: false });
    await other.gaps.record({ question: 'who repaired the lighthouse', terms: ['repair', 'lighthouse'], channel: 'C2', at: '2026-12-02T10:00:00.000Z', openly: true });
    expect(await store.gaps.all()).toEqual([expect.objectContaining({ question: 'Who repaired the old lighthouse?', asked: 2, channels: ['C1', 'C2'], openly: true })]);
    await other.gaps.markAnswered([{ question: 'Who repaired the old lighthouse?', quote: 'Nora did.', title: 'Lighthouse', at: '2026-12-02T11:00:00.000Z' }]);
    expect((await store.gaps.all())[0].answered).toMatchObject({ title: 'Lighthouse' });
  });

  it('shares verified facts between instances', async () => {
    const saved = await store.verified.add({ text: 'The key is at the harbour office.', author: 'U1', verifiedBy: { id: 'U2', name: 'cora' }, at: '2026-12-02T10:00:00.000Z', permalink: null, channel: 'C1' });
    expect(store.verified.list()).toEqual([saved]);
    await other.ready();
    expect(other.verified.list()).toEqual([saved]);
    expect(await other.verified.remove(saved.id)).toBe(true);
  });
});

describe('installations', () => {
  it('keeps a workspace install by team and an org-wide one by enterprise, and deletes them', async () => {
    const installs = pgInstallationStore(store.pool);
    const ws = { team: { id: 'T1', name: 'One' }, enterprise: undefined, isEnterpriseInstall: false, bot: { token: 'xoxb-one', scopes: ['chat:write'], id: 'B1', userId: 'U1' }, user: { id: 'U9', token: undefined, scopes: undefined } } as never;
    const org = { team: undefined, enterprise: { id: 'E1', name: 'Org' }, isEnterpriseInstall: true, bot: { token: 'xoxb-org', scopes: ['chat:write'], id: 'B2', userId: 'U2' }, user: { id: 'U9', token: undefined, scopes: undefined } } as never;
    await installs.storeInstallation(ws);
    await installs.storeInstallation(org);
    expect((await installs.fetchInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false })).bot?.token).toBe('xoxb-one');
    // Another instance reads the same installation.
    expect((await pgInstallationStore(other.pool).fetchInstallation({ teamId: undefined, enterpriseId: 'E1', isEnterpriseInstall: true })).bot?.token).toBe('xoxb-org');
    await installs.deleteInstallation!({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false });
    await expect(installs.fetchInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false })).rejects.toThrow(/no installation for T:T1/);
  });
});

describe('when the database is away', () => {
  it('says where in one line without the password, and keeps once-only delivery and rate limits in memory', async () => {
    const down: string[] = [];
    const gone = openPgStore('postgres://bot:s3cret@127.0.0.1:1/facts', { onDown: (m) => down.push(m) });
    await expect(gone.ready()).rejects.toThrow(/cannot reach the database at postgres:\/\/bot@127\.0\.0\.1:1\/facts \(connection refused\)/);
    expect(await gone.claims.claim('message:C1:3.3')).toBe('first');
    expect(await gone.claims.claim('message:C1:3.3')).toBe(false);
    expect(await gone.limiter.allow('U1')).toBe(true);
    expect(down).toHaveLength(1);
    expect(down[0]).not.toMatch(/s3cret/);
    expect(describeDbError({ code: '28P01' }, 'postgres://bot:s3cret@db:5432/facts')).not.toMatch(/s3cret/);
    await gone.close();
  });
});
