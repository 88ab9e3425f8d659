/**
 * "Who brokered the ceasefire?" — "…before a ceasefire was brokered": a question asking who did a
 * thing is not answered by a sentence that says the thing was done and not by whom: every time the
 * sentence says the verb, it says it in the passive with no "by" (or "with", "from") after it.
 */
import { normalizeLemma } from '../facts/lemmas.js';
import { analyze, type Token } from '../facts/nlp.js';
import { hasNameSense, isCommunicationVerb, isWord } from '../facts/wordnet.js';
import type { Fact } from '../facts/types.js';
import { perQuestion, type Question } from './question.js';

/** A form of "be" or "get" that makes the participle after it passive ("was brokered", "got fired"). */
const PASSIVE_AUX = /^(?:is|are|was|were|be|been|being|get|gets|got|gotten)$/i;
/**
 * Words after the verb that say who or what did it: "was brokered *by* Qatar", "are paid *from* your
 * project's budget", "must be agreed *with* the news editor".
 */
const DOER = /^(?:by|with|from|through|via)$/i;
/** How far after the verb they may stand ("was signed last week by …"). */
const AGENT_WITHIN = 4;

/** The verb of "who VERBed …?", the act whose doer is asked; null for "who is …", "who did X ask …". */
const agentVerbAsked = perQuestion((q): string | null => {
  if (!/^who\s/i.test(q.text.trim())) return null;
  const tokens = analyze(q.text.trim()).tokens;
  const verb = tokens[1];
  return verb && verb.pos === 'VERB' ? normalizeLemma(verb.lemma) : null;
});

/** Whether the sentence says the act asked about only as done, never by whom. */
export function agentUnsaid(q: Question, fact: Fact): boolean {
  const verb = agentVerbAsked(q);
  if (!verb || !fact.lemmas.includes(verb)) return false;
  const tokens = analyze(fact.text).tokens;
  let said = false;
  for (const [i, t] of tokens.entries()) {
    if (normalizeLemma(t.lemma) !== verb) continue;
    let k = i - 1;
    while (k >= 0 && tokens[k].pos === 'ADV') k--;
    const passive = k >= 0 && PASSIVE_AUX.test(tokens[k].text);
    const byWhom = tokens.slice(i + 1, i + 1 + AGENT_WITHIN).some((x) => DOER.test(x.text));
    if (!passive || byWhom) return false;
    said = true;
  }
  return said;
}

/**
 * Making a thing, as "who founded / wrote / designed …?" asks: a sentence naming the thing without
 * saying it was made ("Today the largest employer is Lunevale Foods") gives no maker. Only these:
 * "who runs / handles / provides …?" ask a role the sentence says in words of its own.
 */
const CREATION = new Set(['found', 'establish', 'create', 'write', 'compose', 'invent', 'design', 'build', 'paint', 'discover', 'author', 'draft', 'direct', 'sculpt', 'architect', 'devise', 'develop', 'coin']);

/** The verb of "who founded …?" when it asks who made the thing, or null. */
export const creationAsked = perQuestion((q): string | null => {
  const verb = agentVerbAsked(q);
  return verb && CREATION.has(verb) ? verb : null;
});

/** What is made by writing, composing, painting or filming, as a sentence names it with its maker. */
const WORK = String.raw`(?:novels?|books?|poems?|plays?|songs?|albums?|films?|paintings?|symphon(?:y|ies)|operas?|memoirs?|essays?|stories|story|novellas?|sculptures?)`;
/** "Henry Williamson's 1927 novel", "a novel by Henry Williamson": a work credited to a name says who made it. */
const CREDITED = new RegExp(
  String.raw`\p{Lu}[\p{L}'-]*['’]s\s+(?:[\p{L}\d-]+\s+){0,2}${WORK}\b|\b${WORK}\s+(?:\p{Lu}[\p{L}'-]*\s+){0,4}by\s+\p{Lu}`,
  'u',
);

/** Whether the sentence credits a work to someone by name, which says it was made without the verb. */
export const creditsWork = (text: string): boolean => CREDITED.test(text);

/** "What did Kenya say about …?", "what did Oman tell Israel?": whose words are asked. */
const SPEAKER_ASKED = /^(?:what|how)\s+(?:did|does|has|have)\s+(?:the\s+)?(.+?)\s+(?:say|said|tell|told|warn|warned|reply|replied|respond|responded|claim|claimed|announce|announced|promise|promised|write|wrote)\b/i;
/** How many words before its verb a speaker may stand ("Oman, Egypt, and other Gulf states reportedly joined these efforts, warning"). */
const SPEAKER_WITHIN = 12;
/** …and after it ("said chief executive Ana Ruiz", "according to Israeli officials"). */
const SPEAKER_AFTER = 4;

/** A dictionary's common noun, not a name ("side", "government"; not "Kenya", "Burundi", "Netanyahu"). */
const isWordOnly = (w: string) => isWord(w) && !hasNameSense(w);

