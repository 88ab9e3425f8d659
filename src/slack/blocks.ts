/** Every Block Kit message and view the bot sends, in one place. */
import type { Alternative, Answer, Source } from '../answer/types.js';
import type { DocumentInfo, Fact } from '../facts/types.js';
import type { Gap } from '../store/gaps.js';
import { verifiedTitle, type VerifiedFact } from '../store/verified.js';
import { escapeMrkdwn as esc, LIMITS, slackLink, truncate } from './escape.js';
import { DOCUMENT_KINDS } from '../facts/folder.js';

export interface Message {
  text: string;
  blocks: Block[];
}
// Block Kit is plain JSON; a loose type keeps this file readable.
export type Block = Record<string, unknown>;

export const ACTIONS = {
  share: 'share_answer',
  more: 'more_sources',
  /** Slack's own 👍 / 👎 (feedback_buttons); the two below are those of answers posted before it. */
  feedback: 'answer_feedback',
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
  feedbackDetail: 'feedback_detail',
  askExpert: 'ask_expert',
  example: 'ask_example',
  verifiedEdit: 'verified_edit',
  verifiedRemove: 'verified_remove',
} as const;

/** The modal a curator saves or edits a verified fact in (its callback id). */
export const SAVE_FACT_VIEW = 'save_fact_view';

/** The modal asking what was wrong with an answer (its callback id). */
export const FEEDBACK_VIEW = 'feedback_detail_view';

const mrkdwn = (text: string, max: number = LIMITS.sectionText) => ({ type: 'mrkdwn', text: truncate(text, max) });
const section = (text: string) => ({ type: 'section', text: mrkdwn(text) });
const context = (text: string) => ({ type: 'context', elements: [mrkdwn(text, LIMITS.contextText)] });

/** The citation: the title, linked to the original when the document gives its address. */
export function sourceText(s: Source): string {
  const title = s.url ? slackLink(s.url, s.title) : esc(s.title);
  return [`_${title}_`, s.section ? esc(s.section) : null, `paragraph ${s.paragraph}`].filter(Boolean).join(' · ');
}

const quote = (text: string) => `>${esc(text).replace(/\n/g, '\n>')}`;

/**
 * What a button needs to act later: the question and the fact (and a verdict, for feedback),
 * small enough for a button value. context.ts parseActionValue reads it back.
 */
export function actionValue(a: Pick<Answer, 'question' | 'factId'>, verdict?: 'up' | 'down'): string {
  return JSON.stringify({ q: truncate(a.question, 1500), f: a.factId, ...(verdict ? { v: verdict } : {}) });
}

/** Native 👍 / 👎 under an answer; each button's value carries the question, the fact and the verdict. */
function feedbackBlock(a: Answer): Block {
  const value = (v: 'up' | 'down') => actionValue(a, v);
  return {
    type: 'context_actions',
    block_id: 'answer_feedback',
    elements: [
      {
        type: 'feedback_buttons',
        action_id: ACTIONS.feedback,
        positive_button: { text: { type: 'plain_text', text: '👍' }, accessibility_label: 'This answer helped', value: value('up') },
        negative_button: { text: { type: 'plain_text', text: '👎' }, accessibility_label: "This answer didn't help", value: value('down') },
      },
    ],
  };
}

export interface AnswerOptions {
  ephemeral?: boolean;
  sharedBy?: string;
  /** A decline in a channel with experts: offer to ask them (never pinging anyone without the click). */
  askExpert?: boolean;
}

