/** The fact table: one row per source sentence, plus what is needed to tell whether it is stale. */

export type EntityType =
  | 'PERSON'
  | 'PLACE'
  | 'ORG'
  | 'NAME' // a proper name that could not be typed more precisely
  | 'DATE'
  | 'TIME'
  | 'DURATION'
  | 'NUMBER'
  | 'MONEY'
  | 'PERCENT'
  | 'ORDINAL';

export interface Entity {
  text: string;
  type: EntityType;
  /** Character offsets inside the fact's sentence. */
  start: number;
  end: number;
  /** The full name when the text is a surname named in full elsewhere in the document ("Putin" → "Vladimir Putin"). */
  name?: string;
}

export interface Triple {
  subject: string;
  predicate: string;
  object: string;
}

export interface Fact {
  /** Stable across rebuilds while the sentence and its document are unchanged. */
  id: string;
  document: string;
  title: string;
  section: string | null;
  /** 1-based, counting only body paragraphs (headings and boilerplate are not counted). */
  paragraph: number;
  /** 1-based position of the sentence in its paragraph. */
  sentence: number;
  /** As a reader sees it in the source: exactly its words, without Markdown's markup; a table row said with its column names. */
  text: string;
  /** Character offsets in the document of where `text` comes from (of `text` itself, for a plain sentence). */
  start: number;
  end: number;
  entities: Entity[];
  /** From a list item, table row or labelled value ("- Pay: 200 euros per week"): terse by nature. */
  item?: true;
  /** A runbook's code block, quoted as written: evidence for a question, never a digest item. */
  code?: true;
  /** What a document says of itself (a mail's sender and date): evidence for a question, never a digest item. */
  about?: true;
  /** Content-word lemmas, folded to lower case without diacritics, in order of appearance, unique. */
  lemmas: string[];
  triple: Triple | null;
  /** Where the original lives (front matter `source:` or sources.json), when the document says. */
  url?: string;
  /** The sub-folder it came from; absent for the documents folder itself (the default collection). */
  collection?: string;
  /** From a private collection: answered only privately (DMs, /ask), never in a channel or the digest. */
  private?: true;
}

export interface DocumentInfo {
  document: string;
  title: string;
  /** True when the title was derived from the text because the document has no headline. */
  derivedTitle: boolean;
  hash: string;
  facts: number;
  url?: string;
  collection?: string;
  private?: true;
  /** When its facts were made (kept while the document is unchanged). */
  indexedAt?: string;
}

export interface FactTable {
  /** The table format and a digest of the code that built it (build.ts, TABLE_VERSION). */
  version: string;
  /** Hash over every document's name and content: the table is stale when it differs. */
  hash: string;
  builtAt: string;
  documents: DocumentInfo[];
  facts: Fact[];
}

export interface SourceDocument {
  /** File name relative to the documents folder. */
  name: string;
  text: string;
  /** The original's address, for citations that link to it. */
  url?: string;
  collection?: string;
  private?: true;
  /** Of its text (hashText), when the reader made it already. */
  hash?: string;
}
