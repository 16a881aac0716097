import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DimensionGap } from '../../../shared/domain/nulmeting.js';
import { addQuarters, quarterOf } from '../../../shared/domain/quarter.js';
import { roadmapChecks, roadmapWarnings } from '../../../shared/domain/roadmap-checks.js';
import type {
  Roadmap,
  RoadmapItem,
  RoadmapItemFields,
  RoadmapSettings,
  RoadmapUpdateFields,
} from '../../../shared/domain/roadmap.js';
import type { Removed } from '../../../shared/contract.js';
import type { CoreContext } from '../../core/core-context.js';
import { removeRecord } from '../../core/remove-record.js';
import { KoersError } from '../../base/koers-error.js';
import { methodCopy } from '../adoption/borging.service.js';
import { engagementMaturity } from '../nulmeting/nulmeting.service.js';
import type { Database } from '../schema.js';
import { itemFromRow, itemPatch, settingsFromRow, updateFromRow } from './roadmap.mapper.js';
import { roadmapMethod } from './roadmap.method.js';
import * as repo from './roadmap.repository.js';

// The rules of the routekaart; all SQL is in the repository. An item's end is never before its
// start (checked after merging a partial update), a dependency never makes a cycle, and an
// update that carries a status gives the item that status. Warnings and checks are computed
// on every read with today's quarter, by the shared rules the screen and the exports use.

type Db = Kysely<Database>;

const dbOf = (ctx: CoreContext, engagementId: string): Db => ctx.open.get(engagementId).file.db;

/** The engagement's copy of the method part (`write: false` for the export snapshot). */
export const engagementRoadmapMethod = (ctx: CoreContext, db: Db, write = true) =>
  methodCopy(ctx, db, roadmapMethod, write);

/** The saved settings, else a plan from the quarter after today's over the method's horizon. */
export async function readSettings(
  ctx: CoreContext,
  db: Db,
  write = true,
): Promise<RoadmapSettings> {
  const row = await repo.readSettings(db);
  if (row) return settingsFromRow(row);
  const method = await engagementRoadmapMethod(ctx, db, write);
  return {
    startQuarter: addQuarters(quarterOf(ctx.now()), 1),
    horizonYears: method.defaultHorizonYears,
  };
}

export async function updateSettings(
  ctx: CoreContext,
  engagementId: string,
  patch: Partial<RoadmapSettings>,
): Promise<RoadmapSettings> {
  const db = dbOf(ctx, engagementId);
  const settings = { ...(await readSettings(ctx, db)), ...patch };
  await repo.writeSettings(db, {
    id: 1,
    start_quarter: settings.startQuarter,
    horizon_years: settings.horizonYears,
    updated_at: ctx.now(),
  });
  return settings;
}

/** Every item in position order, with its links and updates. */
export async function listItems(db: Db): Promise<RoadmapItem[]> {
  const [rows, dependencies, gaps, passages, updates, names] = await Promise.all([
    repo.listItems(db),
    repo.listDependencies(db),
    repo.listGapLinks(db),
    repo.listPassageLinks(db),
    repo.listUpdates(db),
    repo.stakeholderNames(db),
  ]);
  const links = new Map(
    rows.map((r) => [
      r.id,
      {
        dependsOn: [] as string[],
        gapDimensionIds: [] as string[],
        passageIds: [] as string[],
        updates: [] as ReturnType<typeof updateFromRow>[],
      },
    ]),
  );
  for (const d of dependencies) links.get(d.item_id)?.dependsOn.push(d.depends_on_id);
  for (const g of gaps) links.get(g.item_id)?.gapDimensionIds.push(g.dimension_id);
  for (const p of passages) links.get(p.item_id)?.passageIds.push(p.passage_id);
  for (const u of updates) links.get(u.item_id)?.updates.push(updateFromRow(u));
  return rows.map((r) =>
    itemFromRow(
      r,
      links.get(r.id)!,
      r.owner_stakeholder_id ? names.get(r.owner_stakeholder_id) : undefined,
    ),
  );
}