export function answerMessage(a: Answer, opts: AnswerOptions = {}): Message {
  if (a.reason === 'empty') return helpMessage([], "I didn't catch a question there.");
  const blocks: Block[] = [];
  if (!a.answered) {
    blocks.push(section(`I'm not confident the sources answer that${a.question ? `: _${esc(truncate(a.question, 300))}_` : ''}.`));
    if (a.alternatives.length) {
      // Not "these do not answer it": the right sentence is sometimes among them, and the reader can judge a quote.
      blocks.push(context('The closest passages I found; check whether one of them answers it:'));
      for (const alt of a.alternatives.slice(0, LIMITS.blocks - blocks.length - 1)) blocks.push(section(`${quote(alt.quote)}\n${sourceText(alt.source)}`));
    }
    if (opts.askExpert && a.question) {
      blocks.push({
        type: 'actions',
        block_id: 'decline_actions',
        elements: [{ type: 'button', action_id: ACTIONS.askExpert, text: { type: 'plain_text', text: 'Ask an expert' }, value: actionValue(a) }],
      });
    }
    return { text: "I'm not confident the sources answer that.", blocks };
  }
  // Rich text: the short answer in bold, the sentence as a quote. Its text is literal (nothing in
  // it is read as markup or a mention), so it needs no escaping.
  blocks.push({
    type: 'rich_text',
    block_id: 'answer_quote',
    elements: [
      ...(a.answer ? [{ type: 'rich_text_section', elements: [{ type: 'text', text: truncate(a.answer, 300), style: { bold: true } }] }] : []),
      { type: 'rich_text_quote', elements: [{ type: 'text', text: truncate(a.quote!, LIMITS.sectionText) }] },
    ],
  });
  blocks.push(context(`${sourceText(a.source!)} · confidence ${Math.round(a.confidence * 100)}%${opts.sharedBy ? ` · shared by <@${opts.sharedBy}>` : ''}${a.truncated ? ' · only the start of a long question was read' : ''}`));
  const value = actionValue(a);
  const buttons: Block[] = [];
  if (opts.ephemeral) buttons.push({ type: 'button', action_id: ACTIONS.share, text: { type: 'plain_text', text: 'Share in channel' }, style: 'primary', value });
  if (a.alternatives.length) buttons.push({ type: 'button', action_id: ACTIONS.more, text: { type: 'plain_text', text: `More sources (${a.alternatives.length})` }, value });
  if (buttons.length) blocks.push({ type: 'actions', block_id: 'answer_actions', elements: buttons });
  blocks.push(feedbackBlock(a));
  const text = truncate(`${a.answer ? `${a.answer}: ` : ''}"${a.quote}" (${a.source!.title})`, LIMITS.fallbackText);
  return { text: esc(text), blocks };
}

export function moreSourcesMessage(question: string, alternatives: Alternative[]): Message {
  if (alternatives.length === 0) return { text: 'No other sources.', blocks: [section('No other sources say more about that.')] };
  const blocks: Block[] = [context(`More sources for _${esc(truncate(question, 300))}_`)];
  // One block is kept for saying how many did not fit in Slack's 50.
  const shown = alternatives.slice(0, LIMITS.blocks - 2);
  for (const alt of shown) blocks.push(section(`${quote(alt.quote)}\n${sourceText(alt.source)} · confidence ${Math.round(alt.confidence * 100)}%`));
  if (shown.length < alternatives.length) blocks.push(context(`…and ${alternatives.length - shown.length} more.`));
  return { text: `${alternatives.length} more sources`, blocks };
}

/** `examples` come from the documents (answer/examples.ts), so they always fit the library. */
export function helpMessage(examples: readonly string[], lead?: string): Message {
  const lines = [
    lead ? `${lead}\n` : '',
    'Ask me a question about the source documents and I will answer with the sentence that says so, and where it comes from.',
    `• \`/ask ${esc('<question>')}\`: a private answer, with a button to share it`,
    '• mention me in a channel: I answer in the thread',
    '• send me a direct message',
    '• `/ask sources`: the documents I answer from',
    '• `/ask digest`: a private preview of the next daily digest',
    ...(examples.length ? ['', '*Try:*', ...examples.map((e) => `• \`/ask ${esc(e)}\``)] : []),
  ];
  return { text: 'How to ask the fact bot', blocks: [section(lines.join('\n').trim())] };
}

export function sourcesMessage(docs: DocumentInfo[]): Message {
  if (docs.length === 0) return { text: 'No sources yet.', blocks: [section(`There are no source documents yet: add ${DOCUMENT_KINDS} files to the documents folder.`)] };
  const lines = docs.map((d) => {
    const where = [d.collection ? `${esc(d.collection)}${d.private ? ' 🔒 private' : ''}` : null, d.indexedAt ? `indexed ${d.indexedAt.slice(0, 10)}` : null].filter(Boolean).join(' · ');
    return `• *${d.url ? slackLink(d.url, d.title) : esc(d.title)}* (\`${esc(d.document)}\`): ${d.facts} ${d.facts === 1 ? 'fact' : 'facts'}${where ? ` · ${where}` : ''}`;
  });
  const blocks: Block[] = [section(`*Sources* (${docs.length})`)];
  // One section per chunk keeps each inside Slack's 3,000-character limit.
  for (let i = 0; i < lines.length && blocks.length < LIMITS.blocks; i += 20) blocks.push(section(lines.slice(i, i + 20).join('\n')));
  return { text: `${docs.length} source documents`, blocks };
}

export function rateLimitedMessage(perMinute: number): Message {
  return { text: `You're asking quickly: I answer up to ${perMinute} questions a minute per person. Try again in a moment.`, blocks: [] };
}

