/**
 * A document's layout: which lines are its title, section headings, body paragraphs
 * and reader-facing boilerplate. A line break ends a paragraph.
 */
import htmlTags from 'html-tags';
import { Lexer, type Token, type Tokens } from 'marked';
import { wordCount } from './text.js';

export type BlockKind = 'title' | 'heading' | 'body' | 'boilerplate';

export interface Block {
  kind: BlockKind;
  /** The block's text with Markdown markers removed; offsets point into the document. */
  text: string;
  /** A list item, table row or labelled value: terse by nature, not a fragment that lost its sentence. */
  item?: true;
  /** A fenced code block's lines. */
  code?: true;
  /** A bold run-in heading: it heads the one paragraph it opens, not what follows that. */
  runIn?: true;
  /** A Markdown heading's depth ("### Added" is 3): a deeper one is a part of the section above it. */
  level?: number;
  /** A mail header's field: about the document, not from its text. */
  about?: true;
  /** A chat message by someone outside the exchange above it: the question heading that exchange is not its section. */
  endsThread?: true;
  start: number;
  end: number;
}

/** Headings are short; a longer unpunctuated line is more likely a paragraph that lost its full stop. */
const MAX_HEADING_WORDS = 14;
const FINAL_PUNCTUATION = /[.!?;…"'”’)\]]$/;
/** Where a sentence ends; a wrapped line ending in a comma or semicolon runs on. */
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;
/** "From: …", "Subject: …": a capitalised label opens a line of its own, never a wrapped line's continuation. */
const LABEL_LINE = /^\p{Lu}[\p{L} -]{0,30}:\s/u;

// Phrases that address the site's reader rather than report anything: comment policies,
// subscriptions, share prompts. A paragraph with one of them is not a fact.
const BOILERPLATE = new RegExp(
  [
    // "By using our site…" is a site's; "book online through our website" a practice's own instruction.
    String.raw`\bour (newsletter|community guidelines|terms|privacy|comment)`,
    String.raw`\bby (using|continuing to use|visiting) (our|this) (site|website)\b`,
    String.raw`\bcomments? (you|policy|section|are (moderated|closed))`,
    // A site's prompt, not a handbook's instruction: "Sign up for shifts on the rota app" and "log in to
    // the portal" are facts a team asks about.
    String.raw`\b(subscribe|sign up|log in|register)( now| today)?( to| for)? (our|free|updates|now|today|to (comment|continue|read|reply))\b`,
    String.raw`^(subscribe|sign up|sign in|log in|log out|register)( now| today)?[.!]?$`,
    String.raw`\b(accept|use) (of )?cookies\b`,
    String.raw`\ball rights reserved\b`,
    String.raw`\bfollow us\b`,
    String.raw`\bshare this (article|story|post)\b`,
    String.raw`\bplease be respectful\b`,
    String.raw`^advertisement$`,
    String.raw`^(read more|related( articles| stories)?|recommended)\b`,
    '©',
    // (A footer's "Copyright 2026 Example Corp." in words, which a footer read for its address no longer drops whole.)
    String.raw`^copyright\s+(?:\(c\)\s+)?\d{4}\b`,
  ].join('|'),
  'i',
);
/**
 * Words a site's chrome is made of, but a team's documents use too: "Legal confirmed the discount
 * needs no change to the terms of service", "the staff newsletter goes out on Fridays". Chrome
 * only in a line as short as a banner or footer link row.
 */
// (A newsletter is chrome as a link or a sign-up, not in a title: "Oakfield Primary School – Newsletter, November 2026".)
const CHROME_WORDS = /\b(cookie settings|privacy policy|terms of (use|service)|click here)\b|^newsletters?$|\b(?:subscribe|sign up|sign-up|signup|join)\b.*\bnewsletter\b/i;
const CHROME_MAX_WORDS = 10;

/** Where a paragraph's sentences part, roughly: enough to weigh its chrome against its facts. */
const ROUGH_SENTENCE_END = /(?<=[.!?])\s+(?=\p{Lu})/u;

export function isBoilerplate(text: string): boolean {
  const t = text.trim();
  if (CHROME_WORDS.test(t) && t.split(/\s+/).length <= CHROME_MAX_WORDS) return true;
  if (!BOILERPLATE.test(t)) return false;
  // A paragraph that mostly addresses the site's reader is chrome; one that says something and then
  // points to a policy is not ("Personal data will be deleted six months after the draw closes. See
  // our privacy notice for details." had lost its fact).
  const sentences = t.split(ROUGH_SENTENCE_END);
  return sentences.filter((x) => BOILERPLATE.test(x)).length * 2 > sentences.length;
}

/** A line in capitals only, of two words or more ("WHICH KETTLES ARE AFFECTED?"). */
const SHOUTED = /^(?=(?:.*\p{Lu}){4})[\p{Lu}\d\s'’,:&()/-]+\s[\p{Lu}\d\s'’,:&()/-]+[?]?$/u;

export function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && !FINAL_PUNCTUATION.test(t) && wordCount(t) <= MAX_HEADING_WORDS && !isFactsLine(t);
}
/** Between facts set side by side on one line. */
export const SIDE_BY_SIDE = /\s[·•|]\s/g;
/** "Guide price £285,000 · Freehold · Council tax band C · EPC rating D": facts set side by side, not a heading. */
export const isFactsLine = (text: string): boolean => (text.match(SIDE_BY_SIDE)?.length ?? 0) >= 2;

