/**
 * "How many troops does Turkey have?", "how many American troops are based in Turkey?" — "…home to
 * approximately 10,000 American troops" (at a base in Qatar): a count asked of a named owner, place or
 * month ("how many were arrested in December?") is not answered by a sentence that does not name it,
 * in its own words or its section's.
 */
import { normalizeLemma } from '../facts/lemmas.js';
import { hasCountrySense, hasPlaceNameSense, isCountryName, isProperName } from '../facts/wordnet.js';
import { perQuestion, type Question } from './question.js';

/** "How many X does/do/did Y have": Y, one or two words. */
const HAS_ASKED = /^how (?:many|much) (?:[\w-]+ ){1,3}(?:does|do|did) ((?:the )?[\w.'-]+(?: [\w.'-]+)?) (?:have|own|hold|employ|keep)\b/i;

/** "How many X are (based) in Y", "how many people live in Y": the place a count is asked of, ending the question. */
const IN_ASKED = /^how many (?:[\w-]+ ){1,3}(?:(?:are|is|were|was)(?: [\w-]+)?|lives?|works?|stays?) (?:in|at) ((?:the )?[\w.'-]+(?: [\w.'-]+)?)\s*\??$/i;

/** The lemmas of the named owner a count is asked of, or null (not a name: "how many days does *a new starter* have"). */
export const ownerAsked = perQuestion((q): string[] | null => {
  const m = HAS_ASKED.exec(q.text.trim()) ?? IN_ASKED.exec(q.text.trim());
  if (!m) return null;
  const words = m[1].replace(/^the /i, '').split(' ');
  const lemmas = words.map((w) => normalizeLemma(w.toLowerCase()));
  const named = (w: string, i: number) => /^\p{Lu}/u.test(w) || isProperName(lemmas[i]) || isCountryName(lemmas[i]) || hasPlaceNameSense(lemmas[i]) || hasCountrySense(lemmas[i]);
  return words.every(named) ? lemmas : null;
});
