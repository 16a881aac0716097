import { z } from 'zod';
import {
  isoDateSchema,
  LONG_TEXT_MAX,
  localDateTimeSchema,
  requiredText,
  shortText,
  uuidSchema,
  type Timestamps,
} from './common.js';
import { STAKEHOLDER_GROUPS } from './vocabulary.js';

// Step 2 of an engagement: work sessions (raadssessie, world café, stellingen …). A session has
// parts (theme tables, opgaven, examples shown, statements, agenda items); each part collects
// inputs per round, typed live; a statement part has a tally per round (eens / oneens /
// neutraal), hidden until revealed. Any input can become a finding with the session as source.

export const SESSION_STATUSES = ['gepland', 'gehouden', 'verwerkt', 'teruggekoppeld'] as const;
export const sessionStatusSchema = z.enum(SESSION_STATUSES);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

export const SESSION_PART_KINDS = [
  'tafel',
  'opgave',
  'voorbeeld',
  'stelling',
  'agendapunt',
] as const;
export const sessionPartKindSchema = z.enum(SESSION_PART_KINDS);
export type SessionPartKind = z.infer<typeof sessionPartKindSchema>;

export const TALLY_ANSWERS = ['eens', 'oneens', 'neutraal'] as const;
export const tallyAnswerSchema = z.enum(TALLY_ANSWERS);
export type TallyAnswer = z.infer<typeof tallyAnswerSchema>;

/** Rounds of a table or a statement: a world café has two or three, a statement two. */
export const SESSION_ROUNDS_MAX = 9;
export const roundSchema = z.number().int().min(1).max(SESSION_ROUNDS_MAX);
/** One input on a sticky note or a line typed live; long enough for a table's summary. */
export const SESSION_INPUT_MAX = LONG_TEXT_MAX;
/** More people than fit in any council chamber; a guard against typing errors, not a rule. */
export const TALLY_MAX = 100_000;

/** A session type in the engagement's language, as the UI shows it. */
export interface SessionTypeInfo {
  id: string;
  name: string;
  description: string;
  agenda: { title: string; minutes: number; description: string | null }[];
  checklist: { id: string; label: string }[];
}

/** A statement of the bank in the engagement's language. */
export interface BankStatement {
  id: string;
  themeId: string;
  themeName: string;
  text: string;
}

// ---- Fields the user edits ----

export const sessionGroupSchema = z.enum(STAKEHOLDER_GROUPS);

export const sessionFieldsSchema = z.object({
  title: requiredText(300),
  goal: shortText(4000),
  /** Local date-time as typed, yyyy-mm-ddThh:mm. */
  scheduledAt: localDateTimeSchema.nullable(),
  room: shortText(300),
  facilitators: z.array(requiredText(200)).max(20),
  /** The bodies and groups in the room (raad, directie …), for the report without names. */
  audienceGroups: z.array(sessionGroupSchema).max(STAKEHOLDER_GROUPS.length),
  /** How many took part; names are optional (participantIds). */
  participantCount: z.number().int().min(0).max(10_000).nullable(),
  participantIds: z.array(uuidSchema).max(500),
  notes: shortText(LONG_TEXT_MAX),
});
export type SessionFields = z.infer<typeof sessionFieldsSchema>;

export const sessionPartFieldsSchema = z.object({
  title: requiredText(500),
  body: shortText(LONG_TEXT_MAX),
  /** Table host (tafelgastheer/-vrouw) or who presents the part. */
  host: shortText(200),
  /** How many rounds it collects input (and a statement is tallied) in. */
  rounds: roundSchema,
  /** For an agenda item: its length. */
  minutes: z.number().int().min(1).max(480).nullable(),
  /** For an example (voorbeeld): whose vision it was, when, and what appealed. */
  municipality: shortText(200),
  year: z.number().int().min(1900).max(2100).nullable(),
  appeal: shortText(LONG_TEXT_MAX),
  /** The example's attachment: a document of the engagement (its vision poster, a report). */
  documentId: uuidSchema.nullable(),
});
export type SessionPartFields = z.infer<typeof sessionPartFieldsSchema>;

export const sessionInputTextSchema = z.string().max(SESSION_INPUT_MAX);

// ---- What the core answers ----

export interface SessionSummary extends Timestamps {
  id: string;
  /** A session type id of the method (raadssessie, world-cafe …). */
  type: string;
  title: string;
  goal: string;
  scheduledAt: string | null;
  room: string;
  facilitators: string[];
  audienceGroups: (typeof STAKEHOLDER_GROUPS)[number][];
  participantCount: number | null;
  participants: {
    id: string;
    name: string;
    pseudonym: string;
    group: (typeof STAKEHOLDER_GROUPS)[number];
  }[];
  status: SessionStatus;
  /** The day each status was reached (yyyy-mm-dd), editable afterwards. */
  statusDates: Partial<Record<SessionStatus, string>>;
  notes: string;
  /** Ticked items of the type's checklist, by item id. */
  checklist: string[];
  partCount: number;
  inputCount: number;
  findingCount: number;
}

export interface SessionInput extends Timestamps {
  id: string;
  partId: string;
  round: number;
  text: string;
  /** Dot votes (ideas): the top five are shown. */
  votes: number;
  /** Findings made from this input. */
  findingIds: string[];
}

export interface StatementTally {
  partId: string;
  round: number;
  eens: number;
  oneens: number;
  neutraal: number;
  /** Hidden until revealed, against group-think. */
  revealed: boolean;
  updatedAt: string;
}

export interface SessionPart extends Timestamps {
  id: string;
  sessionId: string;
  kind: SessionPartKind;
  position: number;
  title: string;
  body: string;
  host: string;
  rounds: number;
  minutes: number | null;
  municipality: string;
  year: number | null;
  appeal: string;
  documentId: string | null;
  /** The statement of the bank this one was picked from (and maybe sharpened). */
  bankStatementId: string | null;
  inputs: SessionInput[];
  /** Statements only: one per round that has been tallied or revealed, by round. */
  tallies: StatementTally[];
}

export interface Session extends SessionSummary {
  parts: SessionPart[];
}

export interface SessionInputSaved {
  id: string;
  partId: string;
  round: number;
  updatedAt: string;
}

/** A date a status was reached, as typed: yyyy-mm-dd. */
export const sessionStatusDateSchema = isoDateSchema;
