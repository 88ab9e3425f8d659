import type { App } from '@slack/bolt';
import { answerMessage, homeView, rateLimitedMessage } from '../../blocks.js';
import { safely, scopeFor, type BotContext } from '../../context.js';

/** Mentions in channels (answered in the thread), direct messages, and the App Home tab. */
export function registerEvents(app: App, ctx: BotContext): void {
  app.event('app_mention', async ({ event, client, body }) => {
    const e = event as typeof event & { subtype?: string; edited?: unknown; bot_id?: string };
    if (e.subtype || e.edited || e.bot_id || !e.user) return;
    if (ctx.config.answerChannels && !ctx.config.answerChannels.has(e.channel)) return;
    if (!firstDelivery(ctx, (body as { event_id?: string }).event_id, e.channel, e.ts)) return;
    const threadTs = e.thread_ts ?? e.ts;
    if (!ctx.limiter.allow(e.user)) {
      await safely(ctx, 'chat.postEphemeral', () => client.chat.postEphemeral({ channel: e.channel, user: e.user!, thread_ts: threadTs, ...rateLimitedMessage(ctx.config.ratePerMinute) }));
      return;
    }
    // Posted in the channel: only what that channel may quote, never a private collection.
    const msg = answerMessage(await ctx.engine.ask(e.text, { scope: scopeFor(ctx, e.channel, 'channel') }));
    await safely(ctx, 'chat.postMessage (mention answer)', () => client.chat.postMessage({ channel: e.channel, thread_ts: threadTs, ...msg }));
  });

  app.message(async ({ message, say, body, client }) => {
    const m = message as { channel_type?: string; subtype?: string; bot_id?: string; user?: string; text?: string; channel: string; ts: string; thread_ts?: string };
    // Only direct messages; channel chatter, edits, deletions and bots are not questions.
    if (m.channel_type !== 'im' || m.subtype || m.bot_id || !m.user) return;
    if (!firstDelivery(ctx, (body as { event_id?: string }).event_id, m.channel, m.ts)) return;
    if (!ctx.limiter.allow(m.user)) {
      await safely(ctx, 'chat.postMessage (rate limit)', () => client.chat.postMessage({ channel: m.channel, ...rateLimitedMessage(ctx.config.ratePerMinute) }));
      return;
    }
    const msg = answerMessage(await ctx.engine.ask(m.text ?? '', { scope: scopeFor(ctx, m.channel, 'privately') }));
    await safely(ctx, 'chat.postMessage (DM answer)', () => say({ ...msg, ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}) }));
  });

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await safely(ctx, 'views.publish', () => client.views.publish({ user_id: event.user, view: homeView(ctx.engine.table.documents, ctx.examples) as unknown as Parameters<typeof client.views.publish>[0]['view'] }));
  });
}

/** Slack retries an event it thinks went unanswered, and sends a DM mention as two events: answer once. */
function firstDelivery(ctx: BotContext, eventId: string | undefined, channel: string, ts: string): boolean {
  const byEvent = eventId ? ctx.recent.firstTime(`event:${eventId}`) : true;
  const byMessage = ctx.recent.firstTime(`message:${channel}:${ts}`);
  return byEvent && byMessage;
}
