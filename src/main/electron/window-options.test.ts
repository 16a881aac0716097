import { describe, expect, it } from 'vitest';
import { createWindowOptions, DEFAULT_WINDOW_SIZE, MINIMUM_WINDOW_SIZE } from './window-options.js';

describe('createWindowOptions', () => {
  const options = createWindowOptions({
    preloadPath: '/app/out/main/electron/preload.cjs',
    allowDevTools: false,
  });
  const web = options.webPreferences ?? {};

  it('locks the renderer down', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.webSecurity).toBe(true);
    expect(web.webviewTag).toBe(false);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web.enableBlinkFeatures).toBeUndefined();
    expect(web.devTools).toBe(false);
  });

  it('loads the given preload and nothing else', () => {
    expect(web.preload).toBe('/app/out/main/electron/preload.cjs');
  });

  it('opens at 1280×800 with a minimum size and a Dutch title', () => {
    expect(options.width).toBe(1280);
    expect(options.height).toBe(800);
    expect(DEFAULT_WINDOW_SIZE).toEqual({ width: 1280, height: 800 });
    expect(options.minWidth).toBe(MINIMUM_WINDOW_SIZE.width);
    expect(options.minHeight).toBe(MINIMUM_WINDOW_SIZE.height);
    expect(options.minWidth).toBeLessThanOrEqual(1280);
    expect(options.title).toMatch(/^Koers/);
    expect(options.title).toContain('werken');
    expect(options.show).toBe(false);
  });

  it('allows developer tools only when asked', () => {
    const dev = createWindowOptions({ preloadPath: 'p', allowDevTools: true });
    expect(dev.webPreferences?.devTools).toBe(true);
    expect(dev.webPreferences?.sandbox).toBe(true);
  });
});
