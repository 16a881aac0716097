import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// electron-builder.yml is only read when packaging, which CI does not do; this test makes a
// typo or a lost setting show up anyway, with electron-builder's own schema.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load: (text: string) => unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
};
// The glob matcher electron-builder itself resolves its `files` patterns with.
const builderRequire = createRequire(require.resolve('app-builder-lib/package.json'));
const minimatchModule = builderRequire('minimatch') as Minimatch | { minimatch: Minimatch };
type Minimatch = (path: string, pattern: string, options?: { dot?: boolean }) => boolean;
const minimatch: Minimatch =
  typeof minimatchModule === 'function' ? minimatchModule : minimatchModule.minimatch;
const { DebugLogger } = require('builder-util') as {
  DebugLogger: new (enabled: boolean) => unknown;
};

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  extraResources: { from: string; to: string }[];
  npmRebuild: boolean;
  fileAssociations: { ext: string; name: string; role: string; mimeType: string }[];
  win: { target: string[] };
  nsis: { oneClick: boolean; perMachine: boolean };
  mac: { target: string[] };
  linux: { target: string[] };
}

const config = yaml.load(
  readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8'),
) as BuilderConfig;

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('ships compiled code and the method, not the sources', () => {
    expect(config.appId).toBe('nl.koers.app');
    expect(config.productName).toBe('Koers');
    expect(config.files).toContain('out/**');
    expect(config.files).toContain('package.json');
    expect(config.files).toContain('!src/**');
    expect(config.files.some((pattern) => /^src\//.test(pattern))).toBe(false);
    expect(config.extraResources).toContainEqual(
      expect.objectContaining({ from: 'resources/method', to: 'method' }),
    );
  });

  it("ships the core's utility-process entry and the bundled preload main points at", () => {
    const shipped = (path: string): boolean => {
      let included = false;
      for (const pattern of config.files) {
        if (pattern.startsWith('!')) {
          if (minimatch(path, pattern.slice(1), { dot: true })) included = false;
        } else if (minimatch(path, pattern, { dot: true })) included = true;
      }
      return included;
    };
    expect(shipped('out/main/electron/core-host.js')).toBe(true);
    expect(shipped('out/main/electron/core-host-loop.js')).toBe(true);
    expect(shipped('out/main/electron/preload.cjs')).toBe(true);
    expect(shipped('out/main/electron/main.test.js')).toBe(false);
    expect(shipped('src/main/electron/core-host.ts')).toBe(false);
  });

  it('keeps native modules outside the asar and rebuilds them for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.asarUnpack.some((pattern) => pattern.includes('better-sqlite3'))).toBe(true);
    expect(config.npmRebuild).toBe(true);
  });

  it('associates .koers files with Koers as their editor', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'koers',
        name: 'Koers-traject',
        role: 'Editor',
        mimeType: 'application/x-koers',
      }),
    ]);
  });

  it('builds NSIS, dmg, AppImage and deb', () => {
    expect(config.win.target).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false });
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });
});
