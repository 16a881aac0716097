import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../schema.js';
import type { ThemePatch, ThemeRow } from './finding.table.js';

type Db = Kysely<Database> | Transaction<Database>;

export async function listThemes(db: Db): Promise<ThemeRow[]> {
  return db.selectFrom('theme').selectAll().orderBy('sort_order').execute();
}

export async function findTheme(db: Db, id: string): Promise<ThemeRow | undefined> {
  return db.selectFrom('theme').selectAll().where('id', '=', id).executeTakeFirst();
}

/** How many of these ids name a theme: fewer than asked means one does not exist. */
export async function countThemesIn(db: Db, ids: string[]): Promise<number> {
  const found = await db.selectFrom('theme').select('id').where('id', 'in', ids).execute();
  return found.length;
}

export async function insertThemes(db: Db, rows: ThemeRow[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('theme').values(rows).execute();
}

/** A new theme goes last: its sort order is computed in the same statement, so two never tie. */
export async function appendTheme(db: Db, row: Omit<ThemeRow, 'sort_order'>): Promise<void> {
  await db
    .insertInto('theme')
    .values({
      ...row,
      sort_order: sql<number>`(SELECT coalesce(max(sort_order), -1) + 1 FROM theme)`,
    })
    .execute();
}

/** Returns the number of rows changed (0: no such theme). */
export async function patchTheme(db: Db, id: string, patch: ThemePatch): Promise<number> {
  const result = await db.updateTable('theme').set(patch).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Every finding of the source theme gets the target theme, then the source goes. */
export async function mergeThemeInto(
  db: Transaction<Database>,
  sourceId: string,
  targetId: string,
): Promise<void> {
  await sql`INSERT OR IGNORE INTO finding_theme (finding_id, theme_id)
    SELECT finding_id, ${targetId} FROM finding_theme WHERE theme_id = ${sourceId}`.execute(db);
  await db.deleteFrom('theme').where('id', '=', sourceId).execute();
}
