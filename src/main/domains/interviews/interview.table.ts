import type { Insertable, Generated, Selectable, Updateable } from 'kysely';
import type { InterviewStatus } from '../../../shared/domain/interview.js';

export interface InterviewTable {
  id: string;
  title: string;
  scheduled_at: string | null;
  location: string;
  interviewers_json: string;
  status: InterviewStatus;
  status_dates_json: string;
  free_notes_json: Generated<string>;
  free_notes_text: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface InterviewParticipantTable {
  interview_id: string;
  stakeholder_id: string;
  position: number;
}

export interface InterviewQuestionTable {
  id: string;
  interview_id: string;
  position: number;
  guide_question_id: string | null;
  question_text: string;
  notes_json: Generated<string>;
  notes_text: Generated<string>;
  updated_at: string;
}

/** The tables of this area, as the composed Database (src/main/domains/database.ts) sees them. */
export interface InterviewTables {
  interview: InterviewTable;
  interview_participant: InterviewParticipantTable;
  interview_question: InterviewQuestionTable;
}

export type InterviewRow = Selectable<InterviewTable>;
export type InterviewPatch = Updateable<InterviewTable>;
export type InterviewQuestionRow = Selectable<InterviewQuestionTable>;
export type InterviewQuestionPatch = Updateable<InterviewQuestionTable>;
export type NewInterviewRow = Insertable<InterviewTable>;
export type NewInterviewQuestionRow = Insertable<InterviewQuestionTable>;
