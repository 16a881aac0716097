import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary, MISSING_ELECTRON_MESSAGE } from '../../scripts/start-electron.mjs';

const electronDir = '/repo/node_modules/electron';

const lookUp = (files: Record<string, string>, env: Record<string, string> = {}) =>
  findElectronBinary({
    electronDir,
    env,
    exists: (path) => Object.hasOwn(files, path),
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT ${path}`);
      return text;
    },
  });

describe('finding the Electron binary', () => {
  it('finds the executable path.txt names inside dist/', () => {
    const binary = join(electronDir, 'dist', 'electron');
    expect(lookUp({ [join(electronDir, 'path.txt')]: 'electron', [binary]: '' })).toEqual({
      found: true,
      path: binary,
    });
  });

  it('reports it missing when there is no path.txt, or the file it names is gone', () => {
    expect(lookUp({})).toEqual({ found: false, looked: join(electronDir, 'path.txt') });
    expect(
      lookUp({ [join(electronDir, 'path.txt')]: 'Electron.app/Contents/MacOS/Electron' }),
    ).toEqual({
      found: false,
      looked: join(electronDir, 'dist', 'Electron.app/Contents/MacOS/Electron'),
    });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    const env = { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' };
    expect(lookUp({ '/opt/electron/electron': '' }, env)).toEqual({
      found: true,
      path: '/opt/electron/electron',
    });
    expect(lookUp({}, env)).toEqual({ found: false, looked: '/opt/electron/electron' });
  });
});

describe('npm start without Electron', () => {
  it('says in Dutch, then English, that browser mode works, and exits with 1', () => {
    const script = new URL('../../scripts/start-electron.mjs', import.meta.url);
    const run = spawnSync(process.execPath, [script.pathname], {
      encoding: 'utf8',
      // An empty override folder: the binary is missing, and no download is tried.
      env: {
        ...process.env,
        ELECTRON_OVERRIDE_DIST_PATH: join(import.meta.dirname, 'geen-electron-hier'),
        KOERS_ELECTRON_NO_DOWNLOAD: '1',
      },
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual(MISSING_ELECTRON_MESSAGE.split('\n'));
    expect(lines[0]).toContain('npm run serve');
    expect(lines[0]).toMatch(/^Koers kan niet starten/);
    expect(lines[1]).toMatch(/^Koers cannot start/);
  });
});
