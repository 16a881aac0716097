#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into native/electron/better_sqlite3.node, for
// `npm start`. node_modules keeps its Node build (tests, CLI, browser mode): the build runs
// on a copy of the package in a temporary folder, and the main process hands the result to
// better-sqlite3 through its `nativeBinding` option (src/main/electron/native-binding.ts).
// Packaged apps do not need this: electron-builder rebuilds the module itself (npmRebuild).
//
// Needs Electron's headers, downloaded once from electronjs.org; offline it stops with one
// clear line and the full node-gyp output in native/electron/build.log.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'native', 'electron');
const target = join(outDir, 'better_sqlite3.node');
const stampFile = join(outDir, 'build.json');
const logFile = join(outDir, 'build.log');

const fail = (message) => {
  console.error(`electron-native: ${message}`);
  process.exit(1);
};

const versionOf = (pkg) => {
  const file = join(root, 'node_modules', pkg, 'package.json');
  if (!existsSync(file)) fail(`${pkg} is niet geïnstalleerd; voer eerst "npm install" uit.`);
  return JSON.parse(readFileSync(file, 'utf8')).version;
};

const wanted = {
  electron: versionOf('electron'),
  betterSqlite3: versionOf('better-sqlite3'),
  platform: process.platform,
  arch: process.arch,
};

const readStamp = () => {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return null;
  }
};

const stamp = readStamp();
if (
  existsSync(target) &&
  stamp !== null &&
  Object.entries(wanted).every(([key, value]) => stamp[key] === value)
) {
  console.log(`electron-native: better-sqlite3 voor Electron ${wanted.electron} staat al klaar.`);
  process.exit(0);
}

let nodeGyp;
try {
  nodeGyp = createRequire(join(root, 'package.json')).resolve('node-gyp/bin/node-gyp.js');
} catch {
  fail('node-gyp ontbreekt in node_modules; voer "npm install" uit.');
}

mkdirSync(outDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'koers-electron-native-'));
const copy = join(work, 'better-sqlite3');
const source = join(root, 'node_modules', 'better-sqlite3');

let failure = null;
try {
  // The Node build in build/ must neither be touched nor mistaken for the new one.
  cpSync(source, copy, {
    recursive: true,
    filter: (path) => {
      const inside = relative(source, path);
      return inside !== 'build' && !inside.startsWith(`build${sep}`);
    },
  });

  // An npm `nodedir` setting points node-gyp at Node's headers, which would silently
  // produce a module for the wrong ABI; Electron's headers must come from --dist-url.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key.toLowerCase() !== 'npm_config_nodedir'),
  );
  console.log(
    `electron-native: better-sqlite3 ${wanted.betterSqlite3} bouwen voor Electron ${wanted.electron}…`,
  );
  const result = spawnSync(
    process.execPath,
    [
      nodeGyp,
      'rebuild',
      '--release',
      `--target=${wanted.electron}`,
      `--arch=${wanted.arch}`,
      '--dist-url=https://electronjs.org/headers',
      '--runtime=electron',
    ],
    { cwd: copy, env, encoding: 'utf8', timeout: 15 * 60 * 1000, maxBuffer: 64 * 1024 * 1024 },
  );
  writeFileSync(logFile, `${result.stdout ?? ''}\n${result.stderr ?? ''}\n${result.error ?? ''}`);

  const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
  if (result.status !== 0 || !existsSync(built)) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
    const offline =
      /network connectivity|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ENETUNREACH|getaddrinfo|fetch failed|download/i;
    const reason = offline.test(output)
      ? 'de Electron-headers konden niet worden gedownload (geen internet?)'
      : 'node-gyp faalde';
    failure =
      `better-sqlite3 kon niet voor Electron ${wanted.electron} worden gebouwd: ${reason}; ` +
      `zie ${relative(root, logFile)}.`;
  } else {
    cpSync(built, target);
    writeFileSync(stampFile, `${JSON.stringify(wanted, null, 2)}\n`);
    console.log(`electron-native: klaar, ${relative(root, target)}.`);
  }
} catch (error) {
  failure = `better-sqlite3 kon niet voor Electron worden gebouwd: ${error instanceof Error ? error.message : error}`;
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failure !== null) fail(failure);
