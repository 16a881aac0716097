import type { Insertable, Kysely, Transaction } from 'kysely';
import type { FixedParty } from '../../../shared/domain/stakeholder-tools.js';
import type { Database } from '../schema.js';
import { insertRowsInOrder } from '../../core/insert-batched.js';
import type {
  ForceFieldPositionPatch,
  ForceFieldPositionRow,
  ForceFieldSnapshotRow,
  IcebergItemPatch,
  IcebergItemRow,
  IcebergPatch,
  IcebergRow,
  InterestConflictPatch,
  InterestConflictRow,
  NewForceFieldPositionRow,
  NewPartyRow,
  PartyPatch,
  PartyRow,
  RoleAssignmentRow,
  SnapshotPositionRow,
  ValueWeightRow,
} from './stakeholder-tools.table.js';

// All SQL of the stakeholder tools. Services call these; nothing else here decides anything.

type Db = Kysely<Database> | Transaction<Database>;

const count = (result: { numUpdatedRows?: bigint; numDeletedRows?: bigint }): number =>
  Number(result.numUpdatedRows ?? result.numDeletedRows ?? 0n);

// Parties ---------------------------------------------------------------------------------

/** Fixed parties first (municipality, then inhabitants), then the others by name. */
export async function listParties(db: Db): Promise<PartyRow[]> {
  return db
    .selectFrom('party')
    .selectAll()
    .orderBy((eb) =>
      eb
        .case()
        .when('fixed', '=', 'own-municipality')
        .then(0)
        .when('fixed', '=', 'inhabitants')
        .then(1)
        .else(2)
        .end(),
    )
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export async function findParty(db: Db, id: string): Promise<PartyRow | undefined> {
  return db.selectFrom('party').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function fixedPartiesPresent(db: Db): Promise<FixedParty[]> {
  const rows = await db
    .selectFrom('party')
    .select('fixed')
    .where('fixed', 'is not', null)
    .execute();
  return rows.map((r) => r.fixed!);
}

export async function insertParty(db: Db, row: NewPartyRow): Promise<void> {
  await db.insertInto('party').values(row).execute();
}

export async function updateParty(db: Db, id: string, patch: PartyPatch): Promise<number> {
  return count(await db.updateTable('party').set(patch).where('id', '=', id).executeTakeFirst());
}

/** Stakeholder links of every party, in their order. */
export async function listPartyStakeholders(
  db: Db,
): Promise<{ party_id: string; stakeholder_id: string }[]> {
  return db
    .selectFrom('party_stakeholder')
    .select(['party_id', 'stakeholder_id'])
    .orderBy('party_id')
    .orderBy('position')
    .execute();
}

export async function replacePartyStakeholders(
  db: Db,
  partyId: string,
  stakeholderIds: readonly string[],
): Promise<void> {
  await db.deleteFrom('party_stakeholder').where('party_id', '=', partyId).execute();
  if (stakeholderIds.length === 0) return;
  await db
    .insertInto('party_stakeholder')
    .values(
      stakeholderIds.map((stakeholderId, position) => ({
        party_id: partyId,
        stakeholder_id: stakeholderId,
        position,
      })),
    )
    .execute();
}

export async function countStakeholdersIn(db: Db, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db.selectFrom('stakeholder').select('id').where('id', 'in', ids).execute();
  return rows.length;
}

export async function countFindingsIn(db: Db, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db.selectFrom('finding').select('id').where('id', 'in', ids).execute();
  return rows.length;
}

export async function findEngagementNaming(
  db: Db,
): Promise<{ client_name: string; language: string } | undefined> {
  return db.selectFrom('engagement').select(['client_name', 'language']).executeTakeFirst();
}

// Krachtenveld ----------------------------------------------------------------------------

export async function listPositions(db: Db): Promise<ForceFieldPositionRow[]> {
  return db.selectFrom('force_field_position').selectAll().orderBy('party_id').execute();
}

export async function findPositionOfParty(
  db: Db,
  partyId: string,
): Promise<ForceFieldPositionRow | undefined> {
  return db
    .selectFrom('force_field_position')
    .selectAll()
    .where('party_id', '=', partyId)
    .executeTakeFirst();
}

export async function insertPosition(db: Db, row: NewForceFieldPositionRow): Promise<void> {
  await db.insertInto('force_field_position').values(row).execute();
}

export async function updatePosition(
  db: Db,
  id: string,
  patch: ForceFieldPositionPatch,
): Promise<void> {
  await db.updateTable('force_field_position').set(patch).where('id', '=', id).execute();
}

export async function insertSnapshot(
  db: Db,
  snapshot: ForceFieldSnapshotRow,
  positions: readonly SnapshotPositionRow[],
): Promise<void> {
  await db.insertInto('force_field_snapshot').values(snapshot).execute();
  if (positions.length > 0)
    await db
      .insertInto('force_field_snapshot_position')
      .values([...positions])
      .execute();
}

/** Newest first. */
export async function listSnapshots(
  db: Db,
): Promise<(ForceFieldSnapshotRow & { position_count: number })[]> {
  const rows = await db
    .selectFrom('force_field_snapshot as s')
    .selectAll('s')
    .select((eb) =>
      eb
        .selectFrom('force_field_snapshot_position as p')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('p.snapshot_id', '=', 's.id')
        .as('position_count'),
    )
    .orderBy('s.taken_on', 'desc')
    .orderBy('s.created_at', 'desc')
    .orderBy('s.id')
    .execute();
  return rows.map((r) => ({ ...r, position_count: Number(r.position_count ?? 0) }));
}

export async function findSnapshot(db: Db, id: string): Promise<ForceFieldSnapshotRow | undefined> {
  return db.selectFrom('force_field_snapshot').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listSnapshotPositions(
  db: Db,
  snapshotId: string,
): Promise<SnapshotPositionRow[]> {
  return db
    .selectFrom('force_field_snapshot_position')
    .selectAll()
    .where('snapshot_id', '=', snapshotId)
    .orderBy('party_name')
    .orderBy('party_id')
    .execute();
}

// Value map -------------------------------------------------------------------------------

export async function listValueWeights(db: Db): Promise<ValueWeightRow[]> {
  return db
    .selectFrom('value_weight')
    .selectAll()
    .orderBy('party_id')
    .orderBy('value_id')
    .execute();
}

export async function upsertValueWeight(db: Db, row: ValueWeightRow): Promise<void> {
  await db
    .insertInto('value_weight')
    .values(row)
    .onConflict((oc) => oc.columns(['party_id', 'value_id']).doUpdateSet({ weight: row.weight }))
    .execute();
}

export async function deleteValueWeight(db: Db, partyId: string, valueId: string): Promise<void> {
  await db
    .deleteFrom('value_weight')
    .where('party_id', '=', partyId)
    .where('value_id', '=', valueId)
    .execute();
}

// IJsbergmodel ----------------------------------------------------------------------------

export async function listIcebergs(db: Db): Promise<IcebergRow[]> {
  return db.selectFrom('iceberg').selectAll().orderBy('created_at').orderBy('id').execute();
}

export async function findIceberg(db: Db, id: string): Promise<IcebergRow | undefined> {
  return db.selectFrom('iceberg').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertIceberg(db: Db, row: IcebergRow): Promise<void> {
  await db.insertInto('iceberg').values(row).execute();
}

export async function updateIceberg(db: Db, id: string, patch: IcebergPatch): Promise<number> {
  return count(await db.updateTable('iceberg').set(patch).where('id', '=', id).executeTakeFirst());
}

export async function listIcebergItems(db: Db, icebergId?: string): Promise<IcebergItemRow[]> {
  let query = db.selectFrom('iceberg_item').selectAll();
  if (icebergId !== undefined) query = query.where('iceberg_id', '=', icebergId);
  return query.orderBy('iceberg_id').orderBy('position').orderBy('id').execute();
}

export async function findIcebergItem(db: Db, id: string): Promise<IcebergItemRow | undefined> {
  return db.selectFrom('iceberg_item').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function nextIcebergItemPosition(db: Db, icebergId: string): Promise<number> {
  const row = await db
    .selectFrom('iceberg_item')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('iceberg_id', '=', icebergId)
    .executeTakeFirst();
  return row?.p === null || row?.p === undefined ? 0 : Number(row.p) + 1;
}

export async function insertIcebergItem(db: Db, row: IcebergItemRow): Promise<void> {
  await db.insertInto('iceberg_item').values(row).execute();
}

export async function updateIcebergItem(
  db: Db,
  id: string,
  patch: IcebergItemPatch,
): Promise<number> {
  return count(
    await db.updateTable('iceberg_item').set(patch).where('id', '=', id).executeTakeFirst(),
  );
}

// Conflicting interests -------------------------------------------------------------------

export async function listConflicts(db: Db): Promise<InterestConflictRow[]> {
  return db
    .selectFrom('interest_conflict')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findConflict(db: Db, id: string): Promise<InterestConflictRow | undefined> {
  return db.selectFrom('interest_conflict').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertConflict(db: Db, row: InterestConflictRow): Promise<void> {
  await db.insertInto('interest_conflict').values(row).execute();
}

export async function updateConflict(
  db: Db,
  id: string,
  patch: InterestConflictPatch,
): Promise<number> {
  return count(
    await db.updateTable('interest_conflict').set(patch).where('id', '=', id).executeTakeFirst(),
  );
}

// Roles -----------------------------------------------------------------------------------

export async function listRoleAssignments(db: Db): Promise<RoleAssignmentRow[]> {
  return db
    .selectFrom('role_assignment')
    .selectAll()
    .orderBy('role_id')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findRoleAssignment(
  db: Db,
  stakeholderId: string,
  roleId: string,
): Promise<RoleAssignmentRow | undefined> {
  return db
    .selectFrom('role_assignment')
    .selectAll()
    .where('stakeholder_id', '=', stakeholderId)
    .where('role_id', '=', roleId)
    .executeTakeFirst();
}

export async function insertRoleAssignment(db: Db, row: RoleAssignmentRow): Promise<void> {
  await db.insertInto('role_assignment').values(row).execute();
}

export async function updateRoleNote(db: Db, id: string, note: string): Promise<void> {
  await db.updateTable('role_assignment').set({ note }).where('id', '=', id).execute();
}

// Interchange import ----------------------------------------------------------------------

type ImportedRows = {
  [
    T in
      | 'party'
      | 'party_stakeholder'
      | 'force_field_position'
      | 'force_field_snapshot'
      | 'force_field_snapshot_position'
      | 'value_weight'
      | 'iceberg'
      | 'iceberg_item'
      | 'interest_conflict'
      | 'role_assignment'
  ]: Insertable<Database[T]>[];
};

/** An interchange file's rows, parents before children, inside the import's transaction. */
export async function insertImportedRows(db: Db, rows: ImportedRows): Promise<void> {
  await insertRowsInOrder(
    db,
    [
      'party',
      'party_stakeholder',
      'force_field_position',
      'force_field_snapshot',
      'force_field_snapshot_position',
      'value_weight',
      'iceberg',
      'iceberg_item',
      'interest_conflict',
      'role_assignment',
    ] as const,
    rows,
  );
}
