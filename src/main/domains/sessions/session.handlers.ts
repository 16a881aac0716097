import type { CoreContext } from '../../core/core-context.js';
import type { HandlerGroup } from '../../core/handler-types.js';
import * as s from './session.service.js';

type SessionOps =
  | 'session:types'
  | 'session:statementBank'
  | 'session:list'
  | 'session:get'
  | 'session:create'
  | 'session:update'
  | 'session:delete'
  | 'session:setStatus'
  | 'session:setStatusDate'
  | 'session:setChecklistItem'
  | 'session:addPart'
  | 'session:addStatementFromBank'
  | 'session:updatePart'
  | 'session:movePart'
  | 'session:deletePart'
  | 'session:addInput'
  | 'session:saveInput'
  | 'session:deleteInput'
  | 'session:voteInput'
  | 'session:inputToFinding'
  | 'session:tallySet'
  | 'session:tallyIncrement'
  | 'session:tallyReset'
  | 'session:tallyReveal';

export const sessionHandlers = (ctx: CoreContext): HandlerGroup<SessionOps> => ({
  'session:types': async ({ engagementId }) => s.listSessionTypes(ctx, engagementId),
  'session:statementBank': async ({ engagementId, themeId }) =>
    s.listStatementBank(ctx, engagementId, themeId),
  'session:list': async ({ engagementId }) => s.listEngagementSessions(ctx, engagementId),
  'session:get': async ({ engagementId, id }) => s.getSession(ctx, engagementId, id),
  'session:create': async ({ engagementId, type, fields, withAgenda }) =>
    s.createSession(ctx, engagementId, type, fields, withAgenda ?? true),
  'session:update': async ({ engagementId, id, fields }) =>
    s.updateSessionFields(ctx, engagementId, id, fields),
  'session:delete': async ({ engagementId, id }) => s.deleteSession(ctx, engagementId, id),
  'session:setStatus': async ({ engagementId, id, status, date }) =>
    s.setSessionStatus(ctx, engagementId, id, status, date),
  'session:setStatusDate': async ({ engagementId, id, status, date }) =>
    s.setSessionStatusDate(ctx, engagementId, id, status, date),
  'session:setChecklistItem': async ({ engagementId, id, itemId, done }) =>
    s.setSessionChecklistItem(ctx, engagementId, id, itemId, done),
  'session:addPart': async ({ engagementId, sessionId, kind, fields, position }) =>
    s.addPart(ctx, engagementId, sessionId, kind, fields, position),
  'session:addStatementFromBank': async ({ engagementId, sessionId, statementId, position }) =>
    s.addStatementFromBank(ctx, engagementId, sessionId, statementId, position),
  'session:updatePart': async ({ engagementId, partId, fields }) =>
    s.updatePartFields(ctx, engagementId, partId, fields),
  'session:movePart': async ({ engagementId, partId, position }) =>
    s.movePart(ctx, engagementId, partId, position),
  'session:deletePart': async ({ engagementId, partId }) => s.deletePart(ctx, engagementId, partId),
  'session:addInput': async ({ engagementId, partId, round, text }) =>
    s.addInput(ctx, engagementId, partId, round, text),
  'session:saveInput': async ({ engagementId, inputId, text }) =>
    s.saveInput(ctx, engagementId, inputId, text),
  'session:deleteInput': async ({ engagementId, inputId }) =>
    s.deleteInput(ctx, engagementId, inputId),
  'session:voteInput': async ({ engagementId, inputId, delta }) =>
    s.voteInput(ctx, engagementId, inputId, delta),
  'session:inputToFinding': async ({ engagementId, inputId, fields }) =>
    s.inputToFinding(ctx, engagementId, inputId, fields ?? {}),
  'session:tallySet': async ({ engagementId, partId, round, eens, oneens, neutraal }) =>
    s.setTally(ctx, engagementId, partId, round, { eens, oneens, neutraal }),
  'session:tallyIncrement': async ({ engagementId, partId, round, answer, delta }) =>
    s.incrementTally(ctx, engagementId, partId, round, answer, delta ?? 1),
  'session:tallyReset': async ({ engagementId, partId, round }) =>
    s.resetTallyRound(ctx, engagementId, partId, round),
  'session:tallyReveal': async ({ engagementId, partId, round, revealed }) =>
    s.revealTally(ctx, engagementId, partId, round, revealed),
});
