import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTIONS, answerMessage, feedbackAck, moreSourcesMessage, rateLimitedMessage } from '../../blocks.js';
import { parseActionValue, safely, scopeFor, type BotContext } from '../../context.js';

/** Buttons on answers: share, more sources, 👍 / 👎; and the example questions on App Home. */
export function registerActions(app: App, ctx: BotContext): void {
  // Each button answers a question again: the same per-person limit as asking.
  const limited = async (user: string, respond: (m: object) => Promise<unknown>) => {
    if (ctx.limiter.allow(user)) return false;
    await safely(ctx, 'respond (rate limit)', () => respond({ response_type: 'ephemeral', replace_original: false, ...rateLimitedMessage(ctx.config.ratePerMinute) }));
    return true;
  };

  app.action<BlockAction<ButtonAction>>(ACTIONS.share, async ({ ack, action, body, respond }) => {
    await ack();
    const v = parseActionValue(action.value);
    if (!v || (await limited(body.user.id, respond))) return;
    // Shared into the channel: answered again as the channel may see it, so a private source never goes public.
    const msg = answerMessage(await ctx.engine.ask(v.q, { scope: scopeFor(ctx, body.channel?.id, 'channel') }), { sharedBy: body.user.id });
    await safely(ctx, 'respond (share)', () => respond({ response_type: 'in_channel', delete_original: true, ...msg }));
  });

  app.action<BlockAction<ButtonAction>>(ACTIONS.more, async ({ ack, action, body, respond }) => {
    await ack();
    const v = parseActionValue(action.value);
    if (!v || (await limited(body.user.id, respond))) return;
    const a = await ctx.engine.ask(v.q, { scope: scopeFor(ctx, body.channel?.id, 'privately') });
    await safely(ctx, 'respond (more sources)', () => respond({ response_type: 'ephemeral', replace_original: false, ...moreSourcesMessage(a.question, a.alternatives) }));
  });

  for (const [id, verdict] of [[ACTIONS.feedbackUp, 'up'], [ACTIONS.feedbackDown, 'down']] as const) {
    app.action<BlockAction<ButtonAction>>(id, async ({ ack, action, body, respond }) => {
      await ack();
      const v = parseActionValue(action.value);
      if (!v || (await limited(body.user.id, respond))) return;
      const saved = await safely(ctx, 'recording feedback', () => ctx.feedback.record({ question: v.q, factId: v.f, userId: body.user.id, verdict, at: new Date().toISOString() }));
      const msg = saved ? feedbackAck(verdict) : { text: "Sorry, I couldn't save that feedback just now.", blocks: [] };
      await safely(ctx, 'respond (feedback)', () => respond({ response_type: 'ephemeral', replace_original: false, ...msg }));
    });
  }

  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTIONS.example}_\\d+$`), async ({ ack, action, body, client }) => {
    await ack();
    // App Home has no response_url: a refusal goes where the answer would have.
    if (await limited(body.user.id, (m) => client.chat.postMessage({ channel: body.user.id, ...(m as ReturnType<typeof rateLimitedMessage>) }))) return;
    const msg = answerMessage(await ctx.engine.ask(action.value ?? '', { scope: scopeFor(ctx, undefined, 'privately') }));
    // From App Home the answer goes to the user's messages tab with the bot.
    await safely(ctx, 'chat.postMessage (example)', () => client.chat.postMessage({ channel: body.user.id, ...msg }));
  });
}
