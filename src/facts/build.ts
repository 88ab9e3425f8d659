/** Documents in, fact table out. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AT_LEAST, AT_MOST, EMAIL_ADDRESS, LIFESPAN, namesWritten, PHONE_NUMBER_IN, POSTAL_ADDRESS_IN, sentenceEntities, WEB_ADDRESS_IN } from './entities.js';
import { BYLINE, DATELINE_LEAD, LABELLED, SIGN_OFF, SPEAKER_LABEL, splitBlocks } from './layout.js';
import { contentLemmas, normalizeLemma } from './lemmas.js';
import { analyze, type Analysis } from './nlp.js';
import { hashDocuments, hashText } from './read.js';
import { shortHash } from './text.js';
import { extractTriple, mainClauseStart } from './triples.js';
import type { DocumentInfo, Fact, FactTable, SourceDocument } from './types.js';

/** Bumped whenever building changes what a fact holds, so saved tables are rebuilt. */
const TABLE_FORMAT = 52;

/**
 * The code that reads documents into facts (this folder), digested: a change to how documents
 * are read rebuilds saved tables even when nobody bumped the format. One did not (the table
 * read with a noun compound in place of its head noun was measured long after that changed).
 */
function readingCodeDigest(): string {
  try {
    const dir = dirname(fileURLToPath(import.meta.url));
    const files = readdirSync(dir).filter((f) => /\.[cm]?[jt]s$/.test(f)).sort();
    return shortHash(files.map((f) => `${f}\0${readFileSync(join(dir, f), 'utf8')}`).join('\0'));
  } catch {
    return 'unknown';
  }
}

/** What a saved table must say it was built by to be reused. */
export const TABLE_VERSION = `${TABLE_FORMAT}.${readingCodeDigest()}`;

/** A long build says how far it is this often. */
export const PROGRESS_MS = 2_000;

/** Told how a build is going: documents done of all, at most every `PROGRESS_MS`. */
export type BuildProgress = (done: number, total: number) => void;

/**
 * `previous` lets an unchanged document keep its facts without being analysed again,
 * so adding one file to a large archive costs that file only.
 */
export function buildFactTable(docs: SourceDocument[], previous?: FactTable | null, now = new Date(), progress?: BuildProgress): FactTable {
  const facts: Fact[] = [];
  const documents: DocumentInfo[] = [];
  const reusable = previous?.version === TABLE_VERSION ? previous : null;
  const oldDocuments = new Map((reusable?.documents ?? []).map((d) => [d.document, d]));
  const oldFacts = reusable ? factRanges(reusable) : new Map<string, [number, number]>();
  let reported = Date.now();
  for (const [i, doc] of docs.entries()) {
    if (progress && Date.now() - reported >= PROGRESS_MS) {
      reported = Date.now();
      progress(i, docs.length);
    }
    const hash = doc.hash ?? hashText(doc.text);
    const old = oldDocuments.get(doc.name);
    if (old && old.hash === hash) {
      // The text is unchanged; its link may not be (sources.json is edited on its own).
      const info = placed(old, doc);
      documents.push(info);
      const [start, end] = oldFacts.get(doc.name) ?? [0, 0];
      // Unchanged placement: the facts as they were, not even looked at (an archive has many).
      for (let k = start; k < end; k++) facts.push(info === old ? reusable!.facts[k] : placed(reusable!.facts[k], doc));
      continue;
    }
    const built = buildDocument(doc, hash, now);
    // Per document, so an unchanged one (resolved when it was built) is not walked again.
    resolveSurnames(built.facts);
    documents.push(built.info);
    for (const f of built.facts) facts.push(f);
  }
  return { version: TABLE_VERSION, hash: hashDocuments(docs), builtAt: now.toISOString(), documents, facts };
}

/** Where each document's facts are in a table: from the documents' fact counts, which are in the same order. */
function factRanges(table: FactTable): Map<string, [number, number]> {
  const ranges = new Map<string, [number, number]>();
  let at = 0;
  for (const d of table.documents) {
    ranges.set(d.document, [at, at + d.facts]);
    at += d.facts;
  }
  if (at === table.facts.length) return ranges;
  // Counts that do not add up (a table edited by hand): found by walking the facts.
  ranges.clear();
  for (const [i, f] of table.facts.entries()) {
    const r = ranges.get(f.document);
    if (!r) ranges.set(f.document, [i, i + 1]);
    else if (r[1] === i) r[1] = i + 1;
    else return new Map(); // scattered: nothing is reused, every document is built again
  }
  return ranges;
}