/** `detail`: the 👎's value, so "What was wrong?" can say which answer it is about. */
export function feedbackAck(verdict: 'up' | 'down', detail?: string): Message {
  if (verdict === 'up') return { text: 'Thanks, noted that this answer helped.', blocks: [] };
  const text = "Thanks, noted that this answer didn't help. Try rephrasing, or `/ask sources` to see what I know.";
  if (!detail || detail.length > LIMITS.buttonValue) return { text, blocks: [] };
  return {
    text,
    blocks: [
      section(text),
      { type: 'actions', block_id: 'feedback_detail', elements: [{ type: 'button', action_id: ACTIONS.feedbackDetail, text: { type: 'plain_text', text: 'What was wrong?' }, value: detail }] },
    ],
  };
}

/** The optional "what was wrong?" after a 👎: one short text field. */
export function feedbackDetailView(value: string): Record<string, unknown> {
  return {
    type: 'modal',
    callback_id: FEEDBACK_VIEW,
    private_metadata: truncate(value, 3000),
    title: { type: 'plain_text', text: 'What was wrong?' },
    submit: { type: 'plain_text', text: 'Send' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'input',
        block_id: 'what',
        label: { type: 'plain_text', text: 'What was wrong with the answer?' },
        element: { type: 'plain_text_input', action_id: 'text', multiline: true, max_length: 1000, placeholder: { type: 'plain_text', text: 'Wrong sentence, out of date, the answer is elsewhere…' } },
      },
    ],
  };
}

/** Posted in the thread when someone clicks "Ask an expert": the experts mentioned, the question quoted. */
export function expertRequestMessage(question: string, experts: readonly string[], askedBy: string): Message {
  const who = experts.map((id) => (id.startsWith('S') ? `<!subteam^${id}>` : `<@${id}>`)).join(' ');
  const text = `${who} <@${askedBy}> asked something the documents don't answer:\n${quote(truncate(question, 1500))}\nCan you help? A curator can save your reply as a fact.`;
  return { text: truncate(`${experts.length ? 'Experts' : 'Someone'}: can you help with a question the documents don't answer?`, LIMITS.fallbackText), blocks: [section(text)] };
}

/** "Save as a fact": the message's text, editable before it is saved; `meta` says where it came from (or which fact is edited). */
export function saveFactView(text: string, meta: object, editing = false): Record<string, unknown> {
  return {
    type: 'modal',
    callback_id: SAVE_FACT_VIEW,
    private_metadata: truncate(JSON.stringify(meta), 3000),
    title: { type: 'plain_text', text: editing ? 'Edit verified fact' : 'Save as a fact' },
    submit: { type: 'plain_text', text: 'Save' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      context('Saved facts are quoted like any source, as verified by you, in every channel that sees the `verified` collection.'),
      {
        type: 'input',
        block_id: 'fact',
        label: { type: 'plain_text', text: 'The fact, as it should be quoted' },
        element: { type: 'plain_text_input', action_id: 'text', multiline: true, max_length: 3000, initial_value: truncate(text, 3000) },
      },
    ],
  };
}

export function savedFactMessage(f: VerifiedFact, edited: boolean): Message {
  const lead = edited ? 'Updated the verified fact' : 'Saved as a verified fact';
  return { text: `${lead}: "${truncate(esc(f.text), 2500)}"`, blocks: [section(`${lead}; I answer from it from now on:\n${quote(truncate(f.text, 2500))}`), context(esc(verifiedTitle(f)))] };
}

/** For curators: the verified facts, each editable and removable. */
function verifiedBlocks(facts: readonly VerifiedFact[]): Block[] {
  if (facts.length === 0) return [section('*Verified facts*\nNone yet: use *Save as a fact* on a message (its ⋮ menu) to add one.')];
  const blocks: Block[] = [section(`*Verified facts* (${facts.length})`)];
  for (const f of facts.slice(-15).reverse()) {
    blocks.push({
      type: 'section',
      text: mrkdwn(`${quote(truncate(f.text, 500))}\n${f.permalink ? slackLink(f.permalink, verifiedTitle(f)) : esc(verifiedTitle(f))}`),
    });
    blocks.push({
      type: 'actions',
      block_id: `verified_${f.id}`,
      elements: [
        { type: 'button', action_id: ACTIONS.verifiedEdit, text: { type: 'plain_text', text: 'Edit' }, value: f.id },
        { type: 'button', action_id: ACTIONS.verifiedRemove, text: { type: 'plain_text', text: 'Remove' }, style: 'danger', value: f.id, confirm: { title: { type: 'plain_text', text: 'Remove this fact?' }, text: { type: 'plain_text', text: 'It will no longer be quoted.' }, confirm: { type: 'plain_text', text: 'Remove' }, deny: { type: 'plain_text', text: 'Keep' } } },
      ],
    });
  }
  return blocks;
}

