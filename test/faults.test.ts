/**
 * The fault suite: `npm start` and the CLI as real processes, against a Slack-compatible API on
 * loopback whose behaviour each test switches mid-run (500s, stalls, rejected tokens, 429s),
 * real signals, and a real full disk (/dev/full) where the store writes.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { plainOutput, startAppProcess, until, type AppProcess } from './app-process.js';
import { startFakeSlack, type FakeSlack } from './fake-slack.js';

let slack: FakeSlack;
let app: AppProcess | null = null;
const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), `factbot-fault-${prefix}-`));
/** Answers Slack accepted (not those it stalled, refused or rate-limited). */
const answersIn = (channel: string) => slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel && c.ok === true);

beforeAll(async () => {
  slack = await startFakeSlack();
});
afterAll(async () => slack.close());
afterEach(async () => {
  await app?.stop();
  app = null;
  slack.recover();
  slack.calls.length = 0;
  slack.messages.clear();
});

const start = (env: Record<string, string> = {}, opts?: { waitForHealth?: boolean }) => startAppProcess({ SLACK_API_URL: slack.url, DATA_DIR: tmp('data'), ...env }, opts);

describe('Slack unavailable while the app starts', () => {
  it('answering 500: serves at once, says so once in words, and answers when Slack is back', async () => {
    slack.fail({ kind: 'status', status: 500 });
    app = await start();
    const health = await app.health();
    expect(health.status).toBe(200);
    await app.waitForOutput(/Cannot reach Slack to check the bot token yet/);
    slack.recover();
    await app.waitForOutput(/Connected to Slack as factbot/, 20_000);
    const { res } = await app.mention('Who did Netanyahu ask to convey assurances to Iran?', 'C500');
    expect(res.status).toBe(200);
    await until(() => answersIn('C500').length === 1, 5_000, 'the answer');
    expect(answersIn('C500')[0].body.text).toMatch(/Putin/);
    expect((await app.health()).text).toBe('ok');
    expect(app.child.exitCode).toBeNull();
    expect(plainOutput(app.output())).toBe(true);
  }, 60_000);

  it('a revoked token: one line that says what to do, no stack trace, no token, exit 1', async () => {
    slack.fail({ kind: 'error', error: 'invalid_auth' });
    app = await start({}, { waitForHealth: false });
    expect(await app.exited).toBe(1);
    const out = app.output();
    expect(out).toMatch(/Slack rejected SLACK_BOT_TOKEN \(invalid_auth: the token is not valid: copy SLACK_BOT_TOKEN again from OAuth & Permissions\)/);
    expect(plainOutput(out)).toBe(true);
  }, 60_000);

  it('an API that accepts connections and never answers: events are still taken at once, and answered after it recovers', async () => {
    slack.fail({ kind: 'stall' });
    app = await start();
    const sent = Date.now();
    const { res } = await app.mention('Who did Netanyahu ask to convey assurances to Iran?', 'CSTALL');
    expect(res.status).toBe(200);
    expect(Date.now() - sent).toBeLessThan(2_000);
    slack.recover();
    await until(() => answersIn('CSTALL').length >= 1, 15_000, 'the answer after recovery');
    const again = await app.mention('who hosts the Al Udeid Air Base?', 'CSTALL2');
    expect(again.res.status).toBe(200);
    await until(() => answersIn('CSTALL2').length === 1, 3_000, 'a prompt answer once Slack is back');
  }, 60_000);
});

describe('the database unavailable', () => {
  it('DATABASE_URL unreachable at start: one line without the password, and questions are still answered, each once', async () => {
    app = await start({ DATABASE_URL: 'postgres://bot:s3cret-pass@127.0.0.1:1/factbot' });
    await app.waitForOutput(/Store: cannot reach the database at postgres:\/\/bot@127\.0\.0\.1:1\/factbot \(connection refused\)/);
    const { res, ts } = await app.mention('Who did Netanyahu ask to convey assurances to Iran?', 'CDB');
    expect(res.status).toBe(200);
    await until(() => answersIn('CDB').length === 1, 10_000, 'the answer');
    expect(answersIn('CDB')[0].body.thread_ts).toBe(ts);
    expect(app.output()).not.toMatch(/s3cret-pass/);
    expect(plainOutput(app.output())).toBe(true);
    expect(app.child.exitCode).toBeNull();
  }, 60_000);
});

