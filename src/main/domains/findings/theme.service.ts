import type { ThemePatch } from './finding.table.js';
import { randomUUID } from 'node:crypto';
import type { Theme } from '../../../shared/domain/overview.js';
import type { ThemeRow } from './finding.table.js';
import {
  appendTheme,
  findTheme,
  listThemes,
  mergeThemeInto,
  patchTheme,
} from './theme.repository.js';
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
  const row = await findTheme(ctx.open.get(engagementId).file.db, id);
  if (!row) throw new KoersError('NOT_FOUND');
  return themeFromRow(row);
}

export async function createTheme(
  ctx: CoreContext,
  engagementId: string,
  fields: { name: string; color: string },
): Promise<Theme> {
  const id = randomUUID();
  const now = ctx.now();
  await appendTheme(ctx.open.get(engagementId).file.db, {
    id,
    name: fields.name,
    color: fields.color,
    created_at: now,
    updated_at: now,
  });
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
  const changed = await patchTheme(ctx.open.get(engagementId).file.db, id, patch);
  if (changed === 0) throw new KoersError('NOT_FOUND');
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
  await db.transaction().execute((trx) => mergeThemeInto(trx, sourceId, targetId));
  return themeOf(ctx, engagementId, targetId);
}

export async function deleteTheme(
  ctx: CoreContext,
  engagementId: string,
  id: string,
): Promise<Removed> {
  return removeRecord(ctx, engagementId, 'theme', id);
}
