import type { ExportType } from '../../shared/domain/export.js';
import { exportFileName } from '../../shared/domain/export-file-name.js';
import type { ExportRun } from './builder-types.js';
import { exportDescriptor } from './registry.js';

/**
 * The file name of one export: exportFileName() (src/shared) filled in from the run. Every way
 * out (save dialog, browser download, `koers export`) takes the job's name, made here.
 */
export function exportFileNameOf(type: ExportType, run: ExportRun): string {
  // Names stay out of file names unless the consultant chose them: a file name shows in mail and
  // in folder listings. Cleaning a file name does not count towards the document's removals.
  const text = run.text.uncounted();
  const interview = run.interviewId
    ? run.snapshot.interviews.find((i) => i.id === run.interviewId)
    : undefined;
  const subject = interview
    ? interview.participants.length > 0
      ? interview.participants.map((p) => p.pseudonym).join(' ')
      : text.xml(interview.title)
    : undefined;
  return exportFileName({
    type,
    language: run.language,
    extension: exportDescriptor(type).info.format,
    client: text.xml(run.snapshot.engagement.clientName),
    ...(subject ? { subject } : {}),
    ...(run.options.version ? { version: text.xml(run.options.version) } : {}),
    date: run.snapshot.takenAt,
  });
}
