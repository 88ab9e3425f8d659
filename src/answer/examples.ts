/**
 * Example questions for help and App Home, made from the documents themselves, so they fit
 * whatever the library holds: "Who <did what>?" from a fact whose subject is named, kept
 * only if the engine answers it with that very fact.
 */
import type { Fact } from '../facts/types.js';
import type { Answer } from './types.js';

const NAMED = new Set(['PERSON', 'ORG', 'PLACE', 'NAME']);

function whoQuestion(f: Fact): string | null {
  const t = f.triple;
  if (!t || !/^[a-z]+ed$/i.test(t.predicate)) return null;
  if (!f.entities.some((e) => NAMED.has(e.type) && t.subject.includes(e.text))) return null;
  const object = t.object.trim();
  const words = object.split(/\s+/).length;
  if (words < 1 || words > 6 || /^(that|to|in|on|at|by|for|with|he|she|it|they)\b/i.test(object)) return null;
  return `Who ${t.predicate.toLowerCase()} ${object}?`;
}

/** Examples shown in help and App Home come from public collections only: a private document's content is never hinted at. */
export function publicExamples(facts: Fact[], ask: (q: string, opts: { scope: { collections: null; private: false } }) => Promise<Answer>, n = 3): Promise<string[]> {
  return exampleQuestions(facts.filter((f) => !f.private), (q) => ask(q, { scope: { collections: null, private: false } }), n);
}

/** Up to `n` example questions, from different documents where possible, each answered by its own fact. */
export async function exampleQuestions(facts: Fact[], ask: (q: string) => Answer | Promise<Answer>, n = 3): Promise<string[]> {
  const out: string[] = [];
  const usedDocs = new Set<string>();
  // Each try is one question answered; an archive needs only the first few hundred to find three.
  let tries = 0;
  // Two sweeps: first one per document, then any.
  for (const spread of [true, false]) {
    for (const f of facts) {
      if (out.length >= n) return out;
      if (spread && usedDocs.has(f.document)) continue;
      const q = whoQuestion(f);
      if (!q || out.includes(q) || ++tries > 300) continue;
      const a = await ask(q);
      if (!a.answered || a.factId !== f.id || !a.answer) continue;
      out.push(q);
      usedDocs.add(f.document);
    }
  }
  return out;
}
