import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

// The kysely view of an engagement file. Columns are snake_case; services map rows to the
// camelCase domain types in src/shared/domain. Timestamps are ISO 8601 text, ids UUID text.

export interface EngagementTable {
  id: string;
  client_name: string;
  title: string;
  consultants_json: string;
  start_date: string | null;
  status: string;
  language: string;
  primary_color: string;
  secondary_color: string;
  font_name: string;
  logo_mime: string | null;
  logo_data: Uint8Array | null;
  method_version: string;
  created_at: string;
  updated_at: string;
}

export interface StakeholderTable {
  id: string;
  name: string;
  job_title: string;
  department: string;
  group_code: string;
  pseudonym: string;
  consent: string;
  consent_note: string;
  created_at: string;
  updated_at: string;
}

export interface MethodSnapshotTable {
  /** One row per copied part of the method ('manifest', 'steps', 'themes'). */
  part: string;
  content_json: string;
  copied_at: string;
}

export interface ChecklistStateTable {
  item_id: string;
  step_id: string;
  done: number;
  done_at: string | null;
  updated_at: string;
}

export interface ThemeTable {
  id: string;
  name: string;
  color: string;
  sort_order: number;
  created_at: string;
  updated_at: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface DocumentTable {
  id: string;
  title: string;
  doc_type: string;
  document_date: string | null;
  author: string;
  summary: string;
  file_name: string;
  mime_type: string;
  size_bytes: number;
  sha256: string;
  created_at: string;
  updated_at: string;
}

export interface DocumentChunkTable {
  chunk_id: Generated<number>;
  document_id: string;
  seq: number;
  data: Uint8Array;
}

export interface PassageTable {
  id: string;
  document_id: string;
  text: string;
  page: number | null;
  note: string;
  created_at: string;
  updated_at: string;
}

export interface InterviewTable {
  id: string;
  title: string;
  scheduled_at: string | null;
  location: string;
  interviewers_json: string;
  status: string;
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

export interface FindingTable {
  id: string;
  statement: string;
  quote: string;
  kind: string;
  importance: number;
  stakeholder_group: string | null;
  source_type: string;
  interview_id: string | null;
  question_id: string | null;
  passage_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface FindingThemeTable {
  finding_id: string;
  theme_id: string;
}

export interface SearchIndexTable {
  rowid: number;
  kind: string;
  ref_id: string;
  parent_id: string | null;
  question_id: string | null;
  title: string;
  body: string;
}

export interface Database {
  document: DocumentTable;
  document_chunk: DocumentChunkTable;
  passage: PassageTable;
  interview: InterviewTable;
  interview_participant: InterviewParticipantTable;
  interview_question: InterviewQuestionTable;
  finding: FindingTable;
  finding_theme: FindingThemeTable;
  search_index: SearchIndexTable;
  engagement: EngagementTable;
  stakeholder: StakeholderTable;
  method_snapshot: MethodSnapshotTable;
  checklist_state: ChecklistStateTable;
  theme: ThemeTable;
  meta: MetaTable;
}

export type EngagementRow = Selectable<EngagementTable>;
export type NewEngagementRow = Insertable<EngagementTable>;
export type EngagementPatch = Updateable<EngagementTable>;
export type StakeholderRow = Selectable<StakeholderTable>;
export type NewStakeholderRow = Insertable<StakeholderTable>;
export type StakeholderPatch = Updateable<StakeholderTable>;
export type ThemeRow = Selectable<ThemeTable>;
export type ChecklistStateRow = Selectable<ChecklistStateTable>;
export type DocumentRow = Selectable<DocumentTable>;
export type PassageRow = Selectable<PassageTable>;
export type InterviewRow = Selectable<InterviewTable>;
export type InterviewQuestionRow = Selectable<InterviewQuestionTable>;
export type FindingRow = Selectable<FindingTable>;
