import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OperationName, OutputOf } from '../../shared/contract.js';
import type { Result } from '../../shared/result.js';
import { AppIndex } from '../app/app-index.js';
import { defaultWorkspaceDir } from '../app/workspace.js';
import { loadMethod, resolveMethodDir } from '../method/load-method.js';
import type { CoreContext } from './core-context.js';
import type { Core, CoreOptions } from './core-types.js';
import { createDispatcher, failureResult } from './dispatch.js';
import { ok } from '../../shared/result.js';
import type { Handlers } from './handler-types.js';
import { areaHandlers, DOMAIN_AREAS } from '../domains/index.js';
import { UploadStaging } from './uploads.js';
import { ExportJobs } from './exports/export-jobs.js';
import { exportHandlers } from './exports/export.handlers.js';
import { writeDocumentTo } from '../domains/documents/document.service.js';
import { OpenEngagements } from './open-engagements.js';
import { UndoStash } from './undo-stash.js';
import { IdleCheckpoint } from './idle-checkpoint.js';
import { fileFingerprint } from '../store/engagement-file.js';
import {
  openEngagementAt,
  saveEngagementAs,
} from '../domains/engagement/engagement-files.service.js';
import {
  exportInterchange,
  importInterchange,
  loadInterchangeFile,
} from '../interchange/interchange.service.js';

function readAppVersion(): string {
  // package.json sits three levels above both src/main/core and out/main/core.
  const here = path.dirname(fileURLToPath(import.meta.url));
  try {
    const pkg = JSON.parse(
      fs.readFileSync(path.join(here, '..', '..', '..', 'package.json'), 'utf8'),
    ) as {
      version?: string;
    };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Builds the core. Every shell (Electron, browser mode, CLI) and every test starts here. */
export async function createCore(options: CoreOptions): Promise<Core> {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const appIndex = new AppIndex(options.dataDir);
  const open = new OpenEngagements((filePath) =>
    appIndex.setCleanClose(filePath, fileFingerprint(filePath)),
  );
  const ctx: CoreContext = {
    options,
    appIndex,
    method: loadMethod(
      resolveMethodDir(),
      DOMAIN_AREAS.flatMap((area) => area.method ?? []),
    ),
    open,
    undo: new UndoStash(),
    uploads: new UploadStaging(path.join(options.dataDir, 'uploads')),
    workspaceDir:
      options.workspaceDir ?? appIndex.preferences.workspaceDir ?? defaultWorkspaceDir(),
    backupDir: path.join(options.dataDir, 'backups'),
    language: () => appIndex.preferences.language,
    areas: DOMAIN_AREAS,
    appVersion: readAppVersion(),
    now: () => new Date().toISOString(),
  };
  const exports = new ExportJobs(ctx);
  const handlers: Handlers = {
    // The compiler checks that the areas and the exports together answer every operation.
    ...areaHandlers(ctx),
    ...exportHandlers(exports, ctx),
  };
  // Uploads left by a run that was killed are of no use to anyone.
  ctx.uploads.clear();
  const log = (error: unknown) => console.error('[koers]', error);
  // The dispatcher tells it of every finished task; it queues its checkpoint on the same queue
  // (`task` is only called from its timer, long after both exist).
  const idleMs = options.idleCheckpointMs;
  const idle = new IdleCheckpoint(
    open,
    (work) => void task(work),
    log,
    ...(idleMs === undefined ? [] : ([idleMs, idleMs * 5] as const)),
  );
  const { dispatch, task } = createDispatcher(handlers, ctx.language, log, () => idle.afterTask());

  async function offQueue<T>(work: () => Promise<T>): Promise<Result<T>> {
    try {
      return ok(await work());
    } catch (error) {
      return failureResult(error, ctx.language(), log);
    }
  }

  let disposed = false;
  return {
    dataDir: options.dataDir,
    call: <K extends OperationName>(name: K, input: unknown) =>
      dispatch(name, input) as Promise<Result<OutputOf<K>>>,
    callByName: (name, input) => dispatch(name, input),
    // The side doors that touch an engagement run on the dispatcher's queue like every call.
    openPath: (filePath) => task(() => openEngagementAt(ctx, path.resolve(filePath))),
    saveAsPath: (engagementId, filePath) =>
      task(() => saveEngagementAs(ctx, engagementId, path.resolve(filePath), true)),
    writeDocument: (engagementId, documentId, out) =>
      task(() => writeDocumentTo(ctx, engagementId, documentId, out)),
    takeExport: (jobId) => task(async () => exports.take(jobId)),
    exportInterchange: (engagementId, options) =>
      task(() => exportInterchange(ctx, engagementId, options)),
    importInterchange: async (jsonPath, targetPath) => {
      const outcome = await task(async () => {
        const loaded = loadInterchangeFile(ctx, path.resolve(jsonPath));
        if (!loaded.ok) return loaded;
        return ok(await importInterchange(ctx, loaded.value, path.resolve(targetPath)));
      });
      return outcome.ok ? outcome.value : outcome;
    },
    // These three stay off the queue on purpose: staging streams a file (up to 2 GiB) into the
    // staging folder and touches no engagement, and waiting for an export would hold the queue
    // while the UI polls export:status on it.
    stageUpload: (source, fileName) => offQueue(() => ctx.uploads.stageStream(source, fileName)),
    stagePath: (filePath) => offQueue(async () => ctx.uploads.stagePath(filePath)),
    waitForExport: (jobId) => offQueue(() => exports.wait(jobId)),
    dispose: async () => {
      if (disposed) return;
      disposed = true;
      idle.stop();
      exports.cancelAll();
      await open.closeAll();
      ctx.uploads.clear();
    },
  };
}
