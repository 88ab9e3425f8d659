import type { App, MessageShortcut } from '@slack/bolt';
import { moreSourcesMessage } from '../../blocks.js';
import { safely, type BotContext } from '../../context.js';

export const FIND_SOURCE = 'find_source';
const RELATED_FLOOR = 0.3;

/** "Find the source" on any message: the facts that support or come closest to what it says. */
export function registerShortcuts(app: App, ctx: BotContext): void {
  app.shortcut<MessageShortcut>(FIND_SOURCE, async ({ ack, shortcut, respond }) => {
    await ack();
    const text = shortcut.message.text ?? '';
    const a = ctx.engine.ask(text, { alternatives: 3 });
    // Suggestions below this are what happens to share a word or two: not a source of anything said.
    const close = a.alternatives.filter((alt) => alt.confidence >= RELATED_FLOOR);
    const found = a.answered ? [{ factId: a.factId!, quote: a.quote!, source: a.source!, confidence: a.confidence }, ...close].slice(0, 3) : close;
    const msg = found.length
      ? moreSourcesMessage(a.question || 'this message', found)
      : { text: 'No source sentence comes close to that message.', blocks: [] };
    await safely(ctx, 'respond (find the source)', () => respond({ response_type: 'ephemeral', ...msg }));
  });
}
