/** When and where the daily digest is posted: DIGEST_* from the environment, checked once. */
import { Cron } from 'croner';
import { ConfigError, intVar } from '../slack/config.js';

export interface DigestConfig {
  /** Channel id to post to; null turns the scheduled digest off (previews still work). */
  channel: string | null;
  cron: string;
  timezone: string;
  size: number;
  catchupHours: number;
  /** DIGEST_GAPS=on: a short "Questions the documents don't answer yet" section (only questions asked openly in a channel). */
  gaps: boolean;
}

type Env = Record<string, string | undefined>;

export function readDigestConfig(env: Env = process.env): DigestConfig {
  const get = (name: string) => env[name]?.trim() || undefined;
  const channel = get('DIGEST_CHANNEL') ?? null;
  if (channel && !/^[CG][A-Z0-9]{2,}$/.test(channel)) {
    throw new ConfigError(`DIGEST_CHANNEL should be a channel id like C0123ABCD (right-click the channel → View channel details, at the bottom), not "${channel}".`);
  }
  const timezone = get('DIGEST_TZ') ?? 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
  } catch {
    throw new ConfigError(`DIGEST_TZ "${timezone}" is not a time zone: use an IANA name like Europe/Berlin or America/New_York.`);
  }
  const cron = get('DIGEST_CRON') ?? '0 9 * * 1-5';
  try {
    new Cron(cron, { timezone, paused: true }).stop();
  } catch (err) {
    throw new ConfigError(`DIGEST_CRON "${cron}" is not a cron expression (${(err as Error).message}): for example "0 9 * * 1-5" is 09:00 on weekdays.`);
  }
  return {
    channel,
    cron,
    timezone,
    size: intVar(get('DIGEST_SIZE'), 'DIGEST_SIZE', 3, 1, 20),
    catchupHours: intVar(get('DIGEST_CATCHUP_HOURS'), 'DIGEST_CATCHUP_HOURS', 6, 0, 24 * 7),
    gaps: onOff(get('DIGEST_GAPS'), 'DIGEST_GAPS'),
  };
}

function onOff(value: string | undefined, name: string): boolean {
  if (value === undefined) return false;
  const v = value.toLowerCase();
  if (['on', 'true', 'yes', '1'].includes(v)) return true;
  if (['off', 'false', 'no', '0'].includes(v)) return false;
  throw new ConfigError(`${name} is on or off (got "${value}").`);
}
