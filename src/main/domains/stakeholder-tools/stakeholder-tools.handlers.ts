import type { CoreContext } from '../../core/core-context.js';
import type { HandlerGroup } from '../../core/handler-types.js';
import * as tools from './stakeholder-tools.service.js';

type StakeholderToolsOps =
  | 'stakeholderTools:guide'
  | 'party:list'
  | 'party:create'
  | 'party:update'
  | 'party:delete'
  | 'forceField:list'
  | 'forceField:set'
  | 'forceField:remove'
  | 'forceFieldSnapshot:take'
  | 'forceFieldSnapshot:list'
  | 'forceFieldSnapshot:get'
  | 'forceFieldSnapshot:delete'
  | 'valueMap:get'
  | 'valueMap:setWeight'
  | 'iceberg:list'
  | 'iceberg:get'
  | 'iceberg:create'
  | 'iceberg:update'
  | 'iceberg:delete'
  | 'icebergItem:create'
  | 'icebergItem:update'
  | 'icebergItem:delete'
  | 'interestConflict:list'
  | 'interestConflict:create'
  | 'interestConflict:update'
  | 'interestConflict:delete'
  | 'role:list'
  | 'role:assign'
  | 'role:remove';

export const stakeholderToolsHandlers = (ctx: CoreContext): HandlerGroup<StakeholderToolsOps> => ({
  'stakeholderTools:guide': async ({ engagementId, language }) =>
    tools.toolsGuide(ctx, engagementId, language),
  'party:list': async ({ engagementId }) => tools.listParties(ctx, engagementId),
  'party:create': async ({ engagementId, fields }) => tools.createParty(ctx, engagementId, fields),
  'party:update': async ({ engagementId, id, fields }) =>
    tools.updateParty(ctx, engagementId, id, fields),
  'party:delete': async ({ engagementId, id }) => tools.removeParty(ctx, engagementId, id),
  'forceField:list': async ({ engagementId }) => tools.listPositions(ctx, engagementId),
  'forceField:set': async ({ engagementId, partyId, fields }) =>
    tools.setPosition(ctx, engagementId, partyId, fields),
  'forceField:remove': async ({ engagementId, partyId }) =>
    tools.removePosition(ctx, engagementId, partyId),
  'forceFieldSnapshot:take': async ({ engagementId, fields }) =>
    tools.takeSnapshot(ctx, engagementId, fields),
  'forceFieldSnapshot:list': async ({ engagementId }) => tools.listSnapshots(ctx, engagementId),
  'forceFieldSnapshot:get': async ({ engagementId, id }) =>
    tools.getSnapshot(ctx, engagementId, id),
  'forceFieldSnapshot:delete': async ({ engagementId, id }) =>
    tools.removeToolsRecord(ctx, engagementId, 'force_field_snapshot', id),
  'valueMap:get': async ({ engagementId, language }) => tools.valueMap(ctx, engagementId, language),
  'valueMap:setWeight': async ({ engagementId, partyId, valueId, weight }) =>
    tools.setValueWeight(ctx, engagementId, partyId, valueId, weight),
  'iceberg:list': async ({ engagementId }) => tools.listIcebergs(ctx, engagementId),
  'iceberg:get': async ({ engagementId, id }) => tools.getIceberg(ctx, engagementId, id),
  'iceberg:create': async ({ engagementId, fields }) =>
    tools.createIceberg(ctx, engagementId, fields),
  'iceberg:update': async ({ engagementId, id, fields }) =>
    tools.updateIceberg(ctx, engagementId, id, fields),
  'iceberg:delete': async ({ engagementId, id }) =>
    tools.removeToolsRecord(ctx, engagementId, 'iceberg', id),
  'icebergItem:create': async ({ engagementId, icebergId, fields }) =>
    tools.createIcebergItem(ctx, engagementId, icebergId, fields),
  'icebergItem:update': async ({ engagementId, id, fields }) =>
    tools.updateIcebergItem(ctx, engagementId, id, fields),
  'icebergItem:delete': async ({ engagementId, id }) =>
    tools.removeToolsRecord(ctx, engagementId, 'iceberg_item', id),
  'interestConflict:list': async ({ engagementId }) => tools.listConflicts(ctx, engagementId),
  'interestConflict:create': async ({ engagementId, fields }) =>
    tools.createConflict(ctx, engagementId, fields),
  'interestConflict:update': async ({ engagementId, id, fields }) =>
    tools.updateConflict(ctx, engagementId, id, fields),
  'interestConflict:delete': async ({ engagementId, id }) =>
    tools.removeToolsRecord(ctx, engagementId, 'interest_conflict', id),
  'role:list': async ({ engagementId }) => tools.listRoles(ctx, engagementId),
  'role:assign': async ({ engagementId, stakeholderId, roleId, note }) =>
    tools.assignRole(ctx, engagementId, stakeholderId, roleId, note),
  'role:remove': async ({ engagementId, id }) =>
    tools.removeToolsRecord(ctx, engagementId, 'role_assignment', id),
});
