import type { App } from '@slack/bolt';
import type { webApi } from '@slack/bolt';
import { answerMessage, rateLimitedMessage, suggestedPrompts } from '../../blocks.js';
import { publishHome } from '../../home.js';
import { askAndNote, expertsFor, safely, scopeFor, type BotContext } from '../../context.js';
import { addressedToSomeoneElse, looksLikeQuestion, withContext } from '../../threads.js';

type Client = webApi.WebClient;
/** Who the bot is in this workspace (Bolt's context: the installation's, with OAuth). */
interface Bot {
  botId?: string;
  botUserId?: string;
}
interface MessageEvent {
  channel_type?: string;
  subtype?: string;
  bot_id?: string;
  user?: string;
  text?: string;
  channel: string;
  ts: string;
  thread_ts?: string;
}

/** Mentions in channels (answered in the thread), follow-ups in those threads, direct messages, and the App Home and Messages tabs. */
export function registerEvents(app: App, ctx: BotContext): void {
  app.event('app_mention', async ({ event, client, body }) => {
    const e = event as typeof event & { subtype?: string; edited?: unknown; bot_id?: string };
    if (e.subtype || e.edited || e.bot_id || !e.user) return;
    if (ctx.config.answerChannels && !ctx.config.answerChannels.has(e.channel)) return;
    if (!(await mine(ctx, client, (body as { event_id?: string }).event_id, { channel: e.channel, ts: e.ts, threadTs: e.thread_ts ?? e.ts }))) return;
    await answerInThread(ctx, client, { channel: e.channel, user: e.user, ts: e.ts, threadTs: e.thread_ts ?? e.ts, question: e.text });
  });

  app.message(async ({ message, say, body, client, context }) => {
    const m = message as MessageEvent;
    // Edits, deletions, joins and bots are not questions.
    if (m.subtype || m.bot_id || !m.user) return;
    if (m.channel_type === 'im') return directMessage(ctx, client, m, (x) => say(x as never), (body as { event_id?: string }).event_id);
    if (m.thread_ts && m.thread_ts !== m.ts) return threadReply(ctx, client, m, (body as { event_id?: string }).event_id, { botId: context.botId, botUserId: context.botUserId });
  });

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab === 'messages') {
      // The agent view: what to ask, made from the documents (examples the engine answers).
      if (ctx.examples.length === 0) return;
      const prompts = suggestedPrompts(ctx.examples);
      // Optional: an app installed without the agent view (or without assistant:write) is refused, quietly.
      await bestEffort(ctx, () => client.assistant.threads.setSuggestedPrompts({ channel_id: event.channel, ...prompts } as never));
      return;
    }
    if (event.tab === 'home') await publishHome(ctx, client, event.user);
  });
}

/** A question in a channel thread (a mention, or a follow-up): answered there, as the channel may see it. */
async function answerInThread(ctx: BotContext, client: Client, q: { channel: string; user: string; ts: string; threadTs: string; question: string; asked?: string }): Promise<void> {
  if (!(await ctx.limiter.allow(q.user))) {
    await safely(ctx, 'chat.postEphemeral', () => client.chat.postEphemeral({ channel: q.channel, user: q.user, thread_ts: q.threadTs, ...rateLimitedMessage(ctx.config.ratePerMinute) }));
    await ctx.claims.done(messageKey(q.channel, q.ts));
    return;
  }
  // Posted in the channel: only what that channel may quote, never a private collection.
  const a = await askAndNote(ctx, q.question, q.channel, { scope: scopeFor(ctx, q.channel, 'channel') });
  const msg = answerMessage(a, { askExpert: expertsFor(ctx, q.channel).length > 0 });
  // Noted before posting: a reply can arrive while the answer is still on its way.
  ctx.threads.note(q.channel, q.threadTs, q.asked ?? a.question);
  await safely(ctx, 'chat.postMessage (answer in thread)', () => client.chat.postMessage({ channel: q.channel, thread_ts: q.threadTs, ...msg, metadata: answerMetadata(q.ts) }));
  // Answered, or given up on after the client's retries (logged): either way Slack's next delivery is a duplicate.
  await ctx.claims.done(messageKey(q.channel, q.ts));
}

async function directMessage(ctx: BotContext, client: Client, m: MessageEvent, say: (m: object) => Promise<unknown>, eventId: string | undefined): Promise<void> {
  if (!(await mine(ctx, client, eventId, { channel: m.channel, ts: m.ts, threadTs: m.thread_ts }))) return;
  if (!(await ctx.limiter.allow(m.user!))) {
    await safely(ctx, 'chat.postMessage (rate limit)', () => client.chat.postMessage({ channel: m.channel, ...rateLimitedMessage(ctx.config.ratePerMinute) }));
    await ctx.claims.done(messageKey(m.channel, m.ts));
    return;
  }
  const threadTs = m.thread_ts ?? m.ts;
  // The agent view's "thinking" line; Slack clears it when the answer arrives in the thread.
  await bestEffort(ctx, () => client.assistant.threads.setStatus({ channel_id: m.channel, thread_ts: threadTs, status: `is searching ${ctx.engine.table.documents.length} ${ctx.engine.table.documents.length === 1 ? 'document' : 'documents'}…` }));
  const previous = m.thread_ts ? ctx.threads.last(m.channel, m.thread_ts) : undefined;
  const question = withContext(m.text ?? '', previous);
  const a = await askAndNote(ctx, question, m.channel, { scope: scopeFor(ctx, m.channel, 'privately') });
  if (m.thread_ts) ctx.threads.note(m.channel, m.thread_ts, a.question);
  await safely(ctx, 'chat.postMessage (DM answer)', () => say({ ...answerMessage(a), ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}), metadata: answerMetadata(m.ts) }));
  await ctx.claims.done(messageKey(m.channel, m.ts));
  // A top-level answer is not in the status's thread: cleared by hand.
  if (!m.thread_ts) await bestEffort(ctx, () => client.assistant.threads.setStatus({ channel_id: m.channel, thread_ts: threadTs, status: '' }));
}

