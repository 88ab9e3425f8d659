import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from './fake-slack.js';

// The CLI runs as its own process, which nock cannot reach: Slack is a fake on a loopback socket.
let slack: FakeSlack;
beforeAll(async () => {
  slack = await startFakeSlack();
});
afterAll(async () => slack.close());
beforeEach(() => {
  slack.calls.length = 0;
});

function digest(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn('node_modules/.bin/tsx', ['src/cli/digest.ts', ...args], {
      env: { ...process.env, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: slack.url, DIGEST_CHANNEL: 'C0DIGEST', DIGEST_CATCHUP_HOURS: '168', ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}
const posts = () => slack.calls.filter((c) => c.method === 'chat.postMessage');
const freshData = () => ({ DATA_DIR: mkdtempSync(join(tmpdir(), 'factbot-cli-digest-')) });

describe('npm run digest', () => {
  it('prints the digest without posting', async () => {
    const r = await digest([], freshData());
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Fact digest · \w+day, \d+ \w+ \d{4}/);
    expect(r.out.match(/^\d\. /gm)).toHaveLength(3);
    expect(r.out).toMatch(/paragraph \d+/);
    expect(r.out).toMatch(/not posted yet/);
    expect(posts()).toHaveLength(0);
  });

  it('--post twice posts exactly one digest, quoting the sources', async () => {
    const env = freshData();
    const first = await digest(['--post'], env);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Posted the digest for slot .* to C0DIGEST/);
    const second = await digest(['--post'], env);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/already posted .*nothing to do/);
    expect(posts()).toHaveLength(1);
    const body = posts()[0].body;
    expect(body.channel).toBe('C0DIGEST');
    expect(JSON.stringify(body.blocks)).toMatch(/&gt;|>/);
    expect((await digest([], env)).out).toMatch(/already posted at/);
    // --force posts again, deliberately.
    expect((await digest(['--post', '--force'], env)).code).toBe(0);
    expect(posts()).toHaveLength(2);
  });

  it('two processes on one data folder post once between them', async () => {
    const env = freshData();
    const [a, b] = await Promise.all([digest(['--post'], env), digest(['--post'], env)]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(posts()).toHaveLength(1);
    expect([a.out, b.out].filter((o) => /already posted/.test(o))).toHaveLength(1);
  });

  it('after a run against a failing API, the next run posts', async () => {
    const env = freshData();
    slack.script('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
    const failed = await digest(['--post'], env);
    expect(failed.code).toBe(1);
    expect(failed.err).toMatch(/NOT posted: not_in_channel: the bot is not a member of that channel/);
    const next = await digest(['--post'], env);
    expect(next.code).toBe(0);
    expect(next.out).toMatch(/Posted the digest/);
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(2); // the refused one, then the real one
  });

  it('says what is missing for --post', async () => {
    const r = await digest(['--post'], { ...freshData(), DIGEST_CHANNEL: '' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/DIGEST_CHANNEL is missing/);
    const bad = await digest([], { DIGEST_CRON: 'nonsense' });
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/DIGEST_CRON "nonsense" is not a cron expression/);
  });
});
