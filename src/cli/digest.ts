/**
 * `npm run digest`: the digest that would be posted now, without posting.
 * `-- --post` posts it to DIGEST_CHANNEL, once per slot; `-- --force` posts again anyway.
 */
import 'dotenv/config';
import { chooseDigest } from '../digest/choose.js';
import { readDigestConfig } from '../digest/config.js';
import { describeOutcome, postDigest } from '../digest/post.js';
import { currentSlot, slotDate, slotId } from '../digest/slots.js';
import { dataDirOf } from '../facts/table.js';
import { webClient } from '../slack/client.js';
import { ConfigError, readApiAccess } from '../slack/config.js';
import { fileDigestStore } from '../store/digest.js';
import { fileGapStore } from '../store/gaps.js';
import { parseArgs } from './args.js';
import { loadEngine, run, seedsDir, UsageError } from './common.js';
import { formatDigest } from './format.js';

const USAGE = `usage: npm run digest -- [--post [--force]] [--json] [--seeds DIR]
  Without --post, prints the digest that would be posted now.`;

run(async () => {
  const args = parseArgs(process.argv.slice(2), { flags: ['post', 'force', 'json', 'help'], options: ['seeds'] });
  if (args.flags.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.error || args.positional.length) throw new UsageError(`${args.error ?? `unexpected ${args.positional.join(' ')}`}\n${USAGE}`);
  if (args.flags.force && !args.flags.post) throw new UsageError(`--force only makes sense with --post\n${USAGE}`);
  let config;
  let access;
  try {
    config = readDigestConfig();
    if (args.flags.post) {
      access = readApiAccess();
      if (!config.channel) throw new ConfigError('DIGEST_CHANNEL is missing: set it to the id of the channel to post the digest to (C0123ABCD).');
    }
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.message);
    throw err;
  }
  const engine = await loadEngine(seedsDir(args.options.seeds));
  const store = fileDigestStore(dataDirOf(), { onCorrupt: (err) => console.error(`warning: ${err.message}`) });
  const now = new Date();
  const slot = currentSlot(config, now) ?? now;

  if (!args.flags.post) {
    const state = await store.read();
    const digest = chooseDigest(engine.table, state, config.size);
    const posted = state.slots[slotId(slot)];
    if (args.flags.json) {
      console.log(JSON.stringify({ slot: slotId(slot), posted: posted ?? null, restarted: digest.restarted, items: digest.items.map((i) => ({ factId: i.fact.id, lead: i.lead, isNew: i.isNew, quote: i.fact.text, document: i.fact.document, title: i.fact.title, paragraph: i.fact.paragraph })) }));
      return 0;
    }
    console.log(formatDigest(`Fact digest · ${slotDate(slot, config.timezone)}`, digest.items));
    console.log(`\n(preview for slot ${slotId(slot)}: ${posted ? `already posted at ${posted.postedAt}` : 'not posted yet'}${config.channel ? '' : '; set DIGEST_CHANNEL to post it'})`);
    return 0;
  }

  // The app skips a slot missed by more than DIGEST_CATCHUP_HOURS (stale news); so does --post, unless forced.
  const age = now.getTime() - slot.getTime();
  if (!args.flags.force && age > config.catchupHours * 3_600_000) {
    const line = `Not posting the digest for slot ${slotId(slot)}: it is ${Math.round(age / 3_600_000)} h old, more than DIGEST_CATCHUP_HOURS (${config.catchupHours} h). The next slot is posted on schedule; --force posts this one anyway.`;
    if (args.flags.json) console.log(JSON.stringify({ status: 'stale', slot: slotId(slot) }));
    else console.log(line);
    return 0;
  }
  const client = webClient(access!);
  const gaps = fileGapStore(dataDirOf());
  const outcome = await postDigest({ table: engine.table, store, client, config: { ...config, channel: config.channel! }, gaps: () => gaps.all() }, slot, { force: args.flags.force });
  if (args.flags.json) console.log(JSON.stringify({ status: outcome.status, slot: outcome.slot, ...(outcome.status === 'posted' ? { channel: outcome.channel, ts: outcome.ts } : {}), ...(outcome.status === 'failed' ? { reason: outcome.reason, ...(outcome.posted ? { postedTs: outcome.posted.ts } : {}) } : {}) }));
  else (outcome.status === 'failed' ? console.error : console.log)(describeOutcome(outcome));
  return outcome.status === 'failed' ? 1 : 0;
});
