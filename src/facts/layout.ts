/**
 * A document's layout: which lines are its title, section headings, body paragraphs
 * and reader-facing boilerplate. A line break ends a paragraph.
 */
import { wordCount } from './text.js';

export type BlockKind = 'title' | 'heading' | 'body' | 'boilerplate';

export interface Block {
  kind: BlockKind;
  /** The block's text with Markdown markers removed; offsets point into the document. */
  text: string;
  start: number;
  end: number;
}

/** Headings are short; a longer unpunctuated line is more likely a paragraph that lost its full stop. */
const MAX_HEADING_WORDS = 14;
const FINAL_PUNCTUATION = /[.!?;…"'”’)\]]$/;

// Phrases that address the site's reader rather than report anything: comment policies,
// subscriptions, cookie notices, share prompts. A paragraph with one of them is not a fact.
const BOILERPLATE = new RegExp(
  [
    String.raw`\bour (site|website|newsletter|community guidelines|terms|privacy|comment)`,
    String.raw`\bcomments? (you|policy|section|are (moderated|closed))`,
    String.raw`\b(subscribe|sign up|log in) (to|for|now)\b`,
    String.raw`\bnewsletter\b`,
    String.raw`\b(accept|use) (of )?cookies\b`,
    String.raw`\bprivacy policy\b`,
    String.raw`\bterms of (use|service)\b`,
    String.raw`\ball rights reserved\b`,
    String.raw`\bclick here\b`,
    String.raw`\bfollow us\b`,
    String.raw`\bshare this (article|story|post)\b`,
    String.raw`\bplease be respectful\b`,
    String.raw`^advertisement$`,
    String.raw`^(read more|related( articles| stories)?|recommended)\b`,
    '©',
  ].join('|'),
  'i',
);

export function isBoilerplate(text: string): boolean {
  return BOILERPLATE.test(text.trim());
}

export function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && !FINAL_PUNCTUATION.test(t) && wordCount(t) <= MAX_HEADING_WORDS;
}

const MD_HEADING = /^(#{1,6})\s+/;
const MD_BULLET = /^(?:[-*+]|\d+[.)])\s+/;

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let offset = 0;
  for (const rawLine of text.split('\n')) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const lead = rawLine.length - rawLine.trimStart().length;
    let start = lineStart + lead;
    let line = rawLine.trim();
    if (!line) continue;

    const md = MD_HEADING.exec(line) ?? MD_BULLET.exec(line);
    const isMdHeading = md !== null && MD_HEADING.test(line);
    if (md) {
      start += md[0].length;
      line = line.slice(md[0].length);
    }
    line = line.replace(/\s+$/, '');
    if (!line) continue;
    const end = start + line.length;

    let kind: BlockKind;
    if (isBoilerplate(line)) kind = 'boilerplate';
    // Only the very first line can be the title; later headline-like lines are sections.
    else if (isMdHeading || looksLikeHeading(line)) kind = blocks.length === 0 ? 'title' : 'heading';
    else kind = 'body';
    blocks.push({ kind, text: line, start, end });
  }
  return blocks;
}
