/**
 * The agent surface and closing the loop, end to end through signed requests and Slack's Web
 * API intercepted: suggested prompts, the status line, native feedback, follow-ups in threads,
 * "Ask an expert", and unanswered questions for curators.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { liveEngine } from '../src/answer/live.js';
import { recheckGaps } from '../src/slack/context.js';
import { fileFeedbackStore } from '../src/store/feedback.js';
import { fileVerifiedStore, verifiedDocuments } from '../src/store/verified.js';
import { docsFolder } from './helpers.js';
import { API, expectPost, startHarness, type Harness } from './slack-harness.js';

const BOT = 'U0LAN0Z89';
const text = (m: Record<string, any>) => JSON.stringify(m.blocks ?? m.view?.blocks ?? m);
let n = 0;
const ts = () => `${Math.floor(Date.now() / 1000)}.${String(++n).padStart(6, '0')}`;
const mention = (q: string, extra: Record<string, unknown> = {}) => ({ type: 'app_mention', user: 'U1', text: `<@${BOT}> ${q}`, channel: 'C1', ts: ts(), ...extra });
const threadReply = (q: string, threadTs: string, extra: Record<string, unknown> = {}) => ({ type: 'message', channel_type: 'channel', channel: 'C1', user: 'U2', text: q, ts: ts(), thread_ts: threadTs, ...extra });

/** Nothing reaches `path` within `ms`: what a user sees as the bot staying silent. */
async function nothingPosted(path: string, during: () => Promise<unknown>, ms = 700): Promise<boolean> {
  let called = false;
  const interceptor = nock(API).post(path);
  interceptor.reply(200, () => ((called = true), { ok: true, ts: '9.9' }));
  await during();
  await new Promise((r) => setTimeout(r, ms));
  nock.removeInterceptor(interceptor);
  return !called;
}

const feedbackDir = mkdtempSync(join(tmpdir(), 'factbot-feedback-'));
const feedback = fileFeedbackStore(feedbackDir);
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ RATE_LIMIT_PER_MINUTE: '100', EXPERTS: 'S0EXPERTS,U0ALICE', CURATORS: 'U0CURATOR' }, { feedback });
});
afterAll(async () => h.stop());
afterEach(() => nock.cleanAll());

describe('the agent view', () => {
  it('sets suggested prompts from the documents when the Messages tab opens', async () => {
    const set = expectPost('/api/assistant.threads.setSuggestedPrompts');
    await h.event({ type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'messages' });
    const body = await set;
    expect(body.channel_id).toBe('D1');
    // Agent apps set prompts for the conversation, not a thread (a thread_ts would make the call fail silently).
    expect(body.thread_ts).toBeUndefined();
    const prompts = typeof body.prompts === 'string' ? JSON.parse(body.prompts) : body.prompts;
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.length).toBeLessThanOrEqual(4);
    for (const p of prompts) expect(h.ctx.examples).toContain(p.message);
  });

  it('says it is searching while it answers a DM, then answers with native feedback buttons', async () => {
    const status = expectPost('/api/assistant.threads.setStatus');
    const posted = expectPost('/api/chat.postMessage');
    const cleared = expectPost('/api/assistant.threads.setStatus');
    const ev = { type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: 'Who did Netanyahu ask to convey assurances to Iran?', ts: ts() };
    await h.event(ev);
    expect(await status).toMatchObject({ channel_id: 'D1', thread_ts: ev.ts, status: 'is searching 2 documents…' });
    const msg = await posted;
    expect(text(msg)).toMatch(/Vladimir Putin/);
    expect(msg.blocks.at(-1)).toMatchObject({ type: 'context_actions', elements: [{ type: 'feedback_buttons' }] });
    expect((await cleared).status).toBe('');
  });
});

