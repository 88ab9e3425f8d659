import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Alternative, Answer } from '../src/answer/types.js';
import { answerMessage, expertRequestMessage, feedbackAck, feedbackDetailView, homeView, moreSourcesMessage, suggestedPrompts } from '../src/slack/blocks.js';
import { LIMITS } from '../src/slack/escape.js';
import { API, buttonClick, expectPost, startHarness, type Harness } from './slack-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ RATE_LIMIT_PER_MINUTE: '50' });
});
afterAll(async () => h.stop());
afterEach(() => nock.cleanAll());

const text = (m: Record<string, any>) => JSON.stringify(m.blocks ?? m.view?.blocks);

describe('App Home', () => {
  it('publishes how to ask, example buttons and the sources when the Home tab opens', async () => {
    const published = expectPost('/api/views.publish');
    await h.event({ type: 'app_home_opened', user: 'U5', channel: 'D5', tab: 'home' });
    const body = await published;
    expect(body.user_id).toBe('U5');
    const view = typeof body.view === 'string' ? JSON.parse(body.view) : body.view;
    expect(view.type).toBe('home');
    const buttons = view.blocks.find((b: any) => b.block_id === 'examples').elements;
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons.every((b: any) => /^ask_example_\d+$/.test(b.action_id) && b.value)).toBe(true);
    expect(JSON.stringify(view.blocks)).toMatch(/000_cb94fd3ac9777377\.txt.*facts/);
  });

  it('does not publish for the Messages tab', async () => {
    let published = false;
    nock(API).post('/api/views.publish').reply(200, () => {
      published = true;
      return { ok: true };
    });
    await h.event({ type: 'app_home_opened', user: 'U5', channel: 'D5', tab: 'messages' });
    await new Promise((r) => setTimeout(r, 200));
    expect(published).toBe(false);
  });

  it('answers an example question in the user’s messages with the bot when its button is clicked', async () => {
    const posted = expectPost('/api/chat.postMessage');
    await h.action({ type: 'block_actions', user: { id: 'U5' }, team: { id: 'T1' }, api_app_id: 'A1', container: { type: 'view' }, view: { id: 'V1', type: 'home' }, actions: [{ type: 'button', action_id: 'ask_example_0', block_id: 'examples', value: 'Which country hosts the Al Udeid Air Base?', action_ts: '1' }] });
    const msg = await posted;
    expect(msg.channel).toBe('U5');
    expect(msg.text).toMatch(/Qatar/);
  });
});

describe('"Find the source" message shortcut', () => {
  it('shows the sentences behind a message privately to whoever ran it', async () => {
    const responded = expectPost('/respond/shortcut');
    const res = await h.action({
      type: 'message_action',
      callback_id: 'find_source',
      trigger_id: 't1',
      response_url: `${API}/respond/shortcut`,
      user: { id: 'U6' },
      team: { id: 'T1' },
      channel: { id: 'C1' },
      message_ts: '9.9',
      message: { type: 'message', user: 'U2', ts: '9.9', text: 'I heard Qatar hosts a big US air base with 10,000 troops' },
    });
    expect(res.status).toBe(200);
    const msg = await responded;
    expect(msg.response_type).toBe('ephemeral');
    expect(text(msg)).toMatch(/Al Udeid Air Base/);
    expect(text(msg)).toMatch(/paragraph \d+/);
  });

  it('says so when nothing in the sources comes close', async () => {
    const responded = expectPost('/respond/shortcut2');
    await h.action({ type: 'message_action', callback_id: 'find_source', trigger_id: 't2', response_url: `${API}/respond/shortcut2`, user: { id: 'U6' }, team: { id: 'T1' }, channel: { id: 'C1' }, message_ts: '9.8', message: { type: 'message', user: 'U2', ts: '9.8', text: 'see you all at the standup tomorrow, bring snacks 🍕' } });
    expect((await responded).text).toMatch(/No source sentence comes close/);
  });
});

describe('More sources', () => {
  it('shows the other sentences privately, without replacing the answer', async () => {
    const responded = expectPost('/respond/more');
    await h.action(buttonClick('more_sources', { q: "Who did Netanyahu ask to convey assurances to Iran?", f: null }, 'U7', `${API}/respond/more`));
    const msg = await responded;
    expect(msg.response_type).toBe('ephemeral');
    expect(msg.replace_original).toBe(false);
    expect(text(msg)).toMatch(/More sources for/);
    expect(text(msg)).toMatch(/confidence \d+%/);
  });
});

describe('citations link to the original', () => {
  it('links the title when the document gives its address, escaped for Slack, and names the file otherwise', () => {
    const source = { document: 'leave.md', title: 'Leave | Time <off> & holidays', section: 'Basics', paragraph: 1, url: 'https://wiki.example.com/leave?a=1&b=<2>|x' };
    const answer: Answer = { question: 'how much leave?', answered: true, answer: '25 days', quote: 'Everyone gets 25 days of paid leave a year.', source, confidence: 0.9, alternatives: [], factId: 'leave#1' };
    const context = JSON.stringify(answerMessage(answer).blocks);
    expect(context).toContain('_<https://wiki.example.com/leave?a=1&amp;b=%3C2%3E%7Cx|Leave ¦ Time &lt;off&gt; &amp; holidays>_');
    const plain = JSON.stringify(answerMessage({ ...answer, source: { ...source, url: undefined } }).blocks);
    expect(plain).toContain('_Leave | Time &lt;off&gt; &amp; holidays_');
    expect(plain).not.toContain('https://');
  });
});

