import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Bouwsteen } from '../../../shared/domain/nulmeting.js';
import type {
  FundingState,
  RoadmapItemKind,
  RoadmapLevel,
  RoadmapPhase,
  RoadmapStatus,
} from '../../../shared/domain/roadmap.js';

// Since file version 9 (0009-roadmap). Ids are UUID text, quarters '2027-Q1', dates
// yyyy-mm-dd, timestamps ISO text. A gap is linked by the dimension id of the maturity model
// (text, no foreign key): the gap itself is computed from the latest measurement.

/** One row at most (id 1); without it the plan has the defaults. */
export interface RoadmapSettingsTable {
  id: number;
  start_quarter: string;
  horizon_years: number;
  updated_at: string;
}

export interface RoadmapItemTable {
  id: string;
  kind: RoadmapItemKind;
  title: string;
  description: string;
  goal: string;
  dimension_id: string | null;
  bouwsteen: Bouwsteen | null;
  start_quarter: string;
  end_quarter: string;
  owner_stakeholder_id: string | null;
  owner_text: string;
  effort: string;
  funding: FundingState;
  phase: RoadmapPhase;
  level: RoadmapLevel;
  status: RoadmapStatus;
  position: number;
  created_at: string;
  updated_at: string;
}

/** item_id depends on depends_on_id: it should start after that one ends. */
export interface RoadmapDependencyTable {
  item_id: string;
  depends_on_id: string;
}

export interface RoadmapItemGapTable {
  item_id: string;
  dimension_id: string;
}

export interface RoadmapItemPassageTable {
  item_id: string;
  passage_id: string;
}

export interface RoadmapUpdateTable {
  id: string;
  item_id: string;
  date: string;
  text: string;
  status: RoadmapStatus | null;
  created_at: string;
}

/** The tables of this area, as the composed Database (src/main/domains/schema.ts) sees them. */
export interface RoadmapTables {
  roadmap_settings: RoadmapSettingsTable;
  roadmap_item: RoadmapItemTable;
  roadmap_dependency: RoadmapDependencyTable;
  roadmap_item_gap: RoadmapItemGapTable;
  roadmap_item_passage: RoadmapItemPassageTable;
  roadmap_update: RoadmapUpdateTable;
}

export type RoadmapSettingsRow = Selectable<RoadmapSettingsTable>;
export type RoadmapItemRow = Selectable<RoadmapItemTable>;
export type NewRoadmapItemRow = Insertable<RoadmapItemTable>;
export type RoadmapItemPatch = Updateable<RoadmapItemTable>;
export type RoadmapUpdateRow = Selectable<RoadmapUpdateTable>;
export type NewRoadmapUpdateRow = Insertable<RoadmapUpdateTable>;
