import type { Insertable, Kysely, Transaction } from 'kysely';
import { insertRowsInOrder } from '../../core/insert-batched.js';
import type { Database } from '../schema.js';
import type {
  NewRoadmapItemRow,
  NewRoadmapUpdateRow,
  RoadmapItemPatch,
  RoadmapItemRow,
  RoadmapSettingsRow,
  RoadmapTables,
  RoadmapUpdateRow,
} from './roadmap.table.js';

// All of the routekaart's SQL. The service holds the rules.

type Db = Kysely<Database> | Transaction<Database>;

export async function readSettings(db: Db): Promise<RoadmapSettingsRow | undefined> {
  return db.selectFrom('roadmap_settings').selectAll().where('id', '=', 1).executeTakeFirst();
}

export async function writeSettings(db: Db, row: RoadmapSettingsRow): Promise<void> {
  await db
    .insertInto('roadmap_settings')
    .values(row)
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({
        start_quarter: row.start_quarter,
        horizon_years: row.horizon_years,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export async function listItems(db: Db): Promise<RoadmapItemRow[]> {
  return db
    .selectFrom('roadmap_item')
    .selectAll()
    .orderBy('position')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findItem(db: Db, id: string): Promise<RoadmapItemRow | undefined> {
  return db.selectFrom('roadmap_item').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function nextPosition(db: Db): Promise<number> {
  const row = await db
    .selectFrom('roadmap_item')
    .select((eb) => eb.fn.max('position').as('max'))
    .executeTakeFirst();
  return (row?.max ?? -1) + 1;
}

export async function insertItem(db: Db, row: NewRoadmapItemRow): Promise<void> {
  await db.insertInto('roadmap_item').values(row).execute();
}

export async function updateItem(db: Db, id: string, patch: RoadmapItemPatch): Promise<void> {
  await db.updateTable('roadmap_item').set(patch).where('id', '=', id).execute();
}

export async function setPositions(db: Db, ids: readonly string[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const [position, id] of ids.entries())
      await trx.updateTable('roadmap_item').set({ position }).where('id', '=', id).execute();
  });
}

export async function listDependencies(
  db: Db,
): Promise<{ item_id: string; depends_on_id: string }[]> {
  return db
    .selectFrom('roadmap_dependency')
    .selectAll()
    .orderBy('item_id')
    .orderBy('depends_on_id')
    .execute();
}

export async function addDependency(db: Db, itemId: string, dependsOnId: string): Promise<void> {
  await db
    .insertInto('roadmap_dependency')
    .values({ item_id: itemId, depends_on_id: dependsOnId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function removeDependency(db: Db, itemId: string, dependsOnId: string) {
  await db
    .deleteFrom('roadmap_dependency')
    .where('item_id', '=', itemId)
    .where('depends_on_id', '=', dependsOnId)
    .execute();
}

export async function listGapLinks(db: Db): Promise<{ item_id: string; dimension_id: string }[]> {
  return db.selectFrom('roadmap_item_gap').selectAll().orderBy('dimension_id').execute();
}

/** Passage links in the passages' order in the vision. */
export async function listPassageLinks(db: Db): Promise<{ item_id: string; passage_id: string }[]> {
  return db
    .selectFrom('roadmap_item_passage as l')
    .innerJoin('vision_passage as p', 'p.id', 'l.passage_id')
    .select(['l.item_id as item_id', 'l.passage_id as passage_id'])
    .orderBy('p.position')
    .orderBy('p.id')
    .execute();
}

export async function existingPassageIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('vision_passage')
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function replaceLinks(
  db: Db,
  itemId: string,
  dimensionIds: readonly string[],
  passageIds: readonly string[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('roadmap_item_gap').where('item_id', '=', itemId).execute();
    await trx.deleteFrom('roadmap_item_passage').where('item_id', '=', itemId).execute();
    if (dimensionIds.length > 0)
      await trx
        .insertInto('roadmap_item_gap')
        .values(dimensionIds.map((dimension_id) => ({ item_id: itemId, dimension_id })))
        .execute();
    if (passageIds.length > 0)
      await trx
        .insertInto('roadmap_item_passage')
        .values(passageIds.map((passage_id) => ({ item_id: itemId, passage_id })))
        .execute();
  });
}

/** Newest first. */
export async function listUpdates(db: Db): Promise<RoadmapUpdateRow[]> {
  return db
    .selectFrom('roadmap_update')
    .selectAll()
    .orderBy('date', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function findUpdate(db: Db, id: string): Promise<RoadmapUpdateRow | undefined> {
  return db.selectFrom('roadmap_update').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Adds the update and, when it carries a status, gives the item that status: both or neither. */
export async function insertUpdate(db: Db, row: NewRoadmapUpdateRow, now: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('roadmap_update').values(row).execute();
    if (row.status)
      await trx
        .updateTable('roadmap_item')
        .set({ status: row.status, updated_at: now })
        .where('id', '=', row.item_id)
        .execute();
  });
}

export async function stakeholderNames(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('stakeholder').select(['id', 'name']).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function stakeholderExists(db: Db, id: string): Promise<boolean> {
  return (
    (await db.selectFrom('stakeholder').select('id').where('id', '=', id).executeTakeFirst()) !==
    undefined
  );
}

// Interchange import ----------------------------------------------------------------------

type ImportedRows = { [T in keyof RoadmapTables]: Insertable<RoadmapTables[T]>[] };

/** An interchange file's rows, parents before children, inside the import's transaction. */
export async function insertImportedRows(db: Db, rows: ImportedRows): Promise<void> {
  await insertRowsInOrder(
    db,
    [
      'roadmap_settings',
      'roadmap_item',
      'roadmap_dependency',
      'roadmap_item_gap',
      'roadmap_item_passage',
      'roadmap_update',
    ] as const,
    rows,
  );
}
