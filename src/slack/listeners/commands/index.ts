import type { App } from '@slack/bolt';
import { inScope } from '../../../answer/answer.js';
import { answerMessage, helpMessage, rateLimitedMessage, sourcesMessage } from '../../blocks.js';
import { askAndNote, safely, scopeFor, type BotContext } from '../../context.js';

/** `/ask <question>`, `/ask help`, `/ask sources`, `/ask digest`: acknowledged at once, answered privately. */
export function registerCommands(app: App, ctx: BotContext): void {
  app.command('/ask', async ({ command, ack, respond }) => {
    await ack();
    const text = (command.text ?? '').trim();
    const word = text.toLowerCase();
    // Answered privately: the channel's collections, private ones included.
    const scope = scopeFor(ctx, command.channel_id, 'privately');
    let msg;
    if (word === '' || word === 'help') msg = helpMessage(ctx.examples);
    else if (word === 'sources') msg = sourcesMessage(ctx.engine.table.documents.filter((d) => inScope(d, scope)));
    else if (word === 'digest' && ctx.digestPreview) msg = await ctx.digestPreview().catch((err: Error) => {
      ctx.logger.error(`digest preview failed: ${err.message}`);
      return { text: "Sorry, I couldn't put the digest together just now.", blocks: [] };
    });
    else if (!(await ctx.limiter.allow(command.user_id))) msg = rateLimitedMessage(ctx.config.ratePerMinute);
    else msg = answerMessage(await askAndNote(ctx, text, command.channel_id, { scope }), { ephemeral: true });
    await safely(ctx, 'respond (/ask)', () => respond({ response_type: 'ephemeral', ...msg }));
  });
}
