/**
 * "Was it Russia or Oman that carried the messages?", "were alert levels raised or lowered?", "is the
 * deadline Friday or Monday?": a choice between two things the question names. The short answer is the
 * one of them the sentence says; a sentence that says both, or neither, chooses nothing.
 */
import { normalizeLemma } from '../facts/lemmas.js';
import { analyze, type Token } from '../facts/nlp.js';
import { fold } from '../facts/text.js';
import type { Fact } from '../facts/types.js';
import { perQuestion, type Question } from './question.js';

/** A choice is asked as a yes/no question is, its verb first. */
const VERB_FIRST = /^(?:is|was|are|were|did|does|do|has|have|had|will|would|should|can|could|shall)\b/i;
/** Words beside "or" that offer no choice between things: "yes or no", "more or less", "… or not". */
const NO_CHOICE = /^(?:yes|no|not|so|less|more|else|other|otherwise|both|either|neither|any|anything|something|someone|anyone|what)$/i;
/** Said between "or" and the second option: "Saturdays or just weekdays". */
const HEDGE = /^(?:just|only|rather|maybe|perhaps|even)$/i;
/** A word of a name ("Saudi Arabia", "Channel 12"): capitalised, or a number after one. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|\d+)$/u;

const optionWords = (tokens: Token[], at: number, step: 1 | -1): Token[] => {
  const words = [tokens[at]];
  if (!/^\p{Lu}/u.test(tokens[at].text)) return words;
  for (let k = at + step; k > 0 && k < tokens.length && NAME_WORD.test(tokens[k].text); k += step) {
    if (step === -1 && !/^\p{Lu}/u.test(tokens[k].text)) break;
    if (step === -1) words.unshift(tokens[k]);
    else words.push(tokens[k]);
  }
  return words;
};

interface Option {
  /** Its words, folded. */
  words: string[];
  /** A one-word option's lemma: "lower" says "lowered". */
  lemma: string | null;
}

/** The two options asked between, or null for no choice. */
export const choicesAsked = perQuestion((q: Question): Option[] | null => {
  if (!VERB_FIRST.test(q.text)) return null;
  const tokens = analyze(q.text).tokens;
  const or = tokens.findIndex((t, i) => i > 1 && t.text.toLowerCase() === 'or');
  if (or < 0) return null;
  const second = HEDGE.test(tokens[or + 1]?.text ?? '') ? or + 2 : or + 1;
  const [before, after] = [tokens[or - 1], tokens[second]];
  if (!before || !after || !/^[\p{L}\d]/u.test(before.text) || !/^[\p{L}\d]/u.test(after.text) || NO_CHOICE.test(before.text) || NO_CHOICE.test(after.text)) return null;
  return [optionWords(tokens, or - 1, -1), optionWords(tokens, second, 1)].map((words) => ({ words: words.map((t) => fold(t.text)), lemma: words.length === 1 ? normalizeLemma(words[0].lemma) : null }));
});

/** The words of `fact` that say one option and not the other, as written there; null where it says both or neither. */
export function choiceSaid(q: Question, fact: Fact): string | null {
  const options = choicesAsked(q);
  if (!options) return null;
  const tokens = analyze(fact.text).tokens;
  const said = options.map(({ words, lemma }) => {
    const at = tokens.findIndex((_, i) => i + words.length <= tokens.length && words.every((w, k) => fold(tokens[i + k].text) === w || (lemma !== null && normalizeLemma(tokens[i].lemma) === lemma)));
    return at < 0 ? null : fact.text.slice(tokens[at].start, tokens[at + words.length - 1].end);
  });
  return said[0] && !said[1] ? said[0] : said[1] && !said[0] ? said[1] : null;
}
