import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webApi } from '@slack/bolt';
import nock from 'nock';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseDigest, information, recordDigest } from '../src/digest/choose.js';
import { readDigestConfig, type DigestConfig } from '../src/digest/config.js';
import { describeOutcome, postDigest, type DigestDeps } from '../src/digest/post.js';
import { digestPreview } from '../src/digest/preview.js';
import { startDigestSchedule } from '../src/digest/schedule.js';
import { currentSlot } from '../src/digest/slots.js';
import { buildFactTable } from '../src/facts/build.js';
import type { FactTable } from '../src/facts/types.js';
import { emptyDigestState, fileDigestStore, type DigestStore } from '../src/store/digest.js';
import { seedEngine } from './helpers.js';
import { parseBody } from './slack-harness.js';

const API = 'http://slack.test';
const tempDir = () => mkdtempSync(join(tmpdir(), 'factbot-digest-'));
let seedTable: FactTable;
beforeAll(async () => {
  seedTable = (await seedEngine()).table;
});
const seeds = () => seedTable;

/** Posts `state` through `n` digests of `size` without Slack, as the store would record them. */
function rotate(table: FactTable, size: number, n: number, state = emptyDigestState()) {
  const digests = [];
  for (let i = 0; i < n; i++) {
    const d = chooseDigest(table, state, size);
    digests.push(d);
    state = recordDigest(state, table, d, `slot${i}`, { channel: 'C1', ts: `${i}.0`, postedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(), factIds: d.items.map((x) => x.fact.id) });
  }
  return { digests, state };
}

describe('choosing facts', () => {
  it('posts every informative fact once before any repeats', () => {
    const table = seeds();
    const eligible = table.facts.filter((f) => information(f) > 0);
    expect(eligible.length).toBeGreaterThan(20);
    const rounds = Math.ceil(eligible.length / 3);
    const { digests } = rotate(table, 3, rounds + 2);
    const sequence = digests.flatMap((d) => d.items.map((i) => i.fact.id));
    const firstRound = sequence.slice(0, eligible.length);
    expect(new Set(firstRound).size).toBe(eligible.length);
    expect(new Set(firstRound)).toEqual(new Set(eligible.map((f) => f.id)));
    expect(digests.slice(0, rounds - 1).every((d) => !d.restarted)).toBe(true);
    // Then it starts over, and the second round does not repeat within itself either.
    expect(digests[rounds - 1].restarted).toBe(eligible.length % 3 !== 0);
    const secondRound = sequence.slice(eligible.length);
    expect(new Set(secondRound).size).toBe(secondRound.length);
  });

  it('chooses informative sentences, spread across documents', () => {
    const { digests } = rotate(seeds(), 3, 4);
    for (const d of digests) {
      expect(new Set(d.items.map((i) => i.fact.document)).size).toBe(2);
      for (const i of d.items) expect(i.fact.entities.length).toBeGreaterThan(0);
    }
    // The most informative lead with a name in it.
    expect(digests[0].items.some((i) => i.lead && /[A-Z]/.test(i.lead))).toBe(true);
  });

  it('puts facts from documents added since the last digest first, marked new', () => {
    const docs = [
      { name: 'a.txt', text: 'Harbour report\n\nThe harbour in Port Ellis handled 4,200 containers in March 2025. Maria Lund runs the harbour authority. The authority hired 35 new pilots.' },
    ];
    const before = buildFactTable(docs);
    const { state } = rotate(before, 1, 1);
    const added = buildFactTable([...docs, { name: 'b.txt', text: 'Ferry news\n\nThe Nordlys ferry carried 12,000 passengers in 2024. Captain Ola Berg retired in June 2025.' }]);
    const d = chooseDigest(added, state, 3);
    expect(d.items[0]).toMatchObject({ isNew: true, fact: { document: 'b.txt' } });
    expect(d.items.filter((i) => i.isNew).every((i) => i.fact.document === 'b.txt')).toBe(true);
    expect(d.items.some((i) => i.fact.document === 'a.txt' && !i.isNew)).toBe(true);
    // Nothing is "new" in the very first digest.
    expect(chooseDigest(added, emptyDigestState(), 3).items.every((i) => !i.isNew)).toBe(true);
  });

  it('heads a chat message or a speaker\'s turn with what it says, not with who said it', () => {
    const table = buildFactTable([
      { name: 'help.txt', text: '#platform-help\n[Wed 13:40] Amy Chen: can someone review my Terraform change for the new S3 bucket? PR 4812\n[Wed 13:58] Hannah Cole: approved, but turn on versioning for the bucket in Frankfurt before you merge.' },
    ]);
    const leads = chooseDigest(table, emptyDigestState(), 3).items.map((i) => i.lead ?? '');
    expect(leads.length).toBe(2);
    expect(leads.join(' ')).not.toMatch(/Amy Chen|Hannah Cole/);
    expect(leads.join(' ')).toMatch(/Terraform|Frankfurt/);
  });

  it('has nothing to choose from a table without facts', () => {
    expect(chooseDigest(buildFactTable([]), emptyDigestState(), 3).items).toEqual([]);
  });
});

