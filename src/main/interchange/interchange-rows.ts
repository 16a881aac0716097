import { INTERVIEW_STATUSES } from '../../shared/domain/interview.js';
import type {
  ChecklistStateRow,
  EngagementRow,
  NewEngagementRow,
} from '../domains/engagement/engagement.table.js';
import type { FindingRow, ThemeRow } from '../domains/findings/finding.table.js';
import type { InterviewQuestionRow, InterviewRow } from '../domains/interviews/interview.table.js';
import type { DocumentTable, PassageRow } from '../domains/documents/document.table.js';
import type { StakeholderRow } from '../domains/stakeholders/stakeholder.table.js';
import type { Selectable } from 'kysely';
import type {
  InterchangeChecklistItem,
  InterchangeDocumentRecord,
  InterchangeEngagement,
  InterchangeFinding,
  InterchangeInterview,
  InterchangePassage,
  InterchangeQuestion,
  InterchangeStakeholder,
  InterchangeTheme,
} from './interchange-schema.js';

// Rows of the engagement file ↔ records of the interchange format. Every record is built with
// its keys in one fixed order (the order of the schema), so JSON.stringify is deterministic.
// Casts from text columns to enums are safe on export: the app wrote those values through its
// schemas; on import the interchange schema has checked them.
// These look like the services' row mappers (engagement.mapper.ts and others) on purpose and do
// not reuse them: the interchange format is versioned and frozen, while the domain types grow
// with every issue; a field added to a domain type must not slip into version 1 of the JSON.

type E = InterchangeEngagement;

