/** `npm start`: the Slack app, in Socket Mode with SLACK_APP_TOKEN, else HTTP on PORT; plus the daily digest. */
import 'dotenv/config';
import { publicExamples } from './answer/examples.js';
import { meaningOffLine } from './answer/engine.js';
import { synonymsProblem } from './answer/synonyms.js';
import { liveEngine } from './answer/live.js';
import { readDigestConfig } from './digest/config.js';
import { defaultTablePath, publicView } from './facts/table.js';
import { digestPreview } from './digest/preview.js';
import { startDigestSchedule, type DigestSchedule } from './digest/schedule.js';
import { createApp } from './slack/app.js';
import { webClient } from './slack/client.js';
import { ConfigError, intVar, readConfig } from './slack/config.js';
import { rejectedTokenLine } from './slack/identity.js';
import { DocumentsError, prepareDocuments, skippedLine } from './facts/read.js';
import { openFileStore, readStoreConfig, StoreConfigError, type Store } from './store/index.js';
import { openPgStore } from './store/pg/index.js';
import { describeUrl } from './store/pg/pool.js';
import { pgInstallationStore } from './store/installations.js';
import { recheckGaps } from './slack/context.js';
import { verifiedDocuments } from './store/verified.js';
import type { SourceDocument } from './facts/types.js';
import { DOCUMENT_KINDS } from './facts/folder.js';

/** How long a shutdown waits for answers already acknowledged to Slack (SHUTDOWN_DRAIN_SECONDS). */
const DEFAULT_DRAIN_SECONDS = 20;

