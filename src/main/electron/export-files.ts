// Saving a finished export in the Electron shell: a native save dialog, then the bytes the core
// hands over once (takeExport), written beside the target and renamed into place, so a full
// disk or a crash never leaves a half document under the name the user chose. No electron
// import at run time: the dialog is passed in, so this file is tested with fakes.
import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { SaveDialogOptions } from 'electron';
import type { Language } from '../../shared/domain/common.js';
import type { ExportFormat } from '../../shared/domain/export.js';
import { ok, type Result } from '../../shared/result.js';
import type { Core } from '../core/core-types.js';
import { shellError } from './ipc.js';
import { safeTempFileName } from './document-files.js';

const FILTER_NAME: Record<Language, Record<ExportFormat, string>> = {
  nl: { docx: 'Word-document', xlsx: 'Excel-werkmap' },
  en: { docx: 'Word document', xlsx: 'Excel workbook' },
};
const DIALOG_TITLE: Record<Language, string> = { nl: 'Document opslaan', en: 'Save document' };

/** The format of an export by its file name; builders always name .docx or .xlsx. */
export function exportFormatOf(fileName: string): ExportFormat | null {
  const ext = extname(fileName).toLowerCase();
  return ext === '.docx' ? 'docx' : ext === '.xlsx' ? 'xlsx' : null;
}

export function exportDialogOptions(
  language: Language,
  fileName: string,
  workspaceDir: string | undefined,
): SaveDialogOptions {
  const format = exportFormatOf(fileName);
  const name = safeTempFileName(fileName);
  return {
    title: DIALOG_TITLE[language],
    defaultPath: workspaceDir === undefined ? name : join(workspaceDir, name),
    ...(format === null
      ? {}
      : { filters: [{ name: FILTER_NAME[language][format], extensions: [format] }] }),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** Linux dialogs do not add the filter's extension; a name without it would not open in Word. */
export function withExportExtension(path: string, fileName: string): string {
  const format = exportFormatOf(fileName);
  if (format === null || extname(path).toLowerCase() === `.${format}`) return path;
  return `${path}.${format}`;
}

/** Writes beside the target and renames: the target is either the old file or the whole new one. */
export async function writeFileReplacing(target: string, bytes: Uint8Array): Promise<void> {
  const partial = join(dirname(target), `.${basename(target)}.${randomUUID()}.part`);
  const handle = await open(partial, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      // Windows cannot rename a file that is still open.
      await handle.close();
    }
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

export interface ExportFileDeps {
  core: Pick<Core, 'call' | 'takeExport'>;
  /** Native save dialog with exportDialogOptions; null when cancelled. */
  showSaveDialog: (options: SaveDialogOptions) => Promise<string | null>;
  language: () => Language;
}

export const makeExportFileOperations = (deps: ExportFileDeps) => ({
  'shell:saveExport': async ({
    jobId,
  }: {
    jobId: string;
  }): Promise<Result<{ saved: boolean; fileName: string }>> => {
    const language = deps.language();
    const status = await deps.core.call('export:status', { jobId });
    if (!status.ok) return status;
    // Only a finished job has bytes; asking for another must not show a dialog for nothing.
    if (status.value.state !== 'done') return shellError('NOT_FOUND', language);
    const preferences = await deps.core.call('preferences:get', {});
    const workspaceDir = preferences.ok ? preferences.value.workspaceDir : undefined;
    const chosen = await deps.showSaveDialog(
      exportDialogOptions(language, status.value.fileName, workspaceDir),
    );
    // Cancelled: the job keeps its bytes, so the user can still save them a moment later.
    if (chosen === null) return ok({ saved: false, fileName: status.value.fileName });
    const target = withExportExtension(chosen, status.value.fileName);
    const taken = await deps.core.takeExport(jobId);
    if (!taken.ok) return taken;
    try {
      await writeFileReplacing(target, taken.value.bytes);
    } catch (error) {
      const detail = error instanceof Error ? error.message.slice(0, 200) : String(error);
      return shellError('INTERNAL', language, { detail });
    }
    return ok({ saved: true, fileName: basename(target) });
  },
});
