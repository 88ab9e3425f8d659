/** App Home: the same view for everyone, with the open gaps and the verified facts for curators. */
import type { webApi } from '@slack/bolt';
import { homeView } from './blocks.js';
import { safely, type BotContext } from './context.js';

export async function publishHome(ctx: BotContext, client: webApi.WebClient, user: string): Promise<void> {
  let curator = null;
  if (ctx.config.curators.has(user)) {
    const gaps = await ctx.gaps.all().catch((err: Error) => (ctx.logger.error(`reading unanswered questions failed: ${err.message}`), []));
    let verified: ReturnType<NonNullable<BotContext['verified']>['store']['list']> = [];
    try {
      verified = ctx.verified?.store.list() ?? [];
    } catch (err) {
      ctx.logger.error(`reading verified facts failed: ${(err as Error).message}`);
    }
    curator = { gaps, verified };
  }
  await safely(ctx, 'views.publish', () => client.views.publish({ user_id: user, view: homeView(ctx.engine.table.documents, ctx.examples, curator) as never }));
}
