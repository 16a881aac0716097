import {
  quadrantOf,
  type ForceFieldPosition,
  type Iceberg,
  type IcebergItem,
  type InterestConflict,
  type Party,
  type RoleAssignment,
  type SnapshotPosition,
  type StakeholderToolsMethod,
} from '../../../shared/domain/stakeholder-tools.js';
import type {
  ForceFieldPositionRow,
  IcebergItemRow,
  IcebergRow,
  InterestConflictRow,
  PartyRow,
  RoleAssignmentRow,
  SnapshotPositionRow,
} from './stakeholder-tools.table.js';

type ForceFieldMethod = StakeholderToolsMethod['forceField'];

export function partyFromRow(row: PartyRow, stakeholderIds: string[]): Party {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    fixed: row.fixed,
    interests: row.interests,
    values: row.values_text,
    waysOfWorking: row.ways_of_working,
    cultureNotes: row.culture_notes,
    stakeholderIds,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function positionFromRow(
  row: ForceFieldPositionRow,
  forceField: ForceFieldMethod,
): ForceFieldPosition {
  return {
    id: row.id,
    partyId: row.party_id,
    influence: row.influence,
    attitude: row.attitude,
    quadrantId: quadrantOf(forceField, row.influence, row.attitude),
    opportunities: row.opportunities,
    risks: row.risks,
    communicationStrategy: row.communication_strategy,
    nextAction: row.next_action,
    actionOwnerId: row.action_owner_id,
    actionDue: row.action_due,
    updatedAt: row.updated_at,
  };
}

export function snapshotPositionFromRow(
  row: SnapshotPositionRow,
  forceField: ForceFieldMethod,
): SnapshotPosition {
  return {
    partyId: row.party_id,
    partyName: row.party_name,
    influence: row.influence,
    attitude: row.attitude,
    quadrantId: quadrantOf(forceField, row.influence, row.attitude),
    communicationStrategy: row.communication_strategy,
  };
}

export function icebergItemFromRow(row: IcebergItemRow): IcebergItem {
  return {
    id: row.id,
    icebergId: row.iceberg_id,
    layer: row.layer,
    text: row.text,
    findingId: row.finding_id,
    position: row.position,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Items in the method's layer order (unknown layers last), then in the order they were added. */
export function icebergFromRows(
  row: IcebergRow,
  items: IcebergItemRow[],
  layerOrder: readonly string[],
): Iceberg {
  const rank = (layer: string) => {
    const i = layerOrder.indexOf(layer);
    return i === -1 ? layerOrder.length : i;
  };
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    items: items
      .map(icebergItemFromRow)
      .sort((a, b) => rank(a.layer) - rank(b.layer) || a.position - b.position),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function conflictFromRow(row: InterestConflictRow): InterestConflict {
  return {
    id: row.id,
    partyAId: row.party_a_id,
    partyBId: row.party_b_id,
    description: row.description,
    bridge: row.bridge,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function roleFromRow(row: RoleAssignmentRow): RoleAssignment {
  return {
    id: row.id,
    stakeholderId: row.stakeholder_id,
    roleId: row.role_id,
    note: row.note,
    createdAt: row.created_at,
  };
}
