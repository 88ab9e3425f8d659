/**
 * Documents that change while `npm start` runs: a new file is answered from within seconds, an
 * edited sentence is quoted as it now reads, a deleted file is never quoted again, and questions
 * asked meanwhile are all answered.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveEngine } from '../src/answer/live.js';
import { chooseDigest, recordDigest } from '../src/digest/choose.js';
import { emptyDigestState } from '../src/store/digest.js';
import { startAppProcess, until, type AppProcess } from './app-process.js';
import { startFakeSlack, type FakeSlack } from './fake-slack.js';

let slack: FakeSlack;
let app: AppProcess;
const docs = mkdtempSync(join(tmpdir(), 'factbot-live-docs-'));

beforeAll(async () => {
  slack = await startFakeSlack();
  for (const f of ['000_cb94fd3ac9777377.txt', '004_6a49677dc457e8d7.txt']) copyFileSync(join('seeds', f), join(docs, f));
  app = await startAppProcess({ SLACK_API_URL: slack.url, DATA_DIR: mkdtempSync(join(tmpdir(), 'factbot-live-data-')), SEEDS_DIR: docs, REINDEX_POLL_SECONDS: '5', RATE_LIMIT_PER_MINUTE: '1000' });
  await app.waitForOutput(/Connected to Slack/);
}, 60_000);
afterAll(async () => {
  await app.stop();
  await slack.close();
});

const answerIn = (channel: string) => slack.calls.find((c) => c.method === 'chat.postMessage' && c.body.channel === channel && c.ok)?.body.text as string | undefined;

async function ask(question: string, channel: string): Promise<string> {
  await app.mention(question, channel);
  await until(() => answerIn(channel) !== undefined, 5_000, `an answer in ${channel}`);
  return answerIn(channel)!;
}

describe('documents changing while the app runs', () => {
  it('answers from a new document, quotes an edit as it now reads, and forgets a deleted one, answering throughout', async () => {
    const path = join(docs, 'canteen.md');
    let n = 0;
    // A stream of questions while the folder changes: every one must be answered.
    const stream: string[] = [];
    const streaming = (async () => {
      for (let i = 0; i < 30; i++) {
        const channel = `CSTREAM${i}`;
        stream.push(channel);
        await app.mention('Who did Netanyahu ask to convey assurances to Iran?', channel);
        await new Promise((r) => setTimeout(r, 150));
      }
    })();

    writeFileSync(path, '# Canteen\n\nThe staff canteen serves lunch from 11:30 to 14:00 on weekdays.\n');
    let written = Date.now();
    await until(async () => /11:30/.test(await ask('When does the canteen serve lunch?', `CNEW${++n}`)), 10_000, 'the new document to be answered');
    expect(Date.now() - written).toBeLessThan(10_000);
    expect(app.output()).toMatch(/Documents re-indexed in \d+ ms \(added canteen\.md\)/);

    writeFileSync(path, '# Canteen\n\nThe staff canteen serves lunch from 12:00 to 14:30 on weekdays.\n');
    written = Date.now();
    await until(async () => /12:00 to 14:30/.test(await ask('When does the canteen serve lunch?', `CEDIT${++n}`)), 10_000, 'the edit to be quoted');

    rmSync(path);
    await until(async () => !/canteen/i.test(await ask('When does the canteen serve lunch?', `CGONE${++n}`)), 10_000, 'the deleted document to be forgotten');

    await streaming;
    await until(() => stream.every((c) => answerIn(c) !== undefined), 10_000, 'every streamed question answered');
    for (const c of stream) expect(answerIn(c)).toMatch(/Putin/);
    expect(app.child.exitCode).toBeNull();
  }, 60_000);
});

describe('the digest over a changing folder', () => {
  it('marks a document added while running as a new source in the next digest', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'factbot-live-digest-'));
    for (const f of ['000_cb94fd3ac9777377.txt', '004_6a49677dc457e8d7.txt']) copyFileSync(join('seeds', f), join(folder, f));
    const live = await liveEngine(folder, { tablePath: join(folder, '..', `live-digest-${Date.now()}.json`), pollMs: 3_600_000 });
    try {
      const first = chooseDigest(live.table, emptyDigestState(), 3);
      const state = recordDigest(emptyDigestState(), live.table, first, 'slot1', { channel: 'C', ts: '1.1', postedAt: '2026-12-01T09:00:00Z', factIds: first.items.map((i) => i.fact.id) });
      writeFileSync(join(folder, 'ceasefire.md'), '# Ceasefire talks\n\nEnvoys from Oman met both delegations in Muscat on 3 February 2026.\n');
      expect(await live.refresh()).toBe(true);
      const next = chooseDigest(live.table, state, 3);
      expect(next.items[0]).toMatchObject({ isNew: true, fact: { document: 'ceasefire.md' } });
    } finally {
      live.stop();
    }
  });

  it('a check asked for while one runs waits for a check that reads the folder after it was asked', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'factbot-live-queue-'));
    writeFileSync(join(folder, 'ferry.txt'), 'The ferry leaves the harbour at noon.\n');
    let during: Promise<boolean> | undefined;
    let armed = false;
    // Called by each check right after it has read the folder: the file written here is one that check missed.
    const extra = () => {
      if (armed) {
        armed = false;
        writeFileSync(join(folder, 'tides.txt'), 'High tide at the harbour is at six in the evening.\n');
        during = live.refresh();
      }
      return [];
    };
    const live = await liveEngine(folder, { tablePath: join(folder, '..', `live-queue-${Date.now()}.json`), pollMs: 3_600_000, debounceMs: 3_600_000, extra });
    try {
      writeFileSync(join(folder, 'ferry.txt'), 'The ferry leaves the harbour at one.\n');
      armed = true;
      expect(await live.refresh()).toBe(true);
      expect(during).toBeDefined();
      expect(await during).toBe(true);
      expect((await live.ask('When is high tide?')).quote).toBe('High tide at the harbour is at six in the evening.');
    } finally {
      live.stop();
    }
  });
});
