import { exportTypes } from '../../export/registry.js';
import type { ExportJobs } from './export-jobs.js';
import type { HandlerGroup } from '../handler-types.js';

type ExportOps = 'export:types' | 'export:start' | 'export:status' | 'export:cancel';

export const exportHandlers = (jobs: ExportJobs): HandlerGroup<ExportOps> => ({
  'export:types': async () => exportTypes(),
  'export:start': async ({ engagementId, type, interviewId, options }) =>
    jobs.start(engagementId, type, interviewId, options),
  'export:status': async ({ jobId }) => jobs.status(jobId),
  'export:cancel': async ({ jobId }) => jobs.cancel(jobId),
});
