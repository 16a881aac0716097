import { exportTypes } from '../../export/registry.js';
import { nameCandidates } from '../../export/name-check.js';
import type { CoreContext } from '../core-context.js';
import type { ExportJobs } from './export-jobs.js';
import type { HandlerGroup } from '../handler-types.js';
import { readSnapshot } from './snapshot.service.js';

type ExportOps =
  'export:types' | 'export:start' | 'export:status' | 'export:cancel' | 'export:nameCheck';

export const exportHandlers = (jobs: ExportJobs, ctx: CoreContext): HandlerGroup<ExportOps> => ({
  'export:types': async () => exportTypes(),
  'export:start': async ({ engagementId, type, interviewId, assessmentId, options }) =>
    jobs.start(engagementId, type, interviewId, options, assessmentId),
  'export:status': async ({ jobId }) => jobs.status(jobId),
  'export:cancel': async ({ jobId }) => jobs.cancel(jobId),
  'export:nameCheck': async ({ engagementId }) =>
    nameCandidates(await readSnapshot(ctx, engagementId, { interviews: 'all', documents: true })),
});