/** A document's link and collection, which can change without its text (sources.json, a `.private` file). */
function placed<T extends { url?: string; collection?: string; private?: true }>(x: T, doc: SourceDocument): T {
  // Nearly always unchanged: the same object, not a copy per fact of a large archive.
  if (x.url === doc.url && x.collection === doc.collection && x.private === doc.private) return x;
  const { url: _u, collection: _c, private: _p, ...rest } = x;
  return { ...rest, ...placement(doc) } as T;
}

function placement(doc: SourceDocument): Pick<Fact, 'url' | 'collection' | 'private'> {
  return { ...(doc.url ? { url: doc.url } : {}), ...(doc.collection ? { collection: doc.collection } : {}), ...(doc.private ? { private: true as const } : {}) };
}

/** "Netanyahu" alone is the Benjamin Netanyahu named elsewhere in the same document. */
function resolveSurnames(facts: Fact[]): void {
  const people = new Map<string, Map<string, string>>();
  for (const f of facts) {
    for (const e of f.entities) {
      if (e.type !== 'PERSON' || !e.text.includes(' ')) continue;
      const names = people.get(f.document) ?? new Map<string, string>();
      names.set(e.text.split(/\s+/).pop()!, e.text);
      people.set(f.document, names);
    }
  }
  for (const f of facts) {
    const names = people.get(f.document);
    if (!names) continue;
    for (const e of f.entities) {
      const full = names.get(e.text);
      if (!full || (e.type !== 'NAME' && e.type !== 'PERSON')) continue;
      e.type = 'PERSON';
      e.name = full;
    }
  }
}

