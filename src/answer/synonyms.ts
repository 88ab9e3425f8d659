/**
 * A workplace's own synonyms (synonyms.json): words a handbook and its readers use for the same
 * thing that WordNet does not relate, or relates only through a chain of broader terms
 * ("time off" → leisure → vacation). Shipped as data a team can add to, as search engines ship
 * synonym files.
 */
import { readFileSync } from 'node:fs';

const groups = (JSON.parse(readFileSync(new URL('./synonyms.json', import.meta.url), 'utf8')) as { groups: string[][] }).groups;
const byWord = new Map<string, string[]>();
for (const group of groups) {
  for (const word of group) {
    const others = byWord.get(word) ?? [];
    for (const other of group) if (other !== word && !others.includes(other)) others.push(other);
    byWord.set(word, others);
  }
}

/** The words `lemma` stands for in the workplace's synonym groups (none for most words). */
export function workplaceSynonyms(lemma: string): readonly string[] {
  return byWord.get(lemma) ?? [];
}
