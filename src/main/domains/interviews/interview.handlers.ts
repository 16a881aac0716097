import type { CoreContext } from '../../core/core-context.js';
import { engagementGuide } from './interview-guide.service.js';
import {
  addQuestion,
  createInterview,
  deleteInterview,
  getInterview,
  listEngagementInterviews,
  moveQuestion,
  removeQuestion,
  saveNotes,
  setInterviewStatus,
  setInterviewStatusDates,
  updateInterview,
  updateQuestion,
} from './interview.service.js';
import type { HandlerGroup } from '../../core/handler-types.js';

type InterviewOps =
  | 'interview:guide'
  | 'interview:list'
  | 'interview:get'
  | 'interview:create'
  | 'interview:update'
  | 'interview:setStatus'
  | 'interview:setStatusDates'
  | 'interview:delete'
  | 'interview:addQuestion'
  | 'interview:updateQuestion'
  | 'interview:moveQuestion'
  | 'interview:removeQuestion'
  | 'interview:saveNotes';

export const interviewHandlers = (ctx: CoreContext): HandlerGroup<InterviewOps> => ({
  'interview:guide': async ({ engagementId }) =>
    engagementGuide(ctx, ctx.open.get(engagementId).file.db),
  'interview:list': async ({ engagementId }) => listEngagementInterviews(ctx, engagementId),
  'interview:get': async ({ engagementId, id }) => getInterview(ctx, engagementId, id),
  'interview:create': async ({ engagementId, fields, guideQuestionIds }) =>
    createInterview(ctx, engagementId, fields, guideQuestionIds),
  'interview:update': async ({ engagementId, id, fields }) =>
    updateInterview(ctx, engagementId, id, fields),
  'interview:setStatus': async ({ engagementId, id, status }) =>
    setInterviewStatus(ctx, engagementId, id, status),
  'interview:setStatusDates': async ({ engagementId, id, dates }) =>
    setInterviewStatusDates(ctx, engagementId, id, dates),
  'interview:delete': async ({ engagementId, id }) => deleteInterview(ctx, engagementId, id),
  'interview:addQuestion': async ({ engagementId, interviewId, text, position }) =>
    addQuestion(ctx, engagementId, interviewId, text, position),
  'interview:updateQuestion': async ({ engagementId, questionId, text }) =>
    updateQuestion(ctx, engagementId, questionId, text),
  'interview:moveQuestion': async ({ engagementId, questionId, position }) =>
    moveQuestion(ctx, engagementId, questionId, position),
  'interview:removeQuestion': async ({ engagementId, questionId }) =>
    removeQuestion(ctx, engagementId, questionId),
  'interview:saveNotes': async ({ engagementId, interviewId, questionId, notes }) =>
    saveNotes(ctx, engagementId, interviewId, questionId, notes),
});
