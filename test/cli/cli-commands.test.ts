import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, listing, removeScratch, scratch } from './run-cli.js';
import { SCHEMA_VERSION } from '../../src/main/domains/schema.js';

afterAll(removeScratch);

async function newFile(dir: string, name = 'traject'): Promise<string> {
  const run = await cli([
    'new',
    path.join(dir, name),
    '--client',
    'Gemeente Dijkhaven',
    '--title',
    'Visie datagedreven werken',
    '--start',
    '2026-01-15',
    '--consultant',
    'Sanne de Vries',
    '--consultant',
    'Joris Ravenstein',
  ]);
  expect(run.stderr).toEqual([]);
  expect(run.code).toBe(0);
  return run.stdout[0]!;
}

describe('koers new and info', () => {
  it('creates a file with .koers added and info shows what is in it', async () => {
    const dir = scratch();
    const created = await newFile(dir);
    expect(created).toBe(path.join(dir, 'traject.koers'));
    expect(fs.readdirSync(dir)).toEqual(['traject.koers']);

    const info = await cli(['info', created]);
    expect(info.code).toBe(0);
    const text = info.stdout.join('\n');
    expect(text).toMatch(
      new RegExp(
        `Bestandsversie:\\s+${SCHEMA_VERSION} \\(deze Koers kent tot en met versie ${SCHEMA_VERSION}\\)`,
      ),
    );
    expect(text).toMatch(/Application id:\s+ok/);
    expect(text).toMatch(/Integriteit:\s+ok/);
    expect(text).toMatch(/Bij openen:\s+geen aanpassing nodig/);
    expect(text).toMatch(/Traject:\s+Visie datagedreven werken/);
    expect(text).toMatch(/Opdrachtgever:\s+Gemeente Dijkhaven/);
    expect(text).toMatch(/Startdatum:\s+2026-01-15/);
    expect(text).toMatch(/Consultants:\s+Sanne de Vries, Joris Ravenstein/);
    expect(text).toMatch(/Betrokkenen:\s+0/);
    expect(text).toMatch(/Checklist:\s+0 van \d+ afgevinkt/);
    expect(text).toMatch(/Thema's:\s+[1-9]\d*/);

    const json = await cli(['info', created, '--json']);
    const report = JSON.parse(json.stdout.join('\n')) as Record<string, unknown>;
    expect(report).toMatchObject({
      ok: true,
      schemaVersion: SCHEMA_VERSION,
      supportedSchemaVersion: SCHEMA_VERSION,
      applicationIdOk: true,
      integrity: 'ok',
      willMigrate: false,
      sizeBytes: fs.statSync(created).size,
      engagement: {
        title: 'Visie datagedreven werken',
        clientName: 'Gemeente Dijkhaven',
        language: 'nl',
      },
      stakeholders: { total: 0, byGroup: {} },
    });
  });

  it('refuses to overwrite an existing file and leaves it as it was', async () => {
    const dir = scratch();
    await newFile(dir);
    const before = listing(dir);
    const again = await cli([
      'new',
      path.join(dir, 'traject.koers'),
      '--client',
      'X',
      '--title',
      'Y',
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr[0]).toContain('Er bestaat al een bestand "traject.koers"');
    expect(listing(dir)).toEqual(before);
  });

  it('passes input through the contract schema and names the option to fix', async () => {
    const dir = scratch();
    const run = await cli([
      'new',
      path.join(dir, 'x'),
      '--client',
      'X',
      '--title',
      'Y',
      '--start',
      'morgen',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([
      'De invoer is niet geldig (fields.startDate). Controleer het veld en probeer het opnieuw.',
      'Geef bij --start een bestaande datum als JJJJ-MM-DD, bijvoorbeeld 2026-01-15.',
    ]);
    const lang = await cli([
      'new',
      path.join(dir, 'x'),
      '--client',
      'X',
      '--title',
      'Y',
      '--language',
      'fr',
    ]);
    expect(lang.code).toBe(1);
    expect(lang.stderr[1]).toBe('Controleer de waarde van --language.');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('makes an English engagement and speaks English with --lang en', async () => {
    const dir = scratch();
    const run = await cli([
      'new',
      path.join(dir, 'en'),
      '--client',
      'X',
      '--title',
      'Y',
      '--language',
      'en',
      '--lang',
      'en',
    ]);
    expect(run.code).toBe(0);
    const info = await cli(['info', run.stdout[0]!], { KOERS_LANG: 'en' });
    expect(info.stdout.join('\n')).toMatch(/Language:\s+en/);
    const clash = await cli([
      'new',
      path.join(dir, 'en'),
      '--client',
      'X',
      '--title',
      'Y',
      '--lang',
      'en',
    ]);
    expect(clash.stderr[0]).toBe('A file named "en.koers" already exists. Choose another name.');
  });

  it('does not invent folders for a new file', async () => {
    const dir = scratch();
    const run = await cli(['new', path.join(dir, 'nope', 'x'), '--client', 'X', '--title', 'Y']);
    expect(run.code).toBe(1);
    expect(run.stderr[0]).toContain('bestaat niet');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('keeps the desktop recent list out of it unless KOERS_DATA_DIR says otherwise', async () => {
    const dir = scratch();
    const dataDir = scratch();
    const run = await cli(['new', path.join(dir, 'x'), '--client', 'X', '--title', 'Y'], {
      KOERS_DATA_DIR: dataDir,
    });
    expect(run.code).toBe(0);
    const index = JSON.parse(fs.readFileSync(path.join(dataDir, 'koers-index.json'), 'utf8')) as {
      recent: { path: string }[];
    };
    expect(index.recent.map((r) => r.path)).toEqual([path.join(dir, 'x.koers')]);
  });
});

describe('koers demo', () => {
  it('makes the demo engagement with 15+ stakeholders across the groups', async () => {
    const dir = scratch();
    const run = await cli(['demo', dir]);
    expect(run.code).toBe(0);
    expect(path.dirname(run.stdout[0]!)).toBe(dir);
    const info = await cli(['info', run.stdout[0]!, '--json']);
    const report = JSON.parse(info.stdout.join('\n')) as {
      stakeholders: { total: number; byGroup: Record<string, number> };
      checklist: { done: number; total: number };
      analysis: { documents: number; passages: number; interviews: number; findings: number };
    };
    expect(report.stakeholders.total).toBeGreaterThanOrEqual(15);
    expect(report.analysis.documents).toBeGreaterThanOrEqual(4);
    expect(report.analysis.interviews).toBeGreaterThanOrEqual(8);
    expect(report.analysis.findings).toBeGreaterThanOrEqual(60);
    const text = (await cli(['info', run.stdout[0]!])).stdout.join('\n');
    expect(text).toMatch(/Interviews:\s+\d+/);
    expect(text).toMatch(/Bevindingen:\s+\d+/);
    expect(Object.keys(report.stakeholders.byGroup).length).toBeGreaterThanOrEqual(5);
    expect(report.checklist.done).toBeGreaterThan(0);
    // A second demo in the same folder gets its own name instead of failing.
    const second = await cli(['demo', dir]);
    expect(second.code).toBe(0);
    expect(second.stdout[0]).not.toBe(run.stdout[0]);
  });
});

describe('koers info is read-only', () => {
  it('leaves a closed file and its folder byte-for-byte unchanged', async () => {
    const dir = scratch();
    const file = await newFile(dir);
    const before = listing(dir);
    expect((await cli(['info', file])).code).toBe(0);
    expect((await cli(['info', file, '--json'])).code).toBe(0);
    expect(listing(dir)).toEqual(before);
  });

  it('reads a WAL-marked file from a copy, creating no -wal or -shm beside it', async () => {
    const dir = scratch();
    const file = await newFile(dir);
    const raw = new BetterSqlite3(file);
    raw.pragma('journal_mode = WAL');
    raw.close();
    expect(fs.readFileSync(file)[18]).toBe(2);
    const before = listing(dir);
    const info = await cli(['info', file]);
    expect(info.code).toBe(0);
    expect(info.stdout.join('\n')).toMatch(/Integriteit:\s+ok/);
    expect(listing(dir)).toEqual(before);
  });

  it('shows saves still in a -wal beside the file without replaying them in place', async () => {
    const dir = scratch();
    const source = await newFile(dir, 'bron');
    const crashed = path.join(dir, 'na-crash.koers');
    // The state after a power cut: the last save is only in the -wal.
    const raw = new BetterSqlite3(source);
    raw.pragma('journal_mode = WAL');
    raw.pragma('wal_autocheckpoint = 0');
    raw
      .prepare(
        "INSERT INTO stakeholder (id, name, group_code, pseudonym, created_at, updated_at) VALUES ('a', 'Priya Ramdin', 'directie', 'R01', 'x', 'x')",
      )
      .run();
    fs.copyFileSync(source, crashed);
    fs.copyFileSync(`${source}-wal`, `${crashed}-wal`);
    raw.close();
    fs.rmSync(source);

    const before = listing(dir);
    const info = await cli(['info', crashed, '--json']);
    expect(info.code).toBe(0);
    expect(JSON.parse(info.stdout.join('\n'))).toMatchObject({
      needsRecovery: true,
      stakeholders: { total: 1, byGroup: { directie: 1 } },
    });
    expect(listing(dir)).toEqual(before);
  });

  it('says when opening will upgrade an older file', async () => {
    const dir = scratch();
    const file = await newFile(dir);
    const raw = new BetterSqlite3(file);
    raw.pragma('user_version = 1');
    raw.close();
    const before = listing(dir);
    const info = await cli(['info', file]);
    expect(info.stdout.join('\n')).toMatch(
      new RegExp(`Bij openen:\\s+wordt bijgewerkt van versie 1 naar ${SCHEMA_VERSION}`),
    );
    expect(listing(dir)).toEqual(before);
  });

  it('reports a damaged file with its message and exit 1', async () => {
    const dir = scratch();
    const file = path.join(dir, 'leeg.koers');
    fs.writeFileSync(file, '');
    const info = await cli(['info', file]);
    expect(info.code).toBe(1);
    expect(info.stderr[0]).toContain('Het bestand "leeg.koers" is leeg (0 bytes)');
    const json = await cli(['info', file, '--json']);
    expect(JSON.parse(json.stdout.join('\n'))).toMatchObject({ ok: false, code: 'FILE_EMPTY' });
  });
});

describe('usage', () => {
  it('prints help and exits 0', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout.join('\n')).toContain('koers verify BESTAND|MAP');
    const one = await cli(['help', 'new']);
    expect(one.stdout.join('\n')).toContain(
      'Gebruik: koers new BESTAND --client NAAM --title TITEL',
    );
    const en = await cli(['help', 'verify', '--lang', 'en']);
    expect(en.stdout.join('\n')).toContain('Usage: koers verify FILE|FOLDER');
    const viaOption = await cli(['info', '--help']);
    expect(viaOption.stdout.join('\n')).toContain('Gebruik: koers info BESTAND');
  });

  it('refuses unknown commands, options and missing arguments with exit 2 on stderr', async () => {
    const cases: [string[], string][] = [
      [[], 'Geef een opdracht op.'],
      [['bewaar'], 'Onbekende opdracht "bewaar".'],
      [['info', 'x.koers', '--recursive'], 'Onbekende optie --recursive.'],
      [['new', 'x', '--client'], 'De optie --client heeft een waarde nodig.'],
      [['new', 'x', '--title', 'Y'], 'De optie --client ontbreekt.'],
      [['info'], 'Geef een bestand op.'],
      [['info', 'a', 'b'], 'Te veel argumenten.'],
      [['verify', 'x', '--lang', 'de'], 'Onbekende taal "de": kies nl of en.'],
      [['help', 'bewaar'], 'Onbekende opdracht "bewaar".'],
    ];
    for (const [args, first] of cases) {
      const run = await cli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout, args.join(' ')).toEqual([]);
      expect(run.stderr[0], args.join(' ')).toBe(first);
      expect(run.stderr.join('\n')).toMatch(/Gebruik:/);
    }
  });
});
