// .js extensions: also type-checked under NodeNext by its test.
//
// One export from the UI: start the job, poll its status for the progress bar, cancel when
// the user asks. Pure (the API and the clock are passed in), so the loop is tested without a
// browser; use-export-job.ts binds it to React.
import type { InputOf } from '../../../shared/contract.js';
import type { ExportJobStatus } from '../../../shared/domain/export.js';
import type { Result } from '../../../shared/result.js';

export interface ExportJobApi {
  start(input: InputOf<'export:start'>): Promise<Result<ExportJobStatus>>;
  status(jobId: string): Promise<Result<ExportJobStatus>>;
  cancel(jobId: string): Promise<Result<ExportJobStatus>>;
}

export interface RunExportOptions {
  api: ExportJobApi;
  input: InputOf<'export:start'>;
  /** Every status seen, for the progress bar. */
  onStatus: (status: ExportJobStatus) => void;
  /** True once the user clicked "Annuleren"; asked before every poll. */
  cancelRequested: () => boolean;
  sleep?: (ms: number) => Promise<void>;
  pollMs?: number;
}

export const POLL_MS = 200;

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs the job until it has ended and gives its last status; a failed call gives its error.
 * A job the user cancelled ends as 'cancelled' even when the builder finished first: the
 * user said no, so nothing is saved (the core drops the unclaimed bytes after a while).
 */
export async function runExportJob(options: RunExportOptions): Promise<Result<ExportJobStatus>> {
  const { api, onStatus, cancelRequested } = options;
  const sleep = options.sleep ?? wait;
  const started = await api.start(options.input);
  if (!started.ok) return started;
  let status = started.value;
  onStatus(status);
  let cancelSent = false;
  while (status.state === 'running') {
    if (cancelRequested() && !cancelSent) {
      cancelSent = true;
      const cancelled = await api.cancel(status.jobId);
      if (!cancelled.ok) return cancelled;
      status = cancelled.value;
      onStatus(status);
      continue;
    }
    await sleep(options.pollMs ?? POLL_MS);
    const next = await api.status(status.jobId);
    if (!next.ok) return next;
    status = next.value;
    onStatus(status);
  }
  if (status.state === 'done' && cancelRequested()) {
    status = { ...status, state: 'cancelled' };
    onStatus(status);
  }
  return { ok: true, value: status };
}

type MessageKey =
  'exports.saved' | 'exports.downloaded' | 'exports.removedCharacters' | 'exports.truncatedCells';
export type Translate = (
  key: MessageKey,
  options: { fileName: string } | { count: number },
) => string;

/** What the notification says after a document was saved or downloaded. */
export function savedMessage(
  t: Translate,
  status: Pick<ExportJobStatus, 'removedCharacters' | 'truncatedCells'>,
  saved: { fileName: string; downloaded: boolean },
): string[] {
  const lines = [
    t(saved.downloaded ? 'exports.downloaded' : 'exports.saved', { fileName: saved.fileName }),
  ];
  if (status.removedCharacters > 0)
    lines.push(t('exports.removedCharacters', { count: status.removedCharacters }));
  if (status.truncatedCells > 0)
    lines.push(t('exports.truncatedCells', { count: status.truncatedCells }));
  return lines;
}
