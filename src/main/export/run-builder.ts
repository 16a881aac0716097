import type { ExportOptions, ExportType } from '../../shared/domain/export.js';
import type { ExportRun } from './builder-types.js';
import { exportDescriptor } from './registry.js';
import { namePseudonymiser } from './pseudonymise-text.js';
import { TextCleaner } from './safe-text.js';
import type { EngagementSnapshot } from './snapshot.js';

/** Everything a build needs, as plain data: what crosses to a worker thread. */
export interface BuildRequest {
  type: ExportType;
  snapshot: EngagementSnapshot;
  options: ExportOptions;
  interviewId?: string;
  assessmentId?: string;
}

export interface BuildOutcome {
  bytes: Uint8Array;
  removedCharacters: number;
  truncatedCells: number;
}

/** Runs one builder on plain data; the same code runs in a worker thread or in process. */
export async function runBuilder(
  request: BuildRequest,
  progress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<BuildOutcome> {
  const builder = await exportDescriptor(request.type).load();
  const run = makeRun(request, progress, signal);
  const bytes = await builder.build(run);
  return {
    bytes,
    removedCharacters: run.text.removed,
    truncatedCells: run.counters.truncatedCells,
  };
}

export function makeRun(
  request: BuildRequest,
  progress: (fraction: number) => void,
  signal: AbortSignal,
): ExportRun {
  return {
    snapshot: request.snapshot,
    language: request.options.language ?? request.snapshot.engagement.language,
    options: request.options,
    ...(request.interviewId ? { interviewId: request.interviewId } : {}),
    ...(request.assessmentId ? { assessmentId: request.assessmentId } : {}),
    // Without names, known names are replaced inside free text too (notes, quotes, findings).
    text: new TextCleaner(
      request.options.useNames ? undefined : namePseudonymiser(request.snapshot.stakeholders),
    ),
    counters: { truncatedCells: 0 },
    progress,
    signal,
  };
}
