import type { App, BlockAction, ButtonAction, FeedbackButtonsAction } from '@slack/bolt';
import { ACTIONS, actionValue, answerMessage, expertRequestMessage, feedbackAck, feedbackDetailView, moreSourcesMessage, rateLimitedMessage, saveFactView } from '../../blocks.js';
import { publishHome } from '../../home.js';
import { expertsFor, parseActionValue, safely, scopeFor, type BotContext } from '../../context.js';

/** Buttons on answers: share, more sources, 👍 / 👎 (and what was wrong), ask an expert; the example questions on App Home. */
export function registerActions(app: App, ctx: BotContext): void {
  // Each button answers a question again: the same per-person limit as asking.
  const limited = async (user: string, respond: (m: object) => Promise<unknown>) => {
    if (await ctx.limiter.allow(user)) return false;
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

  const recordVerdict = async (value: string | undefined, verdict: 'up' | 'down' | undefined, user: string, respond: (m: object) => Promise<unknown>) => {
    const v = parseActionValue(value);
    const said = verdict ?? v?.v;
    if (!v || !said || (await limited(user, respond))) return;
    const saved = await safely(ctx, 'recording feedback', () => ctx.feedback.record({ question: v.q, factId: v.f, userId: user, verdict: said, at: new Date().toISOString() }));
    const msg = saved ? feedbackAck(said, actionValue({ question: v.q, factId: v.f })) : { text: "Sorry, I couldn't save that feedback just now.", blocks: [] };
    await safely(ctx, 'respond (feedback)', () => respond({ response_type: 'ephemeral', replace_original: false, ...msg }));
  };
  // Slack's own feedback buttons: the verdict travels in the pressed button's value.
  app.action<BlockAction<FeedbackButtonsAction>>(ACTIONS.feedback, async ({ ack, action, body, respond }) => {
    await ack();
    await recordVerdict(action.value, undefined, body.user.id, respond);
  });
  // Answers posted before the native buttons carry these two.
  for (const [id, verdict] of [[ACTIONS.feedbackUp, 'up'], [ACTIONS.feedbackDown, 'down']] as const) {
    app.action<BlockAction<ButtonAction>>(id, async ({ ack, action, body, respond }) => {
      await ack();
      await recordVerdict(action.value, verdict, body.user.id, respond);
    });
  }

  app.action<BlockAction<ButtonAction>>(ACTIONS.feedbackDetail, async ({ ack, action, body, client, respond }) => {
    await ack();
    if (await limited(body.user.id, respond)) return;
    await safely(ctx, 'views.open (what was wrong)', () => client.views.open({ trigger_id: body.trigger_id, view: feedbackDetailView(action.value ?? '') as never }));
  });

  app.action<BlockAction<ButtonAction>>(ACTIONS.askExpert, async ({ ack, action, body, client, respond }) => {
    await ack();
    const v = parseActionValue(action.value);
    const channel = body.channel?.id;
    const message = body.message as { ts?: string; thread_ts?: string } | undefined;
    if (!v || !channel || (await limited(body.user.id, respond))) return;
    const experts = expertsFor(ctx, channel);
    if (experts.length === 0) {
      await safely(ctx, 'respond (no experts)', () => respond({ response_type: 'ephemeral', replace_original: false, text: 'No experts are set up for this channel (EXPERTS or CHANNEL_EXPERTS).' }));
      return;
    }
    // Asked once per answer: the button is replaced by who asked, so a second click pings nobody again.
    const once = `expert:${channel}:${message?.ts ?? ''}`;
    if (!(await ctx.claims.claim(once))) return;
    const threadTs = message?.thread_ts ?? message?.ts;
    const posted = await safely(ctx, 'chat.postMessage (ask an expert)', () => client.chat.postMessage({ channel, ...(threadTs ? { thread_ts: threadTs } : {}), ...expertRequestMessage(v.q, experts, body.user.id) }));
    if (!posted) {
      await ctx.claims.forget(once);
      await safely(ctx, 'respond (ask an expert failed)', () => respond({ response_type: 'ephemeral', replace_original: false, text: "Sorry, I couldn't reach the experts just now. Try the button again in a moment." }));
      return;
    }
    await ctx.claims.done(once);
    const original = (body.message as { blocks?: Array<Record<string, unknown>> } | undefined)?.blocks;
    if (!original) return;
    const blocks = original.map((b) => (b.block_id === 'decline_actions' ? { type: 'context', elements: [{ type: 'mrkdwn', text: `<@${body.user.id}> asked the experts in this thread.` }] } : b));
    await safely(ctx, 'respond (asked the experts)', () => respond({ replace_original: true, text: "I'm not confident the sources answer that.", blocks: blocks as never }));
  });

  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTIONS.example}_\\d+$`), async ({ ack, action, body, client }) => {
    await ack();
    // App Home has no response_url: a refusal goes where the answer would have.
    if (await limited(body.user.id, (m) => client.chat.postMessage({ channel: body.user.id, ...(m as ReturnType<typeof rateLimitedMessage>) }))) return;
    const msg = answerMessage(await ctx.engine.ask(action.value ?? '', { scope: scopeFor(ctx, undefined, 'privately') }));
    // From App Home the answer goes to the user's messages tab with the bot.
    await safely(ctx, 'chat.postMessage (example)', () => client.chat.postMessage({ channel: body.user.id, ...msg }));
  });

  // App Home, for curators: edit or remove a verified fact.
  app.action<BlockAction<ButtonAction>>(ACTIONS.verifiedEdit, async ({ ack, action, body, client }) => {
    await ack();
    if (!ctx.verified || !ctx.config.curators.has(body.user.id)) return;
    const fact = ctx.verified.store.list().find((f) => f.id === action.value);
    if (!fact) return publishHome(ctx, client, body.user.id);
    await safely(ctx, 'views.open (edit a verified fact)', () => client.views.open({ trigger_id: body.trigger_id, view: saveFactView(fact.text, { id: fact.id }, true) as never }));
  });

  app.action<BlockAction<ButtonAction>>(ACTIONS.verifiedRemove, async ({ ack, action, body, client }) => {
    await ack();
    if (!ctx.verified || !ctx.config.curators.has(body.user.id)) return;
    try {
      if (await ctx.verified.store.remove(action.value ?? '')) await ctx.verified.changed();
    } catch (err) {
      ctx.logger.error(`removing a verified fact failed: ${(err as Error).message}`);
    }
    await publishHome(ctx, client, body.user.id);
  });
}
