import { sql, type Kysely, type Transaction } from 'kysely';
import type { TallyAnswer } from '../../../shared/domain/session.js';
import type { Database } from '../schema.js';
import type {
  SessionInputRow,
  SessionInputTable,
  SessionPartPatch,
  SessionPartRow,
  SessionPartTable,
  SessionPatch,
  SessionRow,
  SessionTable,
  StatementTallyRow,
} from './session.table.js';
import type { Insertable } from 'kysely';

// All SQL of the sessions area.

type Db = Kysely<Database> | Transaction<Database>;

export interface SessionParticipantRow {
  session_id: string;
  id: string;
  name: string;
  pseudonym: string;
  group_code: string;
  position: number;
}

export async function listSessions(db: Db): Promise<SessionRow[]> {
  return db
    .selectFrom('session')
    .selectAll()
    .orderBy('scheduled_at', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export async function findSession(db: Db, id: string): Promise<SessionRow | undefined> {
  return db.selectFrom('session').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertSession(db: Db, row: Insertable<SessionTable>): Promise<void> {
  await db.insertInto('session').values(row).execute();
}

export async function updateSession(db: Db, id: string, patch: SessionPatch): Promise<void> {
  await db.updateTable('session').set(patch).where('id', '=', id).execute();
}

export async function listSessionParticipants(
  db: Db,
  sessionId?: string,
): Promise<SessionParticipantRow[]> {
  let query = db
    .selectFrom('session_participant as p')
    .innerJoin('stakeholder as s', 's.id', 'p.stakeholder_id')
    .select(['p.session_id', 's.id', 's.name', 's.pseudonym', 's.group_code', 'p.position']);
  if (sessionId) query = query.where('p.session_id', '=', sessionId);
  return query.orderBy('p.position').execute();
}

export async function replaceSessionParticipants(
  db: Db,
  sessionId: string,
  stakeholderIds: string[],
): Promise<void> {
  await db.deleteFrom('session_participant').where('session_id', '=', sessionId).execute();
  if (stakeholderIds.length === 0) return;
  await db
    .insertInto('session_participant')
    .values(
      stakeholderIds.map((stakeholder_id, position) => ({
        session_id: sessionId,
        stakeholder_id,
        position,
      })),
    )
    .execute();
}

export async function countExistingStakeholders(db: Db, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db.selectFrom('stakeholder').select('id').where('id', 'in', ids).execute();
  return rows.length;
}

export async function listParts(db: Db, sessionId: string): Promise<SessionPartRow[]> {
  return db
    .selectFrom('session_part')
    .selectAll()
    .where('session_id', '=', sessionId)
    .orderBy('position')
    .execute();
}

export async function findPart(db: Db, id: string): Promise<SessionPartRow | undefined> {
  return db.selectFrom('session_part').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertPart(db: Db, row: Insertable<SessionPartTable>): Promise<void> {
  await db.insertInto('session_part').values(row).execute();
}

export async function updatePart(db: Db, id: string, patch: SessionPartPatch): Promise<void> {
  await db.updateTable('session_part').set(patch).where('id', '=', id).execute();
}

/** Rewrites positions 0..n-1 in the given order. */
export async function renumberParts(db: Db, orderedIds: string[]): Promise<void> {
  for (const [position, id] of orderedIds.entries()) {
    await db.updateTable('session_part').set({ position }).where('id', '=', id).execute();
  }
}

export async function listInputs(db: Db, sessionId: string): Promise<SessionInputRow[]> {
  return db
    .selectFrom('session_input as i')
    .innerJoin('session_part as p', 'p.id', 'i.part_id')
    .selectAll('i')
    .where('p.session_id', '=', sessionId)
    .orderBy('i.part_id')
    .orderBy('i.round')
    .orderBy('i.created_at')
    .orderBy('i.id')
    .execute();
}

export async function findInput(
  db: Db,
  id: string,
): Promise<(SessionInputRow & { session_id: string }) | undefined> {
  return db
    .selectFrom('session_input as i')
    .innerJoin('session_part as p', 'p.id', 'i.part_id')
    .selectAll('i')
    .select('p.session_id')
    .where('i.id', '=', id)
    .executeTakeFirst();
}

export async function insertInput(db: Db, row: Insertable<SessionInputTable>): Promise<void> {
  await db.insertInto('session_input').values(row).execute();
}

/** The autosave of one input: one UPDATE; false when the input is gone. */
export async function saveInputText(
  db: Db,
  id: string,
  text: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('session_input')
    .set({ text, updated_at: at })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Adds `delta` dot votes, never below zero; false when the input is gone. */
export async function addVotes(db: Db, id: string, delta: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('session_input')
    .set({ votes: sql<number>`max(0, votes + ${delta})`, updated_at: at })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function listTallies(db: Db, sessionId: string): Promise<StatementTallyRow[]> {
  return db
    .selectFrom('statement_tally as t')
    .innerJoin('session_part as p', 'p.id', 't.part_id')
    .selectAll('t')
    .where('p.session_id', '=', sessionId)
    .orderBy('t.part_id')
    .orderBy('t.round')
    .execute();
}

export async function findTally(
  db: Db,
  partId: string,
  round: number,
): Promise<StatementTallyRow | undefined> {
  return db
    .selectFrom('statement_tally')
    .selectAll()
    .where('part_id', '=', partId)
    .where('round', '=', round)
    .executeTakeFirst();
}

/** Writes a round's counts (and whether they are shown), creating the row if needed. */
export async function upsertTally(
  db: Db,
  row: Omit<StatementTallyRow, 'revealed'> & { revealed?: number },
): Promise<void> {
  const revealed = row.revealed ?? 0;
  await db
    .insertInto('statement_tally')
    .values({ ...row, revealed })
    .onConflict((oc) =>
      oc.columns(['part_id', 'round']).doUpdateSet({
        eens: row.eens,
        oneens: row.oneens,
        neutraal: row.neutraal,
        updated_at: row.updated_at,
        ...(row.revealed === undefined ? {} : { revealed }),
      }),
    )
    .execute();
}

/** One answer up or down in one statement, without reading first: a tap per vote. */
export async function incrementTally(
  db: Db,
  partId: string,
  round: number,
  answer: TallyAnswer,
  delta: number,
  at: string,
): Promise<void> {
  await db
    .insertInto('statement_tally')
    .values({
      part_id: partId,
      round,
      eens: 0,
      oneens: 0,
      neutraal: 0,
      revealed: 0,
      updated_at: at,
    })
    .onConflict((oc) => oc.columns(['part_id', 'round']).doNothing())
    .execute();
  await db
    .updateTable('statement_tally')
    .set({ [answer]: sql<number>`max(0, ${sql.ref(answer)} + ${delta})`, updated_at: at })
    .where('part_id', '=', partId)
    .where('round', '=', round)
    .execute();
}

export async function setTallyRevealed(
  db: Db,
  partId: string,
  round: number,
  revealed: boolean,
  at: string,
): Promise<void> {
  await db
    .insertInto('statement_tally')
    .values({
      part_id: partId,
      round,
      eens: 0,
      oneens: 0,
      neutraal: 0,
      revealed: revealed ? 1 : 0,
      updated_at: at,
    })
    .onConflict((oc) =>
      oc.columns(['part_id', 'round']).doUpdateSet({ revealed: revealed ? 1 : 0, updated_at: at }),
    )
    .execute();
}

/** Findings made from this session's inputs, by input. */
export async function findingIdsBySessionInput(
  db: Db,
  sessionId: string,
): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('finding')
    .select(['id', 'session_input_id'])
    .where('session_id', '=', sessionId)
    .where('session_input_id', 'is not', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const out = new Map<string, string[]>();
  for (const r of rows)
    out.set(r.session_input_id!, [...(out.get(r.session_input_id!) ?? []), r.id]);
  return out;
}

export interface SessionCounts {
  parts: number;
  inputs: number;
  findings: number;
}

export async function countsBySession(db: Db): Promise<Map<string, SessionCounts>> {
  const [parts, inputs, findings] = await Promise.all([
    db
      .selectFrom('session_part')
      .select(['session_id', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('session_id')
      .execute(),
    db
      .selectFrom('session_input as i')
      .innerJoin('session_part as p', 'p.id', 'i.part_id')
      .select(['p.session_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('i.text', '!=', '')
      .groupBy('p.session_id')
      .execute(),
    db
      .selectFrom('finding')
      .select(['session_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('session_id', 'is not', null)
      .groupBy('session_id')
      .execute(),
  ]);
  const out = new Map<string, SessionCounts>();
  const entry = (id: string) => {
    let e = out.get(id);
    if (!e) out.set(id, (e = { parts: 0, inputs: 0, findings: 0 }));
    return e;
  };
  for (const r of parts) entry(r.session_id).parts = Number(r.n);
  for (const r of inputs) entry(r.session_id).inputs = Number(r.n);
  for (const r of findings) entry(r.session_id!).findings = Number(r.n);
  return out;
}
