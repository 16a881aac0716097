import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.js';
import type { InterviewQuestionRow, InterviewRow } from './interview.table.js';

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