/** A heading as a contents list would name it: without its number, case or spacing ("5. How to store Calmora"). */
const headingKey = (text: string) => text.replace(/^\s*(?:\d+(?:\.\d+)*\.?|[A-Z]\.)\s+/, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** A line that labels the list below it: "Ingredients:", "What to bring:". */
const LIST_LABEL = /:\s*$/;
const LIST_LABEL_END = /\s*:\s*$/;

/** A line that says something (five words or more, with a verb), not a label. */
function isStatement(text: string): boolean {
  const tokens = analyze(text).tokens;
  return tokens.filter((t) => t.pos !== 'PUNCT').length >= 5 && tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** Between a section's heading and the one above it. */
const SECTION_PATH = ' › ';

function buildDocument(doc: SourceDocument, hash: string, now: Date): { info: DocumentInfo; facts: Fact[] } {
  const seenIds = new Set<string>();
  const blocks = splitBlocks(doc.text);
  const docNames = namesWritten(doc.text);
  const titleBlock = blocks.find((b) => b.kind === 'title');
  let title = titleBlock?.text ?? '';
  // A document that opens on a section ("## Vacation") is named by its file, not by its first sentence.
  const opensOnSection = blocks.find((b) => b.kind !== 'boilerplate')?.kind === 'heading';
  let section: string | null = null;
  let paragraph = 0;
  const facts: Fact[] = [];
  const stem = doc.name.replace(/\.[^.]+$/, '').replace(/\//g, '~');

  // The section a run-in heading interrupts, resumed after its paragraph.
  let outer: string | null = null;
  // The Markdown headings above: "### Added" under "## 5.1.0 (15 September 2026)" is that release's
  // list, and the section says both ("5.1.0 (15 September 2026) › Added"), as a reader would cite it.
  let path: Array<{ level: number; text: string }> = [];
  // An FAQ's question heading says what the answer under it is about ("Which VPN do we use?" over
  // "We use Tailscale."): its words are the answer's, as a reader who wrote the question would index it.
  let asked: string[] = [];
  // Under a list's label, the section it is a list of.
  let listed: string | null = null;
  // A contents list ("1. How to take Calmora", "2. Possible side effects") names the headings below it: each
  // line is the heading of a section to come, not a fact (quoted, it answered "how should I store it?").
  const headings = new Set(blocks.filter((b) => b.kind === 'heading').map((b) => headingKey(b.text)));
  const contentsLine = (b: (typeof blocks)[number]) => !/[.!?:;]\s*$/.test(b.text) && headings.has(headingKey(b.text));
  for (const [k, block] of blocks.entries()) {
    // "The excess is the amount you pay towards each claim:" over its list is a sentence the list goes on
    // from: a fact, and, as a list's label is, the list's part of the section. (Over prose, "Answering the
    // questions that came in:" heads what follows.)
    const leadIn = block.kind === 'heading' && !block.level && !block.runIn && !!blocks[k + 1]?.item && LIST_LABEL.test(block.text) && isStatement(block.text);
    if (block.kind === 'heading' && !leadIn) {
      if (block.level) {
        path = path.filter((h) => h.level < block.level!);
        path.push({ level: block.level, text: block.text });
      } else if (!block.runIn && !LIST_LABEL.test(block.text)) path = [];
      // A list's label ("Ingredients:", "Method:") under a Markdown heading is that section's list: "Banana
      // bread › Ingredients", as a reader would cite it (alone, "bake for 55 minutes" was no recipe's).
      const labelsList = !block.level && !block.runIn && path.length > 0 && LIST_LABEL.test(block.text);
      section = block.level ? path.map((h) => h.text).join(SECTION_PATH) : labelsList ? [...path.map((h) => h.text), block.text.replace(LIST_LABEL_END, '')].join(SECTION_PATH) : block.text;
      listed = labelsList ? path.map((h) => h.text).join(SECTION_PATH) : null;
      if (!block.runIn) outer = section;
      asked = /\?\s*$/.test(block.text) ? contentLemmas(analyze(block.text).tokens) : [];
    }
    if ((block.kind !== 'body' && !leadIn) || contentsLine(block)) continue;
    // …and the list ends where prose resumes ("The loaf keeps for four days" is the recipe's, not its method's).
    if (listed !== null && !block.item) {
      section = outer = listed;
      listed = null;
    }
    if (block.endsThread) section = outer = null;
    paragraph++;
    const a = analyze(block.text);
    if (!title && !opensOnSection) title = deriveTitle(a);
    // A code block is one fact: its dots and semicolons end no sentence.
    const sentences: Array<[number, number]> = block.code && a.tokens.length ? [[0, a.tokens.length - 1]] : withAnswers(a.sentences, a.tokens, block.text);
    // A term defined at the head of its entry ("Canary — The first servers to get a release. If their
    // error rate rises…") is what the entry's later sentences are about, as a heading's word would be:
    // "Our target is under 30 minutes" is the MTTR target.
    const term = block.item && sentences.length > 1 ? LABELLED.exec(block.text)?.[1].trim() : undefined;
    const termSection = term ? [section, term].filter(Boolean).join(SECTION_PATH) : section;
    sentences.forEach(([first, last], s) => {
      const start = a.tokens[first].start;
      const end = a.tokens[last].end;
      const text = block.text.slice(start, end);
      // Named by content, so a fact keeps its id when sentences around it change.
      let id = `${stem}#${shortHash(text)}`;
      for (let n = 2; seenIds.has(id); n++) id = `${stem}#${shortHash(text)}-${n}`;
      seenIds.add(id);
      facts.push({
        id,
        document: doc.name,
        title: '',
        section: s > 0 ? termSection : section,
        paragraph,
        sentence: s + 1,
        text,
        start: block.start + start,
        end: block.start + end,
        entities: sentenceEntities(a, first, last, text, start, docNames),
        ...(block.item ? { item: true as const } : {}),
        ...(block.code ? { code: true as const } : {}),
        ...(block.about ? { about: true as const } : {}),
        lemmas: withWords(withAddressWords(contentLemmas(a.tokens, first, last), text), [...impliedWords(text, !!block.about), ...(s === 0 ? asked : [])]),
        triple: extractTriple(a.tokens.slice(first, last + 1), text, start),
        ...placement(doc),
      });
    });
    if (leadIn) {
      listed = section;
      section = outer = [section, block.text.replace(LIST_LABEL_END, '')].filter(Boolean).join(SECTION_PATH);
    } else section = outer;
    // Only the answer's first sentence: what follows it elaborates ("It is installed on every laptop").
    asked = [];
  }
  withReferents(facts);
  if (!title) title = stem;
  for (const f of facts) f.title = title;
  return {
    info: { document: doc.name, title, derivedTitle: !titleBlock, hash, facts: facts.length, indexedAt: now.toISOString(), ...placement(doc) },
    facts,
  };
}

/** "No." / "PRIYA: Yes.": a reply that says what only with the sentence after it. */
const BARE_REPLY = new RegExp(String.raw`^(?:${SPEAKER_LABEL})?(?:yes|no|yeah|yep|nope|sure|not really|of course|absolutely)[.!]*$`, 'iu');

/**
 * A question a paragraph asks and answers at once ("Lost or stolen laptop? Tell #it-help within the
 * hour.") is one fact with its answer: the question alone says nothing, and is no answer to quote; nor
 * is a bare "No." before the sentence that says what is not so.
 */
function withAnswers(sentences: Array<[number, number]>, tokens: ReadonlyArray<{ start: number; end: number }>, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let s = 0; s < sentences.length; s++) {
    const [first, last] = sentences[s];
    const next = sentences[s + 1];
    const said = text.slice(tokens[first].start, tokens[last].end);
    if (next && (/\?["'”’)]*$/.test(said) || BARE_REPLY.test(said))) {
      out.push([first, next[1]]);
      s++;
    } else out.push([first, last]);
  }
  return out;
}

const EMAIL = new RegExp(EMAIL_ADDRESS, 'g');
const EMAIL_IN = new RegExp(EMAIL_ADDRESS);

/**
 * An email address says whose it is: "h.achebe@university.example" names Achebe (asked "what's Dr
 * Achebe's email?", the address was the only place the sentence said the name). Not its domain: a
 * firm's name there ("@quillby.com") says nothing of what the sentence is about.
 */
function withAddressWords(lemmas: string[], text: string): string[] {
  const own = new Set(lemmas);
  for (const m of text.matchAll(EMAIL)) {
    // (A person's address, "first.last" or "h.achebe"; a team's, "halls@", names what it is for, as the words around it do.)
    const parts = m[0].slice(0, m[0].indexOf('@')).split(/[._+-]/);
    if (parts.length < 2) continue;
    for (const w of parts) {
      const word = w.toLowerCase();
      if (/^\p{L}{3,}$/u.test(word) && !own.has(word)) own.add(word);
    }
  }
  return own.size === lemmas.length ? lemmas : [...own];
}

/**
 * Words a sentence says by its form, not its words, as a reader hears them:
 * - "Margaret Ruth Ellison (14 March 1921 – 2 November 2003) was a British marine biologist": a name and
 *   two dated years in brackets, as an encyclopaedia opens a life, say when the person was born and died
 *   ("when was she born?");
 * - a letter's closing and the name under it (`about`: read as the document's) say who signed, wrote
 *   and sent it ("who signed the letter?");
 * - a story's byline ("By Rhian Castell, Transport Correspondent") says who wrote it ("who wrote the article?"), and with a date, when it was published;
 * - a lede opened by its dateline ("LONDON, 4 June 2026 - Brightwell has agreed…") says when the news was announced;
 * - a web address says a website is given ("what website do I enter on?" — "enter … at hollybankdairies.example/win");
 * - a phone number, an email address and a postal address say what they are: a page's footer line ("The Copper Kettle,
 *   4 Mill Lane, Hebden Bridge HX7 8AB · 01422 555 0190") says no word of "what's the restaurant's phone number?";
 * - a bound on an amount says it is one: "Each class has no more than eight children" gives the maximum ("what is the
 *   maximum class size?"), "between two and five members" both bounds, "at least 18" the minimum;
 * - "10% off", "£5 off" is a discount ("is there a sibling discount?" — "Brothers and sisters get 10% off…").
 */
const IMPLIED: Array<{ says: (text: string, about: boolean) => boolean; as: string }> = [
  { says: (text) => LIFESPAN.test(text), as: 'She was born. She died.' },
  { says: (text, about) => about && SIGN_OFF.test(text), as: 'She signed, wrote and sent it.' },
  { says: (text, about) => about && BYLINE.test(text), as: 'She wrote it. She is its author.' },
  { says: (text, about) => about && BYLINE.test(text) && /\b\d{4}\b/.test(text), as: 'It was published.' },
  { says: (text) => DATELINE_LEAD.test(text), as: 'It was announced, reported and published.' },
  { says: (text) => WEB_ADDRESS_IN.test(text), as: 'It is a website.' },
  { says: (text) => PHONE_NUMBER_IN.test(text), as: 'It is a phone number.' },
  { says: (text) => EMAIL_IN.test(text), as: 'It is an email.' },
  { says: (text) => POSTAL_ADDRESS_IN.test(text), as: 'It is an address.' },
  { says: (text) => UPPER_BOUND.test(text) || BOTH_BOUNDS.test(text), as: 'It is the maximum.' },
  { says: (text) => LOWER_BOUND.test(text) || BOTH_BOUNDS.test(text), as: 'It is the minimum.' },
  { says: (text) => AMOUNT_OFF.test(text), as: 'It is a discount.' },
];
/**
 * An amount, in figures or words: what a bound is put on. Not a clock time ("between 9am and 5pm" bounds no amount),
 * nor a length of time ("at least 14 days before the change" is notice, no minimum of anything; an age is one).
 */
const AMOUNT = String.raw`(?:\p{Sc}\s?)?(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b(?!\s?(?:am|pm)\b|:\d)(?!\s+(?:working\s+|calendar\s+|business\s+|clear\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?)\b(?!\s+old))`;
const UPPER_BOUND = new RegExp(String.raw`\b(?:${AT_MOST})\s+${AMOUNT}|\b(?:must|may|can|should)\s+not\s+exceed\b|\bcannot exceed\b`, 'iu');
const LOWER_BOUND = new RegExp(String.raw`\b(?:${AT_LEAST})\s+${AMOUNT}`, 'iu');
const BOTH_BOUNDS = new RegExp(String.raw`\bbetween\s+${AMOUNT}[\p{L}\d.,]*\s+and\s+${AMOUNT}`, 'iu');
const AMOUNT_OFF = /(?:\d\s?%|\p{Sc}\s?\d[\d.,]*)\s+off\b/u;
const impliedLemmas = new Map<string, string[]>();
function impliedWords(text: string, about: boolean): string[] {
  const out: string[] = [];
  for (const rule of IMPLIED) {
    if (!rule.says(text, about)) continue;
    let words = impliedLemmas.get(rule.as);
    if (!words) impliedLemmas.set(rule.as, (words = contentLemmas(analyze(rule.as).tokens)));
    out.push(...words);
  }
  return out;
}

/**
 * "…including through phone conversations between *the two leaders*": a sentence that refers back to two people or
 * places by a plural description names them through the sentence before that names them ("Netanyahu asked Putin…"),
 * as a reader takes it; "how did Netanyahu and Putin talk?" is asked of it. The names are added to its words.
 */
const REFERS_TO_PEOPLE = /\b(?:the|both)\s+(?:two\s+)?(?:leaders|men|women|presidents|ministers)\b/i;
const REFERS_TO_PLACES = /\b(?:the|both)\s+(?:two\s+)?(?:countries|nations|states|governments|sides)\b/i;
/** How many sentences back a description may refer. */
const REFERENT_REACH = 3;
function withReferents(facts: Fact[]): void {
  for (const [i, fact] of facts.entries()) {
    const people = REFERS_TO_PEOPLE.test(fact.text);
    if (!people && !REFERS_TO_PLACES.test(fact.text)) continue;
    const types = people ? ['PERSON', 'NAME'] : ['PLACE', 'ORG'];
    for (let j = i - 1; j >= Math.max(0, i - REFERENT_REACH); j--) {
      const named = [...new Set(facts[j].entities.filter((e) => types.includes(e.type)).flatMap((e) => analyze(e.text).tokens.filter((t) => t.pos === 'PROPN').map((t) => normalizeLemma(t.lemma))))];
      if (named.length < 2) continue;
      fact.lemmas = withWords(fact.lemmas, named);
      break;
    }
  }
}

/** The lemmas with `words` the sentence does not say itself added after them, each once. */
function withWords(lemmas: string[], words: readonly string[]): string[] {
  if (words.length === 0) return lemmas;
  const own = new Set(lemmas);
  const out = [...lemmas];
  for (const w of words) {
    if (own.has(w)) continue;
    own.add(w);
    out.push(w);
  }
  return out;
}

const TITLE_WORDS = 12;

/**
 * A document without a headline is named after its first sentence's main clause:
 * a leading phrase set off by a comma is dropped, and the clause is cut at the next comma
 * or subordinate clause, so "Amid …, Israel and Iran exchanged reassurances through Russia
 * that …" reads "Israel and Iran exchanged reassurances through Russia".
 */
export function deriveTitle(a: Analysis): string {
  const [first, last] = a.sentences[0] ?? [0, a.tokens.length - 1];
  const tokens = a.tokens.slice(first, last + 1);
  if (tokens.length === 0) return '';
  const from = mainClauseStart(tokens);
  let to = from;
  while (to < tokens.length) {
    const t = tokens[to];
    const stop = t.pos === 'PUNCT' || t.pos === 'SCONJ' || (t.text.toLowerCase() === 'that' && to > from + 3);
    if ((stop && to - from >= 4) || to - from >= TITLE_WORDS) break;
    to++;
  }
  const words = tokens.slice(from, to);
  while (words.length && ['PUNCT', 'CCONJ', 'ADP', 'DET'].includes(words[words.length - 1].pos)) words.pop();
  if (words.length === 0) return '';
  let title = a.source.slice(words[0].start, words[words.length - 1].end);
  title = title.charAt(0).toUpperCase() + title.slice(1);
  return to < tokens.length - 1 && to - from >= TITLE_WORDS ? `${title}…` : title;
}
