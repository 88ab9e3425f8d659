/** Configuration from the environment (and `.env`): checked once, failing with one line that says what to fix. */
import { dataDirOf } from '../facts/table.js';

export class ConfigError extends Error {}

export interface SlackConfig {
  botToken: string;
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
  const apiUrl = get('SLACK_API_URL') ?? null;
  if (apiUrl && !/^https?:\/\/[^\s]+$/.test(apiUrl)) throw new ConfigError(`SLACK_API_URL is not a URL: expected something like https://slack.com/api/.`);
  return { botToken, apiUrl: apiUrl ? apiUrl.replace(/\/?$/, '/') : null };
}

export function readConfig(env: Env = process.env): SlackConfig {
  const get = getter(env);
  const { botToken, apiUrl } = readApiAccess(env);
  const appToken = get('SLACK_APP_TOKEN') ?? null;
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
    signingSecret,
    appToken,
    port,
    apiUrl,
    answerChannels,
    channelCollections: parseChannelCollections(get('CHANNEL_COLLECTIONS')),
    ratePerMinute: intVar(get('RATE_LIMIT_PER_MINUTE'), 'RATE_LIMIT_PER_MINUTE', 10, 1, 10_000),
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

export function intVar(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${value}").`);
  return n;
}
