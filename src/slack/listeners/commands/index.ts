import type { App } from '@slack/bolt';
import { DEFAULT_COLLECTION, type Scope } from '../../../answer/answer.js';
import type { DocumentInfo } from '../../../facts/types.js';

const visible = (d: DocumentInfo, scope: Scope) => (!d.private || scope.private) && (!scope.collections || scope.collections.has(d.collection ?? DEFAULT_COLLECTION));
import { answerMessage, helpMessage, rateLimitedMessage, sourcesMessage } from '../../blocks.js';
import { safely, scopeFor, type BotContext } from '../../context.js';

/** `/ask <question>`, `/ask help`, `/ask sources`, `/ask digest`: acknowledged at once, answered privately. */
export function registerCommands(app: App, ctx: BotContext): void {
  app.command('/ask', async ({ command, ack, respond }) => {
    await ack();
    const text = (command.text ?? '').trim();
    const word = text.toLowerCase();
    let msg;
    if (word === '' || word === 'help') msg = helpMessage(ctx.examples);
    else if (word === 'sources') msg = sourcesMessage(ctx.engine.table.documents.filter((d) => visible(d, scopeFor(ctx, command.channel_id, 'privately'))));
    else if (word === 'digest' && ctx.digestPreview) msg = await ctx.digestPreview().catch((err: Error) => {
      ctx.logger.error(`digest preview failed: ${err.message}`);
      return { text: "Sorry, I couldn't put the digest together just now.", blocks: [] };
    });
    else if (!ctx.limiter.allow(command.user_id)) msg = rateLimitedMessage(ctx.config.ratePerMinute);
    else msg = answerMessage(ctx.engine.ask(text, { scope: scopeFor(ctx, command.channel_id, 'privately') }), { ephemeral: true });
    await safely(ctx, 'respond (/ask)', () => respond({ response_type: 'ephemeral', ...msg }));
  });
}
