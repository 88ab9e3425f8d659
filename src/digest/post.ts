/**
 * Posting one slot's digest exactly once. The store holds the slot while the message is sent
 * and records it only after Slack has accepted it, so a failed post is retried, never lost.
 *
 * Before posting, the intent is written to the store; if that write fails (a full disk) nothing is
 * posted. The post carries its slot in message metadata. An intent found without a record means
 * a post may have gone out unrecorded: the channel is read back first and, finding the bot's own
 * digest of that slot, it is recorded instead of posted again. What remains: if the record fails
 * *and* the channel cannot be read then (no `channels:history` scope, Slack down for that call),
 * a later process posts the slot a second time; the running app never does (it remembers its posts).
 */
import type { webApi } from '@slack/bolt';
import type { FactTable } from '../facts/types.js';
import { digestMessage } from '../slack/blocks.js';
import { slackErrorReason } from '../slack/errors.js';
import type { DigestState, DigestStore, PostedSlot } from '../store/digest.js';
import type { Gap } from '../store/gaps.js';
import { LockTimeoutError } from '../store/files.js';
import { chooseDigest, recordDigest, type Digest } from './choose.js';
import type { DigestConfig } from './config.js';
import { slotDate, slotId } from './slots.js';

export interface DigestDeps {
  table: FactTable;
  store: DigestStore;
  client: webApi.WebClient;
  config: DigestConfig & { channel: string };
  /** Unanswered questions, for DIGEST_GAPS=on; a store that cannot be read costs only that section. */
  gaps?: () => Promise<Gap[]>;
}

export type PostOutcome =
  | { status: 'posted'; slot: string; channel: string; ts: string; digest: Digest }
  | { status: 'already'; slot: string; posted: PostedSlot }
  /** Found in the channel (posted earlier, not recorded then) and recorded now. */
  | { status: 'recovered'; slot: string; posted: PostedSlot }
  | { status: 'nothing'; slot: string }
  | { status: 'failed'; slot: string; reason: string; /** Set when Slack took the post but the store could not record it. */ posted?: PostedSlot };

/** The metadata event type a digest post carries, with `{ slot }`. */
export const DIGEST_EVENT = 'fact_digest';

class NothingToPost extends Error {}

export interface PostOptions {
  force?: boolean;
  now?: () => Date;
  /** A post this process made for the slot but could not record: record it, never post again. */
  known?: PostedSlot;
}

