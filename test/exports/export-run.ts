import type { ExportOptions, ExportType } from '../../src/shared/domain/export.js';
import type { EngagementSnapshot } from '../../src/main/export/snapshot.js';
import type { TempCore } from '../helpers/temp-core.js';

/** Runs one export through the core as a shell does (start → wait → take) and returns the bytes. */
export async function exportThroughCore(
  t: TempCore,
  engagementId: string,
  type: ExportType,
  options: Partial<ExportOptions> = {},
  interviewId?: string,
  assessmentId?: string,
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
    ...(assessmentId ? { assessmentId } : {}),
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

/**
 * A snapshot of an engagement for a builder called directly, made of the core's own lists: what
 * the findings report reads (no interviews' notes, no documents' passages).
 */
export async function findingsSnapshot(
  t: TempCore,
  engagementId: string,
): Promise<EngagementSnapshot> {
  const [engagement, stakeholders, themes, findings, interviews, documents] = await Promise.all([
    t.must('engagement:get', { engagementId }),
    t.must('stakeholder:list', { engagementId }),
    t.must('theme:list', { engagementId }),
    t.must('finding:list', { engagementId }),
    t.must('interview:list', { engagementId }),
    t.must('document:list', { engagementId }),
  ]);
  return {
    engagement,
    stakeholders,
    themes,
    findings,
    documents: [],
    interviews: [],
    guide: [],
    totals: { interviews: interviews.length, documents: documents.length },
    takenAt: '2026-11-24T12:00:00.000Z',
  };
}
