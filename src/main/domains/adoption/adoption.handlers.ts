import type { Language } from '../../../shared/domain/common.js';
import type { CoreContext } from '../../core/core-context.js';
import type { HandlerGroup } from '../../core/handler-types.js';
import { getEngagement } from '../engagement/engagement.service.js';
import * as adoption from './adoption.service.js';
import { listBorging, updateBorging } from './borging.service.js';
import { readProgress } from './progress.js';
import { readTimeline } from './timeline.js';
import { traceFinding, tracePassage } from './trace.js';

type AdoptionOps =
  | 'adoption:visionStatus'
  | 'adoption:startRevision'
  | 'presentation:list'
  | 'presentation:create'
  | 'presentation:update'
  | 'presentation:delete'
  | 'presentation:addFeedback'
  | 'decision:list'
  | 'decision:create'
  | 'decision:update'
  | 'decision:delete'
  | 'borging:list'
  | 'borging:update'
  | 'timeline:list'
  | 'trace:finding'
  | 'trace:passage'
  | 'progress:get';

export const adoptionHandlers = (ctx: CoreContext): HandlerGroup<AdoptionOps> => {
  const languageOf = async (engagementId: string, language?: Language) =>
    language ?? (await getEngagement(ctx, engagementId)).language;
  return {
    'adoption:visionStatus': async ({ engagementId }) => adoption.visionStatus(ctx, engagementId),
    'adoption:startRevision': async ({ engagementId }) => adoption.startRevision(ctx, engagementId),
    'presentation:list': async ({ engagementId }) => adoption.listPresentations(ctx, engagementId),
    'presentation:create': async ({ engagementId, fields }) =>
      adoption.createPresentation(ctx, engagementId, fields),
    'presentation:update': async ({ engagementId, id, fields }) =>
      adoption.updatePresentation(ctx, engagementId, id, fields),
    'presentation:delete': async ({ engagementId, id }) =>
      adoption.removePresentation(ctx, engagementId, id),
    'presentation:addFeedback': async ({ engagementId, presentationId, fields }) =>
      adoption.addPresentationFeedback(ctx, engagementId, presentationId, fields),
    'decision:list': async ({ engagementId }) => adoption.listDecisions(ctx, engagementId),
    'decision:create': async ({ engagementId, fields }) =>
      adoption.createDecision(ctx, engagementId, fields),
    'decision:update': async ({ engagementId, id, fields }) =>
      adoption.updateDecision(ctx, engagementId, id, fields),
    'decision:delete': async ({ engagementId, id }) =>
      adoption.removeDecision(ctx, engagementId, id),
    'borging:list': async ({ engagementId, language }) => listBorging(ctx, engagementId, language),
    'borging:update': async ({ engagementId, itemId, fields, language }) =>
      updateBorging(ctx, engagementId, itemId, fields, language),
    'timeline:list': async ({ engagementId, language }) =>
      readTimeline(ctx, engagementId, await languageOf(engagementId, language)),
    'trace:finding': async ({ engagementId, findingId, language }) =>
      traceFinding(ctx, engagementId, findingId, await languageOf(engagementId, language)),
    'trace:passage': async ({ engagementId, passageId, language }) =>
      tracePassage(ctx, engagementId, passageId, await languageOf(engagementId, language)),
    'progress:get': async ({ engagementId }) => readProgress(ctx, engagementId),
  };
};

/** The vision's edits of the working copy, refused while the vision is adopted. */
const LOCKED_VISION_OPS = [
  'visionPassage:create',
  'visionPassage:update',
  'visionPassage:move',
  'visionPassage:delete',
  'visionPassage:linkFinding',
  'visionPassage:unlinkFinding',
  'visionPassage:moveFinding',
  'vision:setPoster',
  'visionVersion:restore',
] as const;

/** Freezing, feedback and reading stay allowed: an adopted vision can still be sent round. */
export const adoptionGuards = (ctx: CoreContext) => {
  const refuse = async ({ engagementId }: { engagementId: string }) =>
    adoption.refuseWhileAdopted(ctx, engagementId);
  return {
    ...(Object.fromEntries(LOCKED_VISION_OPS.map((op) => [op, refuse])) as {
      [K in (typeof LOCKED_VISION_OPS)[number]]: typeof refuse;
    }),
    // "Ongedaan maken" of a passage delete would put the passage back into the adopted working
    // copy: refused like the delete itself. The token stays good for after a revision.
    'undo:restore': async ({ engagementId, token }: { engagementId: string; token: string }) => {
      const entry = ctx.undo.peek(engagementId, token);
      if (entry?.inserts[0]?.table === 'vision_passage') await refuse({ engagementId });
    },
  };
};