/** The whole plan, with warnings for today's quarter and checks against the gaps given. */
export async function getRoadmap(
  ctx: CoreContext,
  engagementId: string,
  gaps: readonly DimensionGap[],
  write = true,
): Promise<Roadmap> {
  const db = dbOf(ctx, engagementId);
  const [settings, items, method] = await Promise.all([
    readSettings(ctx, db, write),
    listItems(db),
    engagementRoadmapMethod(ctx, db, write),
  ]);
  return {
    settings,
    items,
    warnings: roadmapWarnings(items, settings, quarterOf(ctx.now())),
    checks: roadmapChecks(items, gaps, method),
  };
}

async function itemOf(db: Db, id: string): Promise<RoadmapItem> {
  const found = (await listItems(db)).find((item) => item.id === id);
  if (!found) throw new KoersError('NOT_FOUND');
  return found;
}

async function checkOwner(db: Db, ownerStakeholderId: string | null | undefined): Promise<void> {
  if (ownerStakeholderId && !(await repo.stakeholderExists(db, ownerStakeholderId)))
    throw new KoersError('NOT_FOUND');
}

/**
 * The gaps an item closes and the dimension it is planned under are dimensions of the
 * engagement's copy of the maturity model: an id from elsewhere would be a gap no measurement
 * can show, silently left out of the checks and the implementatieplan.
 */
async function checkDimensions(
  ctx: CoreContext,
  db: Db,
  ids: readonly (string | null | undefined)[],
): Promise<void> {
  const named = ids.filter((id): id is string => typeof id === 'string');
  if (named.length === 0) return;
  const known = new Set((await engagementMaturity(ctx, db)).dimensions.map((d) => d.id));
  const unknown = named.find((id) => !known.has(id));
  if (unknown !== undefined)
    throw new KoersError('ROADMAP_UNKNOWN_DIMENSION', { dimension: unknown });
}

function checkSpan(start: string, end: string): void {
  if (end < start) throw new KoersError('ROADMAP_END_BEFORE_START');
}

type NewItemFields = Partial<RoadmapItemFields> & Pick<RoadmapItemFields, 'title' | 'startQuarter'>;

export async function createItem(
  ctx: CoreContext,
  engagementId: string,
  fields: NewItemFields,
): Promise<RoadmapItem> {
  const db = dbOf(ctx, engagementId);
  const endQuarter = fields.endQuarter ?? fields.startQuarter;
  checkSpan(fields.startQuarter, endQuarter);
  await checkOwner(db, fields.ownerStakeholderId);
  await checkDimensions(ctx, db, [fields.dimensionId]);
  const id = randomUUID();
  const now = ctx.now();
  await repo.insertItem(db, {
    id,
    kind: fields.kind ?? 'project',
    title: fields.title,
    description: fields.description ?? '',
    goal: fields.goal ?? '',
    dimension_id: fields.dimensionId ?? null,
    bouwsteen: fields.bouwsteen ?? null,
    start_quarter: fields.startQuarter,
    end_quarter: endQuarter,
    owner_stakeholder_id: fields.ownerStakeholderId ?? null,
    owner_text: fields.ownerText ?? '',
    effort: fields.effort ?? '',
    funding: fields.funding ?? 'open',
    phase: fields.phase ?? 'begin',
    level: fields.level ?? 'tactisch',
    status: fields.status ?? 'gepland',
    position: await repo.nextPosition(db),
    created_at: now,
    updated_at: now,
  });
  return itemOf(db, id);
}

export async function updateItem(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  fields: Partial<RoadmapItemFields>,
): Promise<RoadmapItem> {
  const db = dbOf(ctx, engagementId);
  const row = await repo.findItem(db, id);
  if (!row) throw new KoersError('NOT_FOUND');
  // A move on the timeline sends one end; the rule holds for the item as it will be.
  checkSpan(fields.startQuarter ?? row.start_quarter, fields.endQuarter ?? row.end_quarter);
  await checkOwner(db, fields.ownerStakeholderId);
  await checkDimensions(ctx, db, [fields.dimensionId]);
  await repo.updateItem(db, id, { ...itemPatch(fields), updated_at: ctx.now() });
  return itemOf(db, id);
}

