import type { CoreContext } from '../../core/core-context.js';
import {
  createStakeholder,
  listEngagementStakeholders,
  removeStakeholder,
  stakeholderLinks,
  updateStakeholderFields,
} from './stakeholder.service.js';
import type { HandlerGroup } from '../../core/handler-types.js';

type StakeholderOps =
  | 'stakeholder:list'
  | 'stakeholder:create'
  | 'stakeholder:update'
  | 'stakeholder:links'
  | 'stakeholder:delete';

export const stakeholderHandlers = (ctx: CoreContext): HandlerGroup<StakeholderOps> => ({
  'stakeholder:list': async ({ engagementId, group }) =>
    listEngagementStakeholders(ctx, engagementId, group),
  'stakeholder:create': async ({ engagementId, fields }) =>
    createStakeholder(ctx, engagementId, fields),
  'stakeholder:update': async ({ engagementId, id, fields }) =>
    updateStakeholderFields(ctx, engagementId, id, fields),
  'stakeholder:links': async ({ engagementId, id }) => stakeholderLinks(ctx, engagementId, id),
  'stakeholder:delete': async ({ engagementId, id, linked }) =>
    removeStakeholder(ctx, engagementId, id, linked),
});
