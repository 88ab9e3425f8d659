import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from './fake-slack.js';

// `npm start` as a user runs it: its own process, HTTP mode, a Slack-compatible API on loopback.
const SECRET = 'main-test-secret';
let PORT = 0;
let slack: FakeSlack;
let app: ChildProcess;
let stderr = '';
const dataDir = mkdtempSync(join(tmpdir(), 'factbot-main-'));

beforeAll(async () => {
  slack = await startFakeSlack();
  PORT = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
  app = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      SLACK_BOT_TOKEN: 'xoxb-main-test',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_APP_TOKEN: '',
      SLACK_API_URL: slack.url,
      PORT: String(PORT),
      DATA_DIR: dataDir,
      DIGEST_CHANNEL: 'C0DIGEST',
      // croner reads a six-field expression as seconds first: a slot every 2 seconds.
      DIGEST_CRON: '*/2 * * * * *',
    },
  });
  app.stderr!.on('data', (d) => (stderr += d));
  app.stdout!.on('data', (d) => (stderr += d));
  for (let i = 0; i < 300; i++) {
    if (await fetch(`http://127.0.0.1:${PORT}/healthz`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the app did not start: ${stderr}`);
}, 40_000);

afterAll(async () => {
  if (app.exitCode === null) app.kill('SIGTERM');
  await slack.close();
});

const posts = (channel: string) => slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel);

describe('npm start', () => {
  it('answers a signed mention in its thread within a second', async () => {
    const ts = '1700000000.000100';
    const body = JSON.stringify({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: 'EvMain1', event_time: 1, event: { type: 'app_mention', user: 'U1', text: "<@U0LAN0Z89> Who did Netanyahu ask to convey assurances to Iran?", channel: 'C1', ts } });
    const stamp = Math.floor(Date.now() / 1000);
    const sig = `v0=${createHmac('sha256', SECRET).update(`v0:${stamp}:${body}`).digest('hex')}`;
    const sent = Date.now();
    const res = await fetch(`http://127.0.0.1:${PORT}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(stamp), 'x-slack-signature': sig }, body });
    expect(res.status).toBe(200);
    while (posts('C1').length === 0 && Date.now() - sent < 1000) await new Promise((r) => setTimeout(r, 10));
    const [answer] = posts('C1');
    expect(answer?.body.thread_ts).toBe(ts);
    expect(answer.body.text).toMatch(/Vladimir Putin/);
  });

  it('posts the digest on schedule, once per slot, without repeating facts, and stops cleanly on SIGTERM', async () => {
    const started = Date.now();
    while (posts('C0DIGEST').length < 2 && Date.now() - started < 10_000) await new Promise((r) => setTimeout(r, 50));
    const state = JSON.parse(readFileSync(join(dataDir, 'digest-state.json'), 'utf8'));
    const slots = Object.values(state.slots) as Array<{ factIds: string[]; ts: string }>;
    const digests = posts('C0DIGEST');
    expect(digests.length).toBeGreaterThanOrEqual(2);
    expect(digests[0].body.blocks[0].text.text).toMatch(/^Fact digest · /);
    // One post per recorded slot (one more may have been in flight while the state was read).
    expect(digests.length - slots.length).toBeGreaterThanOrEqual(0);
    expect(digests.length - slots.length).toBeLessThanOrEqual(1);
    const facts = slots.flatMap((s) => s.factIds);
    expect(new Set(facts).size).toBe(facts.length);
    const exited = new Promise<number | null>((r) => app.once('exit', (code) => r(code)));
    app.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/Daily digest: 3 facts to C0DIGEST/);
    expect(stderr).toMatch(/SIGTERM: finishing answers already taken/);
    expect(stderr).toMatch(/Stopped\./);
  }, 20_000);
});
