import fs from 'node:fs';
import path from 'node:path';
import {
  fileNameFromTitle,
  resolveInWorkspace,
  uniqueFileName,
  normaliseFileName,
} from '../../app/workspace.js';
import { createDemoEngagement } from '../../demo/create-demo.js';
import type { CoreContext } from '../../core/core-context.js';
import { KoersError } from '../../base/koers-error.js';
import {
  createEngagementAt,
  describeDoc,
  openEngagementAt,
  openUploadedEngagement,
  renameEngagement,
  saveEngagementAs,
} from './engagement-files.service.js';
import {
  engagementOverview,
  getEngagement,
  setChecklistItem,
  updateEngagementFields,
} from './engagement.service.js';
import type { HandlerGroup } from '../../core/handler-types.js';
import { restoreEntry } from '../../core/undo-stash.js';

type EngagementOps =
  | 'engagement:create'
  | 'engagement:open'
  | 'engagement:openUpload'
  | 'engagement:openRecent'
  | 'engagement:listOpen'
  | 'engagement:close'
  | 'engagement:saveAs'
  | 'engagement:rename'
  | 'engagement:get'
  | 'engagement:update'
  | 'engagement:overview'
  | 'checklist:set'
  | 'undo:restore'
  | 'demo:create';

export const engagementHandlers = (ctx: CoreContext): HandlerGroup<EngagementOps> => ({
  'engagement:create': async ({ fields, fileName }) => {
    fs.mkdirSync(ctx.workspaceDir, { recursive: true });
    const name = fileName
      ? normaliseFileName(fileName)
      : uniqueFileName(
          ctx.workspaceDir,
          fileNameFromTitle(`${fields.clientName} - ${fields.title}`),
        );
    return createEngagementAt(ctx, resolveInWorkspace(ctx.workspaceDir, name), fields);
  },
  'engagement:open': async ({ fileName }) =>
    openEngagementAt(ctx, resolveInWorkspace(ctx.workspaceDir, fileName)),
  'engagement:openUpload': async ({ uploadId }) => openUploadedEngagement(ctx, uploadId),
  'engagement:openRecent': async ({ recentId }) => {
    const recent = ctx.appIndex.findRecent(recentId);
    if (!recent) throw new KoersError('NOT_FOUND');
    return openEngagementAt(ctx, recent.path);
  },
  'engagement:listOpen': async () => Promise.all(ctx.open.all().map(describeDoc)),
  'undo:restore': async ({ engagementId, token }) => {
    const db = ctx.open.get(engagementId).file.db;
    return { restored: await restoreEntry(db, ctx.undo.take(engagementId, token)) };
  },
  'engagement:close': async ({ engagementId }) => {
    await ctx.open.close(engagementId);
    ctx.undo.forget(engagementId);
    return { engagementId };
  },
  'engagement:saveAs': async ({ engagementId, fileName }) =>
    saveEngagementAs(ctx, engagementId, resolveInWorkspace(ctx.workspaceDir, fileName), false),
  'engagement:rename': async ({ engagementId, fileName }) => {
    const doc = ctx.open.get(engagementId);
    // A rename stays in the file's own folder, wherever the user keeps it.
    const dir = path.dirname(doc.file.path);
    return renameEngagement(ctx, engagementId, resolveInWorkspace(dir, fileName));
  },
  'engagement:get': async ({ engagementId }) => getEngagement(ctx, engagementId),
  'engagement:update': async ({ engagementId, fields }) =>
    updateEngagementFields(ctx, engagementId, fields),
  'engagement:overview': async ({ engagementId }) => engagementOverview(ctx, engagementId),
  'checklist:set': async ({ engagementId, itemId, done }) =>
    setChecklistItem(ctx, engagementId, itemId, done),
  'demo:create': async () => {
    fs.mkdirSync(ctx.workspaceDir, { recursive: true });
    return createDemoEngagement(ctx);
  },
});
