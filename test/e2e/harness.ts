// End-to-end helpers: the real server over a real core, driven by Debian's Chromium through
// playwright-core. Every spec gets its own data folder, workspace and browser profile.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { createCore } from '../../src/main/core/create-core.js';
import type { Core } from '../../src/main/core/core-types.js';
import { createKoersServer, type KoersServer } from '../../src/main/server/create-server.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const SKIP_NOTICE = 'Chromium ontbreekt: end-to-end-tests overgeslagen';

const STATIC_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const browserAvailable = (): boolean => existsSync(CHROMIUM_PATH);

export interface KoersSession {
  page: Page;
  context: BrowserContext;
  core: Core;
  server: KoersServer;
  dataDir: string;
  workspaceDir: string;
  /** Uncaught exceptions in the page; a healthy run leaves this empty. */
  pageErrors: string[];
  /** console.error output, CSP violations included. */
  consoleErrors: string[];
  /** Requests to anywhere but our own server: refused, and listed so a spec can assert none. */
  blockedRequests: string[];
  close(): Promise<void>;
}

export interface StartOptions {
  /** Runs against the core before the browser opens (e.g. create the demo engagement). */
  prepare?: (core: Core) => Promise<void>;
}

export async function startKoers(options: StartOptions = {}): Promise<KoersSession> {
  if (!existsSync(path.join(STATIC_DIR, 'index.html'))) {
    throw new Error(
      `De gebouwde renderer ontbreekt in ${STATIC_DIR}: draai eerst "npm run build".`,
    );
  }
  const root = mkdtempSync(path.join(os.tmpdir(), 'koers-e2e-'));
  const dataDir = path.join(root, 'data');
  const workspaceDir = path.join(root, 'werkmap');
  const profileDir = path.join(root, 'chromium-profile');
  const xdgDir = path.join(root, 'xdg');
  for (const dir of [dataDir, workspaceDir, profileDir, xdgDir])
    mkdirSync(dir, { recursive: true });

  const cleanups: (() => Promise<void>)[] = [
    async () => rmSync(root, { recursive: true, force: true }),
  ];
  const close = async (): Promise<void> => {
    // Newest first; keep going when one step fails so the temp folder always goes.
    const errors: unknown[] = [];
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        errors.push(error);
      }
    }
    cleanups.length = 0;
    if (errors.length > 0) throw errors[0];
  };

  try {
    const core = await createCore({ dataDir, workspaceDir, shell: 'browser' });
    cleanups.push(() => core.dispose());
    if (options.prepare) await options.prepare(core);

    const server = await createKoersServer({ core, staticDir: STATIC_DIR, port: 0 });
    cleanups.push(() => server.close());

    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: { width: 1280, height: 800 },
      locale: 'nl-NL',
      args: CHROMIUM_ARGS,
      // Chromium writes its own settings under XDG_CONFIG_HOME; keep them out of the user's home.
      env: { ...process.env, XDG_CONFIG_HOME: xdgDir, XDG_CACHE_HOME: path.join(xdgDir, 'cache') },
    });
    cleanups.push(() => context.close());

    // The app promises never to touch the network: hold it to that in every test.
    const blockedRequests: string[] = [];
    await context.route(
      (url) => url.origin !== server.origin,
      (route) => {
        blockedRequests.push(route.request().url());
        return route.abort('blockedbyclient');
      },
    );

    const page = context.pages()[0] ?? (await context.newPage());
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(server.url);

    return {
      page,
      context,
      core,
      server,
      dataDir,
      workspaceDir,
      pageErrors,
      consoleErrors,
      blockedRequests,
      close,
    };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}

/** A core answer's value, or the core's message as an error: for setting up a test. */
export async function must<T>(
  answer: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/**
 * A clean start for one test in a session that several tests share, so that a test which
 * failed halfway (the UI left in English, engagements left open) cannot make the next one
 * fail: the UI language back to Dutch and every open engagement closed. The test then loads
 * its page with goFresh. The browser and the server stay; that keeps a test cheap.
 */
export async function resetSession(koers: KoersSession): Promise<void> {
  await must(koers.core.call('preferences:update', { language: 'nl' }));
  for (const open of await must(koers.core.call('engagement:listOpen', {})))
    await must(koers.core.call('engagement:close', { engagementId: open.engagementId }));
}

/**
 * Loads the page anew at `hash`: a hash change alone would keep the page's state, such as a
 * dialog a failed test left open, or the cache of an engagement closed behind its back.
 */
export async function goFresh(koers: KoersSession, hash: string): Promise<void> {
  await koers.page.goto('about:blank');
  await koers.page.goto(`${koers.server.origin}/${hash}`);
}

export type E2eMode = 'run' | 'skip' | 'fail';

export const e2eMode = (available: boolean, ci: string | undefined): E2eMode =>
  available ? 'run' : ci === 'true' ? 'fail' : 'skip';

/**
 * The one rule for every e2e spec: without Chromium, outside CI, say so in one line and skip;
 * in CI (CI=true) a missing browser is a failure, never a silent skip.
 */
export function e2eDescribe(name: string, fn: () => void): void {
  const mode = e2eMode(browserAvailable(), process.env.CI);
  if (mode === 'run') {
    describe(name, fn);
  } else if (mode === 'fail') {
    describe(name, () => {
      it('heeft Chromium nodig', () => {
        throw new Error(
          `${CHROMIUM_PATH} ontbreekt; in CI is Chromium verplicht (apt-get install chromium).`,
        );
      });
    });
  } else {
    printSkipNoticeOnce();
    describe.skipIf(true)(`${name} (${SKIP_NOTICE})`, fn);
  }
}

/**
 * Each spec file runs in its own worker, so "once" needs a mark shared between workers: a
 * file named after the vitest main process (the workers' parent). A mark older than a test
 * run can last belongs to an earlier process that had the same id.
 */
function printSkipNoticeOnce(): void {
  const marks = path.join(os.tmpdir(), 'koers-e2e-skip-notice');
  const mark = path.join(marks, String(process.ppid));
  try {
    mkdirSync(marks, { recursive: true });
    if (existsSync(mark) && Date.now() - statSync(mark).mtimeMs > 30 * 60_000)
      rmSync(mark, { force: true });
    writeFileSync(mark, '', { flag: 'wx' });
  } catch {
    return; // another spec of this run printed it already
  }
  console.warn(SKIP_NOTICE);
}
