import type {
  RoadmapItem,
  RoadmapItemFields,
  RoadmapSettings,
  RoadmapUpdate,
} from '../../../shared/domain/roadmap.js';
import type {
  RoadmapItemPatch,
  RoadmapItemRow,
  RoadmapSettingsRow,
  RoadmapUpdateRow,
} from './roadmap.table.js';

// Rows of the routekaart's tables to the camelCase types of src/shared/domain/roadmap.ts and back.

export const settingsFromRow = (row: RoadmapSettingsRow): RoadmapSettings => ({
  startQuarter: row.start_quarter,
  horizonYears: row.horizon_years,
});

export const updateFromRow = (row: RoadmapUpdateRow): RoadmapUpdate => ({
  id: row.id,
  itemId: row.item_id,
  date: row.date,
  text: row.text,
  status: row.status,
  createdAt: row.created_at,
});

/** What hangs off an item, gathered per item id. */
export interface ItemLinks {
  dependsOn: string[];
  gapDimensionIds: string[];
  passageIds: string[];
  updates: RoadmapUpdate[];
}

export const itemFromRow = (
  row: RoadmapItemRow,
  links: ItemLinks,
  stakeholderName: string | undefined,
): RoadmapItem => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  description: row.description,
  goal: row.goal,
  dimensionId: row.dimension_id,
  bouwsteen: row.bouwsteen,
  startQuarter: row.start_quarter,
  endQuarter: row.end_quarter,
  ownerStakeholderId: row.owner_stakeholder_id,
  ownerText: row.owner_text,
  ownerLabel: stakeholderName ?? row.owner_text,
  effort: row.effort,
  funding: row.funding,
  phase: row.phase,
  level: row.level,
  status: row.status,
  dependsOn: links.dependsOn,
  gapDimensionIds: links.gapDimensionIds,
  passageIds: links.passageIds,
  updates: links.updates,
  position: row.position,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The columns of the fields given; what is left out stays as it is. */
export function itemPatch(fields: Partial<RoadmapItemFields>): RoadmapItemPatch {
  const patch: RoadmapItemPatch = {};
  if (fields.kind !== undefined) patch.kind = fields.kind;
  if (fields.title !== undefined) patch.title = fields.title;
  if (fields.description !== undefined) patch.description = fields.description;
  if (fields.goal !== undefined) patch.goal = fields.goal;
  if (fields.dimensionId !== undefined) patch.dimension_id = fields.dimensionId;
  if (fields.bouwsteen !== undefined) patch.bouwsteen = fields.bouwsteen;
  if (fields.startQuarter !== undefined) patch.start_quarter = fields.startQuarter;
  if (fields.endQuarter !== undefined) patch.end_quarter = fields.endQuarter;
  if (fields.ownerStakeholderId !== undefined)
    patch.owner_stakeholder_id = fields.ownerStakeholderId;
  if (fields.ownerText !== undefined) patch.owner_text = fields.ownerText;
  if (fields.effort !== undefined) patch.effort = fields.effort;
  if (fields.funding !== undefined) patch.funding = fields.funding;
  if (fields.phase !== undefined) patch.phase = fields.phase;
  if (fields.level !== undefined) patch.level = fields.level;
  if (fields.status !== undefined) patch.status = fields.status;
  return patch;
}
