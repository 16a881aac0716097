import type { InterviewPatch } from './interview.table.js';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  isStatusReached,
  statusDateInstant,
  type Interview,
  type InterviewFields,
  type InterviewStatus,
  type InterviewStatusDates,
  type InterviewSummary,
  type NotesSaved,
  type RichText,
} from '../../../shared/domain/interview.js';
import type { Database } from '../schema.js';
import type { InterviewRow } from './interview.table.js';
import {
  deleteQuestion,
  findInterview,
  findingCountOfInterview,
  findingCountsByInterview,
  findQuestion,
  insertInterview,
  insertQuestions,
  listInterviews,
  listParticipants,
  listQuestions,
  patchInterview,
  patchQuestion,
  renumberQuestions,
  replaceParticipants,
  type ParticipantRow,
} from './interview.repository.js';
import { countStakeholdersIn } from '../stakeholders/stakeholder.repository.js';
import type { CoreContext } from '../../core/core-context.js';
import { KoersError } from '../../base/koers-error.js';
import { engagementGuide } from './interview-guide.service.js';
import { removeRecord, type Removed } from '../../core/remove-record.js';

type Db = Kysely<Database>;

function summaryFromRow(
  row: InterviewRow,
  participants: ParticipantRow[],
  findingCount: number,
): InterviewSummary {
  return {
    id: row.id,
    title: row.title,
    scheduledAt: row.scheduled_at,
    location: row.location,
    interviewers: JSON.parse(row.interviewers_json) as string[],
    participants: participants.map((p) => ({
      id: p.id,
      name: p.name,
      pseudonym: p.pseudonym,
      group: p.group_code as InterviewSummary['participants'][number]['group'],
    })),
    status: row.status as InterviewStatus,
    statusDates: JSON.parse(row.status_dates_json) as InterviewSummary['statusDates'],
    findingCount,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const dbOf = (ctx: CoreContext, engagementId: string): Db => ctx.open.get(engagementId).file.db;

async function summaryOf(db: Db, id: string): Promise<InterviewSummary> {
  return (await rowAndSummaryOf(db, id)).summary;
}

async function rowAndSummaryOf(db: Db, id: string) {
  const row = await findInterview(db, id);
  if (!row) throw new KoersError('NOT_FOUND');
  const participants = await listParticipants(db, id);
  return { row, summary: summaryFromRow(row, participants, await findingCountOfInterview(db, id)) };
}

async function interviewOf(db: Db, id: string): Promise<Interview> {
  // One read of the row serves the summary and the free notes (an export reads 600 of these).
  const { row, summary } = await rowAndSummaryOf(db, id);
  const questions = await listQuestions(db, id);
  return {
    ...summary,
    freeNotes: { json: row.free_notes_json, text: row.free_notes_text },
    questions: questions.map((q) => ({
      id: q.id,
      position: q.position,
      guideQuestionId: q.guide_question_id,
      text: q.question_text,
      notes: { json: q.notes_json, text: q.notes_text },
      updatedAt: q.updated_at,
    })),
  };
}

async function assertStakeholders(db: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  if ((await countStakeholdersIn(db, ids)) !== new Set(ids).size) throw new KoersError('NOT_FOUND');
}

export async function listEngagementInterviews(
  ctx: CoreContext,
  engagementId: string,
): Promise<InterviewSummary[]> {
  const db = dbOf(ctx, engagementId);
  const [rows, participants, counts] = await Promise.all([
    listInterviews(db),
    listParticipants(db),
    findingCountsByInterview(db),
  ]);
  // Map.groupBy needs Node 21; this runs on 20.
  const byInterview = new Map<string, ParticipantRow[]>();
  for (const p of participants)
    byInterview.set(p.interview_id, [...(byInterview.get(p.interview_id) ?? []), p]);
  return rows.map((row) =>
    summaryFromRow(row, byInterview.get(row.id) ?? [], counts.get(row.id) ?? 0),
  );
}

export async function getInterview(
  ctx: CoreContext,
  engagementId: string,
  id: string,
): Promise<Interview> {
  return interviewOf(dbOf(ctx, engagementId), id);
}

export async function createInterview(
  ctx: CoreContext,
  engagementId: string,
  fields: Partial<InterviewFields> & Pick<InterviewFields, 'title'>,
  guideQuestionIds?: string[],
): Promise<Interview> {
  const db = dbOf(ctx, engagementId);
  const guide = await engagementGuide(ctx, db);
  const chosen = guideQuestionIds
    ? guideQuestionIds.map((gid) => {
        const q = guide.find((g) => g.id === gid);
        if (!q) throw new KoersError('NOT_FOUND');
        return q;
      })
    : guide;
  const participantIds = [...new Set(fields.participantIds ?? [])];
  await assertStakeholders(db, participantIds);
  const id = randomUUID();
  const now = ctx.now();
  await db.transaction().execute(async (trx) => {
    await insertInterview(trx, {
      id,
      title: fields.title,
      scheduled_at: fields.scheduledAt ?? null,
      location: fields.location ?? '',
      interviewers_json: JSON.stringify(fields.interviewers ?? []),
      status: 'gepland',
      status_dates_json: JSON.stringify({ gepland: now }),
      created_at: now,
      updated_at: now,
    });
    await replaceParticipants(trx, id, participantIds);
    await insertQuestions(
      trx,
      chosen.map((q, position) => ({
        id: randomUUID(),
        interview_id: id,
        position,
        guide_question_id: q.id,
        question_text: q.text,
        updated_at: now,
      })),
    );
  });
  return interviewOf(db, id);
}

export async function updateInterview(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  fields: Partial<InterviewFields>,
): Promise<InterviewSummary> {
  const db = dbOf(ctx, engagementId);
  if (!(await findInterview(db, id))) throw new KoersError('NOT_FOUND');
  if (fields.participantIds) await assertStakeholders(db, fields.participantIds);
  await db.transaction().execute(async (trx) => {
    const patch: InterviewPatch = { updated_at: ctx.now() };
    if (fields.title !== undefined) patch.title = fields.title;
    if (fields.scheduledAt !== undefined) patch.scheduled_at = fields.scheduledAt;
    if (fields.location !== undefined) patch.location = fields.location;
    if (fields.interviewers !== undefined)
      patch.interviewers_json = JSON.stringify(fields.interviewers);
    await patchInterview(trx, id, patch);
    if (fields.participantIds)
      await replaceParticipants(trx, id, [...new Set(fields.participantIds)]);
  });
  return summaryOf(db, id);
}

export async function setInterviewStatus(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  status: InterviewStatus,
): Promise<InterviewSummary> {
  const db = dbOf(ctx, engagementId);
  const row = await findInterview(db, id);
  if (!row) throw new KoersError('NOT_FOUND');
  const now = ctx.now();
  const dates = { ...(JSON.parse(row.status_dates_json) as Record<string, string>), [status]: now };
  await patchInterview(db, id, {
    status,
    status_dates_json: JSON.stringify(dates),
    updated_at: now,
  });
  return summaryOf(db, id);
}

/**
 * Corrects when statuses were reached: an interview held on 28 April was not held on the day
 * the step was clicked. Only statuses the interview has reached have a date to correct.
 */
export async function setInterviewStatusDates(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  dates: InterviewStatusDates,
): Promise<InterviewSummary> {
  const db = dbOf(ctx, engagementId);
  const row = await findInterview(db, id);
  if (!row) throw new KoersError('NOT_FOUND');
  const current = row.status as InterviewStatus;
  const stored = JSON.parse(row.status_dates_json) as Record<string, string>;
  for (const [status, date] of Object.entries(dates) as [InterviewStatus, string][]) {
    if (!isStatusReached(status, current))
      throw new KoersError('INVALID_INPUT', { path: `dates.${status}` });
    stored[status] = statusDateInstant(date);
  }
  await patchInterview(db, id, {
    status_dates_json: JSON.stringify(stored),
    updated_at: ctx.now(),
  });
  return summaryOf(db, id);
}

/** Questions, notes, participants and the findings quoting it go with it. */
export async function deleteInterview(
  ctx: CoreContext,
  engagementId: string,
  id: string,
): Promise<Removed> {
  return removeRecord(ctx, engagementId, 'interview', id);
}

export async function addQuestion(
  ctx: CoreContext,
  engagementId: string,
  interviewId: string,
  text: string,
  position?: number,
): Promise<Interview> {
  const db = dbOf(ctx, engagementId);
  if (!(await findInterview(db, interviewId))) throw new KoersError('NOT_FOUND');
  const existing = await listQuestions(db, interviewId);
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await insertQuestions(trx, [
      {
        id,
        interview_id: interviewId,
        position: existing.length,
        question_text: text,
        updated_at: ctx.now(),
      },
    ]);
    const order = existing.map((q) => q.id);
    order.splice(Math.min(position ?? order.length, order.length), 0, id);
    await renumberQuestions(trx, order);
  });
  return interviewOf(db, interviewId);
}

