import path from 'node:path';

export interface UserDataDirEnv {
  platform: NodeJS.Platform;
  homeDir: string;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * The per-user folder where Koers keeps its app index, the same place Electron's
 * `app.getPath('userData')` points to for an app named "Koers", so the browser shell and the
 * desktop app share recent files and preferences. `KOERS_DATA_DIR` wins, for tests and for
 * consultants who keep everything on one encrypted drive.
 */
export function userDataDir({ platform, homeDir, env }: UserDataDirEnv, appName = 'Koers'): string {
  const override = env['KOERS_DATA_DIR'];
  if (override) return path.resolve(override);
  if (platform === 'win32') {
    const appData = env['APPDATA'] || path.win32.join(homeDir, 'AppData', 'Roaming');
    return path.win32.join(appData, appName);
  }
  if (platform === 'darwin') {
    return path.posix.join(homeDir, 'Library', 'Application Support', appName);
  }
  // XDG: a relative XDG_CONFIG_HOME is invalid by the spec and must be ignored.
  const xdg = env['XDG_CONFIG_HOME'];
  const configHome = xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(homeDir, '.config');
  return path.posix.join(configHome, appName);
}
