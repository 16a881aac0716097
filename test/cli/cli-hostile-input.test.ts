import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, removeScratch, scratch } from './run-cli.js';
import { printable } from '../../src/main/cli/printable.js';

// Hostile input on the command line: names with control characters, a reader that goes away,
// a folder with a link pointing at itself, a date written the Dutch way.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const launcher = path.join(root, 'bin', 'koers.js');
const built = fs.existsSync(path.join(root, 'out', 'main', 'cli', 'main.js'));
if (!built)
  console.warn(
    'cli-hostile-input.test: out/main/cli/main.js ontbreekt (eerst npm run build:node); de EPIPE-test wordt overgeslagen.',
  );

afterAll(removeScratch);

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

async function newFile(file: string, title = 'Visie'): Promise<string> {
  const run = await cli(['new', file, '--client', 'Gemeente X', '--title', title]);
  expect(run.stderr).toEqual([]);
  expect(run.code).toBe(0);
  return run.stdout[0]!;
}

describe('printable', () => {
  it('writes control characters as visible escapes and leaves other text alone', () => {
    expect(printable('a\nb\rc\td')).toBe('a\\nb\\rc\\td');
    expect(printable('\u001b[31mrood\u0000')).toBe('\\x1b[31mrood\\x00');
    expect(printable('abc\u202etxt.exe')).toBe('abc\\u{202e}txt.exe');
    expect(printable('Café Ĳsselmonde C:\\map')).toBe('Café Ĳsselmonde C:\\map');
  });
});

describe('names with control characters', () => {
  it('never echoes a newline or ESC from a file name or from the file', async () => {
    const dir = scratch();
    const name = 'fout\nOK  nep\u001b[2J';
    const refused = await cli(['new', path.join(dir, name), '--client', 'X', '--title', 'Y']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toEqual([
      'De bestandsnaam "fout\\nOK  nep\\x1b[2J" kan niet: gebruik letters, cijfers, spaties, streepjes of punten, zonder mapnamen.',
    ]);
    // Such a name still reaches us from outside (a mail attachment, an archive).
    fs.renameSync(
      await newFile(path.join(dir, 'goed'), 'Visie\nOK  nep'),
      path.join(dir, `${name}.koers`),
    );

    const info = await cli(['info', path.join(dir, `${name}.koers`)]);
    expect(info.code).toBe(0);
    expect(info.stdout.some((l) => CONTROL.test(l))).toBe(false);
    expect(info.stdout.join('\n')).toMatch(/Traject:\s+Visie\\nOK {2}nep$/m);

    // An empty file with a newline in its name: the error line names it, escaped, on one line.
    fs.writeFileSync(path.join(dir, 'leeg\r\n.koers'), '');
    const verify = await cli(['verify', dir]);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toHaveLength(3);
    expect(verify.stdout.some((l) => CONTROL.test(l))).toBe(false);
    expect(verify.stdout[0]).toMatch(/^OK {2}.*fout\\nOK {2}nep\\x1b\[2J\.koers \(schema v/);
    expect(verify.stdout[1]).toMatch(/^FOUT .*leeg\\r\\n\.koers: Het bestand "leeg\\r\\n\.koers"/);
    expect(verify.stdout[2]).toBe('2 bestanden gecontroleerd, 1 niet in orde.');

    const missing = await cli(['info', path.join(dir, 'weg\n.koers')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toHaveLength(1);
    expect(missing.stderr[0]).toContain('weg\\n.koers');

    const unknown = await cli(['zoek\nOK']);
    expect(unknown.stderr[0]).toBe('Onbekende opdracht "zoek\\nOK".');
  });
});

describe('verify with a link loop', () => {
  it('reports every file and the loop as an error item, in text and in JSON', async () => {
    const dir = scratch();
    await newFile(path.join(dir, 'a'));
    await newFile(path.join(dir, 'c'));
    fs.symlinkSync('lus.koers', path.join(dir, 'lus.koers'));

    const text = await cli(['verify', dir]);
    expect(text.code).toBe(1);
    expect(text.stdout).toHaveLength(4);
    expect(text.stdout[0]).toMatch(/^OK {2}.*a\.koers/);
    expect(text.stdout[1]).toMatch(/^OK {2}.*c\.koers/);
    expect(text.stdout[2]).toMatch(
      /^FOUT .*lus\.koers: dit is een snelkoppeling die .*naar zichzelf/,
    );
    expect(text.stdout[3]).toBe('3 bestanden gecontroleerd, 1 niet in orde.');

    const json = await cli(['verify', dir, '--json']);
    expect(json.code).toBe(1);
    const outcomes = JSON.parse(json.stdout.join('\n')) as Record<string, unknown>[];
    expect(outcomes.map((o) => [path.basename(String(o['path'])), o['ok'], o['code']])).toEqual([
      ['a.koers', true, undefined],
      ['c.koers', true, undefined],
      ['lus.koers', false, 'UNREADABLE_ENTRY'],
    ]);
  });
});

describe('dates', () => {
  it.each([['15-01-2026'], ['2026-02-30']])(
    'refuses --start %s and shows the format',
    async (value) => {
      const dir = scratch();
      const run = await cli([
        'new',
        path.join(dir, 'x'),
        '--client',
        'X',
        '--title',
        'Y',
        '--start',
        value,
      ]);
      expect(run.code).toBe(1);
      expect(run.stderr[1]).toBe(
        'Geef bij --start een bestaande datum als JJJJ-MM-DD, bijvoorbeeld 2026-01-15.',
      );
      expect(fs.readdirSync(dir)).toEqual([]);
      const en = await cli([
        'new',
        path.join(dir, 'x'),
        '--client',
        'X',
        '--title',
        'Y',
        '--start',
        value,
        '--lang',
        'en',
      ]);
      expect(en.stderr[1]).toBe(
        'Give --start an existing date as YYYY-MM-DD, for example 2026-01-15.',
      );
    },
  );
});

describe('a reader that goes away (EPIPE)', () => {
  it.skipIf(!built)('ends quietly with exit code 0 and nothing on stderr', async () => {
    const dir = scratch();
    const file = await newFile(path.join(dir, 'traject'));
    const child = spawn(process.execPath, [launcher, 'info', file], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, KOERS_LANG: 'nl' },
    });
    // Close our end before the CLI writes its first line: every write meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
