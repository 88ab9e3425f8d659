/**
 * "How much is a pint of beer?" — "Beer-battered haddock, chips, mushy peas — £16.50": a sentence that says the
 * question's nouns only inside a hyphened modifier ("Beer-battered", "London-based", "Iran-aligned") speaks of
 * something else, and answers nothing asked of them. (Unless the question says the modifier too: "is the haddock
 * beer-battered?" — "Beer-battered haddock".)
 */
import { normalizeLemma } from '../facts/lemmas.js';
import { analyze, type Token } from '../facts/nlp.js';
import { fold } from '../facts/text.js';
import type { Fact } from '../facts/types.js';
import { perQuestion, type Question } from './question.js';

const NOUNS = new Set(['NOUN', 'PROPN']);
/**
 * What a hyphened modifier that is not about its noun ends in: a participle, "battered", "based", "aligned". ("Nut-free",
 * "dog-friendly", "meeting-free" do speak of nuts, dogs and meetings: "are nuts allowed?" — "Camp is a nut-free site".)
 */
const MODIFYING = new Set(['VERB']);

const askedNouns = perQuestion((q) => {
  const tokens = analyze(q.text).tokens;
  return {
    nouns: new Set(tokens.filter((t) => NOUNS.has(t.pos)).map((t) => normalizeLemma(t.lemma))),
    words: new Set(tokens.map((t) => fold(t.text))),
  };
});

export function onlyAsModifier(q: Question, fact: Fact): boolean {
  const { nouns, words } = askedNouns(q);
  if (nouns.size === 0) return false;
  // (Parsed only where a noun asked stands before a hyphen: this runs for every candidate of every question.)
  const lower = fact.text.toLowerCase();
  if (![...nouns].some((n) => lower.includes(`${n}-`))) return false;
  const tokens = analyze(fact.text).tokens;
  let inModifier = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!nouns.has(normalizeLemma(t.lemma)) && !nouns.has(fold(t.text))) continue;
    if (modifies(tokens, i) && !words.has(fold(tokens[i + 2].text))) inModifier = true;
    else return false;
  }
  return inModifier;
}

/** Whether the word at `i` opens a hyphened modifier: "Beer" of "Beer-battered". */
function modifies(tokens: Token[], i: number): boolean {
  const [dash, after] = [tokens[i + 1], tokens[i + 2]];
  return dash?.text === '-' && !!after && dash.start === tokens[i].end && after.start === dash.end && MODIFYING.has(after.pos);
}