export const removeItem = (ctx: CoreContext, engagementId: string, id: string): Promise<Removed> =>
  removeRecord(ctx, engagementId, 'roadmap_item', id);

/** The ids given first in that order; items not named keep their order after them. */
export async function reorderItems(
  ctx: CoreContext,
  engagementId: string,
  ids: readonly string[],
): Promise<RoadmapItem[]> {
  const db = dbOf(ctx, engagementId);
  const current = (await repo.listItems(db)).map((r) => r.id);
  const known = new Set(current);
  if (ids.some((id) => !known.has(id))) throw new KoersError('NOT_FOUND');
  const named = [...new Set(ids)];
  const order = [...named, ...current.filter((id) => !named.includes(id))];
  await repo.setPositions(db, order);
  return listItems(db);
}

export async function setLinks(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  gapDimensionIds: readonly string[],
  passageIds: readonly string[],
): Promise<RoadmapItem> {
  const db = dbOf(ctx, engagementId);
  if (!(await repo.findItem(db, id))) throw new KoersError('NOT_FOUND');
  const passages = [...new Set(passageIds)];
  const existing = await repo.existingPassageIds(db, passages);
  if (passages.some((p) => !existing.has(p))) throw new KoersError('NOT_FOUND');
  const gaps = [...new Set(gapDimensionIds)];
  await checkDimensions(ctx, db, gaps);
  await repo.replaceLinks(db, id, gaps, passages);
  return itemOf(db, id);
}

/** Whether `from` reaches `to` by following what items depend on. */
function reaches(
  dependencies: readonly { item_id: string; depends_on_id: string }[],
  from: string,
  to: string,
): boolean {
  const next = new Map<string, string[]>();
  for (const d of dependencies)
    next.set(d.item_id, [...(next.get(d.item_id) ?? []), d.depends_on_id]);
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const at = stack.pop()!;
    if (at === to) return true;
    if (seen.has(at)) continue;
    seen.add(at);
    stack.push(...(next.get(at) ?? []));
  }
  return false;
}

export async function addDependency(
  ctx: CoreContext,
  engagementId: string,
  itemId: string,
  dependsOnId: string,
): Promise<RoadmapItem> {
  const db = dbOf(ctx, engagementId);
  const [item, other] = await Promise.all([
    repo.findItem(db, itemId),
    repo.findItem(db, dependsOnId),
  ]);
  if (!item || !other) throw new KoersError('NOT_FOUND');
  if (itemId === dependsOnId) throw new KoersError('ROADMAP_DEPENDENCY_SELF');
  // The new edge item → other closes a cycle when other already depends on item.
  if (reaches(await repo.listDependencies(db), dependsOnId, itemId))
    throw new KoersError('ROADMAP_DEPENDENCY_CYCLE', { item: item.title });
  await repo.addDependency(db, itemId, dependsOnId);
  return itemOf(db, itemId);
}

export async function removeDependency(
  ctx: CoreContext,
  engagementId: string,
  itemId: string,
  dependsOnId: string,
): Promise<RoadmapItem> {
  const db = dbOf(ctx, engagementId);
  if (!(await repo.findItem(db, itemId))) throw new KoersError('NOT_FOUND');
  await repo.removeDependency(db, itemId, dependsOnId);
  return itemOf(db, itemId);
}

export async function addUpdate(
  ctx: CoreContext,
  engagementId: string,
  itemId: string,
  fields: RoadmapUpdateFields,
): Promise<RoadmapItem> {
  const db = dbOf(ctx, engagementId);
  if (!(await repo.findItem(db, itemId))) throw new KoersError('NOT_FOUND');
  const now = ctx.now();
  await repo.insertUpdate(
    db,
    {
      id: randomUUID(),
      item_id: itemId,
      date: fields.date,
      text: fields.text,
      status: fields.status,
      created_at: now,
    },
    now,
  );
  return itemOf(db, itemId);
}

export const removeUpdate = (
  ctx: CoreContext,
  engagementId: string,
  id: string,
): Promise<Removed> => removeRecord(ctx, engagementId, 'roadmap_update', id);
