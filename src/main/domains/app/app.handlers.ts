import fs from 'node:fs';
import path from 'node:path';
import { listWorkspace } from '../../app/workspace.js';
import { recentIdFor } from '../../app/app-index.js';
import { SCHEMA_VERSION } from '../schema.js';
import type { CoreContext } from '../../core/core-context.js';
import { KoersError } from '../../base/koers-error.js';
import type { HandlerGroup } from '../../core/handler-types.js';

type AppOps =
  | 'app:info'
  | 'preferences:get'
  | 'preferences:update'
  | 'recent:list'
  | 'recent:remove'
  | 'workspace:list';

export const appHandlers = (ctx: CoreContext): HandlerGroup<AppOps> => ({
  'app:info': async () => ({
    version: ctx.appVersion,
    shell: ctx.options.shell,
    schemaVersion: SCHEMA_VERSION,
    workspaceDir: ctx.workspaceDir,
    dataDir: ctx.options.dataDir,
    language: ctx.appIndex.preferences.language,
    firstRun: !ctx.appIndex.hasOpenedAnything,
  }),
  'preferences:get': async () => ({
    language: ctx.appIndex.preferences.language,
    workspaceDir: ctx.workspaceDir,
  }),
  'preferences:update': async (patch) => {
    if (patch.language) ctx.appIndex.setLanguage(patch.language);
    return { language: ctx.appIndex.preferences.language, workspaceDir: ctx.workspaceDir };
  },
  'recent:list': async () =>
    ctx.appIndex.recent.map((r) => ({
      id: recentIdFor(r.path),
      fileName: path.basename(r.path),
      displayPath: r.path,
      title: r.title,
      clientName: r.clientName,
      lastOpenedAt: r.lastOpenedAt,
      missing: !fs.existsSync(r.path),
    })),
  'recent:remove': async ({ recentId }) => {
    if (!ctx.appIndex.removeRecent(recentId)) throw new KoersError('NOT_FOUND');
    return { id: recentId };
  },
  'workspace:list': async () => listWorkspace(ctx.workspaceDir),
});
