import { sql, type Kysely, type Transaction } from 'kysely';
import type { StakeholderGroup } from '../../../shared/domain/stakeholder.js';
import type { Database } from '../schema.js';
import type { NewStakeholderRow, StakeholderPatch, StakeholderRow } from './stakeholder.table.js';

type Db = Kysely<Database> | Transaction<Database>;

export async function listStakeholders(
  db: Db,
  group?: StakeholderGroup,
): Promise<StakeholderRow[]> {
  let query = db.selectFrom('stakeholder').selectAll();
  if (group) query = query.where('group_code', '=', group);
  return query.orderBy('pseudonym').execute();
}

export async function findStakeholder(db: Db, id: string): Promise<StakeholderRow | undefined> {
  return db.selectFrom('stakeholder').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countStakeholdersByGroup(
  db: Db,
): Promise<{ group_code: string; n: number }[]> {
  return db
    .selectFrom('stakeholder')
    .select(['group_code', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('group_code')
    .execute();
}

/**
 * Takes the next pseudonym number. Must run inside the transaction that inserts the
 * stakeholder, so a failed insert does not burn a number and two inserts never share one.
 */
export async function takePseudonymNumber(db: Transaction<Database>): Promise<number> {
  const row = await db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', 'next_pseudonym')
    .executeTakeFirstOrThrow();
  const n = Number(row.value);
  await db
    .updateTable('meta')
    .set({ value: String(n + 1) })
    .where('key', '=', 'next_pseudonym')
    .execute();
  return n;
}

export const formatPseudonym = (n: number): string => `R${String(n).padStart(2, '0')}`;

export async function insertStakeholder(db: Db, row: NewStakeholderRow): Promise<void> {
  await db.insertInto('stakeholder').values(row).execute();
}

export async function updateStakeholder(
  db: Db,
  id: string,
  patch: StakeholderPatch,
): Promise<number> {
  const result = await db
    .updateTable('stakeholder')
    .set(patch)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function deleteStakeholder(db: Db, id: string): Promise<number> {
  const result = await db.deleteFrom('stakeholder').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function countStakeholders(db: Db): Promise<number> {
  const row = await db
    .selectFrom('stakeholder')
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** What hangs on a stakeholder: the interviews they take part in and the findings of those. */
export async function countStakeholderLinks(
  db: Db,
  id: string,
): Promise<{ interviews: number; findings: number }> {
  const interviews = db
    .selectFrom('interview_participant')
    .select('interview_id')
    .where('stakeholder_id', '=', id);
  const [i, f] = await Promise.all([
    db
      .selectFrom('interview_participant')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('stakeholder_id', '=', id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('finding')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('interview_id', 'in', interviews)
      .executeTakeFirstOrThrow(),
  ]);
  return { interviews: Number(i.n), findings: Number(f.n) };
}

/** How many of these ids name a stakeholder: fewer than asked means one does not exist. */
export async function countStakeholdersIn(db: Db, ids: string[]): Promise<number> {
  const found = await db.selectFrom('stakeholder').select('id').where('id', 'in', ids).execute();
  return found.length;
}