/** Up to four of the engine's example questions, as the agent view's suggested prompts. */
export function suggestedPrompts(examples: readonly string[]): { title: string; prompts: Array<{ title: string; message: string }> } {
  return { title: 'Try asking', prompts: examples.slice(0, 4).map((e) => ({ title: truncate(e, 75), message: e })) };
}

/** For curators: the questions asked most that the documents don't answer, and those answered since. */
function gapBlocks(gaps: readonly Gap[]): Block[] {
  const shown = gaps.slice(0, 10);
  if (shown.length === 0) return [section('*Questions the documents don\'t answer yet*\nNone so far.')];
  const lines = shown.map((g) => {
    const times = g.asked === 1 ? 'asked once' : `asked ${g.asked} times`;
    const answered = g.answered ? ` · ✅ answered since ${g.answered.at.slice(0, 10)} by _${esc(g.answered.title)}_` : '';
    return `• ${esc(truncate(g.question, 200))} (${times}, last ${g.lastAt.slice(0, 10)})${answered}`;
  });
  return [section(`*Questions the documents don't answer yet* (${gaps.filter((g) => !g.answered).length} open)\n${lines.join('\n')}`)];
}

/** `curator`: what only curators see (the open gaps, the verified facts). */
export function homeView(docs: DocumentInfo[], examples: readonly string[], curator: { gaps: readonly Gap[]; verified: readonly VerifiedFact[] } | null = null): { type: 'home'; blocks: Block[] } {
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Fact bot' } },
    section(`I answer questions from the source documents, always quoting the sentence that says so. Ask with \`/ask ${esc('<question>')}\`, by mentioning me in a channel, or in a direct message.`),
    ...(examples.length
      ? [
          section('*Try an example:*'),
          { type: 'actions', block_id: 'examples', elements: examples.map((e, i) => ({ type: 'button', action_id: `${ACTIONS.example}_${i}`, text: { type: 'plain_text', text: truncate(e, 75) }, value: truncate(e, LIMITS.buttonValue) })) },
        ]
      : []),
    ...(curator ? [{ type: 'divider' }, ...gapBlocks(curator.gaps), { type: 'divider' }, ...verifiedBlocks(curator.verified)] : []),
    { type: 'divider' },
    ...sourcesMessage(docs).blocks,
  ];
  return { type: 'home', blocks: blocks.slice(0, 100) };
}

/** One fact of a digest, as the digest layer chose it. */
export interface DigestEntry {
  fact: Fact;
  lead: string | null;
  isNew: boolean;
}

/** `preview`, when set, says this is a private preview and when the real one posts. */
/** At most this many unanswered questions in a digest: a nudge, not a report. */
const DIGEST_GAPS = 3;

/** `gaps`: open questions to list under the facts (DIGEST_GAPS=on), most asked first. */
export function digestMessage(entries: readonly DigestEntry[], opts: { date: string; preview?: string; gaps?: readonly Gap[] }): Message {
  const title = `Fact digest · ${opts.date}`;
  if (entries.length === 0) {
    return { text: title, blocks: [section(`*${esc(title)}*\nThere are no facts to post yet: the documents folder has nothing informative in it.`)] };
  }
  const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: truncate(title, LIMITS.headerText) } }];
  if (opts.preview) blocks.push(context(`Preview: only you can see this. ${opts.preview}`));
  for (const e of entries) {
    const lead = [e.isNew ? '🆕 *New source*' : null, e.lead ? `*${esc(e.lead)}*` : null].filter(Boolean).join(' · ');
    blocks.push(section(`${lead ? `${lead}\n` : ''}${quote(e.fact.text)}`));
    blocks.push(context(sourceText(e.fact)));
  }
  const gaps = (opts.gaps ?? []).filter((g) => !g.answered && g.openly).slice(0, DIGEST_GAPS);
  if (gaps.length) {
    blocks.push({ type: 'divider' });
    blocks.push(section(`*Questions the documents don't answer yet*\n${gaps.map((g) => `• ${esc(truncate(g.question, 300))}${g.asked > 1 ? ` (asked ${g.asked} times)` : ''}`).join('\n')}`));
    blocks.push(context('Know the answer? Reply in the thread of the question, and a curator can save it as a fact.'));
  }
  blocks.push({ type: 'divider' });
  // Escaped: Slack reads a bare <…> as a link or mention, even inside backticks.
  blocks.push(context(`Ask a follow-up with \`/ask ${esc('<question>')}\`, or mention me in a channel.`));
  const text = truncate(`${title}: ${entries.map((e) => e.lead ?? e.fact.text).join('; ')}`, LIMITS.fallbackText);
  return { text: esc(text), blocks: blocks.slice(0, LIMITS.blocks) };
}
