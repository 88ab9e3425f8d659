import type { App, MessageShortcut } from '@slack/bolt';
import { EVIDENCE_FLOOR } from '../../../answer/answer.js';
import { moreSourcesMessage, rateLimitedMessage } from '../../blocks.js';
import { safely, scopeFor, type BotContext } from '../../context.js';

export const FIND_SOURCE = 'find_source';

/** "Find the source" on any message: the facts that support or come closest to what it says. */
export function registerShortcuts(app: App, ctx: BotContext): void {
  app.shortcut<MessageShortcut>(FIND_SOURCE, async ({ ack, shortcut, respond }) => {
    await ack();
    if (!ctx.limiter.allow(shortcut.user.id)) {
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
}
