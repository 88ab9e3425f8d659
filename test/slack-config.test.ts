import { SocketModeReceiver } from '@slack/bolt';
import nock from 'nock';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/slack/app.js';
import { ConfigError, readConfig } from '../src/slack/config.js';
import { expectPost, startHarness } from './slack-harness.js';
import { seedEngine } from './helpers.js';

describe('configuration', () => {
  it.each([
    [{}, /SLACK_BOT_TOKEN is missing/],
    [{ SLACK_BOT_TOKEN: 'abc' }, /should start with xoxb-/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, /SLACK_SIGNING_SECRET is missing/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-2' }, /should start with xapp-/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: 'eighty' }, /PORT must be a whole number/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', ANSWER_CHANNELS: '#general' }, /channel ids/],
  ])('%j fails with one clear line', (env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(message);
  });

  it('never puts a secret in its messages', async () => {
    try {
      readConfig({ SLACK_BOT_TOKEN: 'xoxb-secret-value', SLACK_APP_TOKEN: 'nope-secret' });
    } catch (err) {
      expect((err as Error).message).not.toMatch(/secret-value|nope-secret/);
    }
  });

  it('chooses Socket Mode when an app token is set, without touching the network', async () => {
    const config = readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    const { app } = await createApp(config, await seedEngine(), { botId: 'B1', botUserId: 'U1' });
    expect((app as unknown as { receiver: unknown }).receiver).toBeInstanceOf(SocketModeReceiver);
  });
});

describe('rate limit', () => {
  let stop: (() => Promise<void>) | null = null;
  afterAll(async () => stop?.());

  it('answers the question over the limit with a polite private note', async () => {
    const h = await startHarness({ RATE_LIMIT_PER_MINUTE: '1' });
    stop = h.stop;
    let responded = expectPost('/respond/cmd');
    await h.command('who hosts the Al Udeid Air Base?', 'U42');
    expect(JSON.stringify((await responded).blocks)).toMatch(/Qatar/);
    responded = expectPost('/respond/cmd');
    await h.command('who hosts the Al Udeid Air Base?', 'U42');
    const msg = await responded;
    expect(msg.response_type).toBe('ephemeral');
    expect(msg.text).toMatch(/up to 1 questions a minute/);
    nock.cleanAll();
  });
});
