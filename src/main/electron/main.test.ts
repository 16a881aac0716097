import type { EventEmitter as Emitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { contract } from '../../shared/contract.js';
import { shellContract } from '../../shared/shell-contract.js';
import { parseHostOptions } from './core-host-loop.js';

// main.ts wired to a stand-in for Electron (the real binary cannot run here) and a fake core:
// proves the lifecycle, IPC registration and security hooks are connected, not just written.
type Listener = (...args: never[]) => unknown;
const fake = vi.hoisted(() => {
  const state = {
    log: [] as string[],
    appListeners: new Map<string, Listener[]>(),
    handlers: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
    windows: [] as { options: Record<string, unknown> }[],
    contents: [] as { listeners: Map<string, Listener[]>; openHandler?: Listener }[],
    menus: [] as unknown[],
    session: {} as Record<string, Listener>,
    coreCalls: [] as string[],
    forks: [] as {
      modulePath: string;
      args: string[];
      child: Emitter;
    }[],
    messageBoxes: [] as { title?: string; detail?: string }[],
    quit: () => undefined as void,
  };
  return state;
});

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  const { serveCore } = await import('./core-host-loop.js');
  // The core the host process would build; the real message loop serves it.
  const fakeCore = {
    dataDir: '/tmp/koers-user-data',
    call: async (name: string) => {
      fake.coreCalls.push(name);
      if (name === 'preferences:get')
        return { ok: true, value: { language: 'nl', workspaceDir: '/w' } };
      if (name === 'recent:list') return { ok: true, value: [] };
      return { ok: true, value: { name } };
    },
    callByName: async (name: string) => {
      fake.coreCalls.push(name);
      if (name === 'preferences:get')
        return { ok: true, value: { language: 'nl', workspaceDir: '/w' } };
      if (name === 'recent:list') return { ok: true, value: [] };
      return { ok: true, value: { name } };
    },
    dispose: async () => {
      fake.log.push('dispose');
    },
  };
  /** utilityProcess.fork's stand-in: a child whose messages reach serveCore, asynchronously. */
  const fork = (modulePath: string, args: string[]) => {
    const child = Object.assign(new EventEmitter(), {
      postMessage: (request: unknown) =>
        setImmediate(() => port.emit('message', { data: request })),
      kill: () => {
        fake.log.push('kill');
        setImmediate(() => child.emit('exit', 0));
        return true;
      },
    });
    const port = Object.assign(new EventEmitter(), {
      postMessage: (reply: unknown) => setImmediate(() => child.emit('message', reply)),
    });
    serveCore(port, Promise.resolve(fakeCore as never));
    fake.forks.push({ modulePath, args, child });
    return child;
  };
  const on = (map: Map<string, Listener[]>) => (name: string, fn: Listener) => {
    map.set(name, [...(map.get(name) ?? []), fn]);
  };
  const emitQuit = () => {
    fake.log.push('quit');
    let prevented = false;
    for (const fn of fake.appListeners.get('before-quit') ?? []) {
      (fn as (event: { preventDefault(): void }) => void)({
        preventDefault: () => (prevented = true),
      });
    }
    if (!prevented) fake.log.push('quit-done');
  };
  fake.quit = emitQuit;
  class BrowserWindow {
    static getAllWindows = () => fake.windows;
    webContents = {
      isLoading: () => false,
      once: () => undefined,
      send: (channel: string, message: string) => fake.log.push(`send ${channel} ${message}`),
    };
    constructor(readonly options: Record<string, unknown>) {
      fake.windows.push(this);
      const contents = {
        listeners: new Map<string, Listener[]>(),
        openHandler: undefined as Listener | undefined,
      };
      fake.contents.push(contents);
      for (const fn of fake.appListeners.get('web-contents-created') ?? []) {
        (fn as (e: unknown, c: unknown) => void)(
          {},
          {
            on: on(contents.listeners),
            setWindowOpenHandler: (handler: Listener) => (contents.openHandler = handler),
          },
        );
      }
    }
    once = () => this;
    on = () => this;
    isMinimized = () => false;
    restore = () => undefined;
    focus = () => undefined;
    show = () => undefined;
    loadFile = async (path: string) => fake.log.push(`loadFile ${path}`);
  }
  const app = {
    isPackaged: true,
    enableSandbox: () => fake.log.push('enableSandbox'),
    setAppUserModelId: () => undefined,
    requestSingleInstanceLock: () => true,
    on: on(fake.appListeners),
    whenReady: () => Promise.resolve(),
    getPath: () => '/tmp/koers-user-data',
    getAppPath: () => '/app',
    addRecentDocument: (path: string) => fake.log.push(`recent ${path}`),
    quit: emitQuit,
    exit: (code: number) => fake.log.push(`exit ${code}`),
  };
  const webRequest = {
    onBeforeRequest: (fn: Listener) => (fake.session.onBeforeRequest = fn),
    onHeadersReceived: (fn: Listener) => (fake.session.onHeadersReceived = fn),
  };
  return {
    app,
    BrowserWindow,
    dialog: {
      showErrorBox: (title: string) => fake.log.push(`errorBox ${title}`),
      showMessageBox: async (...args: unknown[]) => {
        fake.messageBoxes.push(args.at(-1) as { title?: string; detail?: string });
        return { response: 0 };
      },
    },
    utilityProcess: { fork },
    ipcMain: { handle: (channel: string, fn: never) => fake.handlers.set(channel, fn) },
    Menu: {
      buildFromTemplate: (t: unknown) => t,
      setApplicationMenu: (m: unknown) => fake.menus.push(m),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Listener) => (fake.session.request = fn),
        setPermissionCheckHandler: (fn: Listener) => (fake.session.check = fn),
        setDevicePermissionHandler: (fn: Listener) => (fake.session.device = fn),
        webRequest,
      },
    },
    shell: { openExternal: async (url: string) => fake.log.push(`external ${url}`) },
  };
});

