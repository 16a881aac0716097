import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { userDataDir } from './user-data-dir.js';

describe('userDataDir', () => {
  it('follows XDG_CONFIG_HOME on Linux', () => {
    expect(
      userDataDir({
        platform: 'linux',
        homeDir: '/home/anna',
        env: { XDG_CONFIG_HOME: '/srv/cfg' },
      }),
    ).toBe('/srv/cfg/Koers');
  });

  it('falls back to ~/.config on Linux, also when XDG_CONFIG_HOME is relative', () => {
    expect(userDataDir({ platform: 'linux', homeDir: '/home/anna', env: {} })).toBe(
      '/home/anna/.config/Koers',
    );
    expect(
      userDataDir({ platform: 'linux', homeDir: '/home/anna', env: { XDG_CONFIG_HOME: 'cfg' } }),
    ).toBe('/home/anna/.config/Koers');
  });

  it('uses %APPDATA% on Windows', () => {
    expect(
      userDataDir({
        platform: 'win32',
        homeDir: 'C:\\Users\\anna',
        env: { APPDATA: 'C:\\Users\\anna\\AppData\\Roaming' },
      }),
    ).toBe('C:\\Users\\anna\\AppData\\Roaming\\Koers');
    expect(userDataDir({ platform: 'win32', homeDir: 'C:\\Users\\anna', env: {} })).toBe(
      'C:\\Users\\anna\\AppData\\Roaming\\Koers',
    );
  });

  it('uses Application Support on macOS', () => {
    expect(userDataDir({ platform: 'darwin', homeDir: '/Users/anna', env: {} })).toBe(
      '/Users/anna/Library/Application Support/Koers',
    );
  });

  it('lets KOERS_DATA_DIR win on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      expect(
        userDataDir({ platform, homeDir: '/home/anna', env: { KOERS_DATA_DIR: '/data/koers' } }),
      ).toBe(path.resolve('/data/koers'));
    }
  });
});
