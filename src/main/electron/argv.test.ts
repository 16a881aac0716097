import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { koersPathsFromArgv, withKoersExtension } from './argv.js';
import { chooseNativeBinding } from './native-binding.js';

describe('koersPathsFromArgv', () => {
  it('finds .koers files and resolves relative ones', () => {
    const cwd = resolve('/home/consultant');
    const argv = [
      '/opt/Koers/koers',
      '--no-sandbox',
      '.',
      'Traject.KOERS',
      resolve('/data/b.koers'),
      'notes.txt',
    ];
    expect(koersPathsFromArgv(argv, cwd)).toEqual([
      join(cwd, 'Traject.KOERS'),
      resolve('/data/b.koers'),
    ]);
  });

  it('never takes the executable or a flag for a file', () => {
    expect(koersPathsFromArgv(['/tmp/evil.koers', '--x=a.koers'], '/')).toEqual([]);
  });
});

describe('withKoersExtension', () => {
  it('adds .koers only when missing', () => {
    expect(withKoersExtension('/a/b')).toBe('/a/b.koers');
    expect(withKoersExtension('/a/b.Koers')).toBe('/a/b.Koers');
  });
});

describe('chooseNativeBinding', () => {
  it('lets a packaged app load its rebuilt module the usual way', () => {
    expect(chooseNativeBinding({ isPackaged: true, appPath: '/x', exists: () => false })).toEqual({
      kind: 'default',
    });
  });

  it('uses the Electron build kept apart during development', () => {
    const path = join('/repo', 'native', 'electron', 'better_sqlite3.node');
    expect(
      chooseNativeBinding({ isPackaged: false, appPath: '/repo', exists: (p) => p === path }),
    ).toEqual({
      kind: 'file',
      path,
    });
    expect(
      chooseNativeBinding({ isPackaged: false, appPath: '/repo', exists: () => false }),
    ).toEqual({
      kind: 'missing',
      path,
    });
  });
});
