/** Slack Web API failures in words a person can act on, without secrets. */

const HINTS: Record<string, string> = {
  not_in_channel: 'the bot is not a member of that channel: invite it with /invite',
  channel_not_found: 'no such channel, or the bot cannot see it: check the channel id',
  is_archived: 'the channel is archived',
  invalid_auth: 'the token is not valid: copy SLACK_BOT_TOKEN again from OAuth & Permissions',
  not_authed: 'no token was sent: set SLACK_BOT_TOKEN',
  token_revoked: 'the bot token was revoked: reinstall the app',
  account_inactive: 'the bot token belongs to a deactivated app or user: reinstall the app',
  missing_scope: 'the app lacks a scope it needs: add it in OAuth & Permissions and reinstall',
  msg_too_long: 'the message was too long for Slack',
  invalid_blocks: 'Slack rejected the message layout',
};

export function slackErrorReason(err: unknown): string {
  const e = err as { code?: string; data?: { error?: string; needed?: string }; statusCode?: number; original?: Error; message?: string };
  if (e.code === 'slack_webapi_platform_error' && e.data?.error) {
    const code = e.data.error;
    const hint = HINTS[code];
    const needed = code === 'missing_scope' && e.data.needed ? ` (${e.data.needed})` : '';
    return hint ? `${code}: ${hint}${needed}` : code;
  }
  if (e.code === 'slack_webapi_http_error') return `Slack answered HTTP ${e.statusCode}, still failing after retries`;
  if (e.code === 'slack_webapi_rate_limited_error') return 'rate limited by Slack (HTTP 429)';
  // The client reports a 429 that outlasted its retries as a failed request.
  const rateLimited = /^A rate limit was exceeded/.test(e.original?.message ?? e.message ?? '');
  if (rateLimited) return 'rate limited by Slack (HTTP 429), still limited after retries';
  if (e.code === 'slack_backed_up') return `${e.message}; dropped rather than queued behind them`;
  if (e.code === 'slack_webapi_request_error') {
    // "fetch failed" says little; the cause says what (ECONNREFUSED, ENOTFOUND, a certificate).
    const cause = (e.original as (Error & { cause?: { code?: string; message?: string } }) | undefined)?.cause;
    const why = [e.original?.message ?? e.message ?? '', cause?.code ?? cause?.message].filter(Boolean).join(': ');
    return /timeout/i.test(why) ? `Slack did not answer in time (${why}), still failing after retries` : `could not reach Slack: ${why}`;
  }
  return e.message ?? String(err);
}
