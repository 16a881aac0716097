// The preload: window.koers (one function per contract operation), window.koersMenu.onAction
// and window.koersFiles.stage, built in preload-api.ts. Never ipcRenderer itself.
// Bundled by `npm run build:preload` into out/main/electron/preload.cjs, which requires only
// 'electron' (a sandboxed preload can require nothing else).
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { buildFilesApi, buildKoersApi, buildMenuApi } from './preload-api.js';

contextBridge.exposeInMainWorld('koers', buildKoersApi(ipcRenderer));
contextBridge.exposeInMainWorld('koersMenu', buildMenuApi(ipcRenderer));
contextBridge.exposeInMainWorld(
  'koersFiles',
  buildFilesApi(ipcRenderer, (file) => webUtils.getPathForFile(file)),
);