describe('Slack stalling mid-run', () => {
  it('calls stuck on a stalled Slack do not hold up an answer once it recovers, and none is lost', async () => {
    app = await start();
    await app.waitForOutput(/Connected to Slack/);
    slack.fail({ kind: 'stall' }, ['chat.postMessage']);
    for (let i = 0; i < 20; i++) await app.mention('who hosts the Al Udeid Air Base?', 'CJAM');
    await until(() => slack.stalled() >= 20, 10_000, 'the stalled calls');
    slack.heal();
    const sent = Date.now();
    await app.mention('Who did Netanyahu ask to convey assurances to Iran?', 'CFRESH');
    await until(() => answersIn('CFRESH').length === 1, 3_000, 'the fresh answer');
    expect(Date.now() - sent).toBeLessThan(3_000);
    // Each stuck call times out and is retried against the recovered API.
    await until(() => new Set(answersIn('CJAM').map((c) => c.body.thread_ts)).size === 20, 30_000, 'every stalled answer retried');
    expect(app.output()).not.toMatch(/unexpected error/);
  }, 60_000);

  it('`digest --post` against a stalled API gives up within seconds with a reason, exit 1', async () => {
    slack.fail({ kind: 'stall' });
    const started = Date.now();
    const run = await digestCli(['--post'], { DATA_DIR: tmp('digest-stall') });
    expect(run.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(40_000);
    expect(run.err).toMatch(/NOT posted: Slack did not answer in time/);
    expect(plainOutput(run.out + run.err, 'xoxb-test')).toBe(true);
  }, 60_000);
});

describe('shutting down', () => {
  it('SIGTERM while Slack rate-limits: every acknowledged answer is posted, new events get 503, exit 0', async () => {
    app = await start({ SHUTDOWN_DRAIN_SECONDS: '20', RATE_LIMIT_PER_MINUTE: '100' });
    await app.waitForOutput(/Connected to Slack/);
    slack.script('chat.postMessage', ...Array.from({ length: 10 }, () => ({ status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } })));
    for (let i = 0; i < 10; i++) expect((await app.mention('who hosts the Al Udeid Air Base?', 'CDRAIN')).res.status).toBe(200);
    app.child.kill('SIGTERM');
    await app.waitForOutput(/SIGTERM: finishing answers already taken/);
    const late = await app.mention('who hosts the Al Udeid Air Base?', 'CLATE').then((r) => r.res.status, () => 'refused');
    expect([503, 'refused']).toContain(late);
    expect(await app.exited).toBe(0);
    const delivered = answersIn('CDRAIN').filter((c, i, all) => all.findIndex((d) => d.body.thread_ts === c.body.thread_ts) === i);
    expect(delivered).toHaveLength(10);
    expect(answersIn('CLATE')).toHaveLength(0);
    expect(app.output()).toMatch(/Stopped\./);
  }, 60_000);
});

