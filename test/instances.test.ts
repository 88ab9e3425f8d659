/**
 * Several instances on one PostgreSQL database, end to end: two `npm start` processes behind a
 * loopback round-robin proxy, Slack faked on loopback, a real PostgreSQL server.
 */
import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET, startAppProcess, until, type AppProcess } from './app-process.js';
import { startFakeSlack, type FakeSlack } from './fake-slack.js';
import { startPostgres, type PgServer } from './pg-server.js';

/** Round robin over the instances; one that refuses the connection is skipped, as a load balancer's health check would. */
async function startProxy(ports: () => number[]): Promise<{ url: string; server: Server }> {
  let next = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const targets = ports();
      const attempt = (left: number) => {
        const port = targets[next++ % targets.length];
        const fwd = request({ host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers }, (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        });
        fwd.on('error', () => (left > 1 ? attempt(left - 1) : (res.writeHead(502), res.end())));
        fwd.end(body);
      };
      attempt(targets.length);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

let pg: PgServer;
let slack: FakeSlack;
let apps: AppProcess[] = [];
beforeAll(async () => {
  pg = await startPostgres();
  slack = await startFakeSlack();
}, 60_000);
afterAll(async () => {
  for (const a of apps) await a.stop();
  await slack?.close();
  pg?.stop();
});

const env = () => ({
  DATABASE_URL: pg.url,
  SLACK_API_URL: slack.url,
  DATA_DIR: mkdtempSync(join(tmpdir(), 'factbot-instance-')),
  EVENT_LEASE_SECONDS: '2',
  RATE_LIMIT_PER_MINUTE: '1000',
});

describe('two instances on one database', () => {
  it('answers every mention exactly once though each is delivered twice, to different instances, with one killed mid-run', async () => {
    apps = await Promise.all([startAppProcess(env()), startAppProcess(env())]);
    await Promise.all(apps.map((a) => a.waitForOutput(/Store: PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1/)));
    const alive = () => apps.filter((a) => a.child.exitCode === null && a.child.signalCode === null).map((a) => a.port);
    const proxy = await startProxy(alive);
    const send = (body: string, retry: number) => {
      const stamp = Math.floor(Date.now() / 1000);
      const headers: Record<string, string> = { 'content-type': 'application/json', 'x-slack-request-timestamp': String(stamp), 'x-slack-signature': `v0=${createHmac('sha256', SECRET).update(`v0:${stamp}:${body}`).digest('hex')}` };
      if (retry) Object.assign(headers, { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' });
      return fetch(`${proxy.url}/slack/events`, { method: 'POST', headers, body }).then((r) => r.status, () => 0);
    };
    const questions = ['Who did Netanyahu ask to convey assurances to Iran?', 'how many troops at Al Udeid?', 'What is the capital of France?'];
    const acked = new Set<string>();
    const N = 300;
    let sent = 0;
    const deliver = async (i: number) => {
      const ts = `1800000000.${String(i).padStart(6, '0')}`;
      const body = JSON.stringify({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: `EvMulti${i}`, event_time: 1, event: { type: 'app_mention', user: `U${i % 17}`, text: `<@U0LAN0Z89> ${questions[i % 3]}`, channel: 'C1', ts } });
      // The delivery and Slack's retry: consecutive requests, so the proxy sends them to different instances.
      const statuses = [await send(body, 0), await send(body, 1)];
      if (statuses.includes(200)) acked.add(ts);
      if (++sent === N / 2) apps[0].child.kill('SIGKILL');
    };
    // One mention at a time, so the proxy's round robin sends each delivery and its retry to different instances.
    for (let i = 0; i < N; i++) await deliver(i);
    const answers = () => slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'C1');
    // A claim the killed instance left unfinished is taken over after its lease (2 s).
    await until(() => new Set(answers().map((c) => c.body.thread_ts)).size >= acked.size, 30_000, 'every acknowledged mention answered').catch((e) => {
      const got = new Set(answers().map((c) => c.body.thread_ts));
      console.error('DBG acked', acked.size, 'answered', got.size, 'missing', [...acked].filter((t) => !got.has(t)).slice(0, 5), apps[1].output().slice(-3000));
      throw e;
    });
    await new Promise((r) => setTimeout(r, 2500));
    const perMention = new Map<string, number>();
    for (const c of answers()) perMention.set(c.body.thread_ts, (perMention.get(c.body.thread_ts) ?? 0) + 1);
    expect(acked.size).toBe(N);
    expect([...acked].filter((ts) => !perMention.has(ts))).toEqual([]);
    expect([...perMention.values()].filter((n) => n !== 1)).toEqual([]);
    expect(apps[1].child.exitCode).toBeNull();
    proxy.server.close();
  }, 180_000);

  it('posts a digest slot once with both instances running its schedule', async () => {
    for (const a of apps) await a.stop();
    // Hourly, with catch-up: both instances post the current slot at start, at the same moment.
    const digest = { DIGEST_CHANNEL: 'C0DIGEST', DIGEST_CRON: '0 * * * *', DIGEST_CATCHUP_HOURS: '2' };
    apps = await Promise.all([startAppProcess({ ...env(), ...digest }), startAppProcess({ ...env(), ...digest })]);
    await until(() => slack.calls.some((c) => c.method === 'chat.postMessage' && c.body.channel === 'C0DIGEST'), 30_000, 'the digest');
    // Both have had their go at the slot (the second either waited for the first's lock or found it posted).
    await new Promise((r) => setTimeout(r, 3000));
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'C0DIGEST')).toHaveLength(1);
  }, 120_000);
});
