import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/main/domains/schema.js';
import { cli, listing, removeScratch, scratch } from './run-cli.js';

// One healthy file and one of each kind of damage an archive meets: `koers verify` must name
// each bad file with its own reason, exit 1, and change nothing at all.

let good: string;

/** Deterministic noise, so a failure can be reproduced byte for byte. */
function noise(length: number, seed = 0x2545f491): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const BAD_KINDS: Record<string, { code: string; make(file: string): void }> = {
  'leeg.koers': { code: 'FILE_EMPTY', make: (f) => fs.writeFileSync(f, '') },
  'notities.koers': {
    code: 'NOT_A_KOERS_FILE',
    make: (f) =>
      fs.writeFileSync(
        f,
        'Gespreksnotities wethouder, 12 maart.\nDit is gewoon tekst.\n'.repeat(20),
      ),
  },
  'afgebroken.koers': {
    code: 'FILE_CORRUPT',
    make: (f) => {
      const bytes = fs.readFileSync(good);
      fs.writeFileSync(f, bytes.subarray(0, Math.floor(bytes.length / 2)));
    },
  },
  'beschadigd.koers': {
    code: 'FILE_CORRUPT',
    make: (f) => {
      const bytes = Buffer.from(fs.readFileSync(good));
      const pageSize = bytes.readUInt16BE(16);
      const middle = Math.floor(bytes.length / pageSize / 2);
      expect(middle).toBeGreaterThan(0);
      noise(pageSize).copy(bytes, middle * pageSize);
      fs.writeFileSync(f, bytes);
    },
  },
  'ander-programma.koers': {
    code: 'FILE_OTHER_APPLICATION',
    make: (f) => {
      const db = new BetterSqlite3(f);
      db.exec("CREATE TABLE boek (titel TEXT); INSERT INTO boek VALUES ('Max Havelaar');");
      db.close();
    },
  },
  'nieuwer.koers': {
    code: 'FILE_FROM_NEWER_VERSION',
    make: (f) => {
      fs.copyFileSync(good, f);
      const db = new BetterSqlite3(f);
      db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
      db.pragma('journal_mode = DELETE');
      db.close();
    },
  },
};

beforeAll(async () => {
  const dir = scratch();
  const run = await cli([
    'new',
    path.join(dir, 'goed'),
    '--client',
    'Gemeente Dijkhaven',
    '--title',
    'Visie',
  ]);
  expect(run.code).toBe(0);
  good = run.stdout[0]!;
});
afterAll(removeScratch);

/** A folder with the good file and one of each bad kind; weg.koers is named but never made. */
function makeArchive(): string {
  const dir = scratch();
  fs.copyFileSync(good, path.join(dir, 'goed.koers'));
  for (const [name, kind] of Object.entries(BAD_KINDS)) kind.make(path.join(dir, name));
  return dir;
}

describe('koers verify', () => {
  it('passes a healthy file with exit 0', async () => {
    const run = await cli(['verify', good]);
    expect(run.code).toBe(0);
    expect(run.stdout).toEqual([`OK  ${good} (schema v${SCHEMA_VERSION}, 0 betrokkenen)`]);
  });

  it('gives each bad file its own code and one line, and changes nothing', async () => {
    const dir = makeArchive();
    const before = listing(dir);
    const files = ['goed.koers', ...Object.keys(BAD_KINDS), 'weg.koers'].map((n) =>
      path.join(dir, n),
    );

    const json = await cli(['verify', '--json', ...files]);
    expect(json.code).toBe(1);
    const outcomes = JSON.parse(json.stdout.join('\n')) as {
      path: string;
      ok: boolean;
      code?: string;
    }[];
    expect(outcomes.map((o) => [path.basename(o.path), o.ok ? 'OK' : o.code])).toEqual([
      ['goed.koers', 'OK'],
      ...Object.entries(BAD_KINDS).map(([name, kind]) => [name, kind.code]),
      ['weg.koers', 'FILE_MISSING'],
    ]);

    const text = await cli(['verify', ...files]);
    expect(text.code).toBe(1);
    expect(text.stderr).toEqual([]);
    const [okLine, ...rest] = text.stdout;
    expect(okLine).toBe(`OK  ${files[0]} (schema v${SCHEMA_VERSION}, 0 betrokkenen)`);
    const badLines = rest.slice(0, -1);
    expect(badLines).toHaveLength(files.length - 1);
    badLines.forEach((line, i) => {
      const file = files[i + 1]!;
      expect(line.startsWith(`FOUT ${file}: `), line).toBe(true);
      expect(line).toContain(`"${path.basename(file)}"`);
    });
    expect(badLines[0]).toContain('is leeg (0 bytes)');
    expect(badLines[1]).toContain('is geen Koers-bestand');
    expect(badLines[2]).toContain('is beschadigd of onvolledig');
    expect(badLines[3]).toContain('is beschadigd of onvolledig');
    expect(badLines[4]).toContain('database van een ander programma');
    expect(badLines[5]).toContain(`bestandsversie ${SCHEMA_VERSION + 1}`);
    expect(badLines[6]).toContain('is niet meer te vinden');
    expect(rest.at(-1)).toBe('8 bestanden gecontroleerd, 7 niet in orde.');

    expect(listing(dir)).toEqual(before);
  });

  it('checks every .koers file in a folder, subfolders only with --recursive', async () => {
    const dir = makeArchive();
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.copyFileSync(good, path.join(dir, 'sub', 'kopie.koers'));
    fs.writeFileSync(path.join(dir, 'lees-mij.txt'), 'geen traject');
    const before = listing(dir);

    const flat = await cli(['verify', dir, '--json']);
    const flatNames = (JSON.parse(flat.stdout.join('\n')) as { path: string }[]).map((o) =>
      path.basename(o.path),
    );
    expect(flatNames).toEqual([
      'afgebroken.koers',
      'ander-programma.koers',
      'beschadigd.koers',
      'goed.koers',
      'leeg.koers',
      'nieuwer.koers',
      'notities.koers',
    ]);
    expect(flat.code).toBe(1);

    const deep = await cli(['verify', dir, '--recursive', '--json']);
    const deepNames = (JSON.parse(deep.stdout.join('\n')) as { path: string }[]).map((o) =>
      path.relative(dir, o.path),
    );
    expect(deepNames).toContain(path.join('sub', 'kopie.koers'));

    const healthy = await cli(['verify', path.join(dir, 'sub')]);
    expect(healthy.code).toBe(0);
    expect(healthy.stdout).toEqual([
      `OK  ${path.join(dir, 'sub', 'kopie.koers')} (schema v${SCHEMA_VERSION}, 0 betrokkenen)`,
    ]);
    expect(listing(dir)).toEqual(before);
  });

  it('does not call an empty folder healthy', async () => {
    const dir = scratch();
    const run = await cli(['verify', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toEqual([
      `FOUT ${dir}: in deze map staan geen .koers-bestanden; er is niets gecontroleerd.`,
    ]);
  });

  it('speaks English with KOERS_LANG=en', async () => {
    const dir = makeArchive();
    const run = await cli(['verify', path.join(dir, 'leeg.koers'), good], { KOERS_LANG: 'en' });
    expect(run.stdout[0]).toBe(
      `FAIL ${path.join(dir, 'leeg.koers')}: The file "leeg.koers" is empty (0 bytes). It was probably not copied correctly; fetch it again from its source or the archive.`,
    );
    expect(run.stdout[1]).toBe(`OK  ${good} (schema v${SCHEMA_VERSION}, 0 stakeholders)`);
  });
});
