/** Every Block Kit message and view the bot sends, in one place. */
import type { Alternative, Answer, Source } from '../answer/types.js';
import type { DocumentInfo, Fact } from '../facts/types.js';
import { escapeMrkdwn as esc, LIMITS, slackLink, truncate } from './escape.js';

export interface Message {
  text: string;
  blocks: Block[];
}
// Block Kit is plain JSON; a loose type keeps this file readable.
export type Block = Record<string, unknown>;

export const ACTIONS = {
  share: 'share_answer',
  more: 'more_sources',
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
  example: 'ask_example',
} as const;

const mrkdwn = (text: string, max: number = LIMITS.sectionText) => ({ type: 'mrkdwn', text: truncate(text, max) });
const section = (text: string) => ({ type: 'section', text: mrkdwn(text) });
const context = (text: string) => ({ type: 'context', elements: [mrkdwn(text, LIMITS.contextText)] });

/** The citation: the title, linked to the original when the document gives its address. */
export function sourceText(s: Source): string {
  const title = s.url ? slackLink(s.url, s.title) : esc(s.title);
  return [`_${title}_`, s.section ? esc(s.section) : null, `paragraph ${s.paragraph}`].filter(Boolean).join(' · ');
}

const quote = (text: string) => `>${esc(text).replace(/\n/g, '\n>')}`;

/** What a button needs to act later: the question and the fact, small enough for a button value. */
export function actionValue(a: Answer): string {
  return JSON.stringify({ q: truncate(a.question, 1500), f: a.factId });
}

export function answerMessage(a: Answer, opts: { ephemeral?: boolean; sharedBy?: string } = {}): Message {
  if (a.reason === 'empty') return helpMessage([], "I didn't catch a question there.");
  const blocks: Block[] = [];
  if (!a.answered) {
    blocks.push(section(`I'm not confident the sources answer that${a.question ? `: _${esc(truncate(a.question, 300))}_` : ''}.`));
    if (a.alternatives.length) {
      // Not "these do not answer it": the right sentence is sometimes among them, and the reader can judge a quote.
      blocks.push(context('The closest passages I found; check whether one of them answers it:'));
      for (const alt of a.alternatives.slice(0, LIMITS.blocks - blocks.length)) blocks.push(section(`${quote(alt.quote)}\n${sourceText(alt.source)}`));
    }
    return { text: "I'm not confident the sources answer that.", blocks };
  }
  const head = a.answer ? `*${esc(a.answer)}*\n` : '';
  blocks.push(section(`${head}${quote(a.quote!)}`));
  blocks.push(context(`${sourceText(a.source!)} · confidence ${Math.round(a.confidence * 100)}%${opts.sharedBy ? ` · shared by <@${opts.sharedBy}>` : ''}${a.truncated ? ' · only the start of a long question was read' : ''}`));
  const value = actionValue(a);
  const buttons: Block[] = [];
  if (opts.ephemeral) buttons.push({ type: 'button', action_id: ACTIONS.share, text: { type: 'plain_text', text: 'Share in channel' }, style: 'primary', value });
  if (a.alternatives.length) buttons.push({ type: 'button', action_id: ACTIONS.more, text: { type: 'plain_text', text: `More sources (${a.alternatives.length})` }, value });
  buttons.push({ type: 'button', action_id: ACTIONS.feedbackUp, text: { type: 'plain_text', text: '👍', emoji: true }, value });
  buttons.push({ type: 'button', action_id: ACTIONS.feedbackDown, text: { type: 'plain_text', text: '👎', emoji: true }, value });
  blocks.push({ type: 'actions', block_id: 'answer_actions', elements: buttons });
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
  if (docs.length === 0) return { text: 'No sources yet.', blocks: [section('There are no source documents yet: add .txt or .md files to the documents folder.')] };
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

export function feedbackAck(verdict: 'up' | 'down'): Message {
  const text = verdict === 'up' ? 'Thanks, noted that this answer helped.' : "Thanks, noted that this answer didn't help. Try rephrasing, or `/ask sources` to see what I know.";
  return { text, blocks: [] };
}

export function homeView(docs: DocumentInfo[], examples: readonly string[]): { type: 'home'; blocks: Block[] } {
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Fact bot' } },
    section(`I answer questions from the source documents, always quoting the sentence that says so. Ask with \`/ask ${esc('<question>')}\`, by mentioning me in a channel, or in a direct message.`),
    ...(examples.length
      ? [
          section('*Try an example:*'),
          { type: 'actions', block_id: 'examples', elements: examples.map((e, i) => ({ type: 'button', action_id: `${ACTIONS.example}_${i}`, text: { type: 'plain_text', text: truncate(e, 75) }, value: truncate(e, LIMITS.buttonValue) })) },
        ]
      : []),
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
export function digestMessage(entries: readonly DigestEntry[], opts: { date: string; preview?: string }): Message {
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
  blocks.push({ type: 'divider' });
  // Escaped: Slack reads a bare <…> as a link or mention, even inside backticks.
  blocks.push(context(`Ask a follow-up with \`/ask ${esc('<question>')}\`, or mention me in a channel.`));
  const text = truncate(`${title}: ${entries.map((e) => e.lead ?? e.fact.text).join('; ')}`, LIMITS.fallbackText);
  return { text: esc(text), blocks: blocks.slice(0, LIMITS.blocks) };
}
