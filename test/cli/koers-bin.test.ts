import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, listing, removeScratch, scratch } from './run-cli.js';
import { SCHEMA_VERSION } from '../../src/main/domains/schema.js';

// The launcher as a user meets it: a real process, real exit code, real stdout. It needs the
// compiled CLI in out/, which `npm test` builds before vitest runs.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const launcher = path.join(root, 'bin', 'koers.js');
const built = fs.existsSync(path.join(root, 'out', 'main', 'cli', 'main.js'));
if (!built)
  console.warn(
    'koers-bin.test: out/main/cli/main.js ontbreekt (eerst npm run build:node); de procestest wordt overgeslagen.',
  );

const run = promisify(execFile);

afterAll(removeScratch);

describe('bin/koers.js', () => {
  it.skipIf(!built)('verifies files in a real process with exit codes 0 and 1', async () => {
    const dir = scratch();
    const made = await cli([
      'new',
      path.join(dir, 'goed'),
      '--client',
      'Gemeente X',
      '--title',
      'Visie',
    ]);
    expect(made.code).toBe(0);
    const good = made.stdout[0]!;
    const bad = path.join(dir, 'leeg.koers');
    fs.writeFileSync(bad, '');
    const before = listing(dir);
    const env = { ...process.env, KOERS_LANG: 'nl' };

    const ok = await run(process.execPath, [launcher, 'verify', good], { env });
    expect(ok.stdout).toBe(`OK  ${good} (schema v${SCHEMA_VERSION}, 0 betrokkenen)\n`);

    const failed = await run(process.execPath, [launcher, 'verify', good, bad], { env }).then(
      () => undefined,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout.split('\n')[1]).toMatch(
      /^FOUT .*leeg\.koers: Het bestand "leeg\.koers" is leeg/,
    );
    expect(listing(dir)).toEqual(before);
  });
});
