import type { App } from '@slack/bolt';
import { FEEDBACK_VIEW, SAVE_FACT_VIEW, savedFactMessage } from '../../blocks.js';
import { parseActionValue, recheckGaps, safely, type BotContext } from '../../context.js';
import { escapeMrkdwn } from '../../escape.js';
import { publishHome } from '../../home.js';
import type { VerifiedFact } from '../../../store/verified.js';

interface SaveMeta {
  /** Editing an existing fact. */
  id?: string;
  channel?: string | null;
  ts?: string;
  author?: string | null;
}

/** Modal submissions: "What was wrong?" after a 👎; a verified fact saved or edited. */
export function registerViews(app: App, ctx: BotContext): void {
  app.view(SAVE_FACT_VIEW, async ({ ack, view, body, client }) => {
    const text = String(view.state.values.fact?.text?.value ?? '').trim();
    if (!text) {
      await ack({ response_action: 'errors', errors: { fact: 'A fact needs some text.' } });
      return;
    }
    await ack();
    if (!ctx.verified || !ctx.config.curators.has(body.user.id)) return;
    let meta: SaveMeta = {};
    try {
      meta = JSON.parse(view.private_metadata || '{}') as SaveMeta;
    } catch {
      // A modal of an older version: saved without its origin.
    }
    const by = { id: body.user.id, name: body.user.name || body.user.id };
    const at = new Date().toISOString();
    const tell = (m: { text: string; blocks?: unknown[] }) => safely(ctx, 'chat.postMessage (verified fact)', () => client.chat.postMessage({ channel: body.user.id, ...(m as { text: string }) }));
    try {
      let saved: VerifiedFact | undefined;
      if (meta.id) {
        if (!(await ctx.verified.store.edit(meta.id, text, by, at))) {
          await tell({ text: 'That fact was removed meanwhile; nothing was changed.' });
          return;
        }
        saved = ctx.verified.store.list().find((f) => f.id === meta.id);
      } else {
        let permalink: string | null = null;
        if (meta.channel && meta.ts) {
          await safely(ctx, 'chat.getPermalink', async () => {
            permalink = String((await client.chat.getPermalink({ channel: meta.channel!, message_ts: meta.ts! })).permalink ?? '') || null;
          });
        }
        saved = await ctx.verified.store.add({ text, author: meta.author ?? null, verifiedBy: by, at, permalink, channel: meta.channel ?? null });
      }
      // Answered from at once: the engine rebuilds with it before the curator is told.
      await ctx.verified.changed();
      // What people asked before and this answers shows as answered in App Home.
      await recheckGaps(ctx);
      if (saved) await tell(savedFactMessage(saved, !!meta.id));
      await publishHome(ctx, client, body.user.id);
    } catch (err) {
      ctx.logger.error(`saving a verified fact failed: ${(err as Error).message}`);
      // Nothing is lost: the text goes back to the curator to save again.
      await tell({ text: `Sorry, I couldn't save that fact just now (${(err as Error).message}). Here is its text to try again:\n${escapeMrkdwn(text)}` });
    }
  });

  app.view(FEEDBACK_VIEW, async ({ ack, view, body }) => {
    const v = parseActionValue(view.private_metadata);
    const comment = String(view.state.values.what?.text?.value ?? '').trim().slice(0, 1000);
    if (!comment) {
      await ack({ response_action: 'errors', errors: { what: 'Say in a few words what was wrong, or cancel.' } });
      return;
    }
    if (!v) {
      await ack();
      return;
    }
    // Saved before the modal closes (a local append, well inside Slack's 3 s): a failure is said in the modal, and the text is not lost.
    try {
      await ctx.feedback.record({ question: v.q, factId: v.f, userId: body.user.id, verdict: 'down', at: new Date().toISOString(), comment });
      await ack();
    } catch (err) {
      ctx.logger.error(`recording what was wrong failed: ${(err as Error).message}`);
      await ack({ response_action: 'errors', errors: { what: "Sorry, I couldn't save that just now. Try Send again in a moment." } });
    }
  });
}