export function engagementRecord(row: EngagementRow, nextPseudonym: number): E {
  return {
    id: row.id,
    clientName: row.client_name,
    title: row.title,
    consultants: JSON.parse(row.consultants_json) as string[],
    startDate: row.start_date,
    status: row.status as E['status'],
    language: row.language as E['language'],
    houseStyle: {
      primaryColor: row.primary_color,
      secondaryColor: row.secondary_color,
      fontName: row.font_name,
      logo:
        row.logo_mime && row.logo_data
          ? {
              mimeType: row.logo_mime as NonNullable<E['houseStyle']['logo']>['mimeType'],
              dataBase64: Buffer.from(row.logo_data).toString('base64'),
            }
          : null,
    },
    methodVersion: row.method_version,
    nextPseudonym,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function engagementRow(rec: E): NewEngagementRow {
  return {
    id: rec.id,
    client_name: rec.clientName,
    title: rec.title,
    consultants_json: JSON.stringify(rec.consultants),
    start_date: rec.startDate,
    status: rec.status,
    language: rec.language,
    primary_color: rec.houseStyle.primaryColor,
    secondary_color: rec.houseStyle.secondaryColor,
    font_name: rec.houseStyle.fontName,
    logo_mime: rec.houseStyle.logo?.mimeType ?? null,
    logo_data: rec.houseStyle.logo ? Buffer.from(rec.houseStyle.logo.dataBase64, 'base64') : null,
    method_version: rec.methodVersion,
    created_at: rec.createdAt,
    updated_at: rec.updatedAt,
  };
}

export const checklistRecord = (row: ChecklistStateRow): InterchangeChecklistItem => ({
  stepId: row.step_id,
  itemId: row.item_id,
  done: row.done === 1,
  doneAt: row.done_at,
  updatedAt: row.updated_at,
});

export const checklistRow = (rec: InterchangeChecklistItem): ChecklistStateRow => ({
  item_id: rec.itemId,
  step_id: rec.stepId,
  done: rec.done ? 1 : 0,
  done_at: rec.doneAt,
  updated_at: rec.updatedAt,
});

export const stakeholderRecord = (row: StakeholderRow): InterchangeStakeholder => ({
  id: row.id,
  name: row.name,
  jobTitle: row.job_title,
  department: row.department,
  group: row.group_code as InterchangeStakeholder['group'],
  pseudonym: row.pseudonym,
  consent: row.consent as InterchangeStakeholder['consent'],
  consentNote: row.consent_note,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const stakeholderRow = (rec: InterchangeStakeholder): StakeholderRow => ({
  id: rec.id,
  name: rec.name,
  job_title: rec.jobTitle,
  department: rec.department,
  group_code: rec.group,
  pseudonym: rec.pseudonym,
  consent: rec.consent,
  consent_note: rec.consentNote,
  created_at: rec.createdAt,
  updated_at: rec.updatedAt,
});

export const themeRecord = (row: ThemeRow): InterchangeTheme => ({
  id: row.id,
  name: row.name,
  color: row.color,
  sortOrder: row.sort_order,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const themeRow = (rec: InterchangeTheme): ThemeRow => ({
  id: rec.id,
  name: rec.name,
  color: rec.color,
  sort_order: rec.sortOrder,
  created_at: rec.createdAt,
  updated_at: rec.updatedAt,
});

export const passageRecord = (row: PassageRow): InterchangePassage => ({
  id: row.id,
  text: row.text,
  page: row.page,
  note: row.note,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const passageRow = (rec: InterchangePassage, documentId: string): PassageRow => ({
  id: rec.id,
  document_id: documentId,
  text: rec.text,
  page: rec.page,
  note: rec.note,
  created_at: rec.createdAt,
  updated_at: rec.updatedAt,
});

type DocumentRow = Selectable<DocumentTable>;
type D = InterchangeDocumentRecord;

export const documentRecord = (
  row: DocumentRow,
  passages: D['passages'],
  content: D['content'],
): D => ({
  id: row.id,
  title: row.title,
  type: row.doc_type as D['type'],
  documentDate: row.document_date,
  author: row.author,
  summary: row.summary,
  fileName: row.file_name,
  mimeType: row.mime_type,
  sizeBytes: Number(row.size_bytes),
  sha256: row.sha256,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  passages,
  content,
});

export const documentRow = (rec: D): DocumentRow => ({
  id: rec.id,
  title: rec.title,
  doc_type: rec.type,
  document_date: rec.documentDate,
  author: rec.author,
  summary: rec.summary,
  file_name: rec.fileName,
  mime_type: rec.mimeType,
  size_bytes: rec.sizeBytes,
  sha256: rec.sha256,
  created_at: rec.createdAt,
  updated_at: rec.updatedAt,
  // Not read yet, unless the documents area's documentText section says otherwise.
  text_status: 'pending',
  page_count: null,
});

type I = InterchangeInterview;

/** Status dates in the order of the statuses, whatever order they were reached in. */
function orderedStatusDates(json: string): I['statusDates'] {
  const stored = JSON.parse(json) as Record<string, string>;
  const out: I['statusDates'] = {};
  for (const status of INTERVIEW_STATUSES) {
    if (typeof stored[status] === 'string') out[status] = stored[status];
  }
  return out;
}

export const questionRecord = (row: InterviewQuestionRow): InterchangeQuestion => ({
  id: row.id,
  position: row.position,
  guideQuestionId: row.guide_question_id,
  text: row.question_text,
  notes: { json: row.notes_json, text: row.notes_text },
  updatedAt: row.updated_at,
});

export const questionRow = (
  rec: InterchangeQuestion,
  interviewId: string,
): InterviewQuestionRow => ({
  id: rec.id,
  interview_id: interviewId,
  position: rec.position,
  guide_question_id: rec.guideQuestionId,
  question_text: rec.text,
  notes_json: rec.notes.json,
  notes_text: rec.notes.text,
  updated_at: rec.updatedAt,
});

export const interviewRecord = (
  row: InterviewRow,
  participants: string[],
  questions: InterchangeQuestion[],
): I => ({
  id: row.id,
  title: row.title,
  scheduledAt: row.scheduled_at,
  location: row.location,
  interviewers: JSON.parse(row.interviewers_json) as string[],
  status: row.status as I['status'],
  statusDates: orderedStatusDates(row.status_dates_json),
  freeNotes: { json: row.free_notes_json, text: row.free_notes_text },
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  participants,
  questions,
});

export const interviewRow = (rec: I): InterviewRow => ({
  id: rec.id,
  title: rec.title,
  scheduled_at: rec.scheduledAt,
  location: rec.location,
  interviewers_json: JSON.stringify(rec.interviewers),
  status: rec.status,
  status_dates_json: JSON.stringify(rec.statusDates),
  free_notes_json: rec.freeNotes.json,
  free_notes_text: rec.freeNotes.text,
  created_at: rec.createdAt,
  updated_at: rec.updatedAt,
});

type F = InterchangeFinding;

function sourceRecord(row: FindingRow): F['source'] {
  if (row.source_type === 'interview' && row.interview_id) {
    return { type: 'interview', interviewId: row.interview_id, questionId: row.question_id };
  }
  if (row.source_type === 'passage' && row.passage_id)
    return { type: 'passage', passageId: row.passage_id };
  return { type: 'direct' };
}

export const findingRecord = (row: FindingRow, themeIds: string[]): F => ({
  id: row.id,
  statement: row.statement,
  quote: row.quote,
  kind: row.kind as F['kind'],
  importance: row.importance,
  group: row.stakeholder_group as F['group'],
  themeIds,
  source: sourceRecord(row),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const findingRow = (rec: F): FindingRow => ({
  id: rec.id,
  statement: rec.statement,
  quote: rec.quote,
  kind: rec.kind,
  importance: rec.importance,
  stakeholder_group: rec.group,
  source_type: rec.source.type,
  interview_id: rec.source.type === 'interview' ? rec.source.interviewId : null,
  question_id: rec.source.type === 'interview' ? rec.source.questionId : null,
  passage_id: rec.source.type === 'passage' ? rec.source.passageId : null,
  // The base format predates sessions: the sessions section links its findings (findingSources).
  session_id: null,
  session_part_id: null,
  session_input_id: null,
  created_at: rec.createdAt,
  updated_at: rec.updatedAt,
});
