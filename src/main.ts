/** `npm start`: the Slack app, in Socket Mode with SLACK_APP_TOKEN, else HTTP on PORT. */
import 'dotenv/config';
import { openEngine } from './answer/engine.js';
import { createApp } from './slack/app.js';
import { ConfigError, readConfig } from './slack/config.js';

async function main(): Promise<void> {
  let config;
  try {
    config = readConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Configuration error: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const engine = openEngine(config.seedsDir);
  const { app, ctx } = createApp(config, engine);
  await app.start(config.port);
  ctx.logger.info(`Fact bot is running (${config.appToken ? 'Socket Mode' : `HTTP on port ${config.port}, POST /slack/events`}) with ${engine.table.facts.length} facts from ${engine.table.documents.length} documents.`);
  const stop = async (signal: string) => {
    ctx.logger.info(`${signal}: stopping.`);
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
