import type { EngagementApi } from '../../shared/contract';
import type { ShellApi } from '../../shared/shell-contract';
import type { KoersFilesBridge } from './files';

// What the Electron preload exposes through contextBridge. Both are absent in browser mode,
// where the renderer talks to the loopback server instead.
declare global {
  interface Window {
    koers?: EngagementApi & ShellApi;
    koersMenu?: { onAction(cb: (action: string) => void): () => void };
    /** Stages a dropped File: the preload asks Electron for its disk path, the page never sees it. */
    koersFiles?: KoersFilesBridge;
  }
}

export {};
