/**
 * Verified facts: messages (typically an expert's reply) that a curator saved with "Save as a
 * fact". Kept in DATA_DIR/verified.json (atomic writes, locked across processes) and answered
 * from like any document: each is one document of the `verified` collection, titled with who
 * verified it and when, and linked to the message it came from.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { SourceDocument } from '../facts/types.js';
import { readJson, withLock, writeJsonAtomic } from './files.js';

export interface VerifiedFact {
  id: string;
  text: string;
  /** Who wrote the message (a user id), and who saved it as a fact (id and name as Slack gave them). */
  author: string | null;
  verifiedBy: { id: string; name: string };
  at: string;
  permalink: string | null;
  channel: string | null;
}

export interface VerifiedStore {
  /** Every verified fact, read now (another process may have saved one). */
  list(): VerifiedFact[];
  add(f: Omit<VerifiedFact, 'id'>): Promise<VerifiedFact>;
  /** Replaces the text of one; false when there is no such fact (removed meanwhile). */
  edit(id: string, text: string, by: { id: string; name: string }, at: string): Promise<boolean>;
  remove(id: string): Promise<boolean>;
}

export const VERIFIED_COLLECTION = 'verified';
/** Past this many characters a message is no fact but a document: it is not saved. */
export const MAX_VERIFIED_CHARS = 3000;

interface VerifiedFile {
  version: 1;
  facts: VerifiedFact[];
}

const isVerifiedFile = (v: unknown): v is VerifiedFile => !!v && typeof v === 'object' && (v as VerifiedFile).version === 1 && Array.isArray((v as VerifiedFile).facts);

export function fileVerifiedStore(dataDir: string): VerifiedStore {
  const path = join(dataDir, 'verified.json');
  const read = () => readJson<VerifiedFile>(path, { version: 1, facts: [] }, isVerifiedFile).value.facts;
  const update = <T>(change: (facts: VerifiedFact[]) => { facts: VerifiedFact[]; result: T }) =>
    withLock(`${path}.lock`, async () => {
      const { facts, result } = change(read());
      writeJsonAtomic(path, { version: 1, facts });
      return result;
    });
  return {
    list: read,
    add: (f) =>
      update((facts) => {
        const saved = { ...f, id: randomUUID().slice(0, 8) };
        return { facts: [...facts, saved], result: saved };
      }),
    edit: (id, text, by, at) =>
      update((facts) => {
        const f = facts.find((x) => x.id === id);
        if (f) Object.assign(f, { text, verifiedBy: by, at });
        return { facts, result: !!f };
      }),
    remove: (id) =>
      update((facts) => {
        const kept = facts.filter((x) => x.id !== id);
        return { facts: kept, result: kept.length !== facts.length };
      }),
  };
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** What a citation of a verified fact says: who verified it, and when. */
export function verifiedTitle(f: Pick<VerifiedFact, 'verifiedBy' | 'at'>): string {
  return `Verified by @${f.verifiedBy.name}, ${DATE.format(new Date(f.at))}`;
}

/** Each verified fact as a document of the `verified` collection, for the engine to answer from. */
export function verifiedDocuments(facts: readonly VerifiedFact[]): SourceDocument[] {
  return facts.map((f) => ({
    name: `${VERIFIED_COLLECTION}/${f.id}.md`,
    // A heading is the document's title: the citation reads "Verified by @name, date".
    text: `# ${verifiedTitle(f)}\n\n${f.text.replace(/^#+\s*/gm, '')}\n`,
    ...(f.permalink ? { url: f.permalink } : {}),
    collection: VERIFIED_COLLECTION,
  }));
}

/** A Slack message's text as plain sentences: links to their labels, mentions and channels named, entities decoded. */
export function plainMessageText(text: string): string {
  return text
    .replace(/<((?:https?|mailto):[^>|]+)\|([^>]*)>/g, '$2')
    .replace(/<((?:https?|mailto):[^>|]+)>/g, '$1')
    .replace(/<#[CG][A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<@([UW][A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, name?: string) => `@${name ?? id}`)
    .replace(/<!([a-z]+)(?:\^[^>|]*)?(?:\|([^>]*))?>/g, (_m, what: string, label?: string) => `@${label ?? what}`)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}
