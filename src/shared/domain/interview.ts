import { z } from 'zod';
import {
  isoDateSchema,
  localDateTimeSchema,
  requiredText,
  shortText,
  uuidSchema,
  type Timestamps,
} from './common.js';
import type { StakeholderGroup } from './stakeholder.js';

export const INTERVIEW_STATUSES = [
  'gepland',
  'afgenomen',
  'uitgewerkt',
  'ter-review',
  'geaccordeerd',
] as const;
export const interviewStatusSchema = z.enum(INTERVIEW_STATUSES);
export type InterviewStatus = z.infer<typeof interviewStatusSchema>;

/**
 * Corrected dates of reached statuses ("afgenomen" on 28 April, not on the day the step was
 * clicked), as calendar dates yyyy-mm-dd.
 */
export const interviewStatusDatesSchema = z.partialRecord(interviewStatusSchema, isoDateSchema);
export type InterviewStatusDates = z.infer<typeof interviewStatusDatesSchema>;

/**
 * The instant stored for a calendar date the user chose: midday UTC, which is that same date in
 * every time zone from UTC-11 to UTC+11, so the stepper and the Excel log (Amsterdam) agree.
 */
export const statusDateInstant = (date: string): string => `${date}T12:00:00.000Z`;

/** A status counts as reached when it is the current one or comes before it. */
export const isStatusReached = (status: InterviewStatus, current: InterviewStatus): boolean =>
  INTERVIEW_STATUSES.indexOf(status) <= INTERVIEW_STATUSES.indexOf(current);

/** Notes are rich text: the editor's JSON document, plus a plain-text copy for search and export. */
export const NOTES_JSON_MAX = 4_000_000;
export const NOTES_TEXT_MAX = 2_000_000;

export const richTextSchema = z.object({
  /** Tiptap/ProseMirror document JSON, stored as given after a size check. */
  json: z.string().max(NOTES_JSON_MAX),
  text: z.string().max(NOTES_TEXT_MAX),
});
export type RichText = z.infer<typeof richTextSchema>;

export const interviewFieldsSchema = z.object({
  title: requiredText(300),
  /** Local date-time as typed, yyyy-mm-ddThh:mm. */
  scheduledAt: localDateTimeSchema.nullable(),
  location: shortText(300),
  interviewers: z.array(requiredText(200)).max(20),
  participantIds: z.array(uuidSchema).max(50),
});
export type InterviewFields = z.infer<typeof interviewFieldsSchema>;

export interface InterviewQuestion {
  id: string;
  position: number;
  /** The guide question this came from; null for a question added in this interview. */
  guideQuestionId: string | null;
  text: string;
  notes: RichText;
  updatedAt: string;
}

export interface InterviewSummary extends Timestamps {
  id: string;
  title: string;
  scheduledAt: string | null;
  location: string;
  interviewers: string[];
  participants: { id: string; name: string; pseudonym: string; group: StakeholderGroup }[];
  status: InterviewStatus;
  /** When each status was reached (ISO instant), for the interview log. */
  statusDates: Partial<Record<InterviewStatus, string>>;
  findingCount: number;
}

export interface Interview extends InterviewSummary {
  questions: InterviewQuestion[];
  freeNotes: RichText;
}

export interface NotesSaved {
  interviewId: string;
  questionId: string | null;
  updatedAt: string;
}
