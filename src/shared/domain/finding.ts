import { z } from 'zod';
import { LONG_TEXT_MAX, requiredText, uuidSchema, type Timestamps } from './common.js';
import { stakeholderGroupSchema, type StakeholderGroup } from './stakeholder.js';
import type { MatrixColumn } from './finding-matrix.js';
import { FINDING_KINDS, FINDING_SOURCE_TYPES } from './vocabulary.js';

export { FINDING_KINDS, FINDING_SOURCE_TYPES };

export const findingKindSchema = z.enum(FINDING_KINDS);
export type FindingKind = z.infer<typeof findingKindSchema>;

export const findingSourceSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('interview'),
    interviewId: uuidSchema,
    questionId: uuidSchema.nullable(),
  }),
  z.object({ type: z.literal('passage'), passageId: uuidSchema }),
  z.object({ type: z.literal('direct') }),
  /** An input of a work session: its part, round and session follow from it. */
  z.object({ type: z.literal('session'), inputId: uuidSchema }),
]);
export type FindingSourceInput = z.infer<typeof findingSourceSchema>;

export const findingFieldsSchema = z.object({
  statement: requiredText(2000),
  quote: z.string().max(LONG_TEXT_MAX),
  kind: findingKindSchema,
  themeIds: z.array(uuidSchema).max(30),
  /** 1 = laag, 2 = middel, 3 = hoog. */
  importance: z.number().int().min(1).max(3),
  /** Only for findings written directly; otherwise derived from the interviewee. */
  group: stakeholderGroupSchema.nullable(),
});
export type FindingFields = z.infer<typeof findingFieldsSchema>;

export type FindingSourceType = (typeof FINDING_SOURCE_TYPES)[number];

export interface FindingSource {
  type: FindingSourceType;
  interviewId: string | null;
  questionId: string | null;
  passageId: string | null;
  documentId: string | null;
  /** What a list or export needs to name the source in the reader's language. */
  interviewTitle: string | null;
  /** 1-based question number within its interview; null for free notes. */
  questionNumber: number | null;
  /** Pseudonyms (R01 …) of the interviewees: names never travel with a finding. */
  pseudonyms: string[];
  documentTitle: string | null;
  page: number | null;
  /** For a finding from a work session (type 'session'): where in the session; else absent. */
  session?: FindingSessionSource | null;
}

export interface FindingSessionSource {
  sessionId: string;
  partId: string;
  inputId: string;
  /** Null when the session, part or input has gone (never for a stored finding: they cascade). */
  sessionTitle: string | null;
  partTitle: string | null;
  /** The round the input was given in (1-based). */
  round: number | null;
}

export interface Finding extends Timestamps {
  id: string;
  statement: string;
  quote: string;
  kind: FindingKind;
  themeIds: string[];
  importance: number;
  group: StakeholderGroup | null;
  source: FindingSource;
}

export const findingFilterSchema = z.object({
  themeId: uuidSchema.optional(),
  kind: findingKindSchema.optional(),
  group: stakeholderGroupSchema.optional(),
  sourceType: z.enum(FINDING_SOURCE_TYPES).optional(),
  text: z.string().max(200).optional(),
});
export type FindingFilter = z.infer<typeof findingFilterSchema>;

export interface FindingMatrix {
  themes: { id: string; name: string; color: string }[];
  /** The columns that have findings: stakeholder groups, then sources without a group. */
  groups: MatrixColumn[];
  /** counts[themeId][column] */
  counts: Record<string, Partial<Record<MatrixColumn, number>>>;
  totalFindings: number;
}

export const themeFieldsSchema = z.object({
  name: requiredText(100),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
});
