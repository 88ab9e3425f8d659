/** The Bolt app: configuration in, listeners registered per kind, as in Slack's starter templates. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPReceiver, LogLevel, type Logger } from '@slack/bolt';
import type { Engine } from '../answer/engine.js';
import { publicExamples } from '../answer/examples.js';
import type { Message } from './blocks.js';
import { fileFeedbackStore, type FeedbackStore } from '../store/feedback.js';
import { fileGapStore, type GapStore } from '../store/gaps.js';
import { CallGate, clientOptions, webClient } from './client.js';
import type { SlackConfig } from './config.js';
import type { BotContext } from './context.js';
import { memoryClaims, memoryRateCounter, RecentKeys, type EventClaims, type RateCounter } from '../store/guards.js';
import { guardRequests } from './http-guard.js';
import { createIdentity, installedIdentity, type Identity } from './identity.js';
import { registerActions } from './listeners/actions/index.js';
import { registerCommands } from './listeners/commands/index.js';
import { registerEvents } from './listeners/events/index.js';
import { registerShortcuts } from './listeners/shortcuts/index.js';
import { registerViews } from './listeners/views/index.js';
import { registerUninstalls } from './listeners/events/uninstall.js';
import { fileInstallationStore } from '../store/installations.js';
import { manifestScopes } from './manifest.js';
import type { InstallationStore } from '@slack/bolt';
import { ThreadMemory } from './threads.js';

export interface AppOptions {
  feedback?: FeedbackStore;
  gaps?: GapStore;
  verified?: BotContext['verified'];
  /** Where OAuth installations are kept (multi-workspace mode); Bolt's file store under DATA_DIR by default. */
  installations?: InstallationStore;
  /** Shared by several instances (the PostgreSQL store); in-process otherwise. */
  claims?: EventClaims;
  limiter?: RateCounter;
  logger?: Logger;
  logLevel?: LogLevel;
  /** Known bot ids: the identity is taken as checked (tests, or a token checked elsewhere). */
  botId?: string;
  botUserId?: string;
  digestPreview?: () => Promise<Message>;
}

export interface BotApp {
  app: App;
  ctx: BotContext;
  identity: Identity;
  /** Stops taking events (they get 503s, so Slack retries them) and waits up to `ms` for work already acknowledged. */
  drain(ms: number): Promise<{ unfinished: number }>;
}

const EVENTS_PATH = '/slack/events';

export async function createApp(config: SlackConfig, engine: Engine, opts: AppOptions = {}): Promise<BotApp> {
  const socketMode = config.appToken !== null;
  const logLevel = opts.logLevel ?? LogLevel.INFO;
  let draining = false;
  let inFlight = 0;
  const idle: Array<() => void> = [];

  // Bolt's own logger is made by the App; until then (the receiver's first lines) a console one.
  let logger: Logger | undefined = opts.logger;
  const oauth = config.oauth;
  // With OAuth each workspace's bot is known from its installation: there is no one token to check.
  const identity = oauth
    ? installedIdentity()
    : createIdentity(webClient(config), config.botToken, {
        info: (m) => logger?.info(m),
        warn: (m) => logger?.warn(m),
        error: (m) => logger?.error(m),
      }, { known: opts.botId && opts.botUserId ? { botId: opts.botId, botUserId: opts.botUserId } : undefined });
  const installations = oauth ? (opts.installations ?? fileInstallationStore(config.dataDir)) : null;

  const health = (_req: IncomingMessage, res: ServerResponse) => {
    const s = identity.status();
    const [code, text] = draining
      ? [503, 'stopping']
      : s.state === 'rejected'
        ? [503, `cannot authenticate: ${s.code}`]
        : s.state === 'pending'
          ? [200, `serving; Slack not reached yet${s.reason ? ` (${s.reason})` : ''}`]
          : [200, 'ok'];
    res.writeHead(code, { 'Content-Type': 'text/plain' });
    res.end(text);
  };
  const customRoutes = [{ path: '/healthz', method: ['GET', 'HEAD'], handler: health }];

  let receiver: HTTPReceiver | undefined;
  if (!socketMode) {
    receiver = new HTTPReceiver({
      signingSecret: config.signingSecret ?? '',
      port: config.port,
      customRoutes,
      logger: opts.logger,
      logLevel,
      endpoints: [EVENTS_PATH],
      ...(oauth && installations
        ? {
            clientId: oauth.clientId,
            clientSecret: oauth.clientSecret,
            stateSecret: oauth.stateSecret,
            scopes: manifestScopes(),
            installationStore: installations,
            // /slack/install goes straight to Slack's consent screen; oauth.v2.access goes where every other call does.
            installerOptions: { directInstall: true, clientOptions: clientOptions(config) },
          }
        : {}),
    });
    receiver.requestListener = guardRequests(receiver.requestListener, { eventsPath: EVENTS_PATH, draining: () => draining, logger: { warn: (m) => logger?.warn(m) } });
  }
  const app = new App({
    ...(receiver ? { receiver } : { appToken: config.appToken ?? undefined, socketMode: true, customRoutes, port: config.port }),
    // Never waits on Slack: the identity is filled in when auth.test answers (identity.ts). With
    // OAuth, Bolt authorizes each request from its workspace's installation.
    ...(oauth ? {} : { authorize: async () => identity.authorization() }),
    logger: opts.logger,
    // No listener keeps conversation state; Bolt's default store is one more middleware per event.
    convoStore: false,
    logLevel,
    clientOptions: clientOptions(config),
  });
  logger = app.logger;

  // Work Slack was told is done (acknowledged) but is still being answered: what a shutdown waits for.
  app.use(async ({ next }) => {
    inFlight++;
    try {
      await next();
    } finally {
      inFlight--;
      if (inFlight === 0) for (const wake of idle.splice(0)) wake();
    }
  });

  const ctx: BotContext = {
    engine,
    config,
    feedback: opts.feedback ?? fileFeedbackStore(config.dataDir),
    gaps: opts.gaps ?? fileGapStore(config.dataDir),
    verified: opts.verified ?? null,
    threads: new ThreadMemory(),
    recent: new RecentKeys(),
    claims: opts.claims ?? memoryClaims(),
    limiter: opts.limiter ?? memoryRateCounter(config.ratePerMinute),
    logger: app.logger,
    examples: await publicExamples(engine.table.facts, engine.ask),
    digestPreview: opts.digestPreview ?? null,
    gate: new CallGate(),
    identity,
  };
  registerEvents(app, ctx);
  registerCommands(app, ctx);
  registerActions(app, ctx);
  registerShortcuts(app, ctx);
  registerViews(app, ctx);
  if (installations) registerUninstalls(app, ctx, installations);
  app.error(async (err) => {
    ctx.logger.error(`unhandled error in a listener: ${err.message}`);
  });

  const drain = async (ms: number) => {
    draining = true;
    identity.stop();
    if (inFlight > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        idle.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return { unfinished: inFlight };
  };
  return { app, ctx, identity, drain };
}
