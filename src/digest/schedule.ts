/**
 * The running app's digest: croner fires each slot in DIGEST_TZ (so 09:00 stays 09:00 across
 * daylight-saving changes); a slot missed while the app was down is caught up at start if recent
 * enough; a failed post is tried again every few minutes while the slot is within that window.
 * A post Slack accepted but the store could not record is remembered here and only its record
 * is retried: the app never posts a slot twice.
 */
import { Cron } from 'croner';
import type { PostedSlot } from '../store/digest.js';
import { describeOutcome, postDigest, type DigestDeps, type PostOutcome } from './post.js';
import { currentSlot, slotId } from './slots.js';

export interface DigestLogger {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
}

export const RETRY_MINUTES = 5;

export interface DigestSchedule {
  /** The start-up catch-up: what happened to the latest slot, or null if none was due. */
  catchUp: Promise<PostOutcome | null>;
  nextRun(): Date | null;
  /** No more slots or retries; resolves when a post under way has finished, or after `waitMs`. */
  stop(waitMs?: number): Promise<void>;
}

export function startDigestSchedule(deps: DigestDeps, logger: DigestLogger): DigestSchedule {
  const { config } = deps;
  const windowMs = config.catchupHours * 3_600_000;
  const retries = new Set<Cron>();
  let stopped = false;
  // Posts Slack took that the store has not recorded yet, by slot.
  const unrecorded = new Map<string, PostedSlot>();
  const running = new Set<Promise<PostOutcome>>();

  const attempt = (slot: Date): Promise<PostOutcome> => {
    const p = attemptOnce(slot).finally(() => running.delete(p));
    running.add(p);
    return p;
  };
  const attemptOnce = async (slot: Date): Promise<PostOutcome> => {
    const id = slotId(slot);
    const outcome = await postDigest(deps, slot, { known: unrecorded.get(id) });
    if (outcome.status === 'failed' && outcome.posted) unrecorded.set(id, outcome.posted);
    else if (outcome.status !== 'failed') unrecorded.delete(id);
    const line = describeOutcome(outcome);
    if (outcome.status === 'failed') {
      logger.error(line);
      const retryAt = new Date(Date.now() + RETRY_MINUTES * 60_000);
      // The same window as catching up: a digest far later than its slot is stale news.
      if (!stopped && retryAt.getTime() - slot.getTime() <= windowMs) {
        const retry: Cron = new Cron(retryAt, { catch: true }, () => {
          retries.delete(retry);
          void attempt(slot);
        });
        retries.add(retry);
        logger.info(`Will try slot ${slotId(slot)} again at ${retryAt.toISOString()}.`);
      }
    } else logger.info(line);
    return outcome;
  };

  const job = new Cron(config.cron, { timezone: config.timezone, protect: true, catch: true }, async () => {
    const slot = currentSlot(config, new Date());
    if (slot) await attempt(slot);
  });

  const catchUp = (async (): Promise<PostOutcome | null> => {
    const now = new Date();
    const slot = currentSlot(config, now);
    if (!slot) return null;
    const state = await deps.store.read();
    if (state.slots[slotId(slot)]) return null;
    if (now.getTime() - slot.getTime() > windowMs) {
      // A first start has missed nothing: the digest simply begins with the next slot.
      if (Object.keys(state.slots).length > 0) {
        logger.warn(`Skipped the digest for slot ${slotId(slot)}: it was missed while the bot was down, and is more than DIGEST_CATCHUP_HOURS (${config.catchupHours} h) old.`);
      }
      return null;
    }
    logger.info(`Catching up the digest for slot ${slotId(slot)}, missed while the bot was down.`);
    return attempt(slot);
  })().catch((err: Error) => {
    logger.error(`Could not check for a missed digest: ${err.message}`);
    return null;
  });

  return {
    catchUp,
    nextRun: () => job.nextRun(),
    async stop(waitMs = 0) {
      stopped = true;
      job.stop();
      for (const r of retries) r.stop();
      retries.clear();
      if (running.size && waitMs > 0) await Promise.race([Promise.allSettled([...running]), new Promise((r) => setTimeout(r, waitMs))]);
    },
  };
}
