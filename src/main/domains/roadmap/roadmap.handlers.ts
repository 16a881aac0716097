import type { CoreContext } from '../../core/core-context.js';
import type { HandlerGroup } from '../../core/handler-types.js';
import { latestGaps } from './roadmap-gaps.js';
import * as roadmap from './roadmap.service.js';

type RoadmapOps =
  | 'roadmap:get'
  | 'roadmap:updateSettings'
  | 'roadmapItem:create'
  | 'roadmapItem:update'
  | 'roadmapItem:delete'
  | 'roadmapItem:reorder'
  | 'roadmapItem:setLinks'
  | 'roadmapDependency:add'
  | 'roadmapDependency:remove'
  | 'roadmapUpdate:add'
  | 'roadmapUpdate:delete';

export const roadmapHandlers = (ctx: CoreContext): HandlerGroup<RoadmapOps> => ({
  'roadmap:get': async ({ engagementId }) =>
    roadmap.getRoadmap(ctx, engagementId, await latestGaps(ctx, engagementId)),
  'roadmap:updateSettings': async ({ engagementId, settings }) =>
    roadmap.updateSettings(ctx, engagementId, settings),
  'roadmapItem:create': async ({ engagementId, fields }) =>
    roadmap.createItem(ctx, engagementId, fields),
  'roadmapItem:update': async ({ engagementId, id, fields }) =>
    roadmap.updateItem(ctx, engagementId, id, fields),
  'roadmapItem:delete': async ({ engagementId, id }) => roadmap.removeItem(ctx, engagementId, id),
  'roadmapItem:reorder': async ({ engagementId, ids }) =>
    roadmap.reorderItems(ctx, engagementId, ids),
  'roadmapItem:setLinks': async ({ engagementId, id, gapDimensionIds, passageIds }) =>
    roadmap.setLinks(ctx, engagementId, id, gapDimensionIds, passageIds),
  'roadmapDependency:add': async ({ engagementId, itemId, dependsOnId }) =>
    roadmap.addDependency(ctx, engagementId, itemId, dependsOnId),
  'roadmapDependency:remove': async ({ engagementId, itemId, dependsOnId }) =>
    roadmap.removeDependency(ctx, engagementId, itemId, dependsOnId),
  'roadmapUpdate:add': async ({ engagementId, itemId, fields }) =>
    roadmap.addUpdate(ctx, engagementId, itemId, fields),
  'roadmapUpdate:delete': async ({ engagementId, id }) =>
    roadmap.removeUpdate(ctx, engagementId, id),
});
