import { execFileSync } from 'node:child_process';
import { utimesSync } from 'node:fs';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyDigestState, fileDigestStore, type DigestState } from '../src/store/digest.js';
import { fileFeedbackStore } from '../src/store/feedback.js';
import { fileGapStore } from '../src/store/gaps.js';
import { fileVerifiedStore, plainMessageText, verifiedDocuments } from '../src/store/verified.js';
import { withLock, writeJsonAtomic, type CorruptStateError } from '../src/store/files.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'factbot-store-'));
const posted = (state: DigestState, slot: string, ts: string): DigestState => ({
  ...state,
  slots: { ...state.slots, [slot]: { channel: 'C1', ts, postedAt: new Date().toISOString(), factIds: [] } },
});

describe('digest state store', () => {
  it('records a slot once; a second claim of the same slot does not run the post', async () => {
    const store = fileDigestStore(tempDir());
    const first = await store.claim('s1', {}, async (s) => posted(s, 's1', '1.1'));
    expect(first.status).toBe('posted');
    let ran = false;
    const second = await store.claim('s1', {}, async (s) => {
      ran = true;
      return s;
    });
    expect(ran).toBe(false);
    expect(second).toMatchObject({ status: 'already', posted: { ts: '1.1' } });
    const forced = await store.claim('s1', { force: true }, async (s) => posted(s, 's1', '2.2'));
    expect(forced.status).toBe('posted');
    expect((await store.read()).slots.s1.ts).toBe('2.2');
  });

  it('lets exactly one of two store instances on one folder post a slot', async () => {
    const dir = tempDir();
    const a = fileDigestStore(dir);
    const b = fileDigestStore(dir);
    let posts = 0;
    const post = async (s: DigestState) => {
      posts++;
      await new Promise((r) => setTimeout(r, 100)); // the other instance tries meanwhile
      return posted(s, 'slot', String(posts));
    };
    const results = await Promise.all([a.claim('slot', {}, post), b.claim('slot', {}, post)]);
    expect(posts).toBe(1);
    expect(results.map((r) => r.status).sort()).toEqual(['already', 'posted']);
  });

  it('saves nothing when the post fails, so the next attempt posts', async () => {
    const store = fileDigestStore(tempDir());
    await expect(store.claim('s', {}, async () => Promise.reject(new Error('not_in_channel')))).rejects.toThrow('not_in_channel');
    expect((await store.read()).slots).toEqual({});
    expect((await store.claim('s', {}, async (st) => posted(st, 's', '3.3'))).status).toBe('posted');
  });

  it('keeps the last saved state when a process dies between write and rename', async () => {
    const dir = tempDir();
    const store = fileDigestStore(dir);
    await store.claim('before', {}, async (s) => posted(s, 'before', '1.1'));
    // A real process writes half a temporary file next to the state and is killed before renaming it.
    const tmp = join(dir, 'digest-state.json.PID.tmp');
    expect(() =>
      execFileSync(process.execPath, ['-e', `require('fs').writeFileSync(${JSON.stringify(tmp)}.replace('PID', process.pid), '{"version":1,"slo'); process.kill(process.pid, 'SIGKILL')`], { stdio: 'ignore' }),
    ).toThrow();
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toHaveLength(1);
    const reports: unknown[] = [];
    const after = fileDigestStore(dir, { onCorrupt: (e) => reports.push(e) });
    expect(Object.keys((await after.read()).slots)).toEqual(['before']);
    expect(reports).toEqual([]);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('moves a corrupt state file aside, reports it, and never overwrites it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'digest-state.json'), '{"version":1, "slots": {"x": ');
    const reports: CorruptStateError[] = [];
    const store = fileDigestStore(dir, { onCorrupt: (e) => reports.push(e) });
    expect(await store.read()).toEqual(emptyDigestState());
    expect(reports).toHaveLength(1);
    expect(reports[0].message).toMatch(/could not be read .* moved to .*digest-state\.json\.corrupt-/);
    expect(readFileSync(reports[0].movedTo, 'utf8')).toBe('{"version":1, "slots": {"x": ');
    await store.claim('s', {}, async (s) => posted(s, 's', '1.1'));
    expect(readFileSync(reports[0].movedTo, 'utf8')).toBe('{"version":1, "slots": {"x": ');
  });

  it('treats valid JSON of the wrong shape as corrupt too', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'digest-state.json'), '[1,2,3]');
    const reports: CorruptStateError[] = [];
    expect((await fileDigestStore(dir, { onCorrupt: (e) => reports.push(e) }).read()).slots).toEqual({});
    expect(reports).toHaveLength(1);
  });
});

