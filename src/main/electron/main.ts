// The Electron shell: app lifecycle, one window, the menu, and IPC to the core. It holds no
// domain logic; everything it does for the renderer goes through the contract (ipc.ts). The core
// itself runs in a utility process (core-host.ts), reached through the relay (core-relay.ts), so
// a long export or a slow disk never freezes the window or the menu.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  session,
  shell,
  utilityProcess,
  type WebContents,
} from 'electron';
import type { Language } from '../../shared/domain/common.js';
import { formatMenuAction, MENU_CHANNEL, type MenuAction } from '../../shared/menu-actions.js';
import type { Result } from '../../shared/result.js';
import { koersPathsFromArgv, KOERS_EXTENSION } from './argv.js';
import { formatHostArgs } from './core-host-loop.js';
import { createCoreRelay, type CoreRelay } from './core-relay.js';
import { withCspHeader } from './csp.js';
import {
  documentsDialogOptions,
  makeStageDroppedHandler,
  removeOpenTempDirs,
  STAGE_DROPPED_CHANNEL,
} from './document-files.js';
import { registerIpc } from './ipc.js';
import { buildMenuTemplate, type RecentMenuEntry } from './menu.js';
import { chooseNativeBinding } from './native-binding.js';
import {
  isAllowedNavigation,
  isAllowedRequest,
  isRoomDisplayUrl,
  isTrustedSender,
  parseExternalUrl,
} from './navigation-policy.js';
import { makeShellOperations } from './shell-operations.js';
import { shellTexts } from './shell-texts.js';
import { createWindowOptions } from './window-options.js';

const here = dirname(fileURLToPath(import.meta.url));
const PRELOAD_PATH = join(here, 'preload.cjs');
/** Emitted by `npm run build:node` beside main.js; electron-builder ships it with out/**. */
const CORE_HOST_PATH = join(here, 'core-host.js');
const RENDERER_INDEX = join(here, '..', '..', 'renderer', 'index.html');
const RENDERER_URL = pathToFileURL(RENDERER_INDEX).href;

/** Operations after which the menu's recent list or language may have changed. */
const MENU_REFRESHING = new Set<string>([
  'preferences:update',
  'recent:remove',
  'engagement:create',
  'engagement:open',
  'engagement:openRecent',
  'engagement:saveAs',
  'engagement:rename',
  'demo:create',
  'shell:openDialog',
  'shell:saveAsDialog',
]);

let core: CoreRelay | null = null;
let mainWindow: BrowserWindow | null = null;
let language: Language = 'nl';
let quitState: 'running' | 'disposing' | 'disposed' = 'running';
/** Files the OS asked us to open before the core and the window were ready. */
const pendingPaths: string[] = [];
/** Temp copies handed to the system viewer in this run (koers-open-<uuid> folders). */
const openTempDirs = new Set<string>();

const isTrusted = (frameUrl: string | null | undefined): boolean =>
  isTrustedSender(frameUrl, RENDERER_URL);

// Every renderer, now and later, gets the same guards; a window that somehow appears
// without them would be the one that matters.
const hardenWebContents = (contents: WebContents): void => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url, RENDERER_URL)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url, RENDERER_URL)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, RENDERER_URL)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    // A session's room display: a second window on the app's own page, as locked down as the
    // first (this handler and the listeners above reach it through web-contents-created).
    if (isRoomDisplayUrl(url, RENDERER_URL)) {
      return {
        action: 'allow',
        overrideBrowserWindowOptions: {
          autoHideMenuBar: true,
          webPreferences: {
            preload: PRELOAD_PATH,
            contextIsolation: true,
            sandbox: true,
            nodeIntegration: false,
            webSecurity: true,
            webviewTag: false,
            allowRunningInsecureContent: false,
          },
        },
      };
    }
    const external = parseExternalUrl(url);
    if (external !== null) void shell.openExternal(external);
    return { action: 'deny' };
  });
};

const hardenSession = (): void => {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url, RENDERER_URL) }),
  );
  ses.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withCspHeader(details.responseHeaders) }),
  );
};

