import type { CoreContext } from '../../core/core-context.js';
import type { HandlerGroup } from '../../core/handler-types.js';
import * as vision from './vision.service.js';

type VisionOps =
  | 'vision:guide'
  | 'vision:get'
  | 'vision:checks'
  | 'vision:setPoster'
  | 'visionPassage:create'
  | 'visionPassage:update'
  | 'visionPassage:move'
  | 'visionPassage:delete'
  | 'visionPassage:linkFinding'
  | 'visionPassage:unlinkFinding'
  | 'visionPassage:moveFinding'
  | 'vision:freeze'
  | 'visionVersion:list'
  | 'visionVersion:get'
  | 'visionVersion:diff'
  | 'visionVersion:restore'
  | 'visionVersion:delete'
  | 'visionFeedback:list'
  | 'visionFeedback:create'
  | 'visionFeedback:update'
  | 'visionFeedback:delete';

export const visionHandlers = (ctx: CoreContext): HandlerGroup<VisionOps> => ({
  'vision:guide': async ({ engagementId, language }) =>
    vision.visionGuide(ctx, engagementId, language),
  'vision:get': async ({ engagementId, language }) => vision.getVision(ctx, engagementId, language),
  'vision:checks': async ({ engagementId, language }) =>
    vision.visionChecksOf(ctx, engagementId, language),
  'vision:setPoster': async ({ engagementId, fields }) =>
    vision.setPosterSettings(ctx, engagementId, fields),
  'visionPassage:create': async ({ engagementId, fields, position }) =>
    vision.createPassage(ctx, engagementId, fields, position),
  'visionPassage:update': async ({ engagementId, id, fields }) =>
    vision.updatePassage(ctx, engagementId, id, fields),
  'visionPassage:move': async ({ engagementId, id, position }) =>
    vision.movePassage(ctx, engagementId, id, position),
  'visionPassage:delete': async ({ engagementId, id }) =>
    vision.removePassage(ctx, engagementId, id),
  'visionPassage:linkFinding': async ({ engagementId, passageId, findingId, position }) =>
    vision.linkFinding(ctx, engagementId, passageId, findingId, position),
  'visionPassage:unlinkFinding': async ({ engagementId, passageId, findingId }) =>
    vision.unlinkFinding(ctx, engagementId, passageId, findingId),
  'visionPassage:moveFinding': async ({ engagementId, passageId, findingId, position }) =>
    vision.moveFinding(ctx, engagementId, passageId, findingId, position),
  'vision:freeze': async ({ engagementId, status, note }) =>
    vision.freezeVersion(ctx, engagementId, status, note),
  'visionVersion:list': async ({ engagementId }) => vision.listVersions(ctx, engagementId),
  'visionVersion:get': async ({ engagementId, id }) => vision.getVersion(ctx, engagementId, id),
  'visionVersion:diff': async ({ engagementId, fromId, toId }) =>
    vision.diffVersions(ctx, engagementId, fromId, toId ?? null),
  'visionVersion:restore': async ({ engagementId, id }) =>
    vision.restoreVersion(ctx, engagementId, id),
  'visionVersion:delete': async ({ engagementId, id }) =>
    vision.removeVersion(ctx, engagementId, id),
  'visionFeedback:list': async ({ engagementId, versionId, disposition }) =>
    vision.listFeedback(ctx, engagementId, { versionId, disposition }),
  'visionFeedback:create': async ({ engagementId, versionId, fields }) =>
    vision.createFeedback(ctx, engagementId, versionId, fields),
  'visionFeedback:update': async ({ engagementId, id, fields }) =>
    vision.updateFeedback(ctx, engagementId, id, fields),
  'visionFeedback:delete': async ({ engagementId, id }) =>
    vision.removeFeedback(ctx, engagementId, id),
});