/**
 * A document's first line, unpunctuated, is its title at up to this many words: a news headline runs
 * longer than a heading ("Alpine glaciers lost a tenth of their ice in two years, study finds | The Meridian"
 * was read as a fact, the headline and the site's name one sentence).
 */
const MAX_TITLE_WORDS = 24;
const looksLikeTitle = (text: string) => !FINAL_PUNCTUATION.test(text.trim()) && wordCount(text) <= MAX_TITLE_WORDS;

const MD_HEADING = /^(#{1,6})\s+/;
/**
 * A list marker: a bullet, "1." or "1)", a policy's clause number before a capitalised word ("2.3 Team
 * dinners are covered…", "4.1.2 Staff may…"), or a lettered item ("(a) ", "b) "). Read as part of the
 * sentence, "2.3" became a number that answered "how much".
 */
// A task list's box ("- [ ] Set up two-factor authentication") is part of the marker, ticked or not.
const MD_BULLET = /^(?:[-*+•◦▪‣–—]|\d+[.)]|\d+(?:\.\d+)+\.?(?=\s+["“(]?\p{Lu})|\(?[a-z]\)|\([ivx]+\))\s+(?:\[[ xX]\]\s+)?/u;
const CLAUSE = /^\d+(?:\.\d+)+/;

// A pipe table's second line: dashes between pipes, colons for alignment ("|---|:--:|").
const TABLE_DELIMITER = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/;
/** Inline Markdown worth reading through: emphasis, code, links, escapes, inline HTML. */
const INLINE_MARKUP = /[*_`[\\<]/;

/**
 * What a reader sees of inline Markdown ("**Can I** print?" → "Can I print?"), read by
 * marked, and whether all of it is bold or italic: a FAQ's question set off as a heading.
 */
export function plainInline(line: string): { text: string; emphasised: boolean } {
  if (!INLINE_MARKUP.test(line)) return { text: line, emphasised: false };
  const tokens = Lexer.lexInline(line);
  const emphasised = tokens.length === 1 && (tokens[0].type === 'strong' || tokens[0].type === 'em');
  return { text: flatten(tokens).replace(/\s+/g, ' ').trim(), emphasised };
}

/** "Sick leave: up to 10 days": a label, a colon, and what it is (the short answer reads both parts). */
// (A bracket the label opens, it closes: "Margaret Ellison (14 March 1921 – 2 November 2003) was…" is a sentence.)
export const LABELLED = /^((?:[^:—–()]|\([^():—–]*\)){2,40}?)(?::|\s+[—–])\s+(\S.*)$/;
/**
 * "**Vacation.** Everyone gets 25 days.", "**Can I bring my dog?** Yes, …": a run-in heading, in
 * bold, then the paragraph it heads. (Bold ending in a colon is a label: "**Gym:** 50 euros a month".)
 */
const RUN_IN = /^(\*\*|__)([^*_]{1,80}?[.?!])\1\s+(\S.*)$/;
/** An email address or a link: what a line gives to reach, not a heading's words. */
const ADDRESS = /[\w.+-]+@[\w-]+\.[\w.]+|https?:\/\//;

/** A transcript's speaker's name ("TOM", "Priya Raman"): one to three capitalised words. */
export const SPEAKER_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}`;
/**
 * A chat export's stamp before the speaker ("[Mon 09:05] ", "[2026-11-16 09:05] ", "09:05 "): it
 * marks every line a message, whatever the message looks like, and a user's handle may stand for the name.
 * (A clock time in it: "[1] Smith: …" is a reference, "- [x] Backups: …" a ticked task.)
 */
const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
const CHAT_STAMP = String.raw`(?:\[[^\]\n]{0,24}?${CLOCK}[^\]\n]{0,12}\]|${CLOCK})\s+`;
const HANDLE = String.raw`@?[\p{L}\p{N}][\p{L}\p{N}._-]{0,30}`;
/** …and the label that opens their turn ("TOM: ", "[Mon 09:05] Dan Whitfield: "). */
export const SPEAKER_LABEL = String.raw`(?:(?<stamp>${CHAT_STAMP})(?<chatName>${SPEAKER_NAME}|${HANDLE})|(?<name>${SPEAKER_NAME})):\s+`;
const SPEAKER = new RegExp(String.raw`^${SPEAKER_LABEL}(?=\S)`, 'u');
const speakerOf = (turn: RegExpExecArray) => turn.groups!.chatName ?? turn.groups!.name;
/**
 * Where the label of a transcript's or a chat's turn ("PRIYA: ", "Dan Whitfield: ") ends in a fact read
 * from one, 0 without one: the name there says who spoke, not what was said. (A labelled item's label is
 * its own: "Priya: share the designs" in a meeting's actions is who does it.)
 */
export const speakerLabelEnd = (fact: { text: string; item?: true }): number => (fact.item ? 0 : (SPEAKER.exec(fact.text)?.[0].length ?? 0));
/** What separates labelled values run on one line ("Salary: £62,000 · Contract: Permanent"). */
const RUN_ON_SEPARATOR = /\s+[·•|]\s+/;
const RUN_ON_VALUE = /^[^:]{2,30}:\s+\S/;
/** The labelled values of a line of two or more, each with where it starts; or null. */
function labelledRun(line: string): Array<[number, string]> | null {
  const parts = line.split(RUN_ON_SEPARATOR);
  if (parts.length < 2 || !parts.every((p) => RUN_ON_VALUE.test(p))) return null;
  let from = 0;
  return parts.map((p) => {
    const at = line.indexOf(p, from);
    from = at + p.length;
    return [at, p];
  });
}

/** The next line with words on it, and the one before. */
const nextLine = (lines: readonly string[], i: number) => lines.slice(i + 1).find((l) => l.trim())?.trim();
const previousLine = (lines: readonly string[], i: number) => lines.slice(0, i).reverse().find((l) => l.trim())?.trim();

/** "Q: Can I print?" / "A: Yes, …": a FAQ's labels, not its words. */
const FAQ_LABEL = /^(?:q|a|question|answer)\s*[:.)]\s+/i;
/** A line that asks: in a handbook or FAQ, what the lines after it answer, never a fact itself. */
const MAX_QUESTION_HEADING_WORDS = 30;
const isQuestionLine = (line: string) => /\?["'”’)]?$/.test(line) && wordCount(line) <= MAX_QUESTION_HEADING_WORDS;

const HTML_ELEMENTS = new Set<string>(htmlTags);
/** An HTML tag or comment, as opposed to "<your-team>" or "<name>", which name what to write there. */
function isMarkup(raw: string): boolean {
  const tag = /^<\/?([a-z][a-z0-9]*)\b/i.exec(raw);
  return !tag || HTML_ELEMENTS.has(tag[1].toLowerCase());
}

function flatten(tokens: Token[]): string {
  let out = '';
  for (const t of tokens) {
    // Markup is dropped; a placeholder written in angle brackets ("secret/teams/<your-team>") is words.
    if (t.type === 'html') {
      if (!isMarkup(t.raw)) out += t.raw;
      continue;
    }
    if (t.type === 'br') out += ' ';
    else if ('tokens' in t && t.tokens?.length) out += flatten(t.tokens);
    else if ('text' in t) out += t.text;
  }
  return out;
}

/**
 * A pipe table's rows as sentences a question can meet: each cell said with its column's
 * name, the first cell naming the row ("Room Tejo: Floor 2, Seats 12, Video yes."). A table
 * read line by line would be headings of bare cells, and its numbers beside no word.
 */
export function tableRows(markdown: string): string[] {
  const table = Lexer.lex(markdown).find((t): t is Tokens.Table => t.type === 'table');
  if (!table) return [];
  const header = table.header.map((c) => flatten(c.tokens).trim());
  return table.rows.flatMap((row) => {
    const cells = row.map((c) => flatten(c.tokens).trim());
    // Inside the sentence a column's name is a common noun again ("Seats 12", read "seats 12"), not a name.
    const said = cells.map((c, i) => (c && header[i] && !GENERIC_COLUMN.test(header[i]) ? `${i > 0 ? commonCase(header[i]) : header[i]} ${c}` : c)).filter(Boolean);
    if (said.length === 0) return [];
    const [first, ...rest] = said;
    const text = rest.length ? `${first}: ${rest.join(', ')}` : first;
    return [/[.!?]$/.test(text) ? text : `${text}.`];
  });
}

/**
 * Column names that say only that a cell is there ("Item | Details", "Topic | Description"): said
 * before the cell they read as words of it ("Item Pay day: details The 28th…"), and match any question.
 */
const GENERIC_COLUMN = /^(?:items?|topics?|subjects?|entry|entries|fields?|keys?|names?|questions?|what|details?|descriptions?|notes?|info|information|values?|answers?|comments?|remarks?)$/i;

const isListLine = (line: string | undefined) => line !== undefined && MD_BULLET.test(line.trim());

/** "Seats" → "seats"; "VPN" and "GitHub handle" stay as written. */
const commonCase = (word: string) => (/^\p{Lu}[^\p{Lu}]*$/u.test(word) ? word.charAt(0).toLowerCase() + word.slice(1) : word);

/** Text is wrapped at 60 to 100 columns: past 120 a document writes a paragraph to a line, under 50 a line to an item. */
const MAX_WRAP_WIDTH = 120;
const MIN_WRAP_WIDTH = 50;
/** A line this full of the wrap width, ending mid-sentence, runs on into the next line. */
const FULL_LINE = 0.6;

/**
 * The width a document's text is wrapped at, if it is (plain-text mail, a wiki exported to .txt,
 * Markdown written at 80 columns): most of its lines stop short of one width. Null for a document
 * written a paragraph to a line, as the seeds are.
 */
function wrapWidth(lines: string[]): number | null {
  const lengths = lines.map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length < 3) return null;
  const width = lengths[Math.floor(0.9 * (lengths.length - 1))];
  const full = lengths.filter((n) => n >= 0.8 * width).length;
  return width >= MIN_WRAP_WIDTH && width <= MAX_WRAP_WIDTH && full >= 3 ? width : null;
}

/** A fence opening or closing a code block (a runbook's commands). */
const FENCE = /^(`{3,}|~{3,})/;
/** A setext heading's underline, or a thematic break: a line of rule characters only. */
const UNDERLINE = /^(?:=+|-+)$/;
const RULE = new RegExp(`${UNDERLINE.source}|^(?:[-*_=]\\s*){3,}$`);
/** A block quote's markers ("> Note: …", "> > …"): the quoted text is read as text. */
const QUOTE_MARKER = /^(?:>\s?)+/;

/** A line that starts something of its own: a heading, list item, table row, FAQ label, code fence or rule. */
const startsBlock = (line: string) => MD_HEADING.test(line) || MD_BULLET.test(line) || line.includes('|') || FAQ_LABEL.test(line) || FENCE.test(line) || RULE.test(line);

/**
 * Lines as a reader reads them: a wrapped paragraph's lines joined, each joined line with the
 * offset where it starts. A full line that ends mid-sentence runs on into the next one, unless
 * that one starts something of its own; a short one (a heading) never does.
 */
function readerLines(text: string): { lines: string[]; starts: number[] } {
  const raw = text.split('\n');
  const width = wrapWidth(raw);
  const lines: string[] = [];
  const starts: number[] = [];
  let fenced = false;
  for (let i = 0, offset = 0; i < raw.length; offset += raw[i].length + 1, i++) {
    const prev = lines.length ? lines[lines.length - 1].trimEnd() : '';
    const line = raw[i].trim();
    // Code is kept line by line, as written.
    const fence = FENCE.test(line);
    const code = fenced || fence;
    if (fence) fenced = !fenced;
    const runsOn =
      !code &&
      width !== null &&
      lines.length > 0 &&
      line.length > 0 &&
      !startsBlock(line) &&
      !prev.includes('|') &&
      !MD_HEADING.test(prev.trim()) &&
      !SENTENCE_END.test(prev) &&
      !LABEL_LINE.test(line) &&
      !SPEAKER.test(line) &&
      raw[i - 1].trim().length >= FULL_LINE * width;
    if (runsOn) lines[lines.length - 1] = `${prev} ${line}`;
    else {
      lines.push(raw[i]);
      starts.push(offset);
    }
  }
  return { lines, starts };
}

/**
 * A story's byline and dateline under its headline ("By Rhian Castell, Transport Correspondent",
 * "Published 3 November 2026", "By Tomasz Wierzbicki, Science Editor · 18 September 2026"): who wrote it
 * and when, said of the document as a mail's "From:" is. Read as headings, they were the section of every
 * paragraph up to the first subheading, and nothing in the library said who wrote the story.
 * ("Match report by Dev Okonkwo", "Words by …", "Created by Ember & Ash Games, Bristol" too. A byline names a person
 * or a firm: two to four capitalised words, so "By train" over a travel guide's directions stays a heading.)
 */
export const BYLINE = /^(?:(?:[Mm]atch |[Ff]ilm |[Bb]ook )?(?:[Rr]eport|[Ww]ords|[Ss]tory|[Tt]ext|[Ii]nterview|[Rr]eview|[Ww]ritten|[Rr]eporting|[Cc]reated|[Mm]ade|[Pp]roduced|[Pp]ublished|[Pp]resented|[Hh]osted|[Ee]dited|[Cc]ompiled) )?[Bb]y\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}'’.-]*){1,3}(?=$|\s*[,;·|–—]\s)/u;
const DATELINE = /^(?:(?:first |last )?(?:published|updated|posted)(?: on)?|dated)\s*:?\s+\S[^.!?]*\d/i;
/**
 * A story's lede opened by its dateline, where and when it was filed: "LONDON, 4 June 2026 - ", "MANCHESTER,
 * England, 29 October 2026 — ", "WASHINGTON (Reuters) — ". The place there is where the story was written, no one
 * who did anything in it; its date is when the story was announced.
 */
export const DATELINE_LEAD = /^\p{Lu}[\p{Lu} .'’-]+(?:,\s*\p{Lu}[\p{L} ]{1,30})?(?:,\s*[^,—–()]{3,30}?|\s*\([^()]{2,30}\))\s+[—–-]{1,2}\s+/u;
/**
 * A byline or dateline before any paragraph, or a byline as the story's last line ("Reporting by Hannah Oduya;
 * Editing by Mark Feld", as a wire story credits its reporters): what is said of the story, not a heading or a fact of it.
 */
const isCredit = (line: string, blocks: readonly Block[], last: boolean) =>
  (BYLINE.test(line) || DATELINE.test(line)) && !FINAL_PUNCTUATION.test(line) && wordCount(line) <= MAX_HEADING_WORDS && (!blocks.some((b) => b.kind === 'body' && !b.about) || (last && BYLINE.test(line)));

/** A mail header's fields: the sender and date are worth quoting, the subject names the mail. */
const MAIL_FIELD = /^(from|to|cc|bcc|date|sent|subject|reply-to)\s*:\s*(.*)$/i;
const QUOTED_FIELDS = new Set(['from', 'date', 'sent']);
/** The words a letter or a mail closes with, over the name that signs it: "Yours sincerely," / "Kind regards,". */
const CLOSING_WORDS = String.raw`(?:yours (?:sincerely|faithfully|truly)|sincerely(?: yours)?|(?:kind|best|warm|warmest|with best|with kind) (?:regards|wishes)|regards|best|thanks|thank you|many thanks|with thanks|cheers|all the best)`;
/** A closing on a line of its own. */
const CLOSING = new RegExp(String.raw`^${CLOSING_WORDS}[,!.]?$`, 'i');
/** "Hi all," / "Dear Joanna," / a closing with no name under it: a greeting or sign-off, neither a heading nor a fact. */
const SALUTATION = new RegExp(String.raw`^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^.!?]{0,40},$|${CLOSING.source}`, 'i');
/** The closing and the name (and title) under it, read as one line: "Yours sincerely, Sarah Aldous, Head of People". */
export const SIGN_OFF = new RegExp(String.raw`^${CLOSING_WORDS}, `, 'i');
const SIGNATURE_LINES = 3;

/**
 * The closing at `i` and the lines that sign it, as one line, when a name follows it: who a letter is
 * from is in its signature, as a mail's is in its "From:" (dropped with the closing, "who signed the
 * letter?" had nothing to find). A name is a short unpunctuated line; a rule ("--") ends the signature.
 */
function signOff(lines: string[], starts: number[], i: number): { block: Block; last: number } | null {
  const closing = lines[i].trim();
  if (!CLOSING.test(closing)) return null;
  const names: string[] = [];
  let last = i;
  for (let k = i + 1; k < lines.length && names.length < SIGNATURE_LINES; k++) {
    const line = lines[k].trim();
    if (!line) {
      if (names.length) break;
      continue;
    }
    if (RULE.test(line) || FINAL_PUNCTUATION.test(line) || wordCount(line) > 6 || !/^\p{Lu}/u.test(line)) break;
    names.push(line);
    last = k;
  }
  // (Only at the end: a mail's own signature below a rule may follow. "Thanks" over a short line mid-document is no sign-off.)
  const after = lines.slice(last + 1).map((l) => l.trim()).find(Boolean);
  if (!names.length || (after !== undefined && !RULE.test(after))) return null;
  const start = starts[i] + lines[i].indexOf(closing);
  const end = starts[last] + lines[last].trimEnd().length;
  return { block: { kind: 'body', text: [closing.replace(/[,!.]$/, ''), ...names].join(', '), start, end, item: true, about: true }, last };
}

/**
 * An archived mail's header ("From: …", "Subject: …" before the first blank line), read as its
 * title (the subject) and the fields a question may ask about (who sent it, when); none else.
 */
function mailHeader(lines: string[], starts: number[]): { blocks: Block[]; next: number } | null {
  let i = 0;
  while (i < lines.length && !lines[i].trim()) i++;
  const fields: Array<{ name: string; value: string; start: number; end: number }> = [];
  for (; i < lines.length && lines[i].trim(); i++) {
    const m = MAIL_FIELD.exec(lines[i].trim());
    if (!m) return null;
    const start = starts[i] + lines[i].indexOf(lines[i].trim());
    fields.push({ name: m[1].toLowerCase(), value: m[2].trim(), start, end: start + lines[i].trim().length });
  }
  const subject = fields.find((f) => f.name === 'subject');
  const quoted = fields.filter((f) => QUOTED_FIELDS.has(f.name));
  if (fields.length < 2 || !subject || quoted.length === 0) return null;
  const blocks: Block[] = [{ kind: 'title', text: subject.value, start: subject.end - subject.value.length, end: subject.end }];
  for (const f of quoted) {
    blocks.push({ kind: 'body', text: plainInline(`${f.name === 'from' ? 'From' : 'Sent'}: ${f.value}`).text, start: f.start, end: f.end, item: true, about: true });
  }
  return { blocks, next: i };
}

export function splitBlocks(text: string): Block[] {
  const { lines, starts } = readerLines(text);
  const header = mailHeader(lines, starts);
  const blocks: Block[] = header ? header.blocks : [];
  let lastLine = lines.length - 1;
  while (lastLine > 0 && !lines[lastLine].trim()) lastLine--;
  // A chat's question and who answered it: it heads their exchange, not the channel's next topic.
  let thread: { asker: string; answerer: string } | null = null;
  for (let i = header ? header.next : 0; i < lines.length; i++) {
    const lineStart = starts[i];
    const rawLine = lines[i];
    const lead = rawLine.length - rawLine.trimStart().length;
    let start = lineStart + lead;
    let line = rawLine.trim();
    if (!line) continue;

    // A fenced code block is one fact, its commands in order: "how do I roll back?" is answered by them.
    const fence = FENCE.exec(line);
    if (fence) {
      let last = i + 1;
      while (last < lines.length && !lines[last].trim().startsWith(fence[1])) last++;
      const code = lines.slice(i + 1, last).map((l) => l.trim()).filter(Boolean);
      if (code.length) blocks.push({ kind: 'body', text: code.join('; '), start: starts[i + 1], end: starts[Math.min(last, lines.length) - 1] + lines[Math.min(last, lines.length) - 1].length, item: true, code: true });
      i = last;
      continue;
    }
    // (A mail with a header says who sent it in its "From:".)
    const signed = header ? null : signOff(lines, starts, i);
    if (signed) {
      blocks.push(signed.block);
      i = signed.last;
      continue;
    }
    // "Rolling back" over a line of dashes is a heading (setext); a rule alone is nothing to read.
    if (RULE.test(line) || SALUTATION.test(line)) continue;
    const setext = UNDERLINE.test(lines[i + 1]?.trim() ?? '') && !MD_BULLET.test(line) && !line.includes('|');
    if (setext) {
      blocks.push({ kind: blocks.length === 0 ? 'title' : 'heading', text: plainInline(line).text, start, end: start + line.length });
      i++;
      continue;
    }
    const quote = QUOTE_MARKER.exec(line);
    if (quote) {
      start += quote[0].length;
      line = line.slice(quote[0].length).trim();
      if (!line) continue;
    }

    if (line.includes('|') && TABLE_DELIMITER.test(lines[i + 1]?.trim() ?? '')) {
      let last = i + 1;
      while (last + 1 < lines.length && lines[last + 1].includes('|') && lines[last + 1].trim()) last++;
      const table = lines.slice(i, last + 1);
      // A table marked cannot read (its delimiter row a cell short) still gives its rows, cells in order: never lost.
      const rows = tableRows(table.join('\n'));
      const said = rows.length ? rows : table.slice(2).map((l) => l.split('|').map((c) => plainInline(c.trim()).text).filter(Boolean).join(', ')).filter(Boolean);
      const end = starts[last] + lines[last].length;
      for (const row of said) blocks.push({ kind: 'body', text: row, start, end, item: true });
      i = last;
      continue;
    }

    // "Location: Leeds (hybrid) · Salary: £62,000 to £70,000 · Closing date: 15 January 2027": labelled
    // values run on one line, each one a value of its own, as they would be on lines of their own.
    const runOn = labelledRun(line);
    if (runOn) {
      for (const [at, text] of runOn) blocks.push({ kind: 'body', text, start: start + at, end: start + at + text.length, item: true });
      continue;
    }

    const mdHeading = MD_HEADING.exec(line);
    const md = mdHeading ?? MD_BULLET.exec(line);
    const isMdHeading = mdHeading !== null;
    const headingLevel = mdHeading?.[1].length ?? 0;
    // A numbered line alone between paragraphs is a numbered heading ("1. Vacation"); among others, a list item.
    const numbered = md !== null && /^\d/.test(md[0]);
    // A clause ("3.2 Each shift lasts one week.") is content wherever it stands; only an unpunctuated one alone ("1.1 Scope") heads what follows.
    const clause = md !== null && CLAUSE.test(md[0]) && FINAL_PUNCTUATION.test(line);
    // …and so is one whose own clauses follow it ("2. Fees and payment" over "2.1 The monthly fee is…").
    const number = numbered ? /^(\d+)[.)]\s/.exec(md[0]) : null;
    const headsClauses = !!number && !FINAL_PUNCTUATION.test(line) && (lines[i + 1] ?? '').trimStart().startsWith(`${number[1]}.`) && CLAUSE.test((lines[i + 1] ?? '').trimStart());
    const isBullet = md !== null && !isMdHeading && !headsClauses && (!numbered || clause || isListLine(lines[i - 1]) || isListLine(lines[i + 1]));
    if (md) {
      start += md[0].length;
      line = line.slice(md[0].length);
    }
    const runIn = md ? null : RUN_IN.exec(line);
    if (runIn) {
      const heading = runIn[2].replace(/\.$/, '');
      blocks.push({ kind: blocks.length === 0 ? 'title' : 'heading', text: heading, start: start + runIn[1].length, end: start + runIn[1].length + heading.length, runIn: true });
      start += line.length - runIn[3].length;
      line = runIn[3];
    }
    line = line.replace(/\s+$/, '');
    const end = start + line.length;
    const inline = plainInline(line);
    const labelled = FAQ_LABEL.test(inline.text);
    line = inline.text.replace(FAQ_LABEL, '');
    if (!line) continue;
    // In a transcript, a speaker's question that another speaker answers ("TOM: How big is the team?" over
    // "PRIYA: Sixty-five people.") heads the answer as a FAQ's question does: the question is no answer.
    const turn = SPEAKER.exec(line);
    // A chat message's stamp says when it was sent, not what it says: "[Fri 09:12] Dan: Sam is on call"
    // names no Friday, and quoted, the speaker's name is enough to show whose words they are.
    const stamp = turn?.groups!.stamp?.length ?? 0;
    if (stamp) {
      start += stamp;
      line = line.slice(stamp);
    }
    const answeredBy = turn && isQuestionLine(line) ? SPEAKER.exec(nextLine(lines, i) ?? '') : null;
    const asksInTurn = !!answeredBy && speakerOf(answeredBy) !== speakerOf(turn!);
    // (Someone else's message after the answer ends the exchange: "Amy Chen: the retro moved to Monday" is
    // no part of "are we still doing the Friday deploy freeze?".)
    const speaker = turn && stamp ? speakerOf(turn) : null;
    const endsThread = !!thread && !!speaker && !asksInTurn && speaker !== thread.asker && speaker !== thread.answerer;
    if (endsThread) thread = null;
    if (asksInTurn && stamp) thread = { asker: speakerOf(turn!), answerer: speakerOf(answeredBy!) };
    if (asksInTurn) {
      start += turn![0].length - stamp;
      line = line.slice(turn![0].length - stamp);
    }
    // A question with its answer straight below it (or labelled "Q:") heads that answer; one standing
    // alone between paragraphs is a speech's or an article's own question, and stays in the text.
    // (So does one in capitals, with a blank line under it: "WHAT SHOULD I DO?" is a notice's heading, not its question.)
    const asks = isQuestionLine(line) && (labelled || asksInTurn || !!lines[i + 1]?.trim() || SHOUTED.test(line.trim()));

    // A list item is content, with or without its full stop ("- Sick leave: up to 10 days"); so is a
    // labelled value ("HR: hr@example.com") and a line giving an address to write to.
    // (Not a first line "Staff Guide – Riverside Leisure Centre": a page's or document's title, its name and what it is.)
    // (…nor one whose subtitle follows a colon after the dash: "Small Batch Podcast – Episode 12: From Market Stall to Bakery";
    // a colon before it is a label's, "From: Ana – Sales".)
    const dash = /\s[—–]\s/.exec(line);
    const dashTitle = blocks.length === 0 && !isBullet && !!dash && !line.slice(0, dash.index).includes(':') && !FINAL_PUNCTUATION.test(line) && wordCount(line) <= MAX_HEADING_WORDS;
    // (A speaker's turn in a dialogue, said in sentences, is prose, not a labelled value; so is every
    // message of a chat, whether or not it is said in sentences: "migration done, all runners moved" is no heading.)
    const spoken = !!turn && (!!turn.groups!.stamp || (FINAL_PUNCTUATION.test(line) && [nextLine(lines, i), previousLine(lines, i)].some((l) => { const other = SPEAKER.exec(l ?? ''); return !!other && speakerOf(other) !== speakerOf(turn); })));
    const item = !dashTitle && (isBullet || (LABELLED.test(line) && !spoken) || ADDRESS.test(line));
    let kind: BlockKind;
    const credit = !md && !runIn && isCredit(line, blocks, i === lastLine);
    if (isBoilerplate(line)) kind = 'boilerplate';
    else if (credit) kind = 'body';
    // Only the very first line can be the title; later headline-like lines are sections.
    // (A document that opens on a "## Vacation" has no title of its own: its file name is one, and "Vacation" a section.)
    else if (isMdHeading || asks) kind = blocks.length === 0 && headingLevel <= 1 ? 'title' : 'heading';
    else if (item || spoken) kind = 'body';
    // The last line of a header's labelled lines ("Host: Tom Okafor" / "Recorded on 3 March 2026 in London",
    // then a blank line) is one of them: a heading stands over what it heads, not after a list and before a gap.
    else if (blocks.at(-1)?.item && LABELLED.test(lines[i - 1]?.trim() ?? '') && !lines[i + 1]?.trim() && !isMdHeading) kind = 'body';
    else if (looksLikeHeading(line) || (inline.emphasised && wordCount(line) <= MAX_QUESTION_HEADING_WORDS) || (blocks.length === 0 && looksLikeTitle(line))) kind = blocks.length === 0 ? 'title' : 'heading';
    else kind = 'body';
    const body = kind === 'body';
    blocks.push({ kind, text: line, start, end, ...(body && (item || credit) ? { item: true as const } : {}), ...(credit ? { about: true as const } : {}), ...(body && endsThread ? { endsThread: true as const } : {}), ...(kind === 'heading' && headingLevel ? { level: headingLevel } : {}) });
  }
  return blocks;
}
