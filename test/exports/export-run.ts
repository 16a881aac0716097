import type { ExportOptions, ExportType } from '../../src/shared/domain/export.js';
import type { TempCore } from '../helpers/temp-core.js';

/** Runs one export through the core as a shell does (start → wait → take) and returns the bytes. */
export async function exportThroughCore(
  t: TempCore,
  engagementId: string,
  type: ExportType,
  options: Partial<ExportOptions> = {},
  interviewId?: string,
): Promise<{
  bytes: Uint8Array;
  fileName: string;
  removedCharacters: number;
  truncatedCells: number;
}> {
  const started = await t.must('export:start', {
    engagementId,
    type,
    options,
    ...(interviewId ? { interviewId } : {}),
  });
  const waited = await t.core.waitForExport(started.jobId);
  if (!waited.ok) throw new Error(waited.error.message);
  if (waited.value.state !== 'done')
    throw new Error(`${type}: ${waited.value.state} ${waited.value.error?.message ?? ''}`);
  const taken = await t.core.takeExport(started.jobId);
  if (!taken.ok) throw new Error(taken.error.message);
  return {
    bytes: taken.value.bytes,
    fileName: taken.value.fileName,
    removedCharacters: waited.value.removedCharacters,
    truncatedCells: waited.value.truncatedCells,
  };
}
