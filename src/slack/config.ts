/** Configuration from the environment (and `.env`): checked once, failing with one line that says what to fix. */
import { dataDirOf } from '../facts/table.js';

export class ConfigError extends Error {}

export interface SlackConfig {
  /** Single-workspace mode; empty with OAuth, where each workspace's token comes from its installation. */
  botToken: string;
  /** Multi-workspace mode (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET): /slack/install and the OAuth redirect. */
  oauth: { clientId: string; clientSecret: string; stateSecret: string } | null;
  signingSecret: string | null;
  /** Socket Mode when set: no public URL needed. */
  appToken: string | null;
  port: number;
  apiUrl: string | null;
  /** Channel ids the bot answers mentions in; null for everywhere it is invited. */
  answerChannels: Set<string> | null;
  /** Channel id → the collections it may quote (CHANNEL_COLLECTIONS); channels not listed see every public one. */
  channelCollections: Map<string, Set<string>>;
  ratePerMinute: number;
  /** Who "Ask an expert" mentions (EXPERTS): user ids (U…, W…) and user groups (S…). */
  experts: string[];
  /** Per channel, instead of EXPERTS (CHANNEL_EXPERTS). */
  channelExperts: Map<string, string[]>;
  /** Who may save messages as verified facts and sees the open gaps in App Home (CURATORS). */
  curators: Set<string>;
  seedsDir: string;
  dataDir: string;
}

type Env = Record<string, string | undefined>;

const getter = (env: Env) => (name: string) => env[name]?.trim() || undefined;

/** What any Web API call needs: the bot token and, optionally, another API base URL. */
export function readApiAccess(env: Env = process.env): { botToken: string; apiUrl: string | null } {
  const get = getter(env);
  const botToken = get('SLACK_BOT_TOKEN');
  if (!botToken) throw new ConfigError('SLACK_BOT_TOKEN is missing: set it to the app\'s Bot User OAuth Token (xoxb-…) in .env or the environment.');
  if (!botToken.startsWith('xoxb-')) throw new ConfigError('SLACK_BOT_TOKEN does not look like a bot token: it should start with xoxb-.');
  return { botToken, apiUrl: readApiUrl(env) };
}

function readApiUrl(env: Env): string | null {
  const apiUrl = getter(env)('SLACK_API_URL') ?? null;
  if (apiUrl && !/^https?:\/\/[^\s]+$/.test(apiUrl)) throw new ConfigError(`SLACK_API_URL is not a URL: expected something like https://slack.com/api/.`);
  return apiUrl ? apiUrl.replace(/\/?$/, '/') : null;
}

/** All three, or none: a half-configured OAuth is a mistake worth one line. */
function readOAuth(env: Env): SlackConfig['oauth'] {
  const get = getter(env);
  const [clientId, clientSecret, stateSecret] = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'].map(get);
  if (!clientId && !clientSecret && !stateSecret) return null;
  const missing = [['SLACK_CLIENT_ID', clientId], ['SLACK_CLIENT_SECRET', clientSecret], ['SLACK_STATE_SECRET', stateSecret]].filter(([, v]) => !v).map(([k]) => k);
  if (missing.length) throw new ConfigError(`Installing into several workspaces needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET (Basic Information → App Credentials; the state secret is any long random string): ${missing.join(', ')} missing.`);
  return { clientId: clientId!, clientSecret: clientSecret!, stateSecret: stateSecret! };
}

