/** Drives the real Bolt app over HTTP with signed requests; Slack's side is nock. */
import { createHmac } from 'node:crypto';
import type { AddressInfo, Server } from 'node:net';
import nock from 'nock';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDigestConfig } from '../src/digest/config.js';
import { digestPreview } from '../src/digest/preview.js';
import { createApp } from '../src/slack/app.js';
import { readConfig } from '../src/slack/config.js';
import { fileDigestStore } from '../src/store/digest.js';
import type { Feedback, FeedbackStore } from '../src/store/feedback.js';
import type { Engine } from '../src/answer/engine.js';
import type { BotContext } from '../src/slack/context.js';
import { fileGapStore } from '../src/store/gaps.js';
import { seedEngine } from './helpers.js';

export const SECRET = 'test-signing-secret';
export const API = 'http://slack.test';

export interface Harness {
  url: string;
  ctx: BotContext;
  feedback: Feedback[];
  stop(): Promise<void>;
  post(body: string, contentType: string, opts?: { ts?: number; secret?: string | null; headers?: Record<string, string> }): Promise<Response>;
  event(event: Record<string, unknown>, opts?: { eventId?: string; retryNum?: number }): Promise<Response>;
  command(text: string, user?: string): Promise<Response>;
  action(payload: Record<string, unknown>): Promise<Response>;
}

export async function startHarness(env: Record<string, string> = {}, opts: { engine?: Engine; feedback?: FeedbackStore; verified?: BotContext['verified'] } = {}): Promise<Harness> {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  const config = readConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: `${API}/api/`, ...env });
  const feedback: Feedback[] = [];
  const store: FeedbackStore = { record: async (f) => void feedback.push(f), all: async () => feedback };
  const engine = opts.engine ?? (await seedEngine());
  const digestStore = fileDigestStore(mkdtempSync(join(tmpdir(), 'factbot-harness-')));
  const { app, ctx } = await createApp(config, engine, {
    feedback: opts.feedback ?? store,
    gaps: fileGapStore(mkdtempSync(join(tmpdir(), 'factbot-gaps-'))),
    verified: opts.verified,
    botId: 'B0BOT',
    botUserId: 'U0LAN0Z89',
    logLevel: 'error' as never,
    digestPreview: () => digestPreview(engine.table, digestStore, readDigestConfig(env), new Date('2026-11-22T12:00:00Z')),
  });
  const server = (await app.start(0)) as Server;
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const post: Harness['post'] = async (body, contentType, opts = {}) => {
    const ts = opts.ts ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = { 'content-type': contentType, 'x-slack-request-timestamp': String(ts), ...opts.headers };
    if (opts.secret !== null) headers['x-slack-signature'] = `v0=${createHmac('sha256', opts.secret ?? SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
    return fetch(`${url}/slack/events`, { method: 'POST', headers, body });
  };
  let n = 0;
  return {
    url,
    ctx,
    feedback,
    stop: async () => {
      await app.stop();
      nock.cleanAll();
      nock.enableNetConnect();
    },
    post,
    event: (event, opts = {}) =>
      post(
        JSON.stringify({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: opts.eventId ?? `Ev${++n}${Date.now()}`, event_time: 1, event }),
        'application/json',
        opts.retryNum ? { headers: { 'x-slack-retry-num': String(opts.retryNum), 'x-slack-retry-reason': 'http_timeout' } } : {},
      ),
    command: (text, user = 'U1') =>
      post(
        new URLSearchParams({ command: '/ask', text, user_id: user, channel_id: 'C1', team_id: 'T1', response_url: `${API}/respond/cmd`, trigger_id: 't1' }).toString(),
        'application/x-www-form-urlencoded',
      ),
    action: (payload) => post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded'),
  };
}

/** A block_actions payload: `user` pressed the button `actionId` carrying `value`. */
export function buttonClick(actionId: string, value: object, user: string, responseUrl: string): Record<string, unknown> {
  return {
    type: 'block_actions',
    user: { id: user },
    team: { id: 'T1' },
    api_app_id: 'A1',
    response_url: responseUrl,
    container: { type: 'message' },
    actions: [{ type: 'button', action_id: actionId, block_id: 'answer_actions', value: JSON.stringify(value), action_ts: '1' }],
  };
}

/** Resolves with the JSON body of the next request to `path` on the fake Slack. */
export function expectPost(path: string | RegExp, reply: object | ((body: unknown) => [number, object]) = { ok: true, ts: '1.1' }): Promise<Record<string, any>> {
  return new Promise((resolve) => {
    nock(API)
      .post(path)
      .reply((_uri, body) => {
        const parsed = typeof body === 'string' ? parseBody(body) : (body as Record<string, unknown>);
        resolve(parsed);
        return typeof reply === 'function' ? reply(parsed) : [200, reply];
      });
  });
}

export function parseBody(body: string): Record<string, any> {
  try {
    return JSON.parse(body);
  } catch {
    const out: Record<string, any> = Object.fromEntries(new URLSearchParams(body));
    for (const k of ['blocks', 'view']) if (typeof out[k] === 'string') out[k] = JSON.parse(out[k]);
    return out;
  }
}
