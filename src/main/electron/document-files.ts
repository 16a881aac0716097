// Documents in and out of the Electron shell: the native multi-select dialog, dropped files,
// and opening a stored original in the system viewer. No electron import: the dialog and
// shell.openPath are passed in, so everything here is tested with fakes.
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { extname, isAbsolute, join } from 'node:path';
import type { OpenDialogOptions } from 'electron';
import { z } from 'zod';
import type { Language } from '../../shared/domain/common.js';
import type { StagedUpload } from '../../shared/domain/document.js';
import { ok, type Result } from '../../shared/result.js';
import type { ShellCore } from './core-protocol.js';
import {
  makeGuardedHandler,
  shellError,
  type HandlerOptions,
  type IpcHandler,
  type IsTrusted,
} from './ipc.js';
import { shellTexts } from './shell-texts.js';

export { STAGE_DROPPED_CHANNEL } from './preload-api.js';

export const DOCUMENT_EXTENSIONS = ['pdf', 'docx', 'doc', 'odt', 'xlsx', 'pptx', 'txt', 'md'];

export const documentsDialogOptions = (language: Language): OpenDialogOptions => {
  const t = shellTexts(language);
  return {
    title: t('dialog.addDocumentsTitle'),
    buttonLabel: t('dialog.addDocumentsButton'),
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: t('dialog.documents'), extensions: DOCUMENT_EXTENSIONS },
      { name: t('dialog.allFiles'), extensions: ['*'] },
    ],
  };
};

// --- Temp copies for the system viewer --------------------------------------------------

export const OPEN_DIR_PREFIX = 'koers-open-';
const OPEN_DIR = /^koers-open-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// Windows-forbidden characters, control characters and path separators.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
const MAX_NAME = 150;

/**
 * A stored file name made safe to create on any of our three systems. The name comes from
 * whoever made the document, so it is cleaned, never trusted: no folders, no device names,
 * no trailing dot or space (Windows drops them), and the extension kept so the right viewer
 * opens it.
 */
export function safeTempFileName(name: string): string {
  let cleaned = name.normalize('NFC').replace(FORBIDDEN, '_').trim();
  cleaned = cleaned.replace(/^\.+/, '').replace(/[. ]+$/, '');
  if (cleaned.length > MAX_NAME) {
    const ext = extname(cleaned).slice(0, 20);
    cleaned = cleaned.slice(0, MAX_NAME - ext.length).trimEnd() + ext;
  }
  if (cleaned === '') return 'document';
  return WINDOWS_RESERVED.test(cleaned) ? `_${cleaned}` : cleaned;
}

/** A fresh folder per opened document: two documents with the same name never collide. */
export const openTempDir = (tmpDir: string, id: string = randomUUID()): string =>
  join(tmpDir, `${OPEN_DIR_PREFIX}${id}`);

/** Removes the given folders, or every koers-open-<uuid> folder in tmpDir when none given. */
export async function removeOpenTempDirs(tmpDir: string, only?: Iterable<string>): Promise<void> {
  const names =
    only === undefined
      ? (await readdir(tmpDir).catch(() => [] as string[])).filter((name) => OPEN_DIR.test(name))
      : [...only];
  // A viewer may still hold a file (Windows): what cannot go now goes at the next start.
  await Promise.all(
    names.map((name) =>
      rm(join(tmpDir, name), { recursive: true, force: true }).catch(() => undefined),
    ),
  );
}

// --- The two shell operations -----------------------------------------------------------

export interface DocumentFileDeps {
  core: Pick<ShellCore, 'stagePath' | 'writeDocumentToFile'>;
  /** Native open dialog with documentsDialogOptions; [] when cancelled. */
  showDocumentsDialog: () => Promise<string[]>;
  /** Electron's shell.openPath: '' on success, otherwise the system's reason. */
  openPath: (path: string) => Promise<string>;
  tmpDir: string;
  /** Told of every temp folder made, so the shell removes them on quit. */
  onTempDir: (name: string) => void;
}

export const makeDocumentFileOperations = (deps: DocumentFileDeps) => ({
  'shell:pickDocuments': async (): Promise<Result<StagedUpload[]>> => {
    const paths = await deps.showDocumentsDialog();
    const staged: StagedUpload[] = [];
    for (const path of paths) {
      const result = await deps.core.stagePath(path);
      // One file that cannot be read spoils the pick: the user sees which one and tries again.
      if (!result.ok) return result;
      staged.push(result.value);
    }
    return ok(staged);
  },

  'shell:openDocument': async ({
    engagementId,
    documentId,
  }: {
    engagementId: string;
    documentId: string;
  }): Promise<Result<{ opened: boolean }>> => {
    const id = randomUUID();
    const dir = openTempDir(deps.tmpDir, id);
    await mkdir(dir, { mode: 0o700 });
    deps.onTempDir(`${OPEN_DIR_PREFIX}${id}`);
    // Written (by the core's process) under a neutral name first: the document's own name is
    // known only afterwards.
    const partial = join(dir, '.koers-partial');
    const written = await deps.core.writeDocumentToFile(engagementId, documentId, partial);
    if (!written.ok) {
      await rm(dir, { recursive: true, force: true });
      return written;
    }
    const target = join(dir, safeTempFileName(written.value.fileName));
    await rename(partial, target);
    const failure = await deps.openPath(target);
    return ok({ opened: failure === '' });
  },
});

// --- Dropped files ----------------------------------------------------------------------

const droppedPathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((path) => !path.includes('\0') && isAbsolute(path));

/**
 * files:stageDropped. The preload asks Electron for the path of a File the user dropped; a
 * File the page made itself has none (''), so the page cannot make us read a path it chose,
 * and '' is refused here like anything that is not an absolute path to a regular file.
 */
export const makeStageDroppedHandler = (
  core: Pick<ShellCore, 'stagePath'>,
  isTrusted: IsTrusted,
  options: HandlerOptions = {},
): IpcHandler<StagedUpload> =>
  makeGuardedHandler(
    droppedPathSchema,
    isTrusted,
    async (path) => {
      const info = await stat(path).catch(() => null);
      if (info === null || !info.isFile()) {
        const language = options.language?.() ?? 'nl';
        return shellError(
          'INVALID_INPUT',
          language,
          { path: shellTexts(language)('field.file') },
          'file',
        );
      }
      return core.stagePath(path);
    },
    options,
  );