const createWindow = (): BrowserWindow => {
  const options = createWindowOptions({
    preloadPath: PRELOAD_PATH,
    allowDevTools: !app.isPackaged,
  });
  // The flags that keep page code away from Node are restated here, at the one place a
  // window is made, so neither a spread nor a later edit of window-options.ts can drop them
  // (and a static scanner such as electronegativity can see them).
  const window = new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadFile(RENDERER_INDEX);
  mainWindow = window;
  return window;
};

const focusWindow = (): BrowserWindow => {
  const window = mainWindow ?? createWindow();
  if (window.isMinimized()) window.restore();
  window.focus();
  return window;
};

/**
 * Tells the renderer what the user asked for. A freshly created window gets the message once
 * its page has loaded; the renderer also asks `engagement:listOpen` when it starts, so a file
 * opened while it was still mounting is not lost.
 */
const sendToRenderer = (action: MenuAction): void => {
  const window = focusWindow();
  const send = (): void => window.webContents.send(MENU_CHANNEL, formatMenuAction(action));
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
  else send();
};

const refreshMenu = async (): Promise<void> => {
  if (!core) return;
  const [preferences, recent] = await Promise.all([
    core.call('preferences:get', {}),
    core.call('recent:list', {}),
  ]);
  if (preferences.ok) language = preferences.value.language;
  const entries: RecentMenuEntry[] = recent.ok ? recent.value : [];
  const template = buildMenuTemplate({
    language,
    platform: process.platform,
    isPackaged: app.isPackaged,
    recent: entries,
    onAction: sendToRenderer,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
};

const refreshMenuLogged = (): void => {
  refreshMenu().catch((error: unknown) => console.error('Koers: menu niet bijgewerkt', error));
};

const openFromOs = async (path: string): Promise<void> => {
  if (!core) {
    pendingPaths.push(path);
    return;
  }
  const opened = await core.openPath(path);
  if (opened.ok) {
    app.addRecentDocument(path);
    sendToRenderer({ kind: 'opened', engagementId: opened.value.engagementId });
    refreshMenuLogged();
    return;
  }
  const window = focusWindow();
  await dialog.showMessageBox(window, {
    type: 'error',
    title: shellTexts(language)('dialog.openFailed'),
    message: shellTexts(language)('dialog.openFailed'),
    detail: opened.error.message,
  });
};

const openFromOsLogged = (path: string): void => {
  openFromOs(path).catch((error: unknown) => console.error('Koers: openen mislukt', error));
};

const fatal = (error: unknown): void => {
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(shellTexts(language)('startup.failedTitle'), detail);
  app.exit(1);
};

/**
 * The relay restarts the host on the next call; engagements that were open are closed by the
 * crash, so the user hears it once, in a message that does not block the window.
 */
const onHostExit = (code: number): void => {
  console.error(`Koers: de kern stopte onverwacht (code ${code})`);
  const t = shellTexts(language);
  const options = {
    type: 'warning' as const,
    title: t('core.crashedTitle'),
    message: t('core.crashedTitle'),
    detail: t('core.crashedMessage'),
  };
  const shown = mainWindow
    ? dialog.showMessageBox(mainWindow, options)
    : dialog.showMessageBox(options);
  shown.catch((error: unknown) => console.error('Koers: melding niet getoond', error));
};

const onReady = async (): Promise<void> => {
  const binding = chooseNativeBinding({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    exists: existsSync,
  });
  if (binding.kind === 'missing') {
    throw new Error(shellTexts(language)('startup.nativeMissing', { path: binding.path }));
  }
  hardenSession();
  // Copies opened in a viewer during an earlier run that did not get to clean up.
  await removeOpenTempDirs(tmpdir());
  // The utility process runs on Electron's own Node, so it loads the same native binding main
  // would have loaded.
  const hostArgs = formatHostArgs({
    dataDir: app.getPath('userData'),
    ...(binding.kind === 'file' ? { nativeBinding: binding.path } : {}),
  });
  const createdCore = createCoreRelay({
    spawn: () =>
      utilityProcess.fork(CORE_HOST_PATH, hostArgs, {
        serviceName: 'Koers core',
        stdio: 'inherit',
      }),
    language: () => language,
    onUnexpectedExit: onHostExit,
  });
  const ready = await createdCore.start();
  if (!ready.ok) throw new Error(ready.error.message);
  core = createdCore;

  const shellOperations = makeShellOperations({
    core: createdCore,
    showOpenDialog: async (defaultPath) => {
      const answer = await dialog.showOpenDialog(focusWindow(), {
        properties: ['openFile'],
        filters: [
          {
            name: shellTexts(language)('dialog.koersFiles'),
            extensions: [KOERS_EXTENSION.slice(1)],
          },
        ],
        ...(defaultPath === undefined ? {} : { defaultPath }),
      });
      return answer.canceled ? null : (answer.filePaths[0] ?? null);
    },
    showSaveDialog: async (defaultPath) => {
      const answer = await dialog.showSaveDialog(focusWindow(), {
        filters: [
          {
            name: shellTexts(language)('dialog.koersFiles'),
            extensions: [KOERS_EXTENSION.slice(1)],
          },
        ],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
        ...(defaultPath === undefined ? {} : { defaultPath }),
      });
      return answer.canceled || !answer.filePath ? null : answer.filePath;
    },
    openExternal: (url) => shell.openExternal(url),
    addRecentDocument: (path) => app.addRecentDocument(path),
    documents: {
      core: createdCore,
      showDocumentsDialog: async () => {
        const answer = await dialog.showOpenDialog(focusWindow(), documentsDialogOptions(language));
        return answer.canceled ? [] : answer.filePaths;
      },
      openPath: (path) => shell.openPath(path),
      tmpDir: tmpdir(),
      onTempDir: (name) => openTempDirs.add(name),
    },
    exports: {
      core: createdCore,
      showSaveDialog: async (options) => {
        const answer = await dialog.showSaveDialog(focusWindow(), options);
        return answer.canceled || !answer.filePath ? null : answer.filePath;
      },
      language: () => language,
    },
  });

  registerIpc({
    ipcMain,
    core: createdCore,
    shellOperations,
    isTrusted,
    options: { language: () => language },
    onAnswered: (name: string, result: Result<unknown>) => {
      if (result.ok && MENU_REFRESHING.has(name)) refreshMenuLogged();
    },
  });

  const stageDropped = makeStageDroppedHandler(createdCore, isTrusted, {
    language: () => language,
  });
  ipcMain.handle(STAGE_DROPPED_CHANNEL, (event, input: unknown) => stageDropped(event, input));

  await refreshMenu();
  createWindow();
  for (const path of pendingPaths.splice(0)) openFromOsLogged(path);
};

const start = (): void => {
  // Sandbox every renderer, including any a future change forgets to configure.
  app.enableSandbox();
  if (process.platform === 'win32') app.setAppUserModelId('nl.koers.app');

  pendingPaths.push(...koersPathsFromArgv(process.argv, process.cwd()));

  // macOS delivers double-clicked files this way, possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFromOsLogged(path);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusWindow();
    for (const path of koersPathsFromArgv(argv, workingDirectory)) openFromOsLogged(path);
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  // Engagement files are checkpointed and optimised on close, so a quit waits for the core's
  // process to close them (DISPOSE_TIMEOUT_MS at most: a hung host must not keep Koers open).
  app.on('before-quit', (event) => {
    if (!core || quitState === 'disposed') return;
    event.preventDefault();
    if (quitState === 'disposing') return;
    quitState = 'disposing';
    const closing = core.dispose().then((outcome) => {
      if (outcome === 'timeout' || outcome === 'failed') {
        console.error(`Koers: de kern sloot de bestanden niet netjes af (${outcome})`);
      }
    });
    Promise.all([closing, removeOpenTempDirs(tmpdir(), openTempDirs)])
      .catch((error: unknown) => console.error('Koers: afsluiten van de bestanden mislukt', error))
      .finally(() => {
        quitState = 'disposed';
        app.quit();
      });
  });

  app.whenReady().then(onReady).catch(fatal);
};

// A second launch hands its argv to the first instance ('second-instance') and exits.
if (app.requestSingleInstanceLock()) start();
else app.quit();