await import('./main.js');
await vi.waitFor(() => expect(fake.windows).toHaveLength(1));

const rendererIndex = join(import.meta.dirname, '..', '..', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;
const trusted = { senderFrame: { url: rendererUrl } };

describe('main process wiring', () => {
  it('forks the built core host with the Electron core options for the user-data folder', () => {
    expect(fake.forks).toHaveLength(1);
    expect(fake.forks[0]?.modulePath).toBe(join(import.meta.dirname, 'core-host.js'));
    expect(parseHostOptions(fake.forks[0]?.args ?? [])).toEqual({
      dataDir: '/tmp/koers-user-data',
      shell: 'electron',
    });
    // The first menu was built from the host's answers.
    expect(fake.coreCalls.slice(0, 2).sort()).toEqual(['preferences:get', 'recent:list']);
    expect(fake.log).toContain('enableSandbox');
    expect(fake.log).toContain(`loadFile ${rendererIndex}`);
  });

  it('opens one locked-down window with the compiled preload', () => {
    const prefs = fake.windows[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(prefs.preload).toBe(join(import.meta.dirname, 'preload.cjs'));
  });

  it('registers every operation and checks the sender', async () => {
    // One channel per operation of both contracts, plus the dropped-file channel.
    expect([...fake.handlers.keys()].sort()).toEqual(
      [...Object.keys(contract), ...Object.keys(shellContract), 'files:stageDropped'].sort(),
    );
    expect(await fake.handlers.get('app:info')?.(trusted, {})).toEqual({
      ok: true,
      value: { name: 'app:info' },
    });
    const before = fake.coreCalls.length;
    const refused = await fake.handlers.get('app:info')?.(
      { senderFrame: { url: 'https://evil.example/' } },
      {},
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(fake.coreCalls).toHaveLength(before);
  });

  it('checks the sender and the path on the dropped-file channel', async () => {
    const stage = fake.handlers.get('files:stageDropped');
    expect(
      await stage?.({ senderFrame: { url: 'https://evil.example/' } }, '/etc/hosts'),
    ).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    // What getPathForFile answers for a File the page made itself.
    expect(await stage?.(trusted, '')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('refuses navigation, new windows, webviews and permissions', () => {
    const contents = fake.contents[0];
    const prevented = (event: string, url: string) => {
      let stopped = false;
      for (const fn of contents?.listeners.get(event) ?? []) {
        (fn as (e: unknown) => void)({ url, preventDefault: () => (stopped = true) });
      }
      return stopped;
    };
    expect(prevented('will-navigate', 'https://evil.example/')).toBe(true);
    expect(prevented('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-navigate', `${rendererUrl}#/home`)).toBe(false);
    expect(prevented('will-attach-webview', rendererUrl)).toBe(true);
    expect(contents?.openHandler?.({ url: 'javascript:alert(1)' } as never)).toEqual({
      action: 'deny',
    });
    // The one window it may open: a session's room display, locked down like the first.
    const room = `${rendererUrl}#/e/3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b/sessions/0b7e4c2a-1d3f-4a5b-9c8d-7e6f5a4b3c2d/room`;
    expect(contents?.openHandler?.({ url: room } as never)).toMatchObject({
      action: 'allow',
      overrideBrowserWindowOptions: {
        webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false },
      },
    });
    expect(contents?.openHandler?.({ url: room.replace('/room', '/stage') } as never)).toEqual({
      action: 'deny',
    });
    let granted: boolean | undefined;
    fake.session.request?.(...([null, 'media', (g: boolean) => (granted = g)] as never[]));
    expect(granted).toBe(false);
    expect(fake.session.check?.()).toBe(false);
  });

  it('puts the CSP on every response and blocks the network', () => {
    const answers: unknown[] = [];
    fake.session.onHeadersReceived?.(
      ...([{ responseHeaders: {} }, (r: unknown) => answers.push(r)] as never[]),
    );
    fake.session.onBeforeRequest?.(
      ...([{ url: 'https://example.org/' }, (r: unknown) => answers.push(r)] as never[]),
    );
    expect(JSON.stringify(answers[0])).toContain("script-src 'self'");
    expect(answers[1]).toEqual({ cancel: true });
  });

  it('builds the Dutch menu', () => {
    const menu = fake.menus.at(-1) as { label: string }[];
    expect(menu.map((entry) => entry.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
  });

  it('tells the user when the core process dies, and starts a new one on the next call', async () => {
    fake.forks[0]?.child.emit('exit', 139);
    await vi.waitFor(() => expect(fake.messageBoxes).toHaveLength(1));
    expect(fake.messageBoxes[0]?.title).toBe('Koers is even gestopt');
    expect(await fake.handlers.get('app:info')?.(trusted, {})).toEqual({
      ok: true,
      value: { name: 'app:info' },
    });
    expect(fake.forks).toHaveLength(2);
  });

  it('waits for the core process to close the files before quitting, then ends it', async () => {
    fake.log.length = 0;
    fake.quit();
    await vi.waitFor(() => expect(fake.log).toContain('quit-done'));
    expect(fake.log).toEqual(['quit', 'dispose', 'kill', 'quit', 'quit-done']);
  });
});
