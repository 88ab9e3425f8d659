/**
 * Who the bot is (`auth.test`), learned without making start-up wait for Slack. Bolt's own
 * eager `auth.test` has no timeout and, when Slack is down at start, either kills the process
 * or leaves every event waiting on it; here events are served from the first second, the
 * identity is filled in when Slack answers, and a token Slack rejects is said in one line.
 */
import type { webApi } from '@slack/bolt';
import { slackErrorReason } from './errors.js';

/** Answers that no retry will change: the token itself is wrong. */
export const PERMANENT_AUTH_ERRORS = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive', 'no_permission', 'org_login_required', 'ekm_access_denied']);

export type IdentityStatus =
  | { state: 'pending'; reason: string | null }
  | { state: 'ok'; botId: string; botUserId: string; team: string | null; name: string | null }
  | { state: 'rejected'; code: string; reason: string };

export interface IdentityLogger {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
}

export interface Identity {
  status(): IdentityStatus;
  /** What Bolt's `authorize` returns: never waits on Slack. */
  authorization(): { botToken: string; botId?: string; botUserId?: string };
  /** Checks until Slack answers (backing off), or the token is rejected; resolves with the outcome. */
  verify(): Promise<IdentityStatus>;
  /** A call failed with this platform error: a rejected token is remembered (health says so). */
  noteError(err: unknown): void;
  stop(): void;
}

export function platformCode(err: unknown): string | null {
  const e = err as { code?: string; data?: { error?: string } };
  return e?.code === 'slack_webapi_platform_error' && typeof e.data?.error === 'string' ? e.data.error : null;
}

export function createIdentity(client: webApi.WebClient, botToken: string, logger: IdentityLogger, opts: { retryMs?: number; maxRetryMs?: number; known?: { botId: string; botUserId: string } } = {}): Identity {
  let status: IdentityStatus = opts.known ? { state: 'ok', ...opts.known, team: null, name: null } : { state: 'pending', reason: null };
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let running: Promise<IdentityStatus> | null = null;
  const reject = (code: string, err: unknown) => {
    status = { state: 'rejected', code, reason: slackErrorReason(err) };
  };

  const attempt = async (): Promise<IdentityStatus> => {
    try {
      const res = await client.auth.test({ token: botToken });
      status = { state: 'ok', botId: String(res.bot_id ?? ''), botUserId: String(res.user_id ?? ''), team: (res.team as string) ?? null, name: (res.user as string) ?? null };
    } catch (err) {
      const code = platformCode(err);
      if (code && PERMANENT_AUTH_ERRORS.has(code)) reject(code, err);
      else status = { state: 'pending', reason: slackErrorReason(err) };
    }
    return status;
  };

  const verify = (): Promise<IdentityStatus> =>
    (running ??= (async () => {
      let wait = opts.retryMs ?? 2_000;
      let warned = false;
      for (;;) {
        const s = await attempt();
        if (s.state !== 'pending' || stopped) return s;
        if (!warned) {
          logger.warn(`Cannot reach Slack to check the bot token yet (${s.reason}); serving anyway and trying again.`);
          warned = true;
        }
        await new Promise<void>((resolve) => {
          timer = setTimeout(resolve, wait);
          timer.unref();
        });
        wait = Math.min(wait * 2, opts.maxRetryMs ?? 60_000);
      }
    })().finally(() => {
      running = null;
    }));

  return {
    status: () => status,
    authorization: () => (status.state === 'ok' && status.botId ? { botToken, botId: status.botId, botUserId: status.botUserId } : { botToken }),
    verify,
    noteError(err) {
      const code = platformCode(err);
      if (code && PERMANENT_AUTH_ERRORS.has(code)) reject(code, err);
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

/** The one line an operator reads when Slack rejects the token: what happened and what to do, never the token. */
export function rejectedTokenLine(s: Extract<IdentityStatus, { state: 'rejected' }>): string {
  return `Slack rejected SLACK_BOT_TOKEN (${s.reason}). The bot cannot answer until the token is fixed.`;
}

/**
 * Multi-workspace mode: each request is authorized from its workspace's installation (Bolt's
 * InstallProvider), so there is no one token to check; health reports ok while the app serves.
 */
export function installedIdentity(): Identity {
  const status: IdentityStatus = { state: 'ok', botId: '', botUserId: '', team: null, name: null };
  return {
    status: () => status,
    authorization: () => ({ botToken: '' }),
    verify: async () => status,
    noteError: () => undefined,
    stop: () => undefined,
  };
}
