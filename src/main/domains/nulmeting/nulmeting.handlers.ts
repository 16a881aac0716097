import type { CoreContext } from '../../core/core-context.js';
import type { HandlerGroup } from '../../core/handler-types.js';
import * as nulmeting from './nulmeting.service.js';

type NulmetingOps =
  | 'maturity:model'
  | 'assessment:list'
  | 'assessment:get'
  | 'assessment:create'
  | 'assessment:update'
  | 'assessment:delete'
  | 'respondent:create'
  | 'respondent:update'
  | 'respondent:delete'
  | 'score:set'
  | 'agreed:set'
  | 'agreed:proposeFromScores'
  | 'nulmeting:gaps';

export const nulmetingHandlers = (ctx: CoreContext): HandlerGroup<NulmetingOps> => ({
  'maturity:model': async ({ engagementId, language }) =>
    nulmeting.maturityModel(ctx, engagementId, language),
  'assessment:list': async ({ engagementId }) => nulmeting.listAssessments(ctx, engagementId),
  'assessment:get': async ({ engagementId, id }) => nulmeting.getAssessment(ctx, engagementId, id),
  'assessment:create': async ({ engagementId, fields }) =>
    nulmeting.createAssessment(ctx, engagementId, fields),
  'assessment:update': async ({ engagementId, id, fields }) =>
    nulmeting.updateAssessment(ctx, engagementId, id, fields),
  'assessment:delete': async ({ engagementId, id }) =>
    nulmeting.removeAssessment(ctx, engagementId, id),
  'respondent:create': async ({ engagementId, assessmentId, fields }) =>
    nulmeting.createRespondent(ctx, engagementId, assessmentId, fields),
  'respondent:update': async ({ engagementId, id, fields }) =>
    nulmeting.updateRespondent(ctx, engagementId, id, fields),
  'respondent:delete': async ({ engagementId, id }) =>
    nulmeting.removeRespondent(ctx, engagementId, id),
  'score:set': async ({ engagementId, respondentId, dimensionId, fields }) =>
    nulmeting.setScore(ctx, engagementId, respondentId, dimensionId, fields),
  'agreed:set': async ({ engagementId, assessmentId, dimensionId, fields }) =>
    nulmeting.setAgreed(ctx, engagementId, assessmentId, dimensionId, fields),
  'agreed:proposeFromScores': async ({ engagementId, assessmentId }) =>
    nulmeting.proposeFromScores(ctx, engagementId, assessmentId),
  'nulmeting:gaps': async ({ engagementId, assessmentId, language }) =>
    nulmeting.listGaps(ctx, engagementId, assessmentId, language),
});
