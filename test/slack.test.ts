import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buttonClick, expectPost, startHarness, type Harness } from './slack-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ RATE_LIMIT_PER_MINUTE: '50' });
});
afterAll(async () => h.stop());
afterEach(() => nock.cleanAll());

const blocksText = (m: Record<string, any>) => JSON.stringify(m.blocks);
const mention = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'app_mention', user: 'U1', text, channel: 'C1', ts: `${Date.now()}.${Math.floor(Math.random() * 1e6)}`, ...extra });

describe('mentions in a channel', () => {
  it('answers in the thread of the asking message, with the quote, source, buttons and a fallback text', async () => {
    const posted = expectPost('/api/chat.postMessage');
    const ev = mention("<@U0LAN0Z89> Who did Netanyahu ask to convey assurances to Iran?");
    const res = await h.event(ev);
    expect(res.status).toBe(200);
    const msg = await posted;
    expect(msg.channel).toBe('C1');
    expect(msg.thread_ts).toBe(ev.ts);
    expect(msg.text).toMatch(/Vladimir Putin/);
    // The short answer in bold and the sentence as a rich-text quote.
    const rich = msg.blocks.find((b: any) => b.type === 'rich_text');
    expect(rich.elements[0].elements[0]).toEqual({ type: 'text', text: 'Vladimir Putin', style: { bold: true } });
    expect(rich.elements[1].type).toBe('rich_text_quote');
    expect(rich.elements[1].elements[0].text).toMatch(/Putin to convey assurances to Iran/);
    expect(blocksText(msg)).toMatch(/Vladimir Putin to convey|Putin to convey/);
    expect(blocksText(msg)).toMatch(/Netanyahu used Putin to relay message/);
    const actions = msg.blocks.find((b: any) => b.type === 'actions').elements.map((e: any) => e.action_id);
    expect(actions).toEqual(['more_sources']);
    // Slack's own 👍 / 👎, last, each carrying the question, the fact and its verdict.
    const feedback = msg.blocks.at(-1);
    expect(feedback.type).toBe('context_actions');
    expect(feedback.elements[0]).toMatchObject({ type: 'feedback_buttons', action_id: 'answer_feedback' });
    expect(JSON.parse(feedback.elements[0].negative_button.value)).toMatchObject({ v: 'down', f: expect.any(String) });
  });

  it('answers a mention inside a thread in that thread', async () => {
    const posted = expectPost('/api/chat.postMessage');
    await h.event(mention('<@U0LAN0Z89> how many troops at Al Udeid?', { thread_ts: '111.222' }));
    expect((await posted).thread_ts).toBe('111.222');
  });

  it('says honestly when the sources do not answer, offering suggestions as such', async () => {
    const posted = expectPost('/api/chat.postMessage');
    await h.event(mention('<@U0LAN0Z89> What is the capital of France?'));
    const msg = await posted;
    expect(msg.text).toBe("I'm not confident the sources answer that.");
    expect(blocksText(msg)).not.toMatch(/feedback_buttons|ask_expert/);
  });

  it('escapes the question so <!channel> can never ping anyone', async () => {
    const posted = expectPost('/api/chat.postMessage');
    await h.event(mention('<@U0LAN0Z89> what about <!channel> and <@U999> & the weather?'));
    const text = blocksText(await posted);
    expect(text).not.toMatch(/<!channel>|<@U999>/);
  });

  it('answers a retried event once', async () => {
    let posts = 0;
    nock('http://slack.test').post('/api/chat.postMessage').times(3).reply(200, () => {
      posts++;
      return { ok: true };
    });
    const ev = mention('<@U0LAN0Z89> who hosts the Al Udeid Air Base?');
    await h.event(ev, { eventId: 'EvRetry1' });
    await h.event(ev, { eventId: 'EvRetry1', retryNum: 1 });
    await new Promise((r) => setTimeout(r, 300));
    expect(posts).toBe(1);
  });

  it('ignores edited messages and other bots', async () => {
    let posts = 0;
    nock('http://slack.test').post('/api/chat.postMessage').times(2).reply(200, () => {
      posts++;
      return { ok: true };
    });
    await h.event(mention('<@U0LAN0Z89> who?', { edited: { user: 'U1', ts: '1' } }));
    await h.event(mention('<@U0LAN0Z89> who?', { bot_id: 'B2' }));
    await new Promise((r) => setTimeout(r, 300));
    expect(posts).toBe(0);
  });

  it('keeps serving when Slack answers ok:false', async () => {
    const failed = expectPost('/api/chat.postMessage', { ok: false, error: 'not_in_channel' });
    await h.event(mention('<@U0LAN0Z89> who hosts the Al Udeid Air Base?'));
    await failed;
    const posted = expectPost('/api/chat.postMessage');
    await h.event(mention('<@U0LAN0Z89> who hosts the Al Udeid Air Base?'));
    expect((await posted).text).toMatch(/Qatar/);
  });
});

