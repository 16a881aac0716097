import type { BrowserWindowConstructorOptions } from 'electron';

// The window's security settings in one pure function, so a test can prove none of them
// regresses. Electron's defaults are already safe for most of these; spelling them out means
// a reader (and electronegativity) sees the decision.

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;
/** Below this the overview's four steps no longer fit side by side with the navigation. */
export const MINIMUM_WINDOW_SIZE = { width: 960, height: 600 } as const;

export const WINDOW_TITLE = 'Koers – werkbank datagedreven werken';

export interface WindowOptionsInput {
  /** Absolute path of the compiled preload (preload.cjs). */
  preloadPath: string;
  /** Developer tools only for a development build, never in a packaged app. */
  allowDevTools: boolean;
}

export const createWindowOptions = ({
  preloadPath,
  allowDevTools,
}: WindowOptionsInput): BrowserWindowConstructorOptions => ({
  width: DEFAULT_WINDOW_SIZE.width,
  height: DEFAULT_WINDOW_SIZE.height,
  minWidth: MINIMUM_WINDOW_SIZE.width,
  minHeight: MINIMUM_WINDOW_SIZE.height,
  title: WINDOW_TITLE,
  // Shown on 'ready-to-show', so the user never sees an empty white frame.
  show: false,
  backgroundColor: '#ffffff',
  webPreferences: {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    webviewTag: false,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Middle-click would open links in a new window through a path the open handler does
    // not see in older Chromium versions; the app has no use for it.
    disableBlinkFeatures: 'Auxclick',
    spellcheck: true,
    devTools: allowDevTools,
  },
});
