/**
 * Collections and channel scope through the real app and signed Slack requests: a private
 * collection's fact never appears in a channel answer, a share, or the digest; it is answered
 * in a DM and in /ask; CHANNEL_COLLECTIONS limits a channel to its collections.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEngine, type Engine } from '../src/answer/engine.js';
import { chooseDigest, recordDigest } from '../src/digest/choose.js';
import { publicView } from '../src/facts/table.js';
import { emptyDigestState } from '../src/store/digest.js';
import { API, buttonClick, expectPost, startHarness, type Harness } from './slack-harness.js';

const docs = mkdtempSync(join(tmpdir(), 'factbot-collections-'));
let engine: Engine;
let h: Harness;
const SALARY = /Salary bands|compensation committee|every March/;

beforeAll(async () => {
  for (const f of ['000_cb94fd3ac9777377.txt', '004_6a49677dc457e8d7.txt']) copyFileSync(join('seeds', f), join(docs, f));
  mkdirSync(join(docs, 'hr'));
  writeFileSync(join(docs, 'hr', '.private'), '');
  writeFileSync(join(docs, 'hr', 'pay.md'), '# Pay\n\nSalary bands are reviewed every March by the compensation committee.\n');
  mkdirSync(join(docs, 'support'));
  writeFileSync(join(docs, 'support', 'refunds.md'), '# Refunds\n\nCustomer refunds are processed within five working days.\n');
  engine = await openEngine(docs, { tablePath: join(docs, '..', `collections-${Date.now()}.json`) });
  h = await startHarness({ RATE_LIMIT_PER_MINUTE: '100', CHANNEL_COLLECTIONS: 'CSUP=support' }, { engine });
}, 60_000);
afterAll(async () => h.stop());

let n = 0;
const mention = (text: string, channel: string) => ({ type: 'app_mention', user: 'U1', text: `<@U0LAN0Z89> ${text}`, channel, ts: `${Date.now()}.${++n}` });
const said = (m: Record<string, any>) => JSON.stringify([m.text, m.blocks]);

describe('collections and who may see them', () => {
  it('reads sub-folders as collections and marks the private one', async () => {
    const pay = engine.table.facts.find((f) => f.document === 'hr/pay.md');
    expect(pay).toMatchObject({ collection: 'hr', private: true });
    expect(engine.table.facts.find((f) => f.document === 'support/refunds.md')).toMatchObject({ collection: 'support' });
    expect(engine.table.facts.find((f) => f.document === 'support/refunds.md')?.private).toBeUndefined();
  });

  it('never quotes a private collection in a channel, but answers it in a DM', async () => {
    const inChannel = expectPost('/api/chat.postMessage');
    await h.event(mention('when are salary bands reviewed?', 'C1'));
    expect(said(await inChannel)).not.toMatch(SALARY);
    const inDm = expectPost('/api/chat.postMessage');
    await h.event({ type: 'message', channel_type: 'im', user: 'U2', text: 'when are salary bands reviewed?', channel: 'D1', ts: `${Date.now()}.9` });
    expect(said(await inDm)).toMatch(/every March/);
  });

  it('answers it privately in /ask, and a share into the channel leaves it out', async () => {
    const responded = expectPost('/respond/cmd');
    await h.command('when are salary bands reviewed?');
    const ephemeral = await responded;
    expect(ephemeral.response_type).toBe('ephemeral');
    expect(said(ephemeral)).toMatch(/every March/);
    const shared = expectPost('/respond/share');
    await h.action({ ...buttonClick('share_answer', { q: 'when are salary bands reviewed?', f: null }, 'U1', `${API}/respond/share`), channel: { id: 'C1' } });
    const posted = await shared;
    expect(posted.response_type).toBe('in_channel');
    expect(said(posted)).not.toMatch(SALARY);
  });

  it('limits a listed channel to its collections', async () => {
    const refunds = expectPost('/api/chat.postMessage');
    await h.event(mention('how long do customer refunds take?', 'CSUP'));
    expect(said(await refunds)).toMatch(/five working days/);
    const elsewhere = expectPost('/api/chat.postMessage');
    await h.event(mention('Who did Netanyahu ask to convey assurances to Iran?', 'CSUP'));
    expect(said(await elsewhere)).not.toMatch(/Putin/);
    const open = expectPost('/api/chat.postMessage');
    await h.event(mention('Who did Netanyahu ask to convey assurances to Iran?', 'C1'));
    expect(said(await open)).toMatch(/Putin/);
    nock.cleanAll();
  });

  it('keeps private facts out of every digest of the rotation', async () => {
    const table = publicView(engine.table);
    let state = emptyDigestState();
    const posted = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const digest = chooseDigest(table, state, 3);
      for (const item of digest.items) posted.add(item.fact.document);
      state = recordDigest(state, table, digest, `slot${i}`, { channel: 'C', ts: String(i), postedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(), factIds: digest.items.map((x) => x.fact.id) });
    }
    expect(posted.has('support/refunds.md')).toBe(true);
    expect([...posted].some((d) => d.startsWith('hr/'))).toBe(false);
  });
});