/** The names in the part of a question `pattern` captures: whose words, or whose fear, are asked. */
function namesAsked(q: Question, pattern: RegExp): string[] | null {
  const m = pattern.exec(q.text.trim());
  if (!m) return null;
  // (Only a name: "what did both *sides* promise?" is said of a side in other words, "neither side would…".)
  // (Read in the question, not alone: "burundi" by itself is tagged as anything.)
  const from = m[0].length - m[0].slice(m[0].indexOf(m[1])).length;
  const names = analyze(q.text.trim()).tokens.filter((t) => t.start >= from && t.end <= from + m[1].length && (t.pos === 'PROPN' || (t.pos === 'NOUN' && !isWordOnly(normalizeLemma(t.lemma)))));
  const words = names.map((t) => normalizeLemma(t.lemma));
  return words.length ? words : null;
}

const speakerAsked = perQuestion((q) => namesAsked(q, SPEAKER_ASKED));

/** Where in a sentence it names one of `words`: as a name or noun ("stating" is no "state"), or by its adjective ("*Israeli* officials"). */
function namedAt(tokens: Token[], words: string[]): number[] {
  return tokens.flatMap((t, i) => {
    const lemma = normalizeLemma(t.lemma);
    const named = (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ') && words.some((w) => lemma === w || (w.length >= 4 && lemma.startsWith(w) && t.pos !== 'NOUN'));
    return named ? [i] : [];
  });
}

/**
 * "What did Kenya say about the transmission line?" — "…a transmission line to Kenya and Djibouti, …, according to a
 * Western diplomat": a sentence that names the one asked about, but never as the one speaking, does not say what they
 * said. The speaker stands before a verb of saying (within a clause's length) or right after one ("said chief
 * executive Ana Ruiz", "according to Israeli officials"). A sentence that does not name them at all may still, by a
 * pronoun or a title ("he warned Iran", "the Russian president stated"): that is left to the ranker.
 * Whether the sentence names the one whose words are asked as speaking (true), only otherwise (false), or not at all (null).
 */
export function speakerSays(q: Question, fact: Fact): boolean | null {
  const speaker = speakerAsked(q);
  if (!speaker || !speaker.some((w) => fact.lemmas.includes(w))) return null;
  const tokens = analyze(fact.text).tokens;
  const at = namedAt(tokens, speaker);
  if (at.length === 0) return null;
  for (const [i, t] of tokens.entries()) {
    // (A participle the tagger reads as a noun says it too: "…joined these efforts, *warning* of severe consequences".)
    const stem = /ing$/i.test(t.text) ? t.text.toLowerCase().slice(0, -3) : null;
    // ("according to" names its speaker after it, never before: "…to Rwanda and Burundi, and lenders will wait, according to a banker".)
    if (t.text.toLowerCase() === 'according' && tokens[i + 1]?.text.toLowerCase() === 'to') {
      if (at.some((k) => k > i + 1 && k - i <= SPEAKER_AFTER + 1)) return true;
      continue;
    }
    const saying = (t.pos === 'VERB' && isCommunicationVerb(normalizeLemma(t.lemma))) || (!!stem && (isCommunicationVerb(stem) || isCommunicationVerb(`${stem}e`)));
    if (saying && at.some((k) => (k < i && i - k <= SPEAKER_WITHIN) || (k > i && k - i <= SPEAKER_AFTER))) return true;
  }
  return false;
}

/** "What was Israel afraid Tehran might do?", "why were Israeli officials worried?": whose fear is asked. */
const EXPERIENCER_ASKED = /^(?:what|why)\s+(?:was|were|is|are|did|does|do)\s+(?:the\s+)?(.+?)\s+(?:afraid|scared|worried|concerned|fear|fearful|nervous|anxious)\b/i;
/** Words of fearing: "feared", "fearing", "concerns", "worried". */
const FEARING = /^(?:fear|fears|feared|fearing|afraid|scared|concern|concerns|concerned|worried|worry|worries|anxious|nervous)$/i;
const experiencerAsked = perQuestion((q) => namesAsked(q, EXPERIENCER_ASKED));

/**
 * "What was Israel afraid Tehran might do?" — "Iran feared that even if Israel refrained from direct action, …": a
 * sentence that names the one asked about, but never as the one afraid, does not say what they feared. The one afraid
 * stands before the word of fearing, as its subject or adjective ("*Israeli* concerns that Tehran, fearing…").
 * Whether the sentence names the one whose fear is asked as afraid (true), only otherwise (false), or not at all (null).
 */
export function experiencerSays(q: Question, fact: Fact): boolean | null {
  const who = experiencerAsked(q);
  if (!who || !who.some((w) => fact.lemmas.includes(w) || fact.lemmas.some((l) => w.length >= 4 && l.startsWith(w)))) return null;
  const tokens = analyze(fact.text).tokens;
  const at = namedAt(tokens, who);
  if (at.length === 0) return null;
  return tokens.some((t, i) => FEARING.test(t.text) && at.some((k) => k < i && i - k <= SPEAKER_WITHIN));
}