describe('lock file', () => {
  it('takes over a lock left by a process that has died', async () => {
    const dir = tempDir();
    const lock = join(dir, 'x.lock');
    const deadPid = Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).toString());
    writeFileSync(lock, JSON.stringify({ pid: deadPid, host: (await import('node:os')).hostname(), at: new Date().toISOString() }));
    expect(await withLock(lock, async () => 'ran', { timeoutMs: 2000 })).toBe('ran');
    expect(existsSync(lock)).toBe(false);
  });

  it('gives up with a clear message when a live process holds the lock', async () => {
    const lock = join(tempDir(), 'x.lock');
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: (await import('node:os')).hostname(), at: new Date().toISOString() }));
    await expect(withLock(lock, async () => 'ran', { timeoutMs: 200 })).rejects.toThrow(new RegExp(`held by another process \\(pid ${process.pid}`));
  });

  it('writes atomically: the file is always complete JSON', () => {
    const path = join(tempDir(), 'a.json');
    for (let i = 0; i < 20; i++) writeJsonAtomic(path, { i, pad: 'x'.repeat(10_000) });
    expect(JSON.parse(readFileSync(path, 'utf8')).i).toBe(19);
    expect(readdirSync(join(path, '..'))).toEqual(['a.json']);
  });
});

describe('the lock', () => {
  it('is renewed while its holder lives: a slow holder is not robbed, and each removes only its own lock', async () => {
    const lock = join(tempDir(), 'digest.lock');
    const order: string[] = [];
    // The first holder takes three times the stale age; it renews, so the second waits for it.
    const first = withLock(lock, async () => {
      order.push('first in');
      await new Promise((r) => setTimeout(r, 600));
      order.push('first out');
    }, { staleMs: 200 });
    await new Promise((r) => setTimeout(r, 50));
    const second = withLock(lock, async () => {
      order.push('second in');
      expect(existsSync(lock)).toBe(true);
    }, { staleMs: 200, timeoutMs: 5_000 });
    await Promise.all([first, second]);
    expect(order).toEqual(['first in', 'first out', 'second in']);
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock nobody renews', async () => {
    const lock = join(tempDir(), 'digest.lock');
    // A holder on another machine that stopped renewing ten minutes ago.
    writeFileSync(lock, JSON.stringify({ pid: 1, host: 'elsewhere', at: new Date(Date.now() - 600_000).toISOString(), token: 'old' }));
    utimesSync(lock, new Date(Date.now() - 600_000), new Date(Date.now() - 600_000));
    let held = '';
    await withLock(lock, async () => {
      held = JSON.parse(readFileSync(lock, 'utf8')).token;
    }, { staleMs: 1_000 });
    expect(held).not.toBe('old');
    expect(existsSync(lock)).toBe(false);
  });
});

describe('feedback store', () => {
  it('keeps the same verdict on the same answer once, and starts a new file past its bound', async () => {
    const dir = tempDir();
    const store = fileFeedbackStore(dir, { maxBytes: 1000 });
    const f = { question: 'who hosts the base?', factId: 'a#1', userId: 'U1', verdict: 'up' as const, at: '2026-12-01T00:00:00Z' };
    await store.record(f);
    await store.record({ ...f, at: '2026-12-01T00:00:01Z' });
    expect(await store.all()).toHaveLength(1);
    for (let i = 0; i < 10; i++) await store.record({ ...f, userId: `U${i + 2}` });
    expect(await store.all()).toHaveLength(11);
    expect(readFileSync(join(dir, 'feedback.jsonl')).length).toBeLessThanOrEqual(1000);
    expect(existsSync(join(dir, 'feedback.1.jsonl'))).toBe(true);
  });

  it('keeps every verdict across instances, losing only a line torn by a crash', async () => {
    const dir = tempDir();
    await fileFeedbackStore(dir).record({ question: 'q1', factId: 'f1', userId: 'U1', verdict: 'up', at: 't1' });
    writeFileSync(join(dir, 'feedback.jsonl'), `${readFileSync(join(dir, 'feedback.jsonl'), 'utf8')}{"question":"torn`);
    await fileFeedbackStore(dir).record({ question: 'q2', factId: null, userId: 'U2', verdict: 'down', at: 't2' });
    expect((await fileFeedbackStore(dir).all()).map((f) => f.question)).toEqual(['q1', 'q2']);
  });
});