describe('feedback', () => {
  const press = (value: object, user = 'U5') => ({
    type: 'block_actions',
    user: { id: user },
    team: { id: 'T1' },
    api_app_id: 'A1',
    trigger_id: 'trigger-1',
    response_url: `${API}/respond/native`,
    container: { type: 'message' },
    actions: [{ type: 'feedback_buttons', action_id: 'answer_feedback', block_id: 'answer_feedback', value: JSON.stringify(value), action_ts: '1' }],
  });

  it('records a 👎 once however often it is pressed, and offers to say what was wrong', async () => {
    const value = { q: 'who carried the message?', f: 'seed#3', v: 'down' };
    const first = expectPost('/respond/native');
    await h.action(press(value));
    const ack = await first;
    expect(ack.text).toMatch(/didn't help/);
    const detail = ack.blocks.find((b: any) => b.type === 'actions').elements[0];
    expect(detail.action_id).toBe('feedback_detail');
    const second = expectPost('/respond/native');
    await h.action(press(value));
    await second;
    expect((await feedback.all()).filter((f) => f.question === value.q)).toEqual([expect.objectContaining({ verdict: 'down', userId: 'U5', factId: 'seed#3' })]);

    // "What was wrong?" opens a modal; what is written there is recorded with the verdict.
    const opened = expectPost('/api/views.open');
    await h.action({ ...press(value), actions: [{ type: 'button', action_id: 'feedback_detail', block_id: 'feedback_detail', value: detail.value, action_ts: '2' }] });
    const modal = (await opened).view;
    expect(modal.callback_id).toBe('feedback_detail_view');
    const submitted = await h.action({
      type: 'view_submission',
      user: { id: 'U5' },
      team: { id: 'T1' },
      api_app_id: 'A1',
      view: { id: 'V1', callback_id: modal.callback_id, private_metadata: modal.private_metadata, state: { values: { what: { text: { type: 'plain_text_input', value: 'It quoted the other article.' } } } } },
    });
    expect(submitted.status).toBe(200);
    expect((await feedback.all()).find((f) => f.comment)).toMatchObject({ question: value.q, verdict: 'down', comment: 'It quoted the other article.' });
  });

  it('counts a 👍 from the native buttons', async () => {
    const acked = expectPost('/respond/native');
    await h.action(press({ q: 'how many troops at al udeid?', f: 'seed#9', v: 'up' }, 'U6'));
    expect((await acked).text).toMatch(/helped/);
    expect((await feedback.all()).some((f) => f.userId === 'U6' && f.verdict === 'up')).toBe(true);
  });
});

describe('follow-ups in a thread', () => {
  it('answers a follow-up without a new mention, read with the previous question', async () => {
    const first = expectPost('/api/chat.postMessage');
    const ev = mention('Who did Netanyahu ask to convey assurances to Iran?');
    await h.event(ev);
    expect(text(await first)).toMatch(/Putin/);

    const followUp = expectPost('/api/chat.postMessage');
    await h.event(threadReply('and when was that?', ev.ts));
    const msg = await followUp;
    expect(msg.thread_ts).toBe(ev.ts);
    expect(msg.text).not.toMatch(/not confident/);
    expect(text(msg)).toMatch(/Putin|Netanyahu|Russia/);
  });

  it('stays silent on replies to someone else and on replies that ask nothing', async () => {
    const ev = mention('how many troops at Al Udeid?');
    const first = expectPost('/api/chat.postMessage');
    await h.event(ev);
    await first;
    expect(await nothingPosted('/api/chat.postMessage', () => h.event(threadReply('<@U0BOB> can you check that number?', ev.ts)))).toBe(true);
    expect(await nothingPosted('/api/chat.postMessage', () => h.event(threadReply('thanks, that helps', ev.ts)))).toBe(true);
  });

  it('stays silent in threads it has not answered in', async () => {
    // Slack says the thread has no message of the bot's.
    nock(API).post('/api/conversations.replies').reply(200, { ok: true, messages: [{ user: 'U3', text: 'lunch?', ts: '5.1' }] });
    expect(await nothingPosted('/api/chat.postMessage', () => h.event(threadReply('what time is lunch?', '5.1')))).toBe(true);
  });

  it('after a restart, reads the thread back to find the question it answered', async () => {
    const parent = ts();
    nock(API)
      .post('/api/conversations.replies')
      .reply(200, {
        ok: true,
        messages: [
          { user: 'U1', text: `<@${BOT}> Who did Netanyahu ask to convey assurances to Iran?`, ts: parent },
          { bot_id: 'B0BOT', user: BOT, text: 'Vladimir Putin: …', ts: ts(), thread_ts: parent },
        ],
      });
    const posted = expectPost('/api/chat.postMessage');
    await h.event(threadReply('when was that revealed?', parent));
    const msg = await posted;
    expect(msg.thread_ts).toBe(parent);
    expect(msg.text).toBeTruthy();
  });
});

describe('ask an expert', () => {
  it('offers the experts when it declines in a channel, and mentions them in the thread only on the click', async () => {
    const declined = expectPost('/api/chat.postMessage');
    const ev = mention('What is the capital of France?');
    await h.event(ev);
    const msg = await declined;
    expect(msg.text).toMatch(/not confident/);
    expect(text(msg)).not.toMatch(/subteam|U0ALICE/);
    const button = msg.blocks.find((b: any) => b.block_id === 'decline_actions').elements[0];
    expect(button.action_id).toBe('ask_expert');

    const click = {
      type: 'block_actions',
      user: { id: 'U1' },
      team: { id: 'T1' },
      api_app_id: 'A1',
      channel: { id: 'C1' },
      response_url: `${API}/respond/expert`,
      container: { type: 'message', message_ts: '7.7' },
      message: { ts: '7.7', thread_ts: ev.ts, blocks: msg.blocks },
      actions: [{ type: 'button', action_id: 'ask_expert', block_id: 'decline_actions', value: button.value, action_ts: '3' }],
    };
    const asked = expectPost('/api/chat.postMessage');
    const replaced = expectPost('/respond/expert');
    await h.action(click);
    const ping = await asked;
    expect(ping.thread_ts).toBe(ev.ts);
    expect(text(ping)).toMatch(/<!subteam\^S0EXPERTS> <@U0ALICE>/);
    expect(text(ping)).toMatch(/capital of France/);
    const updated = await replaced;
    expect(updated.replace_original).toBe(true);
    expect(text(updated)).not.toMatch(/ask_expert/);
    expect(text(updated)).toMatch(/asked the experts/);
    // A second click (or a retried one) pings nobody again.
    expect(await nothingPosted('/api/chat.postMessage', () => h.action(click))).toBe(true);
  });
});

describe('unanswered questions for curators', () => {
  it('lists what the documents do not answer in a curator’s App Home, and marks it answered once a document does', async () => {
    const dir = docsFolder({ 'harbour.md': '# Harbour\n\nThe harbour master ordered a new breakwater in April 2023.\n' });
    const live = await liveEngine(dir, { tablePath: join(mkdtempSync(join(tmpdir(), 'factbot-live-')), 'table.json'), pollMs: 3_600_000, debounceMs: 50 });
    const g = await startHarness({ CURATORS: 'U0CURATOR' }, { engine: live });
    try {
      for (const q of ['Who repaired the old lighthouse?', 'who repaired the lighthouse']) {
        const posted = expectPost('/api/chat.postMessage');
        await g.event(mention(q));
        expect((await posted).text).toMatch(/not confident/);
      }
      const home = async (user: string) => {
        const published = expectPost('/api/views.publish');
        await g.event({ type: 'app_home_opened', user, channel: 'D9', tab: 'home' });
        return text(await published);
      };
      const curatorView = await home('U0CURATOR');
      expect(curatorView).toMatch(/Questions the documents don't answer yet/);
      // Asked twice in other words: one gap, counted twice.
      expect(curatorView).toMatch(/Who repaired the old lighthouse\? \(asked 2 times/);
      expect(await home('U0SOMEONE')).not.toMatch(/lighthouse/);

      writeFileSync(join(dir, 'lighthouse.md'), '# Lighthouse\n\nNora Quinn repaired the old lighthouse in May 2024.\n');
      await live.refresh();
      expect(await recheckGaps(g.ctx)).toBe(1);
      expect(await home('U0CURATOR')).toMatch(/✅ answered since \d{4}-\d\d-\d\d by _Lighthouse_/);
    } finally {
      live.stop();
      await g.stop();
    }
  });
});

describe('save as a fact', () => {
  it('lets a curator turn a message into a verified fact that is answered from at once, with attribution, and removed again', async () => {
    const dir = docsFolder({ 'harbour.md': '# Harbour\n\nThe harbour master ordered a new breakwater in April 2023.\n' });
    const verified = fileVerifiedStore(mkdtempSync(join(tmpdir(), 'factbot-verified-')));
    const live = await liveEngine(dir, { tablePath: join(mkdtempSync(join(tmpdir(), 'factbot-live-')), 'table.json'), pollMs: 3_600_000, extra: () => verifiedDocuments(verified.list()) });
    const g = await startHarness({ CURATORS: 'U0CURATOR' }, { engine: live, verified: { store: verified, changed: async () => void (await live.refresh()) } });
    const shortcut = (user: string) => ({
      type: 'message_action',
      callback_id: 'save_fact',
      trigger_id: 'trigger-save',
      response_url: `${API}/respond/save`,
      user: { id: user, name: user === 'U0CURATOR' ? 'cora' : 'sam' },
      team: { id: 'T1' },
      channel: { id: 'C1' },
      message_ts: '1700000000.000100',
      message: { type: 'message', user: 'U0EXPERT', ts: '1700000000.000100', text: 'The spare key to the lighthouse is kept at the <https://example.com/office|harbour office>.' },
    });
    try {
      const asked = async (q: string) => {
        const posted = expectPost('/api/chat.postMessage');
        await g.event(mention(q));
        return posted;
      };
      expect((await asked('Where is the spare key to the lighthouse kept?')).text).toMatch(/not confident/);

      // Anyone else is told politely that only curators can.
      const refused = expectPost('/respond/save');
      await g.action(shortcut('U0SAM'));
      expect((await refused).text).toMatch(/Only curators can save/);

      // A curator sees the message's text, editable, before saving it.
      const opened = expectPost('/api/views.open');
      await g.action(shortcut('U0CURATOR'));
      const modal = (await opened).view;
      const input = modal.blocks.find((b: any) => b.block_id === 'fact').element;
      expect(input.initial_value).toBe('The spare key to the lighthouse is kept at the harbour office.');

      const permalink = expectPost('/api/chat.getPermalink', { ok: true, permalink: 'https://team.slack.com/archives/C1/p1700000000000100' });
      const told = expectPost('/api/chat.postMessage');
      const home = expectPost('/api/views.publish');
      await g.action({ type: 'view_submission', user: { id: 'U0CURATOR', name: 'cora' }, team: { id: 'T1' }, api_app_id: 'A1', view: { id: 'V2', callback_id: modal.callback_id, private_metadata: modal.private_metadata, state: { values: { fact: { text: { type: 'plain_text_input', value: input.initial_value } } } } } });
      expect(await permalink).toMatchObject({ channel: 'C1', message_ts: '1700000000.000100' });
      expect((await told).channel).toBe('U0CURATOR');
      const homeAfter = text(await home);
      expect(homeAfter).toMatch(/Verified facts\* \(1\)/);
      // The question asked before is answered since, by the saved fact.
      expect(homeAfter).toMatch(/spare key to the lighthouse kept\? \(asked once[^)]*\) · ✅ answered since \d{4}-\d\d-\d\d by _Verified by @cora/);

      const answer = await asked('Where is the spare key to the lighthouse kept?');
      expect(answer.text).not.toMatch(/not confident/);
      expect(text(answer)).toMatch(/spare key to the lighthouse is kept at the harbour office/);
      expect(text(answer)).toMatch(/<https:\/\/team\.slack\.com\/archives\/C1\/p1700000000000100\|Verified by @cora, \d{1,2} \w+ \d{4}>/);

      // Removed from App Home: no longer quoted.
      const [fact] = verified.list();
      const republished = expectPost('/api/views.publish');
      await g.action({ type: 'block_actions', user: { id: 'U0CURATOR' }, team: { id: 'T1' }, api_app_id: 'A1', trigger_id: 't9', container: { type: 'view', view_id: 'VH' }, actions: [{ type: 'button', action_id: 'verified_remove', block_id: `verified_${fact.id}`, value: fact.id, action_ts: '4' }] });
      expect(text(await republished)).toMatch(/Verified facts\*\\nNone yet/);
      expect(text(await asked('Where is the spare key to the lighthouse kept?'))).not.toMatch(/harbour office/);
    } finally {
      live.stop();
      await g.stop();
    }
  });
});
