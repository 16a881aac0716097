export const SEARCH_KINDS = [
  'interview-notes',
  'passage',
  'document',
  'finding',
  'stakeholder',
  'session-input',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Marks around a match inside `snippet`; plain characters, never HTML. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

export interface SearchHit {
  kind: SearchKind;
  /** The record to open: interview, passage, document, finding or stakeholder id. */
  id: string;
  /** For notes: the interview; for a passage: its document; for a session input: its session. */
  parentId: string | null;
  /** For interview notes: the question (null = free notes); for a session input: its part. */
  questionId: string | null;
  title: string;
  /** The interview or document the hit belongs to, for display. */
  parentTitle: string | null;
  snippet: string;
  /** For a document found by its text: the page the words are on (1-based). */
  page?: number;
}
