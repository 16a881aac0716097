// Types for the tests of start-electron.mjs.
export declare const MISSING_ELECTRON_MESSAGE: string;
export declare function findElectronBinary(input: {
  electronDir: string;
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
  readFile: (path: string) => string;
}): { found: true; path: string } | { found: false; looked: string };
