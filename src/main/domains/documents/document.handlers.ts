import type { CoreContext } from '../../core/core-context.js';
import {
  addDocument,
  createPassage,
  deleteDocument,
  deletePassage,
  extractDocumentText,
  getDocument,
  getDocumentPages,
  listEngagementDocuments,
  updateDocument,
  updatePassage,
} from './document.service.js';
import type { HandlerGroup } from '../../core/handler-types.js';

type DocumentOps =
  | 'document:list'
  | 'document:get'
  | 'document:add'
  | 'document:update'
  | 'document:delete'
  | 'document:pages'
  | 'document:extractText'
  | 'passage:create'
  | 'passage:update'
  | 'passage:delete';

export const documentHandlers = (ctx: CoreContext): HandlerGroup<DocumentOps> => ({
  'document:list': async ({ engagementId }) => listEngagementDocuments(ctx, engagementId),
  'document:get': async ({ engagementId, id }) => getDocument(ctx, engagementId, id),
  'document:add': async ({ engagementId, uploadId, fields }) =>
    addDocument(ctx, engagementId, uploadId, fields),
  'document:update': async ({ engagementId, id, fields }) =>
    updateDocument(ctx, engagementId, id, fields),
  'document:delete': async ({ engagementId, id }) => deleteDocument(ctx, engagementId, id),
  'document:pages': async ({ engagementId, documentId }) =>
    getDocumentPages(ctx, engagementId, documentId),
  'document:extractText': async ({ engagementId, id }) =>
    extractDocumentText(ctx, engagementId, id),
  'passage:create': async ({ engagementId, documentId, fields }) =>
    createPassage(ctx, engagementId, documentId, fields),
  'passage:update': async ({ engagementId, id, fields }) =>
    updatePassage(ctx, engagementId, id, fields),
  'passage:delete': async ({ engagementId, id }) => deletePassage(ctx, engagementId, id),
});
