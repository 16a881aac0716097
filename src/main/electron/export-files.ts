// Saving a finished export in the Electron shell: a native save dialog in main, then the core's
// process takes the bytes (once) and writes them beside the target and renames them into place
// (write-file-replacing.ts), so a full disk or a crash never leaves a half document under the
// name the user chose. No electron import at run time: the dialog is passed in, so this file is
// tested with fakes.
import { extname, join } from 'node:path';
import type { SaveDialogOptions } from 'electron';
import type { Language } from '../../shared/domain/common.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/domain/export.js';
import { ok, type Result } from '../../shared/result.js';
import type { ShellCore } from './core-protocol.js';
import { shellError } from './ipc.js';
import { safeTempFileName } from './document-files.js';
import { shellTexts } from './shell-texts.js';

const FILTER_KEY: Record<ExportFormat, string> = {
  docx: 'dialog.wordDocument',
  xlsx: 'dialog.excelWorkbook',
  pdf: 'dialog.pdfDocument',
  png: 'dialog.pngImage',
  svg: 'dialog.svgImage',
};

/** The format of an export by its file name (exportFileName() ends it with the format). */
export function exportFormatOf(fileName: string): ExportFormat | null {
  const ext = extname(fileName).toLowerCase().slice(1);
  return (EXPORT_FORMATS as readonly string[]).includes(ext) ? (ext as ExportFormat) : null;
}

export function exportDialogOptions(
  language: Language,
  fileName: string,
  workspaceDir: string | undefined,
): SaveDialogOptions {
  const t = shellTexts(language);
  const format = exportFormatOf(fileName);
  const name = safeTempFileName(fileName);
  return {
    title: t('dialog.saveDocumentTitle'),
    defaultPath: workspaceDir === undefined ? name : join(workspaceDir, name),
    ...(format === null
      ? {}
      : { filters: [{ name: t(FILTER_KEY[format]), extensions: [format] }] }),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** Linux dialogs do not add the filter's extension; a name without it would not open in Word. */
export function withExportExtension(path: string, fileName: string): string {
  const format = exportFormatOf(fileName);
  if (format === null || extname(path).toLowerCase() === `.${format}`) return path;
  return `${path}.${format}`;
}

export interface ExportFileDeps {
  core: Pick<ShellCore, 'call' | 'saveExportToFile'>;
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
    const saved = await deps.core.saveExportToFile(jobId, target);
    if (!saved.ok) return saved;
    return ok({ saved: true, fileName: saved.value.fileName });
  },
});