describe('unanswered questions', () => {
  it('keeps a question once, counting it again when asked in other words, and stays bounded', async () => {
    const store = fileGapStore(tempDir(), { maxGaps: 3 });
    await store.record({ question: 'Who repaired the old lighthouse?', terms: ['repair', 'old', 'lighthouse'], channel: 'C1', at: '2026-12-01T09:00:00Z', openly: false });
    await store.record({ question: 'who repaired the lighthouse', terms: ['repair', 'lighthouse'], channel: 'C2', at: '2026-12-01T10:00:00Z', openly: true });
    const [gap] = await store.all();
    expect(gap).toMatchObject({ question: 'Who repaired the old lighthouse?', asked: 2, channels: ['C1', 'C2'], openly: true, lastAt: '2026-12-01T10:00:00Z' });
    for (const [i, w] of ['ferry', 'bridge', 'tunnel'].entries()) await store.record({ question: `Where is the ${w}?`, terms: [w], channel: 'C1', at: `2026-12-01T1${i + 1}:00:00Z`, openly: true });
    const all = await store.all();
    expect(all).toHaveLength(3);
    // The most asked stays; the least asked and oldest went.
    expect(all[0].question).toBe('Who repaired the old lighthouse?');
    expect(all.map((g) => g.question)).not.toContain('Where is the ferry?');
    await store.markAnswered([{ question: 'Who repaired the old lighthouse?', quote: 'Nora Quinn repaired it.', title: 'Lighthouse', at: '2026-12-02T00:00:00Z' }]);
    expect((await store.all()).at(-1)).toMatchObject({ question: 'Who repaired the old lighthouse?', answered: { title: 'Lighthouse' } });
  });
});

describe('verified facts', () => {
  it('adds, edits and removes, and gives each as a document titled with who verified it', async () => {
    const dir = tempDir();
    const store = fileVerifiedStore(dir);
    const saved = await store.add({ text: 'The spare key is at the harbour office.', author: 'U1', verifiedBy: { id: 'U2', name: 'cora' }, at: '2026-12-02T10:00:00Z', permalink: 'https://t.slack.com/archives/C1/p1', channel: 'C1' });
    expect(fileVerifiedStore(dir).list()).toEqual([saved]);
    expect(await store.edit(saved.id, 'The spare key is at the ferry office.', { id: 'U3', name: 'dan' }, '2026-12-03T10:00:00Z')).toBe(true);
    const [doc] = verifiedDocuments(store.list());
    expect(doc).toMatchObject({ name: `verified/${saved.id}.md`, collection: 'verified', url: 'https://t.slack.com/archives/C1/p1' });
    expect(doc.text).toBe('# Verified by @dan, 3 December 2026\n\nThe spare key is at the ferry office.\n');
    expect(await store.remove(saved.id)).toBe(true);
    expect(await store.remove(saved.id)).toBe(false);
    expect(await store.edit(saved.id, 'x', { id: 'U3', name: 'dan' }, '2026-12-03T10:00:00Z')).toBe(false);
    expect(store.list()).toEqual([]);
  });

  it('reads a Slack message as plain sentences', () => {
    expect(plainMessageText('Ask <@U0123|cora> in <#C0456|it-help>: see <https://wiki.example.com/vpn|the VPN page> &amp; <!here>')).toBe('Ask @cora in #it-help: see the VPN page & @here');
  });
});