describe('direct messages', () => {
  it('answers in the DM and ignores channel chatter', async () => {
    const posted = expectPost('/api/chat.postMessage');
    await h.event({ type: 'message', channel_type: 'channel', user: 'U1', text: 'who carried the message', channel: 'C1', ts: '5.1' });
    await h.event({ type: 'message', channel_type: 'im', user: 'U1', text: 'how many people were killed?', channel: 'D1', ts: '5.2' });
    const msg = await posted;
    expect(msg.channel).toBe('D1');
    expect(msg.text).toMatch(/2,500 and 3,400/);
  });
});

describe('/ask', () => {
  it('acknowledges at once and answers privately with a Share button', async () => {
    const responded = expectPost('/respond/cmd');
    const res = await h.command("Who did Netanyahu ask to convey assurances to Iran?");
    expect(res.status).toBe(200);
    const msg = await responded;
    expect(msg.response_type).toBe('ephemeral');
    expect(blocksText(msg)).toMatch(/share_answer/);
    expect(blocksText(msg)).toMatch(/Vladimir Putin to convey|Putin to convey/);
  });

  it('explains usage for help and an empty command, and lists sources', async () => {
    let responded = expectPost('/respond/cmd');
    await h.command('');
    const help = blocksText(await responded);
    expect(help).toMatch(/\/ask &lt;question&gt;/);
    expect(help).not.toMatch(/<question>/);
    responded = expectPost('/respond/cmd');
    await h.command('sources');
    const msg = await responded;
    expect(blocksText(msg)).toMatch(/000_cb94fd3ac9777377.txt.*facts/);
  });

  it('previews the next digest privately for /ask digest', async () => {
    const responded = expectPost('/respond/cmd');
    await h.command('digest');
    const msg = await responded;
    expect(msg.response_type).toBe('ephemeral');
    expect(msg.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Fact digest · Sunday, 22 November 2026' } });
    expect(blocksText(msg)).toMatch(/Preview: only you can see this\. The daily digest is off: set DIGEST_CHANNEL/);
    expect(msg.blocks.filter((b: any) => b.type === 'section')).toHaveLength(3);
    expect(blocksText(msg)).toMatch(/paragraph \d+/);
  });

  it('shares the answer in the channel when the button is pressed', async () => {
    const responded = expectPost('/respond/share');
    await h.action(buttonClick('share_answer', { q: 'who hosts the Al Udeid Air Base?', f: null }, 'U7', 'http://slack.test/respond/share'));
    const msg = await responded;
    expect(msg.response_type).toBe('in_channel');
    expect(blocksText(msg)).toMatch(/shared by <@U7>/);
  });

  it('records 👎 feedback and acknowledges it', async () => {
    const responded = expectPost('/respond/fb');
    await h.action(buttonClick('feedback_down', { q: 'who?', f: 'doc#1' }, 'U8', 'http://slack.test/respond/fb'));
    expect((await responded).text).toMatch(/didn't help/);
    expect(h.feedback.at(-1)).toMatchObject({ question: 'who?', factId: 'doc#1', userId: 'U8', verdict: 'down' });
  });
});

describe('request verification', () => {
  it('rejects a bad signature and a stale timestamp', async () => {
    const body = JSON.stringify({ type: 'event_callback', event: mention('<@U0LAN0Z89> hi') });
    expect((await h.post(body, 'application/json', { secret: 'wrong' })).status).toBe(401);
    expect((await h.post(body, 'application/json', { secret: null })).status).toBe(401);
    expect((await h.post(body, 'application/json', { ts: Math.floor(Date.now() / 1000) - 600 })).status).toBe(401);
  });

  it('answers GET /healthz', async () => {
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
  });
});
