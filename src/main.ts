/** `npm start`: the Slack app, in Socket Mode with SLACK_APP_TOKEN, else HTTP on PORT; plus the daily digest. */
import 'dotenv/config';
import { openEngine } from './answer/engine.js';
import { readDigestConfig } from './digest/config.js';
import { defaultTablePath } from './facts/table.js';
import { digestPreview } from './digest/preview.js';
import { startDigestSchedule, type DigestSchedule } from './digest/schedule.js';
import { createApp } from './slack/app.js';
import { ConfigError, readConfig } from './slack/config.js';
import { openFileStore } from './store/index.js';

async function main(): Promise<void> {
  let config;
  let digestConfig;
  try {
    config = readConfig();
    digestConfig = readDigestConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Configuration error: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const engine = openEngine(config.seedsDir, { tablePath: defaultTablePath(config.seedsDir, config.dataDir), warm: true });
  const warnings: string[] = [];
  const store = openFileStore(config.dataDir, { onCorrupt: (err) => warnings.push(err.message) });
  // Read the state now, so a corrupt file is reported at start-up rather than at the first digest.
  await store.digest.read();
  const { app, ctx } = createApp(config, engine, {
    feedback: store.feedback,
    digestPreview: () => digestPreview(engine.table, store.digest, digestConfig),
  });
  for (const w of warnings) ctx.logger.warn(w);
  await app.start(config.port);
  ctx.logger.info(`Fact bot is running (${config.appToken ? 'Socket Mode' : `HTTP on port ${config.port}, POST /slack/events`}) with ${engine.table.facts.length} facts from ${engine.table.documents.length} documents.`);

  let schedule: DigestSchedule | null = null;
  if (digestConfig.channel) {
    schedule = startDigestSchedule({ table: engine.table, store: store.digest, client: app.client, config: { ...digestConfig, channel: digestConfig.channel } }, ctx.logger);
    ctx.logger.info(`Daily digest: ${digestConfig.size} facts to ${digestConfig.channel} at "${digestConfig.cron}" (${digestConfig.timezone}); next ${schedule.nextRun()?.toISOString() ?? 'never'}.`);
  } else ctx.logger.info('Daily digest is off: set DIGEST_CHANNEL to turn it on.');

  const stop = async (signal: string) => {
    ctx.logger.info(`${signal}: stopping.`);
    schedule?.stop();
    await app.stop().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((err) => {
  console.error(`Fact bot failed to start: ${(err as Error).message}`);
  process.exit(1);
});
