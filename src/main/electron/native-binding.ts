import { join } from 'node:path';

// better-sqlite3 is a native module, built for one ABI at a time. node_modules keeps the Node
// build (tests, CLI, browser mode); `npm start` needs one for Electron's ABI, which
// scripts/electron-native.mjs builds into native/electron/ without touching node_modules.
// A packaged app has had its own copy rebuilt by electron-builder (npmRebuild), so better-sqlite3
// finds it the usual way.

export const ELECTRON_NATIVE_DIR = join('native', 'electron');
export const ELECTRON_NATIVE_FILE = 'better_sqlite3.node';

export type NativeBindingChoice =
  { kind: 'default' } | { kind: 'file'; path: string } | { kind: 'missing'; path: string };

export const chooseNativeBinding = (input: {
  isPackaged: boolean;
  appPath: string;
  exists: (path: string) => boolean;
}): NativeBindingChoice => {
  if (input.isPackaged) return { kind: 'default' };
  const path = join(input.appPath, ELECTRON_NATIVE_DIR, ELECTRON_NATIVE_FILE);
  return input.exists(path) ? { kind: 'file', path } : { kind: 'missing', path };
};
