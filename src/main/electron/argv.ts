import { isAbsolute, resolve } from 'node:path';

export const KOERS_EXTENSION = '.koers';

/**
 * The .koers files named on a command line (a double-click on Windows and Linux starts
 * Koers with the path as an argument; a second launch passes its argv to the first).
 * Flags and the executable itself are skipped; relative paths are resolved against the
 * directory the launch came from.
 */
export const koersPathsFromArgv = (argv: readonly string[], workingDirectory: string): string[] =>
  argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(KOERS_EXTENSION))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(workingDirectory, arg)));

/** The path a save dialog returned, with .koers added when the user typed a bare name. */
export const withKoersExtension = (path: string): string =>
  path.toLowerCase().endsWith(KOERS_EXTENSION) ? path : `${path}${KOERS_EXTENSION}`;
