import type { App, MessageShortcut } from '@slack/bolt';
import { EVIDENCE_FLOOR } from '../../../answer/answer.js';
import { moreSourcesMessage, rateLimitedMessage, saveFactView } from '../../blocks.js';
import { safely, scopeFor, type BotContext } from '../../context.js';
import { plainMessageText } from '../../../store/verified.js';

export const FIND_SOURCE = 'find_source';
export const SAVE_FACT = 'save_fact';

/** "Find the source" on any message: the facts that support or come closest to what it says. */
export function registerShortcuts(app: App, ctx: BotContext): void {
  app.shortcut<MessageShortcut>(FIND_SOURCE, async ({ ack, shortcut, respond }) => {
    await ack();
    if (!(await ctx.limiter.allow(shortcut.user.id))) {
      await safely(ctx, 'respond (rate limit)', () => respond({ response_type: 'ephemeral', ...rateLimitedMessage(ctx.config.ratePerMinute) }));
      return;
    }
    const text = shortcut.message.text ?? '';
    const a = await ctx.engine.ask(text, { alternatives: 3, scope: scopeFor(ctx, shortcut.channel?.id, 'privately') });
    // Only facts close enough to count as evidence; mere suggestions are no source of anything said.
    const close = a.alternatives.filter((alt) => alt.confidence >= EVIDENCE_FLOOR);
    const found = a.answered ? [{ factId: a.factId!, quote: a.quote!, source: a.source!, confidence: a.confidence }, ...close].slice(0, 3) : close;
    const msg = found.length
      ? moreSourcesMessage(a.question || 'this message', found)
      : { text: 'No source sentence comes close to that message.', blocks: [] };
    await safely(ctx, 'respond (find the source)', () => respond({ response_type: 'ephemeral', ...msg }));
  });

  // "Save as a fact": a curator turns a message (an expert's reply, typically) into a verified fact.
  app.shortcut<MessageShortcut>(SAVE_FACT, async ({ ack, shortcut, respond, client }) => {
    await ack();
    const say = (text: string) => safely(ctx, 'respond (save as a fact)', () => respond({ response_type: 'ephemeral', text }));
    if (!ctx.config.curators.has(shortcut.user.id)) {
      await say('Only curators can save messages as facts. Ask one of them, or an admin to add you to CURATORS.');
      return;
    }
    if (!ctx.verified) {
      await say("Saving facts isn't available on this instance.");
      return;
    }
    if (!(await ctx.limiter.allow(shortcut.user.id))) {
      await say(rateLimitedMessage(ctx.config.ratePerMinute).text);
      return;
    }
    const text = plainMessageText(shortcut.message.text ?? '');
    if (!text) {
      await say('That message has no text to save.');
      return;
    }
    const meta = { channel: shortcut.channel?.id ?? null, ts: shortcut.message.ts, author: shortcut.message.user ?? null };
    await safely(ctx, 'views.open (save as a fact)', () => client.views.open({ trigger_id: shortcut.trigger_id, view: saveFactView(text, meta) as never }));
  });
}
