/** The Bolt app: configuration in, listeners registered per kind, as in Slack's starter templates. */
import { App, LogLevel, type Logger } from '@slack/bolt';
import type { Engine } from '../answer/engine.js';
import { exampleQuestions } from '../answer/examples.js';
import type { Message } from './blocks.js';
import { fileFeedbackStore, type FeedbackStore } from '../store/feedback.js';
import { RETRY_CONFIG, type SlackConfig } from './config.js';
import type { BotContext } from './context.js';
import { RateLimiter, RecentKeys } from './guards.js';
import { registerActions } from './listeners/actions/index.js';
import { registerCommands } from './listeners/commands/index.js';
import { registerEvents } from './listeners/events/index.js';
import { registerShortcuts } from './listeners/shortcuts/index.js';

export interface AppOptions {
  feedback?: FeedbackStore;
  logger?: Logger;
  logLevel?: LogLevel;
  /** Known bot ids skip Bolt's `auth.test` at start-up (tests, or a token already checked). */
  botId?: string;
  botUserId?: string;
  digestPreview?: () => Promise<Message>;
}

export function createApp(config: SlackConfig, engine: Engine, opts: AppOptions = {}): { app: App; ctx: BotContext } {
  const socketMode = config.appToken !== null;
  const app = new App({
    token: config.botToken,
    signingSecret: config.signingSecret ?? undefined,
    appToken: config.appToken ?? undefined,
    socketMode,
    port: config.port,
    botId: opts.botId,
    botUserId: opts.botUserId,
    logger: opts.logger,
    // No listener keeps conversation state; Bolt's default store is one more middleware per event.
    convoStore: false,
    logLevel: opts.logLevel ?? LogLevel.INFO,
    clientOptions: {
      slackApiUrl: config.apiUrl ?? undefined,
      retryConfig: RETRY_CONFIG,
    },
    customRoutes: [
      {
        path: '/healthz',
        method: ['GET'],
        handler: (_req, res) => {
          res.writeHead(200, { 'Content-Type': 'text/plain' });
          res.end('ok');
        },
      },
    ],
  });
  const ctx: BotContext = {
    engine,
    config,
    feedback: opts.feedback ?? fileFeedbackStore(config.dataDir),
    recent: new RecentKeys(),
    limiter: new RateLimiter(config.ratePerMinute),
    logger: app.logger,
    examples: exampleQuestions(engine.table.facts, engine.ask),
    digestPreview: opts.digestPreview ?? null,
  };
  registerEvents(app, ctx);
  registerCommands(app, ctx);
  registerActions(app, ctx);
  registerShortcuts(app, ctx);
  app.error(async (err) => {
    ctx.logger.error(`unhandled error in a listener: ${err.message}`);
  });
  return { app, ctx };
}
