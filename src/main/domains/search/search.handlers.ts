import type { CoreContext } from '../../core/core-context.js';
import type { HandlerGroup } from '../../core/handler-types.js';
import { searchEngagement } from './search.service.js';

export const searchHandlers = (ctx: CoreContext): HandlerGroup<'search:query'> => ({
  'search:query': async ({ engagementId, query, limit }) =>
    searchEngagement(ctx, engagementId, query, limit),
});
