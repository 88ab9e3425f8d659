/**
 * Posting one slot's digest exactly once: the store holds the slot while the message is sent
 * and records it only after Slack has accepted it, so a failed post is retried, never lost.
 */
import type { webApi } from '@slack/bolt';
import type { FactTable } from '../facts/types.js';
import { digestMessage } from '../slack/blocks.js';
import { slackErrorReason } from '../slack/errors.js';
import type { DigestState, DigestStore, PostedSlot } from '../store/digest.js';
import { LockTimeoutError } from '../store/files.js';
import { chooseDigest, recordDigest, type Digest } from './choose.js';
import type { DigestConfig } from './config.js';
import { slotDate, slotId } from './slots.js';

export interface DigestDeps {
  table: FactTable;
  store: DigestStore;
  client: webApi.WebClient;
  config: DigestConfig & { channel: string };
}

export type PostOutcome =
  | { status: 'posted'; slot: string; channel: string; ts: string; digest: Digest }
  | { status: 'already'; slot: string; posted: PostedSlot }
  | { status: 'nothing'; slot: string }
  | { status: 'failed'; slot: string; reason: string; /** Set when Slack took the post but the store could not record it. */ postedTs?: string };

class NothingToPost extends Error {}

export async function postDigest(deps: DigestDeps, slot: Date, opts: { force?: boolean; now?: () => Date } = {}): Promise<PostOutcome> {
  const id = slotId(slot);
  const { channel, size, timezone } = deps.config;
  // Filled inside the claim, which runs only on the posting path.
  const sent: { outcome?: PostOutcome } = {};
  try {
    const result = await deps.store.claim(id, { force: opts.force }, async (state: DigestState) => {
      const digest = chooseDigest(deps.table, state, size);
      if (digest.items.length === 0) throw new NothingToPost();
      const msg = digestMessage(digest.items, { date: slotDate(slot, timezone) });
      const res = await deps.client.chat.postMessage({ channel, ...msg, unfurl_links: false, unfurl_media: false });
      const posted: PostedSlot = { channel: res.channel ?? channel, ts: res.ts ?? '', postedAt: (opts.now?.() ?? new Date()).toISOString(), factIds: digest.items.map((i) => i.fact.id) };
      if (opts.force) posted.forced = true;
      sent.outcome = { status: 'posted', slot: id, channel: posted.channel, ts: posted.ts, digest };
      return recordDigest(state, deps.table, digest, id, posted);
    });
    if (result.status === 'already') return { status: 'already', slot: id, posted: result.posted };
    return sent.outcome!;
  } catch (err) {
    if (err instanceof NothingToPost) return { status: 'nothing', slot: id };
    // Slack took the post but the store could not record it: say so, since a later run will post it again.
    if (sent.outcome?.status === 'posted') {
      return { status: 'failed', slot: id, reason: (err as Error).message, postedTs: sent.outcome.ts };
    }
    if (err instanceof LockTimeoutError) return { status: 'failed', slot: id, reason: `another process is posting this slot: ${err.message}` };
    return { status: 'failed', slot: id, reason: slackErrorReason(err) };
  }
}

/** One line a person can read in a log or a terminal. */
export function describeOutcome(o: PostOutcome): string {
  switch (o.status) {
    case 'posted':
      return `Posted the digest for slot ${o.slot} to ${o.channel} (ts ${o.ts}, ${o.digest.items.length} facts).`;
    case 'already':
      return `The digest for slot ${o.slot} was already posted to ${o.posted.channel} at ${o.posted.postedAt} (ts ${o.posted.ts}); nothing to do. Use --force to post again.`;
    case 'nothing':
      return `Nothing to post for slot ${o.slot}: no informative facts in the documents.`;
    case 'failed':
      return o.postedTs
        ? `The digest for slot ${o.slot} was posted (ts ${o.postedTs}) but could NOT be recorded: ${o.reason}. Fix the store, or the next run will post it again.`
        : `The digest for slot ${o.slot} was NOT posted: ${o.reason}. It will be posted on the next run.`;
  }
}
