import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Language } from '../../../shared/domain/common.js';
import type { EngagementStatus } from '../../../shared/domain/engagement.js';

export interface EngagementTable {
  id: string;
  client_name: string;
  title: string;
  consultants_json: string;
  start_date: string | null;
  status: EngagementStatus;
  language: Language;
  primary_color: string;
  secondary_color: string;
  font_name: string;
  logo_mime: string | null;
  logo_data: Uint8Array | null;
  method_version: string;
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

export interface MetaTable {
  key: string;
  value: string;
}

/** The tables of this area, as the composed Database (src/main/domains/database.ts) sees them. */
export interface EngagementTables {
  engagement: EngagementTable;
  method_snapshot: MethodSnapshotTable;
  checklist_state: ChecklistStateTable;
  meta: MetaTable;
}

export type EngagementRow = Selectable<EngagementTable>;
export type NewEngagementRow = Insertable<EngagementTable>;
export type EngagementPatch = Updateable<EngagementTable>;
export type ChecklistStateRow = Selectable<ChecklistStateTable>;
