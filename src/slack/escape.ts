/** Text headed for Slack: escaped so it can never ping anyone, and kept inside Slack's limits. */

/** Slack's three control characters; with them escaped, `<!channel>` or `<@U…>` is just text. */
export function escapeMrkdwn(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A Slack link, `<url|label>`: the label escaped like any text, and in the address the three
 * characters that would end or split the link percent-encoded.
 */
export function slackLink(url: string, label: string): string {
  const safe = url.replace(/[<>|]/g, (c) => encodeURIComponent(c)).replace(/&/g, '&amp;');
  return `<${safe}|${escapeMrkdwn(label).replace(/\|/g, '¦')}>`;
}

export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

export const LIMITS = { sectionText: 3000, contextText: 2000, buttonValue: 2000, blocks: 50, headerText: 150, fallbackText: 3000 } as const;
