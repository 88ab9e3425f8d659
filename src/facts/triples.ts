/**
 * Subject–predicate–object from parts of speech. wink has no dependency parser, so this
 * reads the main clause the way a reader skims: skip a leading phrase set off by a comma,
 * take the first verb, the words before it as subject and the noun phrase after it as object.
 */
import type { Token } from './nlp.js';
import type { Triple } from './types.js';

const NOUNISH = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART', 'CCONJ']);

/**
 * Index of the first token of the main clause: after a leading phrase set off by a comma
 * ("According to officials, …", "Amid unrest, …"), else 0.
 */
export function mainClauseStart(tokens: Token[]): number {
  if (!['ADP', 'SCONJ', 'ADV', 'VERB'].includes(tokens[0]?.pos ?? '')) return 0;
  const comma = tokens.findIndex((t) => t.text === ',');
  return comma > 0 && comma < tokens.length * 0.6 ? comma + 1 : 0;
}

export function extractTriple(tokens: Token[], text: string, offset: number): Triple | null {
  const start = mainClauseStart(tokens);
  let verb = -1;
  for (let i = start; i < tokens.length; i++) {
    if (tokens[i].pos === 'VERB') {
      verb = i;
      break;
    }
  }
  if (verb < 0) return null;

  const subj = tokens.slice(start, verb);
  while (subj.length && ['ADV', 'AUX', 'PART', 'PUNCT'].includes(subj[subj.length - 1].pos)) subj.pop();
  // A subject with its own verb or clause in it was read wrongly; no triple beats a wrong one.
  if (subj.length > 8 || !subj.some((t) => NOUNISH.has(t.pos))) return null;
  if (subj.some((t) => ['PUNCT', 'VERB', 'AUX', 'SCONJ'].includes(t.pos))) return null;

  let predFirst = verb;
  while (predFirst - 1 > start && ['AUX', 'PART'].includes(tokens[predFirst - 1].pos) && tokens[predFirst - 1].text !== "'s") predFirst--;

  let objFirst = verb + 1;
  // "asked Putin to convey", "conveyed to Tehran": a preposition or infinitive marker may open the object.
  if (tokens[objFirst] && (tokens[objFirst].pos === 'ADP' || tokens[objFirst].pos === 'PART')) objFirst++;
  let objLast = objFirst - 1;
  for (let i = objFirst; i < tokens.length && PHRASE.has(tokens[i].pos); i++) objLast = i;
  while (objLast >= objFirst && ['CCONJ', 'PART', 'DET'].includes(tokens[objLast].pos)) objLast--;
  if (objLast < objFirst) return null;

  const span = (a: Token, b: Token) => text.slice(a.start - offset, b.end - offset);
  return {
    subject: span(subj[0], subj[subj.length - 1]),
    predicate: span(tokens[predFirst], tokens[verb]),
    object: span(tokens[verb + 1], tokens[objLast]),
  };
}