async function main(): Promise<void> {
  let config;
  let digestConfig;
  let drainSeconds;
  let pollSeconds;
  let storeConfig;
  try {
    config = readConfig();
    digestConfig = readDigestConfig();
    storeConfig = readStoreConfig();
    drainSeconds = intVar(process.env.SHUTDOWN_DRAIN_SECONDS?.trim() || undefined, 'SHUTDOWN_DRAIN_SECONDS', DEFAULT_DRAIN_SECONDS, 0, 600);
    pollSeconds = intVar(process.env.REINDEX_POLL_SECONDS?.trim() || undefined, 'REINDEX_POLL_SECONDS', 60, 1, 86_400);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof StoreConfigError) {
      console.error(`Configuration error: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const warnings: string[] = [];
  let log: { warn(m: string): void; info(m: string): void } = { warn: (m) => console.error(m), info: (m) => console.log(m) };
  // PostgreSQL when DATABASE_URL is set (several instances), files under DATA_DIR otherwise.
  const db = storeConfig.databaseUrl
    ? openPgStore(storeConfig.databaseUrl, { ratePerMinute: config.ratePerMinute, leaseMs: storeConfig.leaseMs, onDown: (m) => log.warn(m) })
    : null;
  const store: Store = db ?? openFileStore(config.dataDir, { onCorrupt: (err) => warnings.push(err.message) });
  if (db) {
    // Unreachable at start: said once, and the app answers questions meanwhile; the schema is applied when it comes back.
    let said = false;
    const connect = async (): Promise<boolean> => {
      try {
        await db.ready();
        log.info(`Store: PostgreSQL at ${describeUrl(storeConfig.databaseUrl!)}${said ? ', reached now' : ''}.`);
        return true;
      } catch (err) {
        // Said once; the next line is when it is reached.
        if (!said) log.warn(`Store: ${(err as Error).message} Answering questions meanwhile; trying again every 15 s.`);
        said = true;
        return false;
      }
    };
    if (!(await connect())) {
      const retry = setInterval(() => void connect().then((up) => up && clearInterval(retry)), 15_000);
      retry.unref();
    }
  }
  // Verified facts are documents kept by the store, read at every check of the folder.
  let verifiedDocs: SourceDocument[] = [];
  const extra = () => {
    try {
      verifiedDocs = verifiedDocuments(store.verified.list());
    } catch (err) {
      console.error(`Reading the verified facts failed (${(err as Error).message}); answering from the last ones read.`);
    }
    return verifiedDocs;
  };
  let engine;
  try {
    await prepareDocuments(config.seedsDir);
    engine = await liveEngine(config.seedsDir, {
      extra,
      // A large library takes a while the first time: said as it goes, never a silent wait.
      progress: (done, total) => log.info(`Reading documents: ${done} of ${total}…`),
      meaningProgress: (done, total) => log.info(`Reading sentences for meaning: ${done} of ${total}…`),
      tablePath: defaultTablePath(config.seedsDir, config.dataDir),
      warm: true,
      pollMs: pollSeconds * 1000,
      onError: (err) => console.error(`Re-indexing the documents failed (${err.message}); still answering from the previous version.`),
    });
  } catch (err) {
    if (err instanceof DocumentsError) {
      console.error(`Configuration error: ${err.message} Set SEEDS_DIR to a folder of ${DOCUMENT_KINDS} files.`);
      process.exit(1);
    }
    throw err;
  }
  for (const s of engine.skipped) warnings.push(skippedLine(s, 'Skipped'));
  if (engine.meaningError) warnings.push(meaningOffLine(engine.meaningError));
  const synonyms = synonymsProblem();
  if (synonyms) warnings.push(synonyms);
  if (engine.saveError) warnings.push(`The fact table could not be saved (${engine.saveError}); answering from memory, and it will be built again at the next start.`);
  // Read the state now, so a corrupt file is reported at start-up rather than at the first digest.
  if (!db) await store.digest.read();
  const { app, ctx, identity, drain } = await createApp(config, engine, {
    feedback: store.feedback,
    gaps: store.gaps,
    claims: store.claims,
    limiter: store.limiter,
    ...(db ? { installations: pgInstallationStore(db.pool) } : {}),
    verified: { store: store.verified, changed: async () => void (await engine.refresh()) },
    digestPreview: () => digestPreview(publicView(engine.table), store.digest, digestConfig, new Date(), () => store.gaps.all()),
  });
  const logger = ctx.logger;
  log = logger;
  for (const w of warnings) logger.warn(w);
  // Documents change while the app runs: each new version is swapped in whole.
  engine.onSwap((next, change) => {
    void publicExamples(next.table.facts, next.ask).then((examples) => (ctx.examples = examples));
    // A document added or changed may answer what people asked before: curators see it answered since.
    void recheckGaps(ctx).then((n) => n && logger.info(`${n} unanswered ${n === 1 ? 'question is' : 'questions are'} answered by the documents now.`));
    const parts = [change.added.length && `added ${change.added.join(', ')}`, change.changed.length && `changed ${change.changed.join(', ')}`, change.removed.length && `removed ${change.removed.join(', ')}`].filter(Boolean);
    logger.info(`Documents re-indexed in ${Math.round(change.ms)} ms (${parts.join('; ') || 'links or names changed'}): ${change.facts} facts.`);
    for (const s of change.skipped) logger.warn(skippedLine(s, 'Skipped'));
    if (next.meaningError) logger.warn(meaningOffLine(next.meaningError));
    if (next.saveError) logger.warn(`The fact table could not be saved (${next.saveError}); answering from memory.`);
  });

  // A bad request, or a bug in one listener, costs that request: never the process.
  process.on('unhandledRejection', (err) => logger.error(`unexpected error (the app keeps serving): ${(err as Error)?.message ?? String(err)}`));
  process.on('uncaughtException', (err) => logger.error(`unexpected error (the app keeps serving): ${err.message}`));

  await app.start(config.port);
  logger.info(`Fact bot is running (${config.appToken ? 'Socket Mode' : `HTTP on port ${config.port}, POST /slack/events`}) with ${engine.table.facts.length} facts from ${engine.table.documents.length} documents.`);

  let schedule: DigestSchedule | null = null;
  if (config.oauth) logger.info(`Installs into workspaces and orgs at /slack/install (redirect /slack/oauth_redirect); installations kept in ${db ? 'PostgreSQL' : `${config.dataDir}/installations`}.`);
  else void identity.verify().then((s) => {
    if (s.state === 'ok') logger.info(`Connected to Slack as ${s.name ?? s.botUserId}${s.team ? ` in ${s.team}` : ''}.`);
    else if (s.state === 'rejected') {
      // Nothing can work with a token Slack refuses: say so once, plainly, and stop.
      console.error(rejectedTokenLine(s));
      process.exit(1);
    }
  });

  if (digestConfig.channel && config.oauth && !config.botToken) {
    logger.warn('Daily digest is off: with several workspaces it posts with SLACK_BOT_TOKEN, the token of the workspace DIGEST_CHANNEL is in; set it to turn the digest on.');
  } else if (digestConfig.channel) {
    const live = engine;
    // Read at each post, so the digest follows the documents as they change.
    const deps = { get table() { return publicView(live.table); }, store: store.digest, client: webClient(config), config: { ...digestConfig, channel: digestConfig.channel }, gaps: () => store.gaps.all() };
    schedule = startDigestSchedule(deps, logger);
    logger.info(`Daily digest: ${digestConfig.size} facts to ${digestConfig.channel} at "${digestConfig.cron}" (${digestConfig.timezone}); next ${schedule.nextRun()?.toISOString() ?? 'never'}.`);
  } else logger.info('Daily digest is off: set DIGEST_CHANNEL to turn it on.');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      logger.warn(`${signal} again: exiting now.`);
      process.exit(1);
    }
    stopping = true;
    engine.stop();
    logger.info(`${signal}: finishing answers already taken (up to ${drainSeconds} s), taking no new ones.`);
    const deadline = Date.now() + drainSeconds * 1000;
    const [answers] = await Promise.all([drain(drainSeconds * 1000), schedule?.stop(Math.max(0, deadline - Date.now()))]);
    if (answers.unfinished > 0) logger.warn(`Stopped with ${answers.unfinished} answers unfinished after ${drainSeconds} s.`);
    // The server is closed last: until now a request that reached it got a 503, which Slack retries.
    await Promise.race([app.stop().catch(() => undefined), new Promise((r) => setTimeout(r, 2000))]);
    await db?.close();
    logger.info('Stopped.');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err) => {
  console.error(`Fact bot failed to start: ${(err as Error).message}`);
  process.exit(1);
});