describe('the /ask digest preview', () => {
  it('says where and when the next digest posts, in the configured zone', async () => {
    const msg = await digestPreview(seeds(), fileDigestStore(tempDir()), { channel: 'C0DIGEST', cron: '0 9 * * 1-5', timezone: 'Europe/Berlin', size: 2, catchupHours: 6, gaps: false }, new Date('2026-11-21T12:00:00Z'));
    const text = JSON.stringify(msg.blocks);
    expect(msg.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Fact digest · Saturday, 21 November 2026' } });
    expect(text).toMatch(/Preview: only you can see this\. The next one posts in <#C0DIGEST> on Monday, 23 November 2026/);
    expect(msg.blocks.filter((b: any) => b.type === 'section')).toHaveLength(2);
  });
});

describe('unanswered questions in the digest', () => {
  it('lists the open questions asked in channels (DIGEST_GAPS=on), never those asked only privately or answered since', async () => {
    const gap = (question: string, extra: object) => ({ question, terms: [], asked: 2, channels: ['C1'], firstAt: '2026-11-20T09:00:00Z', lastAt: '2026-11-20T10:00:00Z', ...extra });
    const gaps = async () => [gap('Who repaired the lighthouse?', { openly: true }), gap('What is my salary?', {}), gap('When does the ferry run?', { openly: true, answered: { at: '2026-11-21T00:00:00Z', quote: 'q', title: 't' } })];
    const config = { channel: 'C0DIGEST', cron: '0 9 * * 1-5', timezone: 'UTC', size: 2, catchupHours: 6, gaps: true };
    const text = JSON.stringify((await digestPreview(seeds(), fileDigestStore(tempDir()), config, new Date('2026-11-21T12:00:00Z'), gaps)).blocks);
    expect(text).toMatch(/Questions the documents don't answer yet\*\\n• Who repaired the lighthouse\? \(asked 2 times\)/);
    expect(text).not.toMatch(/salary|ferry/);
    const off = JSON.stringify((await digestPreview(seeds(), fileDigestStore(tempDir()), { ...config, gaps: false }, new Date('2026-11-21T12:00:00Z'), gaps)).blocks);
    expect(off).not.toMatch(/lighthouse/);
  });
});

describe('configuration', () => {
  it('has the documented defaults and names the variable on a mistake', () => {
    expect(readDigestConfig({})).toEqual({ channel: null, cron: '0 9 * * 1-5', timezone: 'UTC', size: 3, catchupHours: 6, gaps: false });
    expect(readDigestConfig({ DIGEST_GAPS: 'on' }).gaps).toBe(true);
    expect(() => readDigestConfig({ DIGEST_GAPS: 'sometimes' })).toThrow(/DIGEST_GAPS is on or off/);
    expect(() => readDigestConfig({ DIGEST_CHANNEL: '#general' })).toThrow(/DIGEST_CHANNEL should be a channel id/);
    expect(() => readDigestConfig({ DIGEST_TZ: 'Mars/Olympus' })).toThrow(/DIGEST_TZ "Mars\/Olympus" is not a time zone/);
    expect(() => readDigestConfig({ DIGEST_CRON: 'every morning' })).toThrow(/DIGEST_CRON "every morning" is not a cron expression/);
    expect(() => readDigestConfig({ DIGEST_SIZE: '0' })).toThrow(/DIGEST_SIZE must be a whole number from 1 to 20/);
  });
});

const fileState = (d: DigestDeps) => JSON.parse(readFileSync(join((d as DigestDeps & { dir: string }).dir, 'digest-state.json'), 'utf8')) as { slots: Record<string, { ts: string }> };

function deps(dir: string, config: Partial<Omit<DigestConfig, 'channel'>> = {}, table = seeds()): DigestDeps & { dir: string } {
  return {
    dir,
    table,
    store: fileDigestStore(dir),
    client: new webApi.WebClient('xoxb-test', { slackApiUrl: `${API}/api/`, retryConfig: { retries: 2, minTimeout: 5, maxTimeout: 10 }, logLevel: webApi.LogLevel.ERROR }),
    config: { channel: 'C0DIGEST', cron: '0 9 * * 1-5', timezone: 'UTC', size: 3, catchupHours: 6, gaps: false, ...config },
  };
}

/** Records each chat.postMessage body and when (by the possibly fake clock) it arrived. */
function slackPosts(replies: Array<[number, object, Record<string, string>?]> = []) {
  const posts: Array<{ body: Record<string, any>; at: Date }> = [];
  let n = 0;
  nock(API)
    .post('/api/chat.postMessage')
    .times(100)
    .reply((_uri, body) => {
      const parsed = typeof body === 'string' ? parseBody(body) : (body as Record<string, any>);
      const scripted = replies[n++];
      if (scripted) return [scripted[0], scripted[1], scripted[2] ?? {}];
      posts.push({ body: parsed, at: new Date() });
      return [200, { ok: true, channel: parsed.channel, ts: `${1700000000 + posts.length}.000200` }];
    });
  return posts;
}

describe('posting a digest', () => {
  beforeEach(() => nock.disableNetConnect());
  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });
  const slot = new Date('2026-11-23T09:00:00Z');

  it('posts the header, quoted facts with sources and a footer, once per slot', async () => {
    const posts = slackPosts();
    const d = deps(tempDir());
    const first = await postDigest(d, slot);
    expect(first).toMatchObject({ status: 'posted', channel: 'C0DIGEST', ts: '1700000001.000200' });
    expect(posts).toHaveLength(1);
    const msg = posts[0].body;
    expect(msg.channel).toBe('C0DIGEST');
    const blocks = JSON.stringify(msg.blocks);
    expect(msg.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Fact digest · Monday, 23 November 2026' } });
    expect(msg.blocks.filter((b: any) => b.type === 'section')).toHaveLength(3);
    for (const f of (first as any).digest.items) expect(blocks).toContain(f.fact.text.slice(0, 40).replace(/"/g, '\\"'));
    expect(blocks).toMatch(/paragraph \d+/);
    expect(blocks).toMatch(/\/ask &lt;question&gt;/);
    expect(msg.text).toMatch(/^Fact digest · Monday, 23 November 2026: /);

    const again = await postDigest(d, slot);
    expect(again).toMatchObject({ status: 'already', posted: { ts: '1700000001.000200', channel: 'C0DIGEST' } });
    expect(posts).toHaveLength(1);
    const state = await d.store.read();
    expect(state.slots[slot.toISOString()].factIds).toHaveLength(3);
  });

  it('does not record a post that failed, and the next run posts it', async () => {
    const cases: Array<[string, Array<[number, object, Record<string, string>?]>, RegExp]> = [
      ['429 after retries', [[429, {}, { 'retry-after': '0' }], [429, {}, { 'retry-after': '0' }], [429, {}, { 'retry-after': '0' }]], /rate limited by Slack/],
      ['5xx after retries', [[503, { ok: false }], [502, { ok: false }], [500, { ok: false }]], /HTTP 500/],
      ['not_in_channel', [[200, { ok: false, error: 'not_in_channel' }]], /not_in_channel: the bot is not a member of that channel/],
      ['channel_not_found', [[200, { ok: false, error: 'channel_not_found' }]], /channel_not_found: no such channel/],
    ];
    for (const [name, replies, reason] of cases) {
      const posts = slackPosts(replies);
      const d = deps(tempDir());
      const failed = await postDigest(d, slot);
      expect(failed.status, name).toBe('failed');
      expect((failed as any).reason, name).toMatch(reason);
      expect((await d.store.read()).slots, name).toEqual({});
      const retried = await postDigest(d, slot);
      expect(retried.status, name).toBe('posted');
      expect(posts, name).toHaveLength(1);
      nock.cleanAll();
    }
  });

  it('says so when Slack took the post but the store could not record it', async () => {
    const posts = slackPosts();
    const d = deps(tempDir());
    const failing: DigestStore = { read: d.store.read, claim: async (_slot, _opts, post) => (await post(emptyDigestState(), async () => undefined), Promise.reject(new Error('ENOSPC: no space left on device'))) };
    const outcome = await postDigest({ ...d, store: failing }, slot);
    expect(posts).toHaveLength(1);
    expect(outcome).toMatchObject({ status: 'failed', posted: { ts: '1700000001.000200' } });
    expect(describeOutcome(outcome)).toMatch(/was posted \(ts 1700000001\.000200\) but could NOT be recorded: ENOSPC.*will not be posted again/);
  });

  it('a 429 that clears within the retries still posts once', async () => {
    const posts = slackPosts([[429, {}, { 'retry-after': '0' }]]);
    expect((await postDigest(deps(tempDir()), slot)).status).toBe('posted');
    expect(posts).toHaveLength(1);
  });
});

/**
 * Lets the (unfaked) HTTP round trip to nock finish while the fake clock stands still, so a post
 * is stamped with the time it was made; gives up quietly after `ms` of real time.
 */
async function settle(done: () => boolean, ms = 2000): Promise<void> {
  const until = performance.now() + ms;
  while (!done() && performance.now() < until) await new Promise((r) => setImmediate(r));
}

describe('the schedule', () => {
  beforeEach(() => nock.disableNetConnect());
  afterEach(() => {
    vi.useRealTimers();
    nock.cleanAll();
    nock.enableNetConnect();
  });
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

  it('posts at 09:00 local time on both sides of a daylight-saving change', async () => {
    // New York leaves daylight saving on Sunday 1 November 2026: 09:00 is 13:00 UTC before, 14:00 after.
    vi.useFakeTimers({ now: new Date('2026-10-31T12:00:00Z'), toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const posts = slackPosts();
    const schedule = startDigestSchedule(deps(tempDir(), { cron: '0 9 * * *', timezone: 'America/New_York' }), quiet);
    await schedule.catchUp;
    // Step the clock from one planned run to the next and let each post's HTTP round trip finish there.
    for (let step = 0; step < 10; step++) {
      const next = schedule.nextRun();
      if (!next || next.getTime() > Date.parse('2026-11-02T20:00:00Z')) break;
      const before = posts.length;
      await vi.advanceTimersByTimeAsync(next.getTime() - Date.now());
      await settle(() => posts.length > before);
    }
    schedule.stop();
    expect(posts.map((p) => p.at.toISOString())).toEqual(['2026-10-31T13:00:00.000Z', '2026-11-01T14:00:00.000Z', '2026-11-02T14:00:00.000Z']);
    expect(posts[1].body.blocks[0].text.text).toBe('Fact digest · Sunday, 1 November 2026');
  });

  it('catches up a slot missed while down if recent, and skips it if older than the catch-up window', async () => {
    const dir = tempDir();
    vi.useFakeTimers({ now: new Date('2026-11-23T10:30:00Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const posts = slackPosts();
    const recent = startDigestSchedule(deps(dir), quiet);
    expect(await recent.catchUp).toMatchObject({ status: 'posted', slot: '2026-11-23T09:00:00.000Z' });
    recent.stop();
    // A restart soon after finds the slot posted and posts nothing.
    const restarted = startDigestSchedule(deps(dir), quiet);
    expect(await restarted.catchUp).toBeNull();
    restarted.stop();
    expect(posts).toHaveLength(1);

    vi.setSystemTime(new Date('2026-11-24T16:00:00Z')); // 7 h after Tuesday's slot, window is 6 h
    const warnings: string[] = [];
    const late = startDigestSchedule(deps(dir), { ...quiet, warn: (m) => warnings.push(m) });
    expect(await late.catchUp).toBeNull();
    late.stop();
    expect(posts).toHaveLength(1);
    expect(warnings[0]).toMatch(/Skipped the digest for slot 2026-11-24T09:00:00.000Z.*DIGEST_CATCHUP_HOURS/);
  });

  it('tries a failed slot again a few minutes later', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-23T08:59:00Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const posts = slackPosts([[200, { ok: false, error: 'not_in_channel' }]]);
    const errors: string[] = [];
    const schedule = startDigestSchedule(deps(tempDir()), { ...quiet, error: (m) => errors.push(m) });
    await schedule.catchUp;
    await vi.advanceTimersByTimeAsync(60_000);
    await settle(() => errors.length > 0);
    expect(posts).toHaveLength(0);
    expect(errors[0]).toMatch(/NOT posted: not_in_channel/);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    await settle(() => posts.length > 0);
    schedule.stop();
    expect(posts.map((p) => p.at.toISOString())).toEqual(['2026-11-23T09:05:00.000Z']);
  });

  it('a post Slack took but the store could not record is recorded on the retry, never posted again', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-23T08:59:00Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const posts = slackPosts();
    const d = deps(tempDir());
    // The disk is full for the record after the post (the intent before it was written).
    let writes = 0;
    const flaky: DigestStore = {
      read: d.store.read,
      claim: (slot, opts, post) => d.store.claim(slot, opts, (state, save) => post(state, save).then((next) => (++writes === 1 ? Promise.reject(new Error('ENOSPC: no space left on device')) : next))),
    };
    const errors: string[] = [];
    const schedule = startDigestSchedule({ ...d, store: flaky }, { ...quiet, error: (m) => errors.push(m) });
    await schedule.catchUp;
    await vi.advanceTimersByTimeAsync(60_000);
    await settle(() => errors.length > 0);
    expect(errors[0]).toMatch(/was posted .* but could NOT be recorded: ENOSPC.*will not be posted again/);
    expect(posts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    await settle(() => Object.keys((fileState(d)).slots).length > 0);
    await schedule.stop();
    expect(posts).toHaveLength(1);
    expect(Object.values(fileState(d).slots).map((p) => p.ts)).toEqual(['1700000001.000200']);
  });

  it('finds the latest slot at or before now in the configured zone', () => {
    expect(currentSlot({ cron: '0 9 * * 1-5', timezone: 'Europe/Berlin' }, new Date('2026-11-22T12:00:00Z'))?.toISOString()).toBe('2026-11-20T08:00:00.000Z');
    expect(currentSlot({ cron: '0 9 * * 1-5', timezone: 'UTC' }, new Date('2026-11-23T09:00:00Z'))?.toISOString()).toBe('2026-11-23T09:00:00.000Z');
  });
});
