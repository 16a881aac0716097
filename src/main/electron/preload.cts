// The preload runs sandboxed: it may require nothing but 'electron', so it cannot import the
// contract. It therefore carries the operation names as a literal list; preload-names.test.ts
// proves the list equals Object.keys(contract) + Object.keys(shellContract).
//
// What the page gets: window.koers, one function per operation, window.koersMenu.onAction and
// window.koersFiles.stage.
// Never ipcRenderer itself, and never the IPC event object (its `sender` is ipcRenderer).
// A CommonJS file under verbatimModuleSyntax must spell its import this way.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import electron = require('electron');

const { contextBridge, ipcRenderer, webUtils } = electron;

// BEGIN OPERATION NAMES
const OPERATION_NAMES = [
  'app:info',
  'preferences:get',
  'preferences:update',
  'recent:list',
  'recent:remove',
  'workspace:list',
  'engagement:create',
  'engagement:open',
  'engagement:openRecent',
  'engagement:listOpen',
  'engagement:close',
  'engagement:saveAs',
  'engagement:rename',
  'engagement:get',
  'engagement:update',
  'engagement:overview',
  'checklist:set',
  'stakeholder:list',
  'stakeholder:create',
  'stakeholder:update',
  'stakeholder:delete',
  'demo:create',
  'document:list',
  'document:get',
  'document:add',
  'document:update',
  'document:delete',
  'document:pages',
  'document:extractText',
  'passage:create',
  'passage:update',
  'passage:delete',
  'interview:guide',
  'interview:list',
  'interview:get',
  'interview:create',
  'interview:update',
  'interview:setStatus',
  'interview:delete',
  'interview:addQuestion',
  'interview:updateQuestion',
  'interview:moveQuestion',
  'interview:removeQuestion',
  'interview:saveNotes',
  'finding:list',
  'finding:create',
  'finding:update',
  'finding:delete',
  'finding:retheme',
  'finding:matrix',
  'theme:list',
  'theme:create',
  'theme:update',
  'theme:merge',
  'theme:delete',
  'search:query',
  'export:types',
  'export:start',
  'export:status',
  'export:cancel',
  'shell:openDialog',
  'shell:saveAsDialog',
  'shell:pickDocuments',
  'shell:openDocument',
  'shell:saveExport',
  'shell:openExternal',
] as const;
// END OPERATION NAMES

// Equal to MENU_CHANNEL in src/shared/menu-actions.ts (checked by the same test).
const MENU_CHANNEL = 'koers:menu';
// Equal to STAGE_DROPPED_CHANNEL in document-files.ts (checked by the same test).
const STAGE_DROPPED_CHANNEL = 'files:stageDropped';

const koers: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const name of OPERATION_NAMES) {
  koers[name] = (input: unknown) => ipcRenderer.invoke(name, input);
}

contextBridge.exposeInMainWorld('koers', Object.freeze(koers));

contextBridge.exposeInMainWorld(
  'koersMenu',
  Object.freeze({
    /** Subscribes to menu actions (see src/shared/menu-actions.ts); returns the unsubscribe. */
    onAction(callback: (action: string) => void): () => void {
      if (typeof callback !== 'function') throw new TypeError('onAction verwacht een functie');
      const listener = (_event: electron.IpcRendererEvent, action: unknown): void => {
        if (typeof action === 'string') callback(action);
      };
      ipcRenderer.on(MENU_CHANNEL, listener);
      return () => {
        ipcRenderer.removeListener(MENU_CHANNEL, listener);
      };
    },
  }),
);

contextBridge.exposeInMainWorld(
  'koersFiles',
  Object.freeze({
    /**
     * Stages a File the user dropped or chose, for document:add. Its disk path is looked up
     * here, out of the page's reach, and goes straight to main: the page never sees it, and
     * a File the page made itself has no path (''), which main refuses.
     */
    stage(file: File): Promise<unknown> {
      let path = '';
      try {
        path = webUtils.getPathForFile(file);
      } catch {
        // Not a File at all: main refuses the empty path with a proper message.
      }
      return ipcRenderer.invoke(STAGE_DROPPED_CHANNEL, path);
    },
  }),
);
