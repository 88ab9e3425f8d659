/**
 * "How much does the Enterprise plan cost?" — "the Enterprise plan has no limit on users", "how much is a Riverside
 * Leisure Card?" — "members of the Leisure Card scheme get a further 5% off": a
 * question asking for a sum of money is not answered by a sentence that gives none, nor says the
 * thing is free, paid for or covered.
 */
import { WITH_UNIT } from '../facts/entities.js';
import { analyze } from '../facts/nlp.js';
import type { Fact } from '../facts/types.js';
import { perQuestion, type Question } from './question.js';

/** "How much does it *cost*", "how much do staff get *paid*", "how much is it *worth*": a sum asked by its verb… */
const SUM_VERB = /^(?:cost|costs|pay|pays|paid|charge|charges|charged|earn|earns|worth)$/i;
/** …or by the noun a value is asked of ("what's the hourly *rate*?", "the *budget* for the load test"; not the "rate limit"). */
const SUM_NOUN = /^(?:price|prices|fee|fees|cost|rate|salary|wage|wages|budget|budgets|fine|fines|stipend|deposit)$/i;
const VALUE_ASKED = /^(?:how much|what)(?:['’]s|\s+(?:is|are))\s+the\s/i;
/** "How much is a Riverside Leisure Card?", "how much are the badges?", "how much is delivery?": the price of a thing… */
const PRICE_OF = /^how much(?:['’]s|\s+(?:is|are|was|were))\s+(?:(?:an?|the|one|each|my|our|your)\s+)?\p{L}/iu;
/** …unless it is an amount of something that is not money ("how much is the notice period?", "the data allowance", "the discount"). */
const NOT_PRICED = /\b(?:notice|leave|holiday|holidays|time|data|storage|space|memory|allowance|allowances|limit|limits|discount|share|percentage|weight|capacity|penalty|deduction|contribution|increase|rise|difference|interest)\b/i;
/**
 * A rate or a contribution may be a share ("paid at your hourly rate plus 20%"); so is what a part is worth ("coursework 1:
 * weight 20%"), and a charge, fee or tax ("a discretionary service charge of 10%", "a 2% fee", "20% VAT").
 */
const SHARE_ACCEPTED = /\b(?:rate|discount|contribution|commission|worth|charge|fee|surcharge|tax|vat|levy|interest|tip)s?\b/i;
const RATE = /\brates?\b/i;
const PART_OF = /^how much of\b/i;
export const NO_SUM_NEEDED = /\b(?:free|no charge|no cost|nothing|complimentary|covered|paid for|reimbursed|at cost|waived)\b/i;

/**
 * "Lighthouses cost between 2 and 5 coins", "paying 1 coin per card", "worth half a point": a price said in what a game,
 * a scheme or a shop counts in, after the verb of paying (not a length of time: "pay within 30 days").
 */
const PRICED_IN = /\b(?:costs?|costing|pay|pays|paying|paid|charges?|charged|worth)\s+(?:(?:between|about|around|only|just|up to|at least|from|an?)\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|half)\b(?:\s+(?:and|to|or)\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten))?\s+(?:an?\s+)?(?!(?:days?|weeks?|months?|years?|hours?|minutes?|per\s?cent|%)\b)[a-z]+/i;

/** Whether a question asks for a sum of money. */
const asksSum = perQuestion((q): boolean => {
  const text = q.text.trim().replace(/\?+$/, '');
  const howMuch = /^how much\b/i.test(text);
  const valueOf = VALUE_ASKED.test(text);
  if (PRICE_OF.test(text) && !NOT_PRICED.test(text)) return true;
  if (!howMuch && !valueOf) return false;
  const tokens = analyze(text).tokens;
  // A verb of paying after "how much", not one that describes a noun ("how much *paid* holiday?").
  const byVerb = howMuch && tokens.some((t, i) => SUM_VERB.test(t.text) && i > 1 && tokens[i + 1]?.pos !== 'NOUN');
  // The last noun of the phrase asked about, before a preposition or the end ("the hourly rate for lifeguards").
  const byNoun = valueOf && tokens.some((t, i) => SUM_NOUN.test(t.text) && (!tokens[i + 1] || tokens[i + 1].pos === 'ADP'));
  return byVerb || byNoun;
});

/** Whether a question asks for a sum of money that the sentence neither gives nor makes none. */
export function sumMissing(q: Question, fact: Fact): boolean {
  if (!asksSum(q)) return false;
  // ("How much *of* the budget…" asks for a part of it, which a share gives.)
  const share = SHARE_ACCEPTED.test(q.text) || PART_OF.test(q.text);
  // (A rate may be one of a measure: "what's the refresh rate?" — "up to 120 Hz".)
  const measure = RATE.test(q.text);
  if (fact.entities.some((e) => e.type === 'MONEY' || (share && e.type === 'PERCENT') || (measure && e.type === 'NUMBER' && WITH_UNIT.test(e.text)))) return false;
  return !NO_SUM_NEEDED.test(fact.text) && !PRICED_IN.test(fact.text);
}
