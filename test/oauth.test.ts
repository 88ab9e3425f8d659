/**
 * Installing into several workspaces: the OAuth flow through the real Bolt app (its HTTP
 * receiver and InstallProvider), with Slack's Web API (oauth.v2.access, auth.test, chat.*)
 * intercepted; then events from each workspace answered with that workspace's token, and an
 * uninstall that removes it.
 */
import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/slack/app.js';
import { readConfig } from '../src/slack/config.js';
import { fileInstallationStore } from '../src/store/installations.js';
import { seedEngine } from './helpers.js';

const API = 'http://slack.test';
const SECRET = 'oauth-signing-secret';
let url = '';
let stop: () => Promise<void>;
const installations = fileInstallationStore(mkdtempSync(join(tmpdir(), 'factbot-installs-')));

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  const config = readConfig({ SLACK_SIGNING_SECRET: SECRET, SLACK_CLIENT_ID: '111.222', SLACK_CLIENT_SECRET: 'client-secret', SLACK_STATE_SECRET: 'a-long-random-state-secret', SLACK_API_URL: `${API}/api/`, DATA_DIR: mkdtempSync(join(tmpdir(), 'factbot-oauth-')) });
  const { app } = await createApp(config, await seedEngine(), { installations, logLevel: 'error' as never, feedback: { record: async () => undefined, all: async () => [] } });
  const server = (await app.start(0)) as Server;
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  stop = async () => {
    await app.stop();
    nock.cleanAll();
    nock.enableNetConnect();
  };
});
afterAll(async () => stop?.());

/** Slack's consent screen, then its redirect back with a code: what a workspace admin's browser does. */
async function install(access: object, authTest: object): Promise<Response> {
  const start = await fetch(`${url}/slack/install`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const authorize = new URL(start.headers.get('location')!);
  expect(authorize.origin + authorize.pathname).toBe('https://slack.com/oauth/v2/authorize');
  expect(authorize.searchParams.get('client_id')).toBe('111.222');
  expect(authorize.searchParams.get('scope')).toMatch(/app_mentions:read/);
  const cookie = start.headers.get('set-cookie')!.split(';')[0];
  nock(API).post('/api/oauth.v2.access').reply(200, access);
  nock(API).post('/api/auth.test').reply(200, authTest);
  return fetch(`${url}/slack/oauth_redirect?code=code-1&state=${encodeURIComponent(authorize.searchParams.get('state')!)}`, { headers: { cookie } });
}

function signedEvent(event: Record<string, unknown>, envelope: Record<string, unknown>): Promise<Response> {
  const body = JSON.stringify({ type: 'event_callback', api_app_id: 'A1', event_id: `Ev${Math.random()}`, event_time: 1, event, ...envelope });
  const ts = Math.floor(Date.now() / 1000);
  const sig = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  return fetch(`${url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sig }, body });
}

/** Resolves with the token the next chat.postMessage was made with. */
function nextPostToken(): Promise<string> {
  return new Promise((resolve) => {
    nock(API)
      .post('/api/chat.postMessage')
      .reply(function () {
        resolve(String(this.req.headers.authorization));
        return [200, { ok: true, ts: '1.1' }];
      });
  });
}

const mention = (team: string, ts: string) => ({ type: 'app_mention', user: 'U1', text: '<@U0BOTWS> Who did Netanyahu ask to convey assurances to Iran?', channel: 'C1', ts, team });

describe('installing into several workspaces', () => {
  it('installs into a workspace and answers its events with its own token', async () => {
    const res = await install(
      { ok: true, access_token: 'xoxb-workspace-one', token_type: 'bot', scope: 'app_mentions:read,chat:write', bot_user_id: 'U0BOTWS', app_id: 'A1', team: { id: 'T0WS1', name: 'One' }, enterprise: null, is_enterprise_install: false, authed_user: { id: 'U0ADMIN' } },
      { ok: true, bot_id: 'B0WS1', user_id: 'U0BOTWS', team_id: 'T0WS1', url: 'https://one.slack.com/' },
    );
    expect(res.status).toBe(200);
    expect((await installations.fetchInstallation({ teamId: 'T0WS1', enterpriseId: undefined, isEnterpriseInstall: false })).bot?.token).toBe('xoxb-workspace-one');

    const token = nextPostToken();
    expect((await signedEvent(mention('T0WS1', '10.1'), { team_id: 'T0WS1' })).status).toBe(200);
    expect(await token).toBe('Bearer xoxb-workspace-one');
  });

  it('installs org-wide (keyed by the enterprise) and answers any workspace of the org with the org token', async () => {
    const res = await install(
      { ok: true, access_token: 'xoxb-org-wide', token_type: 'bot', scope: 'app_mentions:read,chat:write', bot_user_id: 'U0BOTORG', app_id: 'A1', team: null, enterprise: { id: 'E0ORG', name: 'Org' }, is_enterprise_install: true, authed_user: { id: 'U0ADMIN' } },
      { ok: true, bot_id: 'B0ORG', user_id: 'U0BOTORG', url: 'https://org.enterprise.slack.com/' },
    );
    expect(res.status).toBe(200);
    const token = nextPostToken();
    await signedEvent(mention('T0INORG', '10.2'), { team_id: 'T0INORG', enterprise_id: 'E0ORG', is_enterprise_install: true, authorizations: [{ enterprise_id: 'E0ORG', team_id: null, is_enterprise_install: true, is_bot: true }] });
    expect(await token).toBe('Bearer xoxb-org-wide');
  });

  it('forgets a workspace that uninstalls the app, and answers it no more', async () => {
    expect((await signedEvent({ type: 'app_uninstalled' }, { team_id: 'T0WS1' })).status).toBe(200);
    await expect.poll(() => installations.fetchInstallation({ teamId: 'T0WS1', enterpriseId: undefined, isEnterpriseInstall: false }).then(() => 'kept', () => 'gone')).toBe('gone');
    let posted = false;
    nock(API).post('/api/chat.postMessage').reply(200, () => ((posted = true), { ok: true }));
    await signedEvent(mention('T0WS1', '10.3'), { team_id: 'T0WS1' });
    await new Promise((r) => setTimeout(r, 500));
    expect(posted).toBe(false);
  });
});
