/** What answering returns: plain data, no Slack in it, so every front end renders the same thing. */

export interface Source {
  document: string;
  title: string;
  section: string | null;
  paragraph: number;
  /** The original's address, when the document gives one. */
  url?: string;
}

export interface Alternative {
  factId: string;
  quote: string;
  source: Source;
  confidence: number;
}

export type NoAnswerReason = 'empty' | 'not-found';

export interface Answer {
  question: string;
  answered: boolean;
  /** A short answer (a name, place, date or number) taken from the quote, when the question asks for one. */
  answer: string | null;
  quote: string | null;
  source: Source | null;
  confidence: number;
  /**
   * Other facts: further evidence when answered, the closest facts offered as suggestions
   * (never as the answer) when not.
   */
  alternatives: Alternative[];
  factId: string | null;
  /** Why there is no answer, when there is none. */
  reason?: NoAnswerReason;
  /** The question was longer than answering reads; only its start was used. */
  truncated?: boolean;
}
