import type { CoreContext } from '../../core/core-context.js';
import {
  createFinding,
  deleteFinding,
  findingMatrix,
  listEngagementFindings,
  rethemeFindings,
  updateFinding,
} from './finding.service.js';
import {
  createTheme,
  deleteTheme,
  listEngagementThemes,
  mergeThemes,
  updateTheme,
} from './theme.service.js';
import type { HandlerGroup } from '../../core/handler-types.js';

type FindingOps =
  | 'finding:list'
  | 'finding:create'
  | 'finding:update'
  | 'finding:delete'
  | 'finding:retheme'
  | 'finding:matrix'
  | 'theme:list'
  | 'theme:create'
  | 'theme:update'
  | 'theme:merge'
  | 'theme:delete';

export const findingHandlers = (ctx: CoreContext): HandlerGroup<FindingOps> => ({
  'finding:list': async ({ engagementId, filter }) =>
    listEngagementFindings(ctx, engagementId, filter),
  'finding:create': async ({ engagementId, source, fields }) =>
    createFinding(ctx, engagementId, source, fields),
  'finding:update': async ({ engagementId, id, fields }) =>
    updateFinding(ctx, engagementId, id, fields),
  'finding:delete': async ({ engagementId, id }) => deleteFinding(ctx, engagementId, id),
  'finding:retheme': async ({ engagementId, ids, addThemeIds, removeThemeIds }) =>
    rethemeFindings(ctx, engagementId, ids, addThemeIds, removeThemeIds),
  'finding:matrix': async ({ engagementId }) => findingMatrix(ctx, engagementId),
  'theme:list': async ({ engagementId }) => listEngagementThemes(ctx, engagementId),
  'theme:create': async ({ engagementId, fields }) => createTheme(ctx, engagementId, fields),
  'theme:update': async ({ engagementId, id, fields }) =>
    updateTheme(ctx, engagementId, id, fields),
  'theme:merge': async ({ engagementId, sourceId, targetId }) =>
    mergeThemes(ctx, engagementId, sourceId, targetId),
  'theme:delete': async ({ engagementId, id }) => deleteTheme(ctx, engagementId, id),
});
