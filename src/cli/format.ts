/** Plain-text rendering of answers and facts for the terminal. */
import type { Answer, Source } from '../answer/types.js';
import type { Fact } from '../facts/types.js';

/** Where in its document a quote stands: the section too, which a list item's meaning may hang on ("Not covered" / "- Parking tickets"). */
const placeOf = (s: Source) => [s.section ? `section "${s.section}"` : null, `paragraph ${s.paragraph}`].filter(Boolean).join(', ');

export function sourceLine(s: Source): string {
  return `${s.title} (${s.document}), ${placeOf(s)}${s.url ? ` — ${s.url}` : ''}`;
}

export function formatAnswer(a: Answer): string {
  const lines: string[] = [];
  if (a.reason === 'empty') {
    lines.push('Please ask a question about the documents: who, what, when, how many…');
    return lines.join('\n');
  }
  if (!a.answered) {
    lines.push(`I'm not confident the sources answer that. (confidence ${a.confidence.toFixed(2)})`);
    if (a.alternatives.length) {
      lines.push('', "The closest passages I found; check whether one of them answers it:");
      for (const alt of a.alternatives) lines.push(`  • "${alt.quote}"`, `    ${sourceLine(alt.source)}`);
    }
    return lines.join('\n');
  }
  if (a.answer) lines.push(`Answer: ${a.answer}`, '');
  lines.push(`"${a.quote}"`, `  — ${sourceLine(a.source!)}`, `  confidence ${a.confidence.toFixed(2)}`);
  if (a.alternatives.length) {
    lines.push('', 'Also in the sources:');
    for (const alt of a.alternatives) lines.push(`  • "${alt.quote}"`, `    ${sourceLine(alt.source)} (confidence ${alt.confidence.toFixed(2)})`);
  }
  if (a.truncated) lines.push('', '(The question was long; only its beginning was read.)');
  return lines.join('\n');
}

/** One line per answer, for questions read from standard input. */
export function formatAnswerLine(a: Answer): string {
  if (a.reason === 'empty') return '(no question)';
  if (!a.answered) return `[not found] ${a.question}`;
  return `${a.answer ? `${a.answer} — ` : ''}"${a.quote}" (${a.source!.title}, ${placeOf(a.source!)}; confidence ${a.confidence.toFixed(2)})`;
}

/** The JSON contract of `ask --json`. */
export function answerJson(a: Answer): object {
  return {
    question: a.question,
    answered: a.answered,
    answer: a.answer,
    quote: a.quote,
    source: a.source,
    confidence: a.confidence,
    alternatives: a.alternatives.map((x) => ({ quote: x.quote, source: x.source, confidence: x.confidence })),
    factId: a.factId,
    ...(a.reason ? { reason: a.reason } : {}),
    ...(a.truncated ? { truncated: true } : {}),
  };
}

/** A digest as it would read in the channel, for the terminal. */
export function formatDigest(title: string, items: readonly { fact: Fact; lead: string | null; isNew: boolean }[]): string {
  if (items.length === 0) return `${title}\n\nNo informative facts to post: add documents to the documents folder.`;
  const lines = [title, ''];
  items.forEach((item, i) => {
    const lead = [item.isNew ? '[new source]' : null, item.lead].filter(Boolean).join(' ');
    lines.push(`${i + 1}. ${lead}`.trimEnd(), `   "${item.fact.text}"`, `   — ${sourceLine(item.fact)}`, '');
  });
  lines.push('Ask a follow-up with /ask <question>, or mention the bot in a channel.');
  return lines.join('\n');
}