describe('buttons and the shortcut count against the per-person limit', () => {
  it('answers a button past the limit with the limit, privately, and others still get answers', async () => {
    const limited = await startHarness({ RATE_LIMIT_PER_MINUTE: '2' });
    try {
      const replies: Array<Record<string, any>> = [];
      for (let i = 0; i < 3; i++) {
        const responded = expectPost(`/respond/limit${i}`);
        await limited.action(buttonClick('more_sources', { q: 'who hosts the Al Udeid Air Base?', f: null }, 'U9', `${API}/respond/limit${i}`));
        replies.push(await responded);
      }
      expect(text(replies[1])).toMatch(/More sources for/);
      expect(replies[2].text).toMatch(/I answer up to 2 questions a minute per person/);
      expect(replies[2].response_type).toBe('ephemeral');
      const shortcut = expectPost('/respond/limit-shortcut');
      await limited.action({ type: 'message_action', callback_id: 'find_source', trigger_id: 't9', response_url: `${API}/respond/limit-shortcut`, user: { id: 'U9' }, team: { id: 'T1' }, channel: { id: 'C1' }, message_ts: '9.9', message: { type: 'message', user: 'U2', ts: '9.9', text: 'Qatar hosts the Al Udeid Air Base.' } });
      expect((await shortcut).text).toMatch(/questions a minute/);
      const other = expectPost('/respond/limit-other');
      await limited.action(buttonClick('more_sources', { q: 'who hosts the Al Udeid Air Base?', f: null }, 'U10', `${API}/respond/limit-other`));
      expect(text(await other)).toMatch(/More sources for/);
    } finally {
      await limited.stop();
    }
  });
});

describe('Slack limits on very long content', () => {
  const long = 'The council met again. '.repeat(400); // ~9,000 characters
  const alt = (i: number): Alternative => ({ factId: `d#${i}`, quote: long, source: { document: 'd.txt', title: 'T'.repeat(500), section: null, paragraph: i }, confidence: 0.5 });
  const answer: Answer = { question: 'q'.repeat(5000), answered: true, answer: 'x'.repeat(4000), quote: long, source: alt(0).source, confidence: 0.9, alternatives: Array.from({ length: 80 }, (_, i) => alt(i)), factId: 'd#0' };

  it('keeps every section within 3,000 characters and a message within 50 blocks', () => {
    const gaps = Array.from({ length: 40 }, (_, i) => ({ question: long, terms: ['council'], asked: i + 1, channels: ['C1'], firstAt: '2026-12-01T09:00:00Z', lastAt: '2026-12-02T09:00:00Z', ...(i % 2 ? { answered: { at: '2026-12-02T10:00:00Z', quote: long, title: 'T'.repeat(500) } } : {}) }));
    for (const msg of [
      answerMessage(answer, { ephemeral: true }),
      moreSourcesMessage(answer.question, answer.alternatives),
      answerMessage({ ...answer, answered: false }, { askExpert: true }),
      expertRequestMessage(long, Array.from({ length: 30 }, (_, i) => `U0EXPERT${i}`), 'U1'),
      feedbackAck('down', JSON.stringify({ q: long.slice(0, 1500), f: 'd#0' })),
      { text: 'home', blocks: homeView([], ['q'.repeat(500)], { gaps, verified: Array.from({ length: 30 }, (_, i) => ({ id: `v${i}`, text: long, author: 'U1', verifiedBy: { id: 'U2', name: 'n'.repeat(300) }, at: '2026-12-02T10:00:00Z', permalink: 'https://x.slack.com/archives/C1/p1', channel: 'C1' })) }).blocks },
    ]) {
      expect(msg.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
      for (const b of msg.blocks as any[]) {
        if (b.text?.text) expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
        if (b.type === 'rich_text') for (const part of b.elements) for (const t of part.elements) expect(t.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
        for (const e of b.elements ?? []) {
          if (e.text?.text && b.type === 'context') expect(e.text.text.length).toBeLessThanOrEqual(LIMITS.contextText);
          if (e.value) expect(e.value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
        }
      }
      expect(msg.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
    }
    // Slack's feedback buttons: values up to 2,000 characters, at most 5 elements in the block.
    const feedback = answerMessage(answer).blocks.at(-1) as any;
    expect(feedback.elements.length).toBeLessThanOrEqual(5);
    for (const b of [feedback.elements[0].positive_button, feedback.elements[0].negative_button]) expect(b.value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
    const modal = feedbackDetailView(JSON.stringify({ q: long, f: 'd#0' })) as any;
    expect(modal.private_metadata.length).toBeLessThanOrEqual(3000);
    expect(modal.title.text.length).toBeLessThanOrEqual(24);
    const prompts = suggestedPrompts(Array.from({ length: 9 }, () => long));
    expect(prompts.prompts.length).toBeLessThanOrEqual(4);
    for (const p of prompts.prompts) expect(p.title.length).toBeLessThanOrEqual(75);
  });
});
