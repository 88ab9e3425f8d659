/**
 * Which facts go into a digest: informative ones (names, numbers, dates), spread across
 * documents, new documents first, and none repeated until the whole rotation has been posted.
 * Pure functions of the table and the stored state, so previews and posts choose alike.
 */
import type { EntityType, Fact, FactTable } from '../facts/types.js';
import { PHONE_NUMBER_IN, POSTAL_ADDRESS_IN } from '../facts/entities.js';
import { speakerLabelEnd } from '../facts/layout.js';
import { analyze } from '../facts/nlp.js';
import { wordCount } from '../facts/text.js';
import type { DigestState, PostedSlot } from '../store/digest.js';

export interface DigestItem {
  fact: Fact;
  /** A short answer-style lead ("Benjamin Netanyahu asked Vladimir Putin"), when the sentence has one. */
  lead: string | null;
  /** From a document added since the last posted digest. */
  isNew: boolean;
}

export interface Digest {
  items: DigestItem[];
  /** Every eligible fact had been posted, so the rotation started over to fill this one. */
  restarted: boolean;
}

const WEIGHT: Record<EntityType, number> = {
  PERSON: 1.5,
  ORG: 1.2,
  PLACE: 1,
  NAME: 1,
  NUMBER: 1.5,
  MONEY: 1.5,
  PERCENT: 1.5,
  DATE: 1,
  TIME: 0.5,
  DURATION: 0.5,
  ORDINAL: 0.3,
};

/** What a sentence names, without who said it ("Amy Chen: can someone review PR 4812?" is about PR 4812). */
const said = (f: Fact) => {
  const label = speakerLabelEnd(f);
  return label ? f.entities.filter((e) => e.start >= label) : f.entities;
};

/** How much a reader learns from a sentence on its own; 0 leaves it out of digests. */
export function information(f: Fact): number {
  const words = wordCount(f.text);
  if (words < 6 || /\?\s*$/.test(f.text) || f.code || f.about || isContactLine(f)) return 0;
  const seen = new Set<string>();
  let score = 0;
  for (const e of said(f)) {
    const key = (e.name ?? e.text).toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    score += WEIGHT[e.type];
  }
  if (score === 0) return 0;
  if (f.triple) score += 0.5;
  // Very long sentences read badly as a digest item.
  return words > 50 ? score * 0.7 : score;
}

/**
 * A line of contact details, a page footer's "The Copper Kettle, 4 Mill Lane, Hebden Bridge HX7 8AB · 01422 555 0190":
 * it answers "what's your phone number?", but is no fact of the day (its names and numbers had put it first).
 */
const isContactLine = (f: Fact) => (PHONE_NUMBER_IN.test(f.text) || POSTAL_ADDRESS_IN.test(f.text)) && !analyze(f.text).tokens.some((t) => t.pos === 'VERB');

const NAMED = new Set<EntityType>(['PERSON', 'ORG', 'PLACE', 'NAME']);

export function leadOf(f: Fact): string | null {
  const t = f.triple;
  if (t) {
    const subjectNamed = f.entities.some((e) => NAMED.has(e.type) && t.subject.includes(e.text));
    // Surnames read better in full in a lead: "Netanyahu asked Putin" → "Benjamin Netanyahu asked Vladimir Putin".
    const full = (part: string) => f.entities.reduce((p, e) => (e.name && !p.includes(e.name) ? p.replace(e.text, e.name) : p), part);
    const lead = `${full(t.subject)} ${t.predicate} ${full(t.object)}`;
    if (subjectNamed && lead.length <= 90) return lead;
  }
  const names: string[] = [];
  for (const e of said(f)) {
    const name = e.name ?? e.text;
    if (WEIGHT[e.type] >= 1 && !names.includes(name)) names.push(name);
  }
  return names.length ? names.slice(0, 3).join(' · ') : null;
}

export function chooseDigest(table: FactTable, state: DigestState, size: number): Digest {
  const known = state.documents;
  const newDocs = new Set(known === null ? [] : table.documents.filter((d) => !(d.document in known)).map((d) => d.document));
  const eligible = table.facts.filter((f) => information(f) > 0);
  const lastFeatured = new Map<string, string>();
  for (const f of eligible) {
    const at = state.rotation[f.id];
    if (at && at > (lastFeatured.get(f.document) ?? '')) lastFeatured.set(f.document, at);
  }
  const order = { newDocs, lastFeatured, docIndex: new Map(table.documents.map((d, i) => [d.document, i])) };

  let chosen = spread(eligible.filter((f) => !(f.id in state.rotation)), size, order);
  let restarted = false;
  if (chosen.length < size && eligible.length > chosen.length) {
    const taken = new Set(chosen.map((f) => f.id));
    chosen = chosen.concat(spread(eligible.filter((f) => !taken.has(f.id)), size - chosen.length, order));
    restarted = true;
  }
  const items = chosen.map((fact) => ({ fact, lead: leadOf(fact), isNew: newDocs.has(fact.document) }));
  // Stable: new documents' facts lead, the spread order holds within each group.
  items.sort((a, b) => Number(b.isNew) - Number(a.isNew));
  return { items, restarted };
}

interface Order {
  newDocs: Set<string>;
  lastFeatured: Map<string, string>;
  docIndex: Map<string, number>;
}

/** Round-robin over documents (new first, then the least recently featured), best facts first within each. */
function spread(pool: Fact[], n: number, order: Order): Fact[] {
  const byDoc = new Map<string, Fact[]>();
  for (const f of pool) {
    const list = byDoc.get(f.document);
    if (list) list.push(f);
    else byDoc.set(f.document, [f]);
  }
  const docs = [...byDoc.keys()].sort(
    (a, b) =>
      Number(order.newDocs.has(b)) - Number(order.newDocs.has(a)) ||
      (order.lastFeatured.get(a) ?? '').localeCompare(order.lastFeatured.get(b) ?? '') ||
      (order.docIndex.get(a) ?? 0) - (order.docIndex.get(b) ?? 0),
  );
  // Within a document: most informative first, then in reading order (the pool is in table order).
  const queues = docs.map((d) => byDoc.get(d)!.map((f, i) => ({ f, i, s: information(f) })).sort((a, b) => b.s - a.s || a.i - b.i).map((x) => x.f));
  const out: Fact[] = [];
  for (let round = 0; out.length < n; round++) {
    let took = false;
    for (const q of queues) {
      if (round < q.length && out.length < n) {
        out.push(q[round]);
        took = true;
      }
    }
    if (!took) break;
  }
  return out;
}

/** The state after `digest` was posted as `posted` for `slot`. */
export function recordDigest(state: DigestState, table: FactTable, digest: Digest, slot: string, posted: PostedSlot): DigestState {
  const rotation = digest.restarted ? {} : { ...state.rotation };
  for (const item of digest.items) rotation[item.fact.id] = posted.postedAt;
  const pending = { ...state.pending };
  delete pending[slot];
  return {
    version: 1,
    slots: { ...state.slots, [slot]: posted },
    rotation,
    documents: Object.fromEntries(table.documents.map((d) => [d.document, d.hash])),
    ...(Object.keys(pending).length ? { pending } : {}),
  };
}
