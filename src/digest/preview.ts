/** `/ask digest`: the next digest as the person asking would see it, shown only to them. */
import type { FactTable } from '../facts/types.js';
import { digestMessage, type Message } from '../slack/blocks.js';
import type { DigestStore } from '../store/digest.js';
import type { Gap } from '../store/gaps.js';
import { chooseDigest } from './choose.js';
import type { DigestConfig } from './config.js';
import { nextSlot, slotDate } from './slots.js';

export async function digestPreview(table: FactTable, store: DigestStore, config: DigestConfig, now = new Date(), gaps?: () => Promise<Gap[]>): Promise<Message> {
  const digest = chooseDigest(table, await store.read(), config.size);
  const next = nextSlot(config, now);
  const when = config.channel
    ? next
      ? `The next one posts in <#${config.channel}> on ${slotDate(next, config.timezone)} (${config.cron}, ${config.timezone}).`
      : 'Its schedule has no further runs.'
    : 'The daily digest is off: set DIGEST_CHANNEL to turn it on.';
  const open = config.gaps && gaps ? await gaps().catch(() => []) : [];
  return digestMessage(digest.items, { date: slotDate(now, config.timezone), preview: when, gaps: open });
}
