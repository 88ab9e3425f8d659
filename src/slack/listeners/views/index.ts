import type { App } from '@slack/bolt';
import { FEEDBACK_VIEW } from '../../blocks.js';
import { parseActionValue, type BotContext } from '../../context.js';

/** Modal submissions: "What was wrong?" after a 👎. */
export function registerViews(app: App, ctx: BotContext): void {
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
