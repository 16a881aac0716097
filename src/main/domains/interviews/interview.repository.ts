import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.js';
import type { StakeholderGroup } from '../../../shared/domain/stakeholder.js';
import type {
  InterviewPatch,
  InterviewQuestionPatch,
  InterviewQuestionRow,
  InterviewRow,
  NewInterviewQuestionRow,
  NewInterviewRow,
} from './interview.table.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface ParticipantRow {
  interview_id: string;
  id: string;
  name: string;
  pseudonym: string;
  group_code: string;
  position: number;
}

export async function listInterviews(db: Db): Promise<InterviewRow[]> {
  return db
    .selectFrom('interview')
    .selectAll()
    .orderBy('scheduled_at', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export async function findInterview(db: Db, id: string): Promise<InterviewRow | undefined> {
  return db.selectFrom('interview').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listParticipants(db: Db, interviewId?: string): Promise<ParticipantRow[]> {
  let query = db
    .selectFrom('interview_participant as p')
    .innerJoin('stakeholder as s', 's.id', 'p.stakeholder_id')
    .select(['p.interview_id', 's.id', 's.name', 's.pseudonym', 's.group_code', 'p.position']);
  if (interviewId) query = query.where('p.interview_id', '=', interviewId);
  return query.orderBy('p.position').execute();
}

export async function replaceParticipants(
  db: Db,
  interviewId: string,
  stakeholderIds: string[],
): Promise<void> {
  await db.deleteFrom('interview_participant').where('interview_id', '=', interviewId).execute();
  if (stakeholderIds.length === 0) return;
  await db
    .insertInto('interview_participant')
    .values(
      stakeholderIds.map((stakeholder_id, position) => ({
        interview_id: interviewId,
        stakeholder_id,
        position,
      })),
    )
    .execute();
}

export async function listQuestions(db: Db, interviewId: string): Promise<InterviewQuestionRow[]> {
  return db
    .selectFrom('interview_question')
    .selectAll()
    .where('interview_id', '=', interviewId)
    .orderBy('position')
    .execute();
}

export async function findQuestion(db: Db, id: string): Promise<InterviewQuestionRow | undefined> {
  return db.selectFrom('interview_question').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Rewrites positions 0..n-1 in the given order. */
export async function renumberQuestions(db: Db, orderedIds: string[]): Promise<void> {
  for (const [position, id] of orderedIds.entries()) {
    await db.updateTable('interview_question').set({ position }).where('id', '=', id).execute();
  }
}

/** Findings of one interview: an index lookup, where the grouped count below scans them all. */
export async function findingCountOfInterview(db: Db, interviewId: string): Promise<number> {
  const row = await db
    .selectFrom('finding')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('interview_id', '=', interviewId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function findingCountsByInterview(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('finding')
    .select(['interview_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('interview_id', 'is not', null)
    .groupBy('interview_id')
    .execute();
  return new Map(rows.map((r) => [r.interview_id!, Number(r.n)]));
}

/** The group of an interview's first interviewee: who said it decides a finding's matrix column. */
export async function firstIntervieweeGroup(
  db: Db,
  interviewId: string,
): Promise<StakeholderGroup | null> {
  const first = await db
    .selectFrom('interview_participant as p')
    .innerJoin('stakeholder as s', 's.id', 'p.stakeholder_id')
    .select('s.group_code')
    .where('p.interview_id', '=', interviewId)
    .orderBy('p.position')
    .executeTakeFirst();
  return first?.group_code ?? null;
}

export async function insertInterview(db: Db, row: NewInterviewRow): Promise<void> {
  await db.insertInto('interview').values(row).execute();
}

export async function insertQuestions(db: Db, rows: NewInterviewQuestionRow[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('interview_question').values(rows).execute();
}

/** Returns the number of rows changed (0: no such interview). */
export async function patchInterview(db: Db, id: string, patch: InterviewPatch): Promise<number> {
  const result = await db
    .updateTable('interview')
    .set(patch)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Returns the number of rows changed; with `interviewId`, only a question of that interview
 * (0: no such question there).
 */
export async function patchQuestion(
  db: Db,
  id: string,
  patch: InterviewQuestionPatch,
  interviewId?: string,
): Promise<number> {
  let query = db.updateTable('interview_question').set(patch).where('id', '=', id);
  if (interviewId !== undefined) query = query.where('interview_id', '=', interviewId);
  return Number((await query.executeTakeFirst()).numUpdatedRows);
}

export async function deleteQuestion(db: Db, id: string): Promise<void> {
  await db.deleteFrom('interview_question').where('id', '=', id).execute();
}
