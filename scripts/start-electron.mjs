#!/usr/bin/env node
// `npm start` after the build: finds Electron's binary, prepares better-sqlite3 for Electron's
// ABI (electron-native.mjs), then runs `electron .`. Looking for the binary first matters:
// without it (offline, or its download blocked) nothing else can work, and requiring the
// electron package would only throw its own English error. Then we say, in Dutch and English,
// that browser mode (`npm run serve`) works without it, and exit with 1.
//
// KOERS_ELECTRON_NO_DOWNLOAD=1 skips the one download attempt (Electron's own install.js).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const MISSING_ELECTRON_MESSAGE = [
  'Koers kan niet starten: de Electron-runtime is niet gevonden en kon niet worden gedownload ' +
    '(geen internet?). Met "npm run serve" start u Koers in de browser.',
  'Koers cannot start: the Electron runtime was not found and could not be downloaded ' +
    '(no internet?). "npm run serve" starts Koers in the browser.',
].join('\n');

/**
 * Where the electron package keeps its binary, the way its index.js looks: path.txt names the
 * executable inside dist/ (or inside ELECTRON_OVERRIDE_DIST_PATH). Never downloads anything.
 */
export function findElectronBinary({ electronDir, env, exists, readFile }) {
  let executable = null;
  try {
    executable = readFile(join(electronDir, 'path.txt')).trim() || null;
  } catch {
    // Not installed yet: path.txt is written when the binary has been unpacked.
  }
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const path = join(override, executable ?? 'electron');
    return exists(path) ? { found: true, path } : { found: false, looked: path };
  }
  if (executable === null) return { found: false, looked: join(electronDir, 'path.txt') };
  const path = join(electronDir, 'dist', executable);
  return exists(path) ? { found: true, path } : { found: false, looked: path };
}

const electronDir = join(root, 'node_modules', 'electron');
const lookUp = () =>
  findElectronBinary({
    electronDir,
    env: process.env,
    exists: existsSync,
    readFile: (file) => readFileSync(file, 'utf8'),
  });

const main = () => {
  let binary = lookUp();
  if (!binary.found && process.env.KOERS_ELECTRON_NO_DOWNLOAD !== '1') {
    const installer = join(electronDir, 'install.js');
    if (existsSync(installer)) {
      console.log('Electron downloaden (eenmalig)… / Downloading Electron (once)…');
      spawnSync(process.execPath, [installer], {
        cwd: electronDir,
        stdio: 'inherit',
        timeout: 10 * 60 * 1000,
      });
      binary = lookUp();
    }
  }
  if (!binary.found) {
    console.error(MISSING_ELECTRON_MESSAGE);
    process.exit(1);
  }

  const native = spawnSync(process.execPath, [join(root, 'scripts', 'electron-native.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (native.status !== 0) process.exit(native.status ?? 1);

  const child = spawn(binary.path, ['.'], { cwd: root, stdio: 'inherit', windowsHide: false });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('close', (code, signal) => {
    if (code === null)
      console.error(`Electron stopte door ${signal} / Electron ended by ${signal}`);
    process.exit(code ?? 1);
  });
};

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
