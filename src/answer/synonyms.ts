/**
 * A workplace's own synonyms: words a handbook and its readers use for the same thing that
 * WordNet does not relate, or relates only through a chain of broader terms ("time off" →
 * leisure → vacation). The shipped groups (synonyms.json) and, where `SYNONYMS_FILE` names one,
 * the team's own (one group a line, words or phrases separated by commas, `#` for comments:
 * the way search engines take synonym files).
 */
import { readFileSync } from 'node:fs';

const shipped = (JSON.parse(readFileSync(new URL('./synonyms.json', import.meta.url), 'utf8')) as { groups: string[][] }).groups;

/** "inset, training" → [["inset", "training"]]: lower case, blank lines and comments skipped, groups of one dropped. */
export function parseSynonyms(text: string): string[][] {
  const groups: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    const words = [...new Set(line.replace(/#.*/, '').split(',').map((w) => w.trim().toLowerCase().replace(/\s+/g, ' ')).filter(Boolean))];
    if (words.length >= 2) groups.push(words);
  }
  return groups;
}

interface Loaded {
  file: string | undefined;
  byWord: Map<string, string[]>;
  /** Why the team's file is not in use, in words, when it is not. */
  problem: string | null;
}
let loaded: Loaded | undefined;

/** Read once per process (again only if SYNONYMS_FILE changes): a bad file costs its groups, never the answer. */
function load(): Loaded {
  const file = process.env.SYNONYMS_FILE || undefined;
  if (loaded && loaded.file === file) return loaded;
  let team: string[][] = [];
  let problem: string | null = null;
  if (file) {
    try {
      team = parseSynonyms(readFileSync(file, 'utf8'));
      if (team.length === 0) problem = `SYNONYMS_FILE ${file} has no groups (one a line, words separated by commas); answering with the shipped synonyms only.`;
    } catch (err) {
      const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : (err as Error).message;
      problem = `SYNONYMS_FILE ${file} could not be read (${reason}); answering with the shipped synonyms only.`;
    }
  }
  const byWord = new Map<string, string[]>();
  for (const group of [...shipped, ...team]) {
    for (const word of group) {
      const others = byWord.get(word) ?? [];
      for (const other of group) if (other !== word && !others.includes(other)) others.push(other);
      byWord.set(word, others);
    }
  }
  return (loaded = { file, byWord, problem });
}

/** The words `lemma` stands for in the workplace's synonym groups (none for most words). */
export function workplaceSynonyms(lemma: string): readonly string[] {
  return load().byWord.get(lemma) ?? [];
}

/** Why the team's synonyms file is not in use, for the start-up warnings; null when it is, or when there is none. */
export function synonymsProblem(): string | null {
  return load().problem;
}
