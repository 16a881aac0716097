import type { ThemePatch } from './finding.table.js';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Theme } from '../../../shared/domain/overview.js';
import type { ThemeRow } from './finding.table.js';
import { listThemes } from '../engagement/method.repository.js';
import type { CoreContext } from '../../core/core-context.js';
import { KoersError } from '../../base/koers-error.js';
import { removeRecord, type Removed } from '../../core/remove-record.js';

const themeFromRow = (t: ThemeRow): Theme => ({
  id: t.id,
  name: t.name,
  color: t.color,
  sortOrder: t.sort_order,
});

export async function listEngagementThemes(
  ctx: CoreContext,
  engagementId: string,
): Promise<Theme[]> {
  return (await listThemes(ctx.open.get(engagementId).file.db)).map(themeFromRow);
}

async function themeOf(ctx: CoreContext, engagementId: string, id: string): Promise<Theme> {
  const row = await ctx.open
    .get(engagementId)
    .file.db.selectFrom('theme')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new KoersError('NOT_FOUND');
  return themeFromRow(row);
}

export async function createTheme(
  ctx: CoreContext,
  engagementId: string,
  fields: { name: string; color: string },
): Promise<Theme> {
  const db = ctx.open.get(engagementId).file.db;
  const id = randomUUID();
  const now = ctx.now();
  await db
    .insertInto('theme')
    .values({
      id,
      name: fields.name,
      color: fields.color,
      sort_order: sql<number>`(SELECT coalesce(max(sort_order), -1) + 1 FROM theme)`,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return themeOf(ctx, engagementId, id);
}

export async function updateTheme(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  fields: Partial<{ name: string; color: string }>,
): Promise<Theme> {
  const patch: ThemePatch = { updated_at: ctx.now() };
  if (fields.name !== undefined) patch.name = fields.name;
  if (fields.color !== undefined) patch.color = fields.color;
  const result = await ctx.open
    .get(engagementId)
    .file.db.updateTable('theme')
    .set(patch)
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new KoersError('NOT_FOUND');
  return themeOf(ctx, engagementId, id);
}

/** "Privacy" and "AVG" turn out to be one theme: every finding of the source moves over. */
export async function mergeThemes(
  ctx: CoreContext,
  engagementId: string,
  sourceId: string,
  targetId: string,
): Promise<Theme> {
  if (sourceId === targetId) throw new KoersError('INVALID_INPUT', { path: 'targetId' });
  const db = ctx.open.get(engagementId).file.db;
  await themeOf(ctx, engagementId, sourceId);
  await themeOf(ctx, engagementId, targetId);
  await db.transaction().execute(async (trx) => {
    await sql`INSERT OR IGNORE INTO finding_theme (finding_id, theme_id)
      SELECT finding_id, ${targetId} FROM finding_theme WHERE theme_id = ${sourceId}`.execute(trx);
    await trx.deleteFrom('theme').where('id', '=', sourceId).execute();
  });
  return themeOf(ctx, engagementId, targetId);
}

export async function deleteTheme(
  ctx: CoreContext,
  engagementId: string,
  id: string,
): Promise<Removed> {
  return removeRecord(ctx, engagementId, 'theme', id);
}