export function readConfig(env: Env = process.env): SlackConfig {
  const get = getter(env);
  const oauth = readOAuth(env);
  const { botToken, apiUrl } = oauth && !get('SLACK_BOT_TOKEN') ? { botToken: '', apiUrl: readApiUrl(env) } : readApiAccess(env);
  const appToken = get('SLACK_APP_TOKEN') ?? null;
  if (oauth && appToken) throw new ConfigError('Installing into several workspaces (SLACK_CLIENT_ID…) needs HTTP mode, for the OAuth redirect: leave SLACK_APP_TOKEN empty and set SLACK_SIGNING_SECRET.');
  if (appToken && !appToken.startsWith('xapp-')) throw new ConfigError('SLACK_APP_TOKEN does not look like an app-level token: it should start with xapp- (or leave it unset for HTTP mode).');
  const signingSecret = get('SLACK_SIGNING_SECRET') ?? null;
  if (!appToken && !signingSecret) throw new ConfigError('SLACK_SIGNING_SECRET is missing: HTTP mode needs it to verify requests (Basic Information → Signing Secret), or set SLACK_APP_TOKEN for Socket Mode.');
  const port = intVar(get('PORT'), 'PORT', 3000, 0, 65535);
  const channels = get('ANSWER_CHANNELS');
  const answerChannels = channels ? new Set(channels.split(',').map((c) => c.trim()).filter(Boolean)) : null;
  if (answerChannels && [...answerChannels].some((c) => !/^[CGD][A-Z0-9]+$/.test(c))) {
    throw new ConfigError('ANSWER_CHANNELS should be a comma-separated list of channel ids like C0123ABCD (not channel names).');
  }
  return {
    botToken,
    oauth,
    signingSecret,
    appToken,
    port,
    apiUrl,
    answerChannels,
    channelCollections: parseChannelCollections(get('CHANNEL_COLLECTIONS')),
    ratePerMinute: intVar(get('RATE_LIMIT_PER_MINUTE'), 'RATE_LIMIT_PER_MINUTE', 10, 1, 10_000),
    experts: parsePeople(get('EXPERTS'), 'EXPERTS', true),
    channelExperts: parseChannelExperts(get('CHANNEL_EXPERTS')),
    curators: new Set(parsePeople(get('CURATORS'), 'CURATORS', false)),
    seedsDir: get('SEEDS_DIR') ?? 'seeds',
    dataDir: dataDirOf(env),
  };
}

/** `C0123=hr+handbook;C0456=runbook`: each channel and the collections (sub-folder names, `default` for the folder itself) it may quote. */
export function parseChannelCollections(value: string | undefined): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (!value) return out;
  for (const part of value.split(';').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([CGD][A-Z0-9]+)\s*=\s*([^=]+)$/.exec(part);
    const names = m?.[2].split('+').map((n) => n.trim()).filter(Boolean) ?? [];
    if (!m || names.length === 0) {
      throw new ConfigError(`CHANNEL_COLLECTIONS should look like C0123ABCD=handbook+runbook;C0456EFGH=default (got "${part}").`);
    }
    out.set(m[1], new Set(names));
  }
  return out;
}

const PERSON = /^[UW][A-Z0-9]{2,}$/;
const GROUP = /^S[A-Z0-9]{2,}$/;

/** `U0123ABCD,S0456EFGH`: people by user id and, where `groups` is true, user groups by id. */
export function parsePeople(value: string | undefined, name: string, groups: boolean, sep = ','): string[] {
  if (!value) return [];
  const ids = value.split(sep).map((p) => p.trim()).filter(Boolean);
  const bad = ids.find((id) => !PERSON.test(id) && !(groups && GROUP.test(id)));
  if (bad) throw new ConfigError(`${name} should list ${groups ? 'user ids (U0123ABCD) or user group ids (S0123ABCD)' : 'user ids like U0123ABCD'}, not names (got "${bad}").`);
  return ids;
}

/** `C0123=U0456+S0789;C0999=U0111`: a channel's own experts. */
export function parseChannelExperts(value: string | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!value) return out;
  for (const part of value.split(';').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([CG][A-Z0-9]+)\s*=\s*([^=]+)$/.exec(part);
    if (!m) throw new ConfigError(`CHANNEL_EXPERTS should look like C0123ABCD=U0456EFGH+S0789IJKL;C0999=U0111 (got "${part}").`);
    out.set(m[1], parsePeople(m[2], 'CHANNEL_EXPERTS', true, '+'));
  }
  return out;
}

export function intVar(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${value}").`);
  return n;
}
