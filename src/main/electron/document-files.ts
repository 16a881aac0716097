// Documents in and out of the Electron shell: the native multi-select dialog, dropped files,
// and opening a stored original in the system viewer. No electron import: the dialog and
// shell.openPath are passed in, so everything here is tested with fakes.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { extname, isAbsolute, join } from 'node:path';
import type { OpenDialogOptions } from 'electron';
import { z } from 'zod';
import type { Language } from '../../shared/domain/common.js';
import type { StagedUpload } from '../../shared/domain/document.js';
import { ok, type Result } from '../../shared/result.js';
import type { Core } from '../core/core-types.js';
import {
  makeGuardedHandler,
  shellError,
  type HandlerOptions,
  type IpcHandler,
  type IsTrusted,
} from './ipc.js';

/** The preload's channel for a dropped file; preload-names.test.ts checks the preload's copy. */
export const STAGE_DROPPED_CHANNEL = 'files:stageDropped';

export const DOCUMENT_EXTENSIONS = ['pdf', 'docx', 'doc', 'odt', 'xlsx', 'pptx', 'txt', 'md'];

const DIALOG_TEXT = {
  nl: { title: 'Documenten toevoegen', documents: 'Documenten', all: 'Alle bestanden' },
  en: { title: 'Add documents', documents: 'Documents', all: 'All files' },
} as const;

export const documentsDialogOptions = (language: Language): OpenDialogOptions => ({
  title: DIALOG_TEXT[language].title,
  buttonLabel: language === 'en' ? 'Add' : 'Toevoegen',
  properties: ['openFile', 'multiSelections'],
  filters: [
    { name: DIALOG_TEXT[language].documents, extensions: DOCUMENT_EXTENSIONS },
    { name: DIALOG_TEXT[language].all, extensions: ['*'] },
  ],
});

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
  core: Pick<Core, 'stagePath' | 'writeDocument'>;
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
    // Written under a neutral name first: the document's own name is known only afterwards.
    const partial = join(dir, '.koers-partial');
    const out = createWriteStream(partial, { flags: 'wx', mode: 0o600 });
    const closed = once(out, 'close');
    const written = await deps.core.writeDocument(engagementId, documentId, out);
    if (!written.ok) {
      out.destroy();
      await closed.catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
      return written;
    }
    // Windows cannot rename a file that is still open.
    await closed;
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
  core: Pick<Core, 'stagePath'>,
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
          { path: language === 'en' ? 'file' : 'bestand' },
          'file',
        );
      }
      return core.stagePath(path);
    },
    options,
  );
