import { randomUUID } from 'node:crypto';
import type { ExportJobStatus, ExportOptions, ExportType } from '../../shared/domain/export.js';
import { exportOptionsSchema } from '../../shared/domain/export.js';
import type { ExportRun } from '../export/builder-types.js';
import { builderFor } from '../export/registry.js';
import { TextCleaner } from '../export/safe-text.js';
import type { CoreContext } from './core-context.js';
import { errorMessage } from './core-i18n.js';
import { isKoersError, KoersError } from './koers-error.js';
import { readSnapshot } from './services/snapshot.service.js';

export interface ExportResult {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

interface Job {
  status: ExportJobStatus;
  controller: AbortController;
  done: Promise<void>;
  result?: ExportResult;
  finishedAt?: number;
}

/** Finished results wait this long for a shell to fetch them, then they are dropped. */
const KEEP_RESULT_MS = 15 * 60 * 1000;

/**
 * Export jobs. The snapshot is read inside the dispatched call (one transaction, consistent);
 * building then runs outside the call queue, so the UI stays usable, reports progress through
 * `export:status`, and can be cancelled.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly ctx: CoreContext) {}

  async start(
    engagementId: string,
    type: ExportType,
    interviewId: string | undefined,
    partialOptions: Partial<ExportOptions> | undefined,
  ): Promise<ExportJobStatus> {
    this.sweep();
    const builder = builderFor(type);
    if (!builder) throw new KoersError('NOT_SUPPORTED');
    if (builder.info.needsInterview && !interviewId) throw new KoersError('INVALID_INPUT', { path: 'interviewId' });
    const snapshot = await readSnapshot(this.ctx, engagementId);
    if (interviewId && !snapshot.interviews.some((i) => i.id === interviewId)) throw new KoersError('NOT_FOUND');
    const options = exportOptionsSchema.parse(partialOptions ?? {});
    const controller = new AbortController();
    const jobId = randomUUID();
    const text = new TextCleaner();
    const run: ExportRun = {
      snapshot,
      language: options.language ?? snapshot.engagement.language,
      options,
      ...(interviewId ? { interviewId } : {}),
      text,
      counters: { truncatedCells: 0 },
      progress: (fraction) => {
        job.status.progress = Math.max(job.status.progress, Math.min(1, Math.max(0, fraction)));
      },
      signal: controller.signal,
    };
    const job: Job = {
      controller,
      status: {
        jobId,
        type,
        state: 'running',
        progress: 0,
        fileName: builder.fileName(run),
        sizeBytes: null,
        removedCharacters: 0,
        truncatedCells: 0,
        error: null,
      },
      done: Promise.resolve(),
    };
    this.jobs.set(jobId, job);
    job.done = (async () => {
      // Let the call that started the job answer first.
      await new Promise((resolve) => setImmediate(resolve));
      try {
        const bytes = await builder.build(run);
        controller.signal.throwIfAborted();
        job.result = { fileName: job.status.fileName, mimeType: builder.mimeType, bytes };
        Object.assign(job.status, { state: 'done', progress: 1, sizeBytes: bytes.length });
      } catch (error) {
        if (controller.signal.aborted) {
          job.status.state = 'cancelled';
        } else {
          const code = isKoersError(error) ? error.code : 'INTERNAL';
          const params = isKoersError(error) ? error.params : { detail: String(error).slice(0, 200) };
          if (!isKoersError(error)) console.error('[koers] export', error);
          Object.assign(job.status, { state: 'failed', error: { code, message: errorMessage(this.ctx.i18n, code, params) } });
        }
      } finally {
        job.status.removedCharacters = text.removed;
        job.status.truncatedCells = run.counters.truncatedCells;
        job.finishedAt = Date.now();
      }
    })();
    return { ...job.status };
  }

  status(jobId: string): ExportJobStatus {
    return { ...this.get(jobId).status };
  }

  cancel(jobId: string): ExportJobStatus {
    const job = this.get(jobId);
    if (job.status.state === 'running') job.controller.abort(new Error('cancelled'));
    return { ...job.status };
  }

  /** For the CLI and tests: waits until the job has ended. */
  async wait(jobId: string): Promise<ExportJobStatus> {
    await this.get(jobId).done;
    return this.status(jobId);
  }

  /** Hands the finished bytes to a shell, once. */
  take(jobId: string): ExportResult {
    const job = this.get(jobId);
    if (job.status.state !== 'done' || !job.result) throw new KoersError('NOT_FOUND');
    const result = job.result;
    this.jobs.delete(jobId);
    return result;
  }

  cancelAll(): void {
    for (const job of this.jobs.values()) job.controller.abort(new Error('closing'));
    this.jobs.clear();
  }

  private get(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw new KoersError('NOT_FOUND');
    return job;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) {
      if (job.finishedAt !== undefined && now - job.finishedAt > KEEP_RESULT_MS) this.jobs.delete(id);
    }
  }
}
