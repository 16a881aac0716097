import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract.js';
import { MENU_CHANNEL } from '../../shared/menu-actions.js';
import { shellContract } from '../../shared/shell-contract.js';
import {
  buildFilesApi,
  buildKoersApi,
  buildMenuApi,
  STAGE_DROPPED_CHANNEL,
  type PreloadIpc,
} from './preload-api.js';

const contractNames = [...Object.keys(contract), ...Object.keys(shellContract)];

/** An ipcRenderer stand-in that records what the preload sends and lets a test emit. */
const standInIpc = () => {
  const invoked: unknown[][] = [];
  const listeners = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>();
  const ipc: PreloadIpc & { emit(channel: string, ...args: unknown[]): void } = {
    invoke: async (...args: unknown[]) => {
      invoked.push(args);
      return { ok: true, value: null };
    },
    on: (channel, listener) =>
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
    removeListener: (channel, listener) =>
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((fn) => fn !== listener),
      ),
    emit: (channel, ...args) => {
      for (const fn of listeners.get(channel) ?? []) fn({ sender: ipc }, ...args);
    },
  };
  return { ipc, invoked };
};

describe('the API the preload builds', () => {
  it('has one function per operation of the contract and the shell contract, and no more', () => {
    const api = buildKoersApi(standInIpc().ipc);
    expect(Object.keys(api)).toEqual(contractNames);
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api)).not.toContain(STAGE_DROPPED_CHANNEL);
  });

  it('sends an operation on its own channel with only its input', async () => {
    const { ipc, invoked } = standInIpc();
    const api = buildKoersApi(ipc);
    await api['stakeholder:create']?.({ name: 'Wethouder' });
    expect(invoked).toEqual([['stakeholder:create', { name: 'Wethouder' }]]);
  });

  it('hands menu actions on without the IPC event, and unsubscribes', () => {
    const { ipc } = standInIpc();
    const seen: unknown[][] = [];
    const off = buildMenuApi(ipc).onAction((...args: unknown[]) => seen.push(args));
    ipc.emit(MENU_CHANNEL, 'open');
    ipc.emit(MENU_CHANNEL, { not: 'a string' });
    off();
    ipc.emit(MENU_CHANNEL, 'close');
    expect(seen).toEqual([['open']]);
  });

  it("looks up a dropped file's path itself and sends only that, '' when there is none", async () => {
    const { ipc, invoked } = standInIpc();
    const files = buildFilesApi(ipc, (file) => {
      if ((file as { name?: string }).name !== 'notulen.pdf') throw new TypeError('geen File');
      return '/home/a/notulen.pdf';
    });
    await files.stage({ name: 'notulen.pdf' } as File);
    await files.stage({} as File);
    expect(invoked).toEqual([
      [STAGE_DROPPED_CHANNEL, '/home/a/notulen.pdf'],
      [STAGE_DROPPED_CHANNEL, ''],
    ]);
  });
});

// The bundle Electron actually loads: built as `npm run build:preload` does, then run in a bare
// context whose `require` knows only 'electron', as in a sandboxed renderer.
describe('the bundled preload', () => {
  let outDir: string;
  let bundle: string;
  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'koers-preload-'));
    await build({
      configFile: fileURLToPath(new URL('../../../vite.preload.config.ts', import.meta.url)),
      logLevel: 'silent',
      build: { outDir },
    });
    bundle = readFileSync(join(outDir, 'preload.cjs'), 'utf8');
  }, 60_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  const run = () => {
    const { ipc, invoked } = standInIpc();
    const exposed = new Map<string, unknown>();
    const required: string[] = [];
    const electron = {
      contextBridge: {
        exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value),
      },
      ipcRenderer: ipc,
      webUtils: { getPathForFile: () => '/tmp/x.pdf' },
    };
    const module = { exports: {} };
    runInNewContext(bundle, {
      require: (id: string) => {
        required.push(id);
        if (id !== 'electron') throw new Error(`require(${id}) in een sandbox-preload`);
        return electron;
      },
      module,
      exports: module.exports,
    });
    return { exposed, invoked, required, ipc };
  };

  it('requires nothing but electron', () => {
    expect(run().required).toEqual(['electron']);
  });

  it("exposes exactly the contract's operations, the menu and file staging, never ipcRenderer", async () => {
    const { exposed, invoked, ipc } = run();
    expect([...exposed.keys()]).toEqual(['koers', 'koersMenu', 'koersFiles']);
    const koers = exposed.get('koers') as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.keys(koers)).toEqual(contractNames);
    await koers['app:info']?.({});
    expect(invoked).toEqual([['app:info', {}]]);
    expect(Object.keys(exposed.get('koersMenu') as object)).toEqual(['onAction']);
    expect(Object.keys(exposed.get('koersFiles') as object)).toEqual(['stage']);
    for (const value of exposed.values()) {
      expect(value).not.toBe(ipc);
      expect(Object.values(value as object)).not.toContain(ipc);
    }
  });
});