/**
 * A reply in a channel thread: a follow-up when the bot has answered in that thread, it asks
 * something, and it is not addressed to someone else. A mention of the bot is app_mention's.
 */
async function threadReply(ctx: BotContext, client: Client, m: MessageEvent, eventId: string | undefined, bot: Bot): Promise<void> {
  const text = m.text ?? '';
  const { botUserId } = bot;
  if (ctx.config.answerChannels && !ctx.config.answerChannels.has(m.channel)) return;
  if (botUserId && text.includes(`<@${botUserId}`)) return;
  if (addressedToSomeoneElse(text, botUserId) || !looksLikeQuestion(text)) return;
  if (ctx.threads.knownNotMine(m.channel, m.thread_ts!)) return;
  const previous = ctx.threads.last(m.channel, m.thread_ts!) ?? (await previousQuestion(ctx, client, m.channel, m.thread_ts!, bot));
  // null: Slack could not say (the thread is read again next time); undefined: not the bot's thread.
  if (previous === null) return;
  if (previous === undefined) {
    ctx.threads.noteNotMine(m.channel, m.thread_ts!);
    return;
  }
  if (!(await mine(ctx, client, eventId, { channel: m.channel, ts: m.ts, threadTs: m.thread_ts }))) return;
  await answerInThread(ctx, client, { channel: m.channel, user: m.user!, ts: m.ts, threadTs: m.thread_ts!, question: withContext(text, previous), asked: text });
}

/**
 * After a restart (or on another instance) the thread is read back: undefined when the bot has
 * not answered in it, null when Slack could not say, else the question its last answer there was for.
 */
async function previousQuestion(ctx: BotContext, client: Client, channel: string, threadTs: string, bot: Bot): Promise<string | undefined | null> {
  const { botId, botUserId } = bot;
  if (!botId && !botUserId) return null;
  let messages: MessageEvent[] = [];
  const ok = await safely(ctx, 'conversations.replies (follow-up)', async () => {
    const res = await client.conversations.replies({ channel, ts: threadTs, limit: 100 });
    messages = (res.messages ?? []) as MessageEvent[];
  });
  if (!ok) return null;
  const mine = (x: MessageEvent) => (botId && x.bot_id === botId) || (botUserId && x.user === botUserId);
  const last = messages.map((x, i) => (mine(x) ? i : -1)).filter((i) => i >= 0).pop();
  if (last === undefined) return undefined;
  for (let i = last - 1; i >= 0; i--) if (!mine(messages[i]) && messages[i].text) return (messages[i].text ?? '').replace(/<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g, ' ').trim();
  return '';
}

/** Past this an optional call (the status line) is left to finish on its own: the answer does not wait. */
const OPTIONAL_CALL_MS = 2000;

/** A call whose failure costs nothing a person needs (the status line): logged quietly, never waited on long. */
async function bestEffort(ctx: BotContext, call: () => Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([ctx.gate.run(call), new Promise((resolve) => (timer = setTimeout(resolve, OPTIONAL_CALL_MS)))]);
  } catch (err) {
    ctx.logger.debug(`optional Slack call failed: ${(err as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Slack retries an event it thinks went unanswered (to any instance), and sends a DM mention as
 * two events: a message is answered once. The claim is on the message; with the database store
 * it is shared, and a claim left unfinished (its instance died) is taken over.
 */
async function firstDelivery(ctx: BotContext, eventId: string | undefined, channel: string, ts: string): Promise<false | 'first' | 'takeover'> {
  if (eventId && !ctx.recent.firstTime(`event:${eventId}`)) return false;
  return ctx.claims.claim(messageKey(channel, ts));
}

/** Every answer says which message it answers (message metadata), so another instance can tell it was sent. */
export const ANSWER_EVENT = 'fact_answer';
const answerMetadata = (ts: string) => ({ event_type: ANSWER_EVENT, event_payload: { for: ts } });

/**
 * Taking over a claim another instance left unfinished: it may have answered and died before
 * saying so. The conversation is read back for an answer to this message; if Slack cannot say,
 * answering again is preferred to leaving the question unanswered.
 */
async function answeredAlready(ctx: BotContext, client: Client, channel: string, threadTs: string | undefined, ts: string): Promise<boolean> {
  let found = false;
  await safely(ctx, 'reading back a taken-over answer', async () => {
    const res = threadTs
      ? await client.conversations.replies({ channel, ts: threadTs, include_all_metadata: true, limit: 200 })
      : await client.conversations.history({ channel, oldest: ts, include_all_metadata: true, limit: 50 });
    const messages = (res.messages ?? []) as Array<{ metadata?: { event_type?: string; event_payload?: { for?: string } } }>;
    found = messages.some((m) => m.metadata?.event_type === ANSWER_EVENT && m.metadata.event_payload?.for === ts);
  });
  return found;
}

/** Claimed, and not answered already by an instance that died before saying so. */
async function mine(ctx: BotContext, client: Client, eventId: string | undefined, m: { channel: string; ts: string; threadTs?: string }): Promise<boolean> {
  const claim = await firstDelivery(ctx, eventId, m.channel, m.ts);
  if (!claim) return false;
  if (claim === 'takeover' && (await answeredAlready(ctx, client, m.channel, m.threadTs, m.ts))) {
    await ctx.claims.done(messageKey(m.channel, m.ts));
    return false;
  }
  return true;
}

const messageKey = (channel: string, ts: string) => `message:${channel}:${ts}`;