export async function updateQuestion(
  ctx: CoreContext,
  engagementId: string,
  questionId: string,
  text: string,
): Promise<Interview> {
  const db = dbOf(ctx, engagementId);
  const q = await findQuestion(db, questionId);
  if (!q) throw new KoersError('NOT_FOUND');
  await patchQuestion(db, questionId, { question_text: text, updated_at: ctx.now() });
  return interviewOf(db, q.interview_id);
}

export async function moveQuestion(
  ctx: CoreContext,
  engagementId: string,
  questionId: string,
  position: number,
): Promise<Interview> {
  const db = dbOf(ctx, engagementId);
  const q = await findQuestion(db, questionId);
  if (!q) throw new KoersError('NOT_FOUND');
  const order = (await listQuestions(db, q.interview_id))
    .map((x) => x.id)
    .filter((x) => x !== questionId);
  order.splice(Math.min(position, order.length), 0, questionId);
  await db.transaction().execute((trx) => renumberQuestions(trx, order));
  return interviewOf(db, q.interview_id);
}

export async function removeQuestion(
  ctx: CoreContext,
  engagementId: string,
  questionId: string,
): Promise<Interview> {
  const db = dbOf(ctx, engagementId);
  const q = await findQuestion(db, questionId);
  if (!q) throw new KoersError('NOT_FOUND');
  await db.transaction().execute(async (trx) => {
    await deleteQuestion(trx, questionId);
    const rest = (await listQuestions(trx, q.interview_id)).map((x) => x.id);
    await renumberQuestions(trx, rest);
  });
  return interviewOf(db, q.interview_id);
}

/**
 * The autosave. One UPDATE in its own transaction; with synchronous = FULL the answer only
 * goes back once the notes are on disk, so "opgeslagen" in the UI is a promise kept.
 */
export async function saveNotes(
  ctx: CoreContext,
  engagementId: string,
  interviewId: string,
  questionId: string | null,
  notes: RichText,
): Promise<NotesSaved> {
  const db = dbOf(ctx, engagementId);
  const now = ctx.now();
  const changed =
    questionId === null
      ? await patchInterview(db, interviewId, {
          free_notes_json: notes.json,
          free_notes_text: notes.text,
          updated_at: now,
        })
      : await patchQuestion(
          db,
          questionId,
          { notes_json: notes.json, notes_text: notes.text, updated_at: now },
          interviewId,
        );
  if (changed === 0) throw new KoersError('NOT_FOUND');
  return { interviewId, questionId, updatedAt: now };
}
