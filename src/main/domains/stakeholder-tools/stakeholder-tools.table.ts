import type { Insertable, Selectable, Updateable } from 'kysely';
import type { FixedParty, PartyKind } from '../../../shared/domain/stakeholder-tools.js';

// Since file version 5 (0005-stakeholder-tools). Ids are UUID text, timestamps ISO text; method
// entries (values, roles, iceberg layers) are stored by their id in the engagement's method copy.

export interface PartyTable {
  id: string;
  name: string;
  kind: PartyKind;
  /** 'own-municipality' or 'inhabitants' for the two parties every engagement keeps; else null. */
  fixed: FixedParty | null;
  interests: string;
  values_text: string;
  ways_of_working: string;
  culture_notes: string;
  created_at: string;
  updated_at: string;
}

export interface PartyStakeholderTable {
  party_id: string;
  stakeholder_id: string;
  position: number;
}

export interface ForceFieldPositionTable {
  id: string;
  party_id: string;
  influence: number;
  attitude: number;
  opportunities: string;
  risks: string;
  communication_strategy: string;
  next_action: string;
  action_owner_id: string | null;
  action_due: string | null;
  updated_at: string;
}

export interface ForceFieldSnapshotTable {
  id: string;
  taken_on: string;
  scored_by: string;
  note: string;
  created_at: string;
}

export interface ForceFieldSnapshotPositionTable {
  snapshot_id: string;
  party_id: string;
  party_name: string;
  influence: number;
  attitude: number;
  communication_strategy: string;
}

export interface ValueWeightTable {
  party_id: string;
  value_id: string;
  weight: number;
}

export interface IcebergTable {
  id: string;
  title: string;
  description: string;
  created_at: string;
  updated_at: string;
}

export interface IcebergItemTable {
  id: string;
  iceberg_id: string;
  layer: string;
  text: string;
  finding_id: string | null;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface InterestConflictTable {
  id: string;
  party_a_id: string;
  party_b_id: string;
  description: string;
  bridge: string;
  created_at: string;
  updated_at: string;
}

export interface RoleAssignmentTable {
  id: string;
  stakeholder_id: string;
  role_id: string;
  note: string;
  created_at: string;
}

/** The tables of this area, as the composed Database (src/main/domains/schema.ts) sees them. */
export interface StakeholderToolsTables {
  party: PartyTable;
  party_stakeholder: PartyStakeholderTable;
  force_field_position: ForceFieldPositionTable;
  force_field_snapshot: ForceFieldSnapshotTable;
  force_field_snapshot_position: ForceFieldSnapshotPositionTable;
  value_weight: ValueWeightTable;
  iceberg: IcebergTable;
  iceberg_item: IcebergItemTable;
  interest_conflict: InterestConflictTable;
  role_assignment: RoleAssignmentTable;
}

export type PartyRow = Selectable<PartyTable>;
export type NewPartyRow = Insertable<PartyTable>;
export type PartyPatch = Updateable<PartyTable>;
export type ForceFieldPositionRow = Selectable<ForceFieldPositionTable>;
export type NewForceFieldPositionRow = Insertable<ForceFieldPositionTable>;
export type ForceFieldPositionPatch = Updateable<ForceFieldPositionTable>;
export type ForceFieldSnapshotRow = Selectable<ForceFieldSnapshotTable>;
export type SnapshotPositionRow = Selectable<ForceFieldSnapshotPositionTable>;
export type ValueWeightRow = Selectable<ValueWeightTable>;
export type IcebergRow = Selectable<IcebergTable>;
export type IcebergPatch = Updateable<IcebergTable>;
export type IcebergItemRow = Selectable<IcebergItemTable>;
export type IcebergItemPatch = Updateable<IcebergItemTable>;
export type InterestConflictRow = Selectable<InterestConflictTable>;
export type InterestConflictPatch = Updateable<InterestConflictTable>;
export type RoleAssignmentRow = Selectable<RoleAssignmentTable>;
