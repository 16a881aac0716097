// `npm run serve` as a user starts it: the built entry in a child process, with its own home
// and data folder. `npm test` builds before vitest runs.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const ENTRY = fileURLToPath(new URL('../../../out/main/server/serve.js', import.meta.url));
let tmp: string | undefined;

afterEach(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  tmp = undefined;
});

describe('npm run serve', () => {
  it('prints one Dutch line with the link, serves the app and closes every file on SIGTERM', async () => {
    expect(existsSync(ENTRY), `${ENTRY} ontbreekt: draai eerst "npm run build"`).toBe(true);
    tmp = mkdtempSync(path.join(os.tmpdir(), 'koers-serve-'));
    const home = path.join(tmp, 'home');
    const child = spawn(process.execPath, [ENTRY], {
      env: { ...process.env, HOME: home, KOERS_DATA_DIR: path.join(tmp, 'data') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => resolve(code)),
    );

    try {
      await expect.poll(() => stdout, { timeout: 20_000 }).toMatch(/\n$/);
      expect(stdout.trim().split('\n')).toHaveLength(1);
      const line = stdout.trim();
      expect(line).toMatch(/^Koers draait\. Open deze link in uw browser/);
      const url = new URL(
        /http:\/\/127\.0\.0\.1:\d+\/\?k=[\w-]{43}/.exec(line)?.[0] ?? 'http://invalid',
      );

      const start = await fetch(url, { redirect: 'manual' });
      expect(start.status).toBe(303);
      const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const created = await fetch(new URL('/api/engagement:create', url), {
        method: 'POST',
        headers: { Cookie: cookie, 'Content-Type': 'application/json', 'X-Koers-Request': '1' },
        body: JSON.stringify({
          fields: { clientName: 'Gemeente Testdorp', title: 'Datagedreven werken' },
        }),
      });
      expect(await created.json()).toMatchObject({ ok: true });
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited, stderr).toBe(0);

    // The default workspace under the (temporary) home holds one self-contained file.
    const workspace = path.join(home, 'Documents', 'Koers');
    const files = readdirSync(workspace);
    expect(files.filter((f) => f.endsWith('.koers'))).toHaveLength(1);
    expect(files.filter((f) => /-(wal|shm|journal)$/.test(f))).toEqual([]);
  });
});