export async function postDigest(deps: DigestDeps, slot: Date, opts: PostOptions = {}): Promise<PostOutcome> {
  const id = slotId(slot);
  const { channel, size, timezone } = deps.config;
  // Filled inside the claim, which runs only on the posting path.
  const sent: { outcome?: PostOutcome; posted?: PostedSlot } = {};
  try {
    const result = await deps.store.claim(id, { force: opts.force }, async (state: DigestState, save) => {
      const digest = chooseDigest(deps.table, state, size);
      const suspect = !opts.force && !!state.pending?.[id];
      const earlier = opts.known ?? (suspect ? await findPosted(deps, slot) : null);
      if (earlier) {
        sent.outcome = { status: 'recovered', slot: id, posted: earlier };
        // The facts it showed are those it recorded; the rotation moves on past them.
        const shown = { ...digest, items: deps.table.facts.filter((f) => earlier.factIds.includes(f.id)).map((fact) => ({ fact, lead: null, isNew: false })) };
        return recordDigest(state, deps.table, shown, id, earlier);
      }
      if (digest.items.length === 0) throw new NothingToPost();
      // Written before posting: if even this cannot be saved, no post is made that could not be recorded.
      await save({ ...state, pending: { ...state.pending, [id]: (opts.now?.() ?? new Date()).toISOString() } });
      const gaps = deps.config.gaps && deps.gaps ? await deps.gaps().catch(() => []) : [];
      const msg = digestMessage(digest.items, { date: slotDate(slot, timezone), gaps });
      let res;
      try {
        res = await deps.client.chat.postMessage({ channel, ...msg, unfurl_links: false, unfurl_media: false, metadata: { event_type: DIGEST_EVENT, event_payload: { slot: id } } });
      } catch (err) {
        // Slack said no: nothing went out, so nothing needs checking next time. A timeout says
        // nothing either way, and leaves the intent for the next attempt to check.
        if (refused(err)) await save(state).catch(() => undefined);
        throw err;
      }
      const posted: PostedSlot = { channel: res.channel ?? channel, ts: res.ts ?? '', postedAt: (opts.now?.() ?? new Date()).toISOString(), factIds: digest.items.map((i) => i.fact.id) };
      if (opts.force) posted.forced = true;
      sent.posted = posted;
      sent.outcome = { status: 'posted', slot: id, channel: posted.channel, ts: posted.ts, digest };
      return recordDigest(state, deps.table, digest, id, posted);
    });
    if (result.status === 'already') return { status: 'already', slot: id, posted: result.posted };
    return sent.outcome!;
  } catch (err) {
    if (err instanceof NothingToPost) return { status: 'nothing', slot: id };
    // Slack took the post but the store could not record it: say so, and hand the post back so it is never made twice.
    if (sent.posted) return { status: 'failed', slot: id, reason: (err as Error).message, posted: sent.posted };
    if (opts.known) return { status: 'failed', slot: id, reason: (err as Error).message, posted: opts.known };
    if (err instanceof LockTimeoutError) return { status: 'failed', slot: id, reason: `another process is posting this slot: ${err.message}` };
    return { status: 'failed', slot: id, reason: slackErrorReason(err) };
  }
}

function refused(err: unknown): boolean {
  const code = (err as { code?: string }).code;
  return code === 'slack_webapi_platform_error' || code === 'slack_webapi_http_error' || code === 'slack_webapi_rate_limited_error';
}

/**
 * The bot's own digest of `slot` in the channel, if one is there: read back by its metadata.
 * A channel that cannot be read is no evidence either way; posting goes ahead.
 */
async function findPosted(deps: DigestDeps, slot: Date): Promise<PostedSlot | null> {
  const id = slotId(slot);
  try {
    const res = await deps.client.conversations.history({ channel: deps.config.channel, oldest: String(Math.floor(slot.getTime() / 1000) - 60), limit: 100, include_all_metadata: true });
    const mine = (res.messages ?? []).find((m) => m.metadata?.event_type === DIGEST_EVENT && (m.metadata.event_payload as { slot?: string } | undefined)?.slot === id);
    if (!mine?.ts) return null;
    return { channel: deps.config.channel, ts: mine.ts, postedAt: new Date(Number(mine.ts) * 1000).toISOString(), factIds: [], recovered: true };
  } catch {
    return null;
  }
}

/** One line a person can read in a log or a terminal. */
export function describeOutcome(o: PostOutcome): string {
  switch (o.status) {
    case 'posted':
      return `Posted the digest for slot ${o.slot} to ${o.channel} (ts ${o.ts}, ${o.digest.items.length} facts).`;
    case 'already':
      return `The digest for slot ${o.slot} was already posted to ${o.posted.channel} at ${o.posted.postedAt} (ts ${o.posted.ts}); nothing to do. Use --force to post again.`;
    case 'recovered':
      return `The digest for slot ${o.slot} was already in ${o.posted.channel} (ts ${o.posted.ts}) but not recorded; recorded it now instead of posting again.`;
    case 'nothing':
      return `Nothing to post for slot ${o.slot}: no informative facts in the documents.`;
    case 'failed':
      return o.posted
        ? `The digest for slot ${o.slot} was posted (ts ${o.posted.ts}) but could NOT be recorded: ${o.reason}. It will not be posted again; fix the store so it can be recorded.`
        : `The digest for slot ${o.slot} was NOT posted: ${o.reason}. It will be posted on the next run.`;
  }
}
