import type { App, InstallationStore } from '@slack/bolt';
import type { BotContext } from '../../context.js';

/** Multi-workspace mode: an uninstalled app, or its bot's revoked tokens, take the installation's tokens with them. */
export function registerUninstalls(app: App, ctx: BotContext, installations: InstallationStore): void {
  const remove = async (body: { team_id?: string; enterprise_id?: string; is_enterprise_install?: boolean }, why: string) => {
    const query = { teamId: body.team_id, enterpriseId: body.enterprise_id, isEnterpriseInstall: !!body.is_enterprise_install } as Parameters<NonNullable<InstallationStore['deleteInstallation']>>[0];
    try {
      await installations.deleteInstallation?.(query);
      ctx.logger.info(`Removed the installation of ${body.is_enterprise_install ? `org ${body.enterprise_id}` : `workspace ${body.team_id}`} (${why}).`);
    } catch (err) {
      ctx.logger.error(`removing the installation of ${body.team_id ?? body.enterprise_id} failed: ${(err as Error).message}`);
    }
  };
  app.event('app_uninstalled', async ({ body }) => remove(body as never, 'app uninstalled'));
  app.event('tokens_revoked', async ({ event, body }) => {
    // Only the bot's tokens matter: a user's token revoked leaves the bot installed.
    if ((event.tokens.bot ?? []).length) await remove(body as never, 'bot token revoked');
  });
}