describe('bad requests and bad files', () => {
  let docs: string;
  beforeAll(() => {
    docs = tmp('docs');
    for (const f of ['000_cb94fd3ac9777377.txt', '004_6a49677dc457e8d7.txt']) copyFileSync(join('seeds', f), join(docs, f));
    mkdirSync(join(docs, 'notes.md'));
    symlinkSync(join(docs, 'gone.txt-target'), join(docs, 'gone.txt'));
    writeFileSync(join(docs, 'report.txt'), Buffer.concat([Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n', 'latin1'), Buffer.alloc(2000, 7)]));
    writeFileSync(join(docs, 'zurich.txt'), iconv.encode('Office in Zürich\n\nThe Zürich office opens at 08:30 and closes at 18:00 on weekdays.\n', 'latin1'));
    writeFileSync(join(docs, 'lyon.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('Office in Lyon\n\nThe Lyon office has twelve desks for visitors.\n', 'utf-16le')]));
    writeFileSync(join(docs, 'huge.txt'), 'The archive line repeats. '.repeat(50_000));
    writeFileSync(join(docs, 'rota.xlsx'), Buffer.from('PK\u0003\u0004 a workbook'));
    writeFileSync(join(docs, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  });

  it('`npm run ask` skips each bad file with one warning naming it, reads Latin-1 and UTF-16, and answers', async () => {
    const run = await askCli(['When does the Zürich office open?'], { SEEDS_DIR: docs, DATA_DIR: tmp('ask'), MAX_DOCUMENT_MB: '1' });
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/08:30/);
    expect(run.err).toMatch(/skipped gone\.txt: it is a link to a file that does not exist/);
    expect(run.err).toMatch(/skipped huge\.txt: it is 1\.2 MB, over the 1 MB limit/);
    expect(run.err).toMatch(/skipped notes\.md: it is a folder, not a file/);
    expect(run.err).toMatch(/skipped report\.txt: it is a PDF, not text/);
    // A workbook is named with what to do; an image is no document and needs no word.
    expect(run.err).toMatch(/skipped rota\.xlsx: it is a spreadsheet workbook: export the sheet as \.csv/);
    expect(run.err).not.toMatch(/logo/);
    expect(run.err).not.toMatch(/lyon|zurich/i);
    expect(plainOutput(run.err)).toBe(true);
    const lyon = await askCli(['How many desks does the Lyon office have?'], { SEEDS_DIR: docs, DATA_DIR: tmp('ask2'), MAX_DOCUMENT_MB: '1' });
    expect(lyon.out).toMatch(/twelve desks/);
  }, 60_000);

  it('`npm start` on the same folder serves; a null body, a future timestamp and a revoked token cost the request, never the process', async () => {
    app = await start({ SEEDS_DIR: docs, MAX_DOCUMENT_MB: '1' });
    await app.waitForOutput(/Connected to Slack/);
    expect(app.output()).toMatch(/Skipped report\.txt: it is a PDF/);
    expect((await app.send('null')).status).toBe(400);
    expect((await app.send('42')).status).toBe(400);
    const future = await app.send(JSON.stringify({ type: 'event_callback', event: { type: 'app_mention' } }), { ts: Math.floor(Date.now() / 1000) + 6 * 60 });
    expect(future.status).toBe(401);
    expect((await app.health('HEAD')).status).toBe(200);
    await app.mention('When does the Zürich office open?', 'CZ');
    await until(() => answersIn('CZ').length === 1, 5_000, 'the answer');
    expect(answersIn('CZ')[0].body.text).toMatch(/08:30/);
    // The token is revoked while running: the next call says so, and health tells it.
    slack.fail({ kind: 'error', error: 'token_revoked' });
    await app.mention('When does the Zürich office open?', 'CZ2');
    await until(async () => (await app!.health()).status === 503, 10_000, 'health to say it cannot authenticate');
    expect((await app.health()).text).toBe('cannot authenticate: token_revoked');
    expect((await app.health('HEAD')).status).toBe(503);
    expect(app.child.exitCode).toBeNull();
    expect(app.output()).toMatch(/token_revoked: the bot token was revoked: reinstall the app/);
    expect(plainOutput(app.output())).toBe(true);
  }, 60_000);
});

describe('the digest, exactly once', () => {
  it('posted but not recorded (the disk fills meanwhile): the next run finds it in the channel and records it instead of posting again', async () => {
    const dataDir = tmp('digest-full');
    const state = join(dataDir, 'digest-state.json');
    // Slack takes the post; before it answers, the store's next write lands on a full disk.
    let child = 0;
    slack.onPost = () => symlinkSync('/dev/full', `${state}.${child}.tmp`);
    const first = await digestCli(['--post'], { DATA_DIR: dataDir }, (pid) => (child = pid));
    slack.onPost = undefined;
    expect(first.code).toBe(1);
    expect(first.err).toMatch(/was posted \(ts .*\) but could NOT be recorded: ENOSPC.*will not be posted again/);
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
    expect(existsSync(`${state}.${child}.tmp`)).toBe(false);
    const second = await digestCli(['--post'], { DATA_DIR: dataDir });
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/was already in C0DIGEST .* but not recorded; recorded it now instead of posting again/);
    const third = await digestCli(['--post'], { DATA_DIR: dataDir });
    expect(third.out).toMatch(/already posted/);
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
    expect(JSON.parse(readFileSync(state, 'utf8')).pending).toBeUndefined();
  }, 60_000);

  it('a full disk before posting: nothing is posted, and it says why', async () => {
    const dataDir = tmp('digest-full-before');
    const run = await digestCli(['--post'], { DATA_DIR: dataDir }, (pid) => symlinkSync('/dev/full', join(dataDir, `digest-state.json.${pid}.tmp`)));
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/NOT posted: ENOSPC/);
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(0);
  }, 60_000);

  it('`--post` does not post a slot older than DIGEST_CATCHUP_HOURS, unless forced', async () => {
    // Every Monday at 00:00 UTC in March 2026: long past.
    const env = { DATA_DIR: tmp('digest-old'), DIGEST_CRON: '0 0 * 3 1', DIGEST_CATCHUP_HOURS: '6' };
    const run = await digestCli(['--post'], env);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Not posting the digest for slot 2026-03-30T00:00:00\.000Z: it is \d+ h old, more than DIGEST_CATCHUP_HOURS \(6 h\)/);
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(0);
    expect((await digestCli(['--post', '--force'], env)).code).toBe(0);
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  }, 60_000);
});

interface Run {
  code: number | null;
  out: string;
  err: string;
}

function cli(script: string, args: string[], env: Record<string, string>, onSpawn?: (pid: number) => void): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, ...env } });
    onSpawn?.(child.pid!);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

const digestCli = (args: string[], env: Record<string, string>, onSpawn?: (pid: number) => void) =>
  cli('src/cli/digest.ts', args, { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: slack.url, DIGEST_CHANNEL: 'C0DIGEST', DIGEST_CATCHUP_HOURS: '168', ...env }, onSpawn);

const askCli = (args: string[], env: Record<string, string>) => cli('src/cli/ask.ts', args, env);
