import { randomUUID } from 'node:crypto';
import type { ExportJobStatus, ExportOptions, ExportType } from '../../../shared/domain/export.js';
import { exportOptionsSchema } from '../../../shared/domain/export.js';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { exportDescriptor } from '../../export/registry.js';
import { exportFileNameOf } from '../../export/file-name.js';
import {
  makeRun,
  runBuilder,
  type BuildOutcome,
  type BuildRequest,
} from '../../export/run-builder.js';
import type { WorkerMessage } from './export-worker.js';
import type { CoreContext } from '../core-context.js';
import { errorMessage } from '../../../shared/error-result.js';
import { isKoersError, KoersError } from '../../base/koers-error.js';
import { readSnapshot } from './snapshot.service.js';

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

const WORKER_URL = new URL('./export-worker.js', import.meta.url);
/**
 * Compiled (out/, the app, the CLI) the worker script sits beside this file. Run from the
 * TypeScript sources (vitest) there is no .js to start, and builds run in process instead.
 */
const WORKER_AVAILABLE = fs.existsSync(fileURLToPath(WORKER_URL));

/** A build in a worker thread: progress keeps flowing and cancel terminates it at once. */
function buildInWorker(
  request: BuildRequest,
  progress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<BuildOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { workerData: request });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = () => {
      void worker.terminate();
      settle(() => reject(signal.reason instanceof Error ? signal.reason : new Error('cancelled')));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'progress') progress(message.fraction);
      else if (message.kind === 'done') {
        const { bytes, removedCharacters, truncatedCells } = message;
        settle(() => resolve({ bytes, removedCharacters, truncatedCells }));
        void worker.terminate();
      } else {
        const error = message.code
          ? new KoersError(message.code as KoersError['code'], message.params)
          : new Error(message.detail);
        settle(() => reject(error));
      }
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`export worker stopped (${code})`))));
  });
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
    /** The nulmeting's measurement; its builders take the newest when absent. */
    assessmentId?: string,
  ): Promise<ExportJobStatus> {
    this.sweep();
    const descriptor = exportDescriptor(type);
    if (descriptor.info.needsInterview && !interviewId)
      throw new KoersError('INVALID_INPUT', { path: 'interviewId' });
    const builder = await descriptor.load();
    // An unknown interview id is NOT_FOUND from getInterview.
    const snapshot = await readSnapshot(this.ctx, engagementId, builder.reads, interviewId);
    const options = exportOptionsSchema.parse(partialOptions ?? {});
    const controller = new AbortController();
    const jobId = randomUUID();
    const request: BuildRequest = {
      type,
      snapshot,
      options,
      ...(interviewId ? { interviewId } : {}),
      ...(assessmentId ? { assessmentId } : {}),
    };
    const job: Job = {
      controller,
      status: {
        jobId,
        type,
        state: 'running',
        progress: 0,
        fileName: exportFileNameOf(
          type,
          makeRun(request, () => undefined, controller.signal),
        ),
        sizeBytes: null,
        removedCharacters: 0,
        truncatedCells: 0,
        error: null,
      },
      done: Promise.resolve(),
    };
    const progress = (fraction: number) => {
      job.status.progress = Math.max(job.status.progress, Math.min(1, Math.max(0, fraction)));
    };
    this.jobs.set(jobId, job);
    job.done = (async () => {
      // Let the call that started the job answer first.
      await new Promise((resolve) => setImmediate(resolve));
      try {
        const outcome =
          WORKER_AVAILABLE && !builder.inProcess
            ? await buildInWorker(request, progress, controller.signal)
            : await runBuilder(request, progress, controller.signal);
        controller.signal.throwIfAborted();
        job.result = {
          fileName: job.status.fileName,
          mimeType: builder.mimeType,
          bytes: outcome.bytes,
        };
        Object.assign(job.status, {
          state: 'done',
          progress: 1,
          sizeBytes: outcome.bytes.length,
          removedCharacters: outcome.removedCharacters,
          truncatedCells: outcome.truncatedCells,
        });
      } catch (error) {
        if (controller.signal.aborted) {
          job.status.state = 'cancelled';
        } else {
          const code = isKoersError(error) ? error.code : 'INTERNAL';
          const params = isKoersError(error)
            ? error.params
            : { detail: String(error).slice(0, 200) };
          if (!isKoersError(error)) console.error('[koers] export', error);
          Object.assign(job.status, {
            state: 'failed',
            error: { code, message: errorMessage(code, params, this.ctx.language()) },
          });
        }
      } finally {
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
      if (job.finishedAt !== undefined && now - job.finishedAt > KEEP_RESULT_MS)
        this.jobs.delete(id);
    }
  }
}
