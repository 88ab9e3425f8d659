import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API, expectPost, parseBody, startHarness, type Harness } from './slack-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ RATE_LIMIT_PER_MINUTE: '100' });
});
afterAll(async () => h.stop());
afterEach(() => nock.cleanAll());

let n = 0;
const mention = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'app_mention', user: 'U1', text, channel: 'C1', ts: `${Date.now()}.${++n}`, ...extra });

/** Counts chat.postMessage calls, replying with the scripted statuses first, then ok. */
function postMessages(script: Array<[number, object, Record<string, string>?]>) {
  const seen: Array<Record<string, any>> = [];
  nock(API)
    .post('/api/chat.postMessage')
    .times(script.length + 5)
    .reply((_uri, body) => {
      const next = script.shift();
      seen.push(typeof body === 'string' ? parseBody(body) : (body as Record<string, any>));
      return next ? [next[0], next[1], next[2] ?? {}] : [200, { ok: true, ts: '2.2' }];
    });
  return seen;
}

const waitFor = async (cond: () => boolean, ms = 5000) => {
  const until = Date.now() + ms;
  while (!cond() && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
};

describe('Slack API failures', () => {
  it('waits out a 429 with Retry-After and posts the answer once', async () => {
    const calls = postMessages([[429, { ok: false, error: 'ratelimited' }, { 'retry-after': '1' }]]);
    const started = Date.now();
    await h.event(mention('<@U0LAN0Z89> who hosts the Al Udeid Air Base?'));
    await waitFor(() => calls.length >= 2);
    expect(calls).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(calls[1].text).toMatch(/Qatar/);
    await new Promise((r) => setTimeout(r, 200));
    expect(calls).toHaveLength(2);
  });

  it('retries a 5xx and posts once it clears', async () => {
    const calls = postMessages([[503, { ok: false }], [500, { ok: false }]]);
    await h.event(mention('<@U0LAN0Z89> who hosts the Al Udeid Air Base?'));
    await waitFor(() => calls.length >= 3);
    expect(calls).toHaveLength(3);
    expect(calls[2].text).toMatch(/Qatar/);
  });

  it('gives up after its retries on a lasting outage, and keeps serving', async () => {
    const calls = postMessages([[500, {}], [500, {}], [500, {}]]);
    await h.event(mention('<@U0LAN0Z89> who hosts the Al Udeid Air Base?'));
    await waitFor(() => calls.length >= 3, 10_000);
    expect(calls).toHaveLength(3); // the first try and two retries
    nock.cleanAll();
    const posted = expectPost('/api/chat.postMessage');
    await h.event(mention('<@U0LAN0Z89> how many troops at Al Udeid?'));
    expect((await posted).text).toMatch(/10,000/);
  }, 20_000);
});

describe('one question, one answer', () => {
  it('answers a mention delivered both as app_mention and as a message event once', async () => {
    const calls = postMessages([]);
    const ts = `${Date.now()}.777`;
    await h.event({ type: 'app_mention', user: 'U1', text: '<@U0LAN0Z89> who hosts the Al Udeid Air Base?', channel: 'D1', ts }, { eventId: 'EvTwinA' });
    await h.event({ type: 'message', channel_type: 'im', user: 'U1', text: '<@U0LAN0Z89> who hosts the Al Udeid Air Base?', channel: 'D1', ts }, { eventId: 'EvTwinB' });
    await waitFor(() => calls.length >= 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(calls).toHaveLength(1);
  });
});

describe('hostile and odd input', () => {
  it('answers a 50,000-character mention politely and keeps serving', async () => {
    const posted = expectPost('/api/chat.postMessage');
    const res = await h.event(mention(`<@U0LAN0Z89> ${'who hosts the air base? '.repeat(2200)}`));
    expect(res.status).toBe(200);
    const msg = await posted;
    expect(JSON.stringify(msg.blocks).length).toBeLessThan(20_000);
    const next = expectPost('/api/chat.postMessage');
    await h.event(mention('<@U0LAN0Z89> how many troops at Al Udeid?'));
    expect((await next).text).toMatch(/10,000/);
  });

  it('replies to an empty mention with how to ask, and to garbage without a crash', async () => {
    let posted = expectPost('/api/chat.postMessage');
    await h.event(mention('<@U0LAN0Z89>'));
    expect(JSON.stringify((await posted).blocks)).toMatch(/didn't catch a question/);
    posted = expectPost('/api/chat.postMessage');
    await h.event(mention('<@U0LAN0Z89> \u0000\u0001 ﷽ 𝕏𝕏𝕏 <<<>>> &&&'));
    const msg = await posted;
    expect(msg.text).toBeTruthy();
    expect(JSON.stringify(msg.blocks)).not.toMatch(/<<<|&&&/);
  });

  it('rejects a malformed body without dying', async () => {
    const res = await h.post('{not json', 'application/json');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
  });
});
