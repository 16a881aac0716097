// What the preload exposes to the page, built from the contract's operation names, so the
// window.koers API can never drift from the contract. It is bundled with the preload into one
// CommonJS file (vite.preload.config.ts): a sandboxed preload may require nothing but
// 'electron'. ipcRenderer is passed in, so this is tested with a stand-in.
import { OPERATION_NAMES } from '../../shared/contract.js';
import { MENU_CHANNEL } from '../../shared/menu-actions.js';
import { SHELL_OPERATION_NAMES } from '../../shared/shell-contract.js';

/** The channel main stages a dropped file on; not an operation, so window.koers cannot call it. */
export const STAGE_DROPPED_CHANNEL = 'files:stageDropped';

/** Every channel window.koers may invoke: one per operation of both contracts. */
export const EXPOSED_OPERATIONS: readonly string[] = [...OPERATION_NAMES, ...SHELL_OPERATION_NAMES];

/** The three methods of ipcRenderer the preload uses; the page never gets ipcRenderer itself. */
export interface PreloadIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/** window.koers: one function per operation, each sending only its input. */
export function buildKoersApi(
  ipc: PreloadIpc,
): Readonly<Record<string, (input: unknown) => Promise<unknown>>> {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of EXPOSED_OPERATIONS) api[name] = (input: unknown) => ipc.invoke(name, input);
  return Object.freeze(api);
}

/** window.koersMenu: menu actions (src/shared/menu-actions.ts) without the IPC event object. */
export function buildMenuApi(ipc: PreloadIpc) {
  return Object.freeze({
    /** Subscribes to menu actions; returns the unsubscribe. */
    onAction(callback: (action: string) => void): () => void {
      if (typeof callback !== 'function') throw new TypeError('onAction verwacht een functie');
      // The event's `sender` is ipcRenderer: it must never reach the page.
      const listener = (_event: unknown, action: unknown): void => {
        if (typeof action === 'string') callback(action);
      };
      ipc.on(MENU_CHANNEL, listener);
      return () => {
        ipc.removeListener(MENU_CHANNEL, listener);
      };
    },
  });
}

/**
 * window.koersFiles: stages a File the user dropped or chose, for document:add. Its disk path is
 * looked up here, out of the page's reach, and goes straight to main: the page never sees it, and
 * a File the page made itself has no path (''), which main refuses.
 */
export function buildFilesApi(ipc: PreloadIpc, getPathForFile: (file: File) => string) {
  return Object.freeze({
    stage(file: File): Promise<unknown> {
      let path = '';
      try {
        path = getPathForFile(file);
      } catch {
        // Not a File at all: main refuses the empty path with a proper message.
      }
      return ipc.invoke(STAGE_DROPPED_CHANNEL, path);
    },
  });
}
