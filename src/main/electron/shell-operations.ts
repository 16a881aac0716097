import { basename, extname, join } from 'node:path';
import type { Language } from '../../shared/domain/common.js';
import type { OpenEngagement } from '../../shared/domain/engagement.js';
import { ok, type Result } from '../../shared/result.js';
import { withKoersExtension } from './argv.js';
import type { ShellCore } from './core-protocol.js';
import { makeDocumentFileOperations, type DocumentFileDeps } from './document-files.js';
import { makeExportFileOperations, type ExportFileDeps } from './export-files.js';
import type { ShellOperations } from './ipc.js';
import { parseExternalUrl } from './navigation-policy.js';
import { shellTexts } from './shell-texts.js';

// The shell-only operations. The path always comes from a native dialog the user answered,
// never from the renderer: the renderer only says "open a file" or "save this engagement".
// Electron's dialog and shell modules are passed in, so this file is tested with fakes.

export interface ShellOperationDeps {
  core: Pick<ShellCore, 'call' | 'openPath' | 'saveAsPath'>;
  /** Native open dialog filtered on .koers; null when cancelled. */
  showOpenDialog: (defaultPath: string | undefined) => Promise<string | null>;
  /** Native save dialog; null when cancelled. */
  showSaveDialog: (defaultPath: string | undefined) => Promise<string | null>;
  openExternal: (url: string) => Promise<void>;
  /** The operating system's recent documents (jump list, Dock menu). */
  addRecentDocument: (path: string) => void;
  /** Picking documents and opening them in the system viewer (document-files.ts). */
  documents: DocumentFileDeps;
  /** Saving a finished export (export-files.ts). */
  exports: ExportFileDeps;
}

const workspaceDir = async (core: ShellOperationDeps['core']): Promise<string | undefined> => {
  const preferences = await core.call('preferences:get', {});
  return preferences.ok ? preferences.value.workspaceDir : undefined;
};

const copyName = (fileName: string, language: Language): string => {
  const name = basename(fileName, extname(fileName)) || 'traject';
  return shellTexts(language)('dialog.copyName', { name });
};

export const makeShellOperations = (deps: ShellOperationDeps): ShellOperations => ({
  ...makeDocumentFileOperations(deps.documents),
  ...makeExportFileOperations(deps.exports),

  'shell:openDialog': async (): Promise<Result<OpenEngagement | null>> => {
    const path = await deps.showOpenDialog(await workspaceDir(deps.core));
    if (path === null) return ok(null);
    const opened = await deps.core.openPath(path);
    if (opened.ok) deps.addRecentDocument(path);
    return opened;
  },

  'shell:saveAsDialog': async ({ engagementId }): Promise<Result<OpenEngagement | null>> => {
    const open = await deps.core.call('engagement:listOpen', {});
    const current = open.ok ? open.value.find((e) => e.engagementId === engagementId) : undefined;
    const folder = await workspaceDir(deps.core);
    const suggestion = current ? copyName(current.fileName, current.language) : undefined;
    const defaultPath =
      suggestion === undefined
        ? folder
        : folder === undefined
          ? suggestion
          : join(folder, suggestion);
    const chosen = await deps.showSaveDialog(defaultPath);
    if (chosen === null) return ok(null);
    const path = withKoersExtension(chosen);
    const saved = await deps.core.saveAsPath(engagementId, path);
    if (saved.ok) deps.addRecentDocument(path);
    return saved;
  },

  'shell:openExternal': async ({ url }): Promise<Result<{ opened: boolean }>> => {
    const safe = parseExternalUrl(url);
    if (safe === null) return ok({ opened: false });
    await deps.openExternal(safe);
    return ok({ opened: true });
  },
});
