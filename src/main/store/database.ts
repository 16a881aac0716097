import type { Insertable, Selectable, Updateable } from 'kysely';

// The kysely view of an engagement file. Columns are snake_case; services map rows to the
// camelCase domain types in src/shared/domain. Timestamps are ISO 8601 text, ids UUID text.

export interface EngagementTable {
  id: string;
  client_name: string;
  title: string;
  consultants_json: string;
  start_date: string | null;
  status: string;
  language: string;
  primary_color: string;
  secondary_color: string;
  font_name: string;
  logo_mime: string | null;
  logo_data: Uint8Array | null;
  method_version: string;
  created_at: string;
  updated_at: string;
}

export interface StakeholderTable {
  id: string;
  name: string;
  job_title: string;
  department: string;
  group_code: string;
  pseudonym: string;
  consent: string;
  consent_note: string;
  created_at: string;
  updated_at: string;
}

export interface MethodSnapshotTable {
  /** One row per copied part of the method ('manifest', 'steps', 'themes'). */
  part: string;
  content_json: string;
  copied_at: string;
}

export interface ChecklistStateTable {
  item_id: string;
  step_id: string;
  done: number;
  done_at: string | null;
  updated_at: string;
}

export interface ThemeTable {
  id: string;
  name: string;
  color: string;
  sort_order: number;
  created_at: string;
  updated_at: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface Database {
  engagement: EngagementTable;
  stakeholder: StakeholderTable;
  method_snapshot: MethodSnapshotTable;
  checklist_state: ChecklistStateTable;
  theme: ThemeTable;
  meta: MetaTable;
}

export type EngagementRow = Selectable<EngagementTable>;
export type NewEngagementRow = Insertable<EngagementTable>;
export type EngagementPatch = Updateable<EngagementTable>;
export type StakeholderRow = Selectable<StakeholderTable>;
export type NewStakeholderRow = Insertable<StakeholderTable>;
export type StakeholderPatch = Updateable<StakeholderTable>;
export type ThemeRow = Selectable<ThemeTable>;
export type ChecklistStateRow = Selectable<ChecklistStateTable>;
