import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/main/domains/schema.js';
import { cli, listing, removeScratch, scratch } from './run-cli.js';

// `koers verify` and `koers info` run on archives and on read-only media: whatever lies beside
// the file (a stray -wal from a crash or a copy tool, a header that says WAL), they must leave
// the folder exactly as they found it, byte for byte, and create no -wal or -shm.

let good: string;

/** Deterministic bytes that are no valid WAL. */
function garbage(length: number): Buffer {
  const out = Buffer.alloc(length);
  let x = 0x1234567;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** Sets the header's write (18) and read (19) version bytes; 2 means WAL. */
function markWal(file: string, write = 2, read = 2): void {
  const bytes = fs.readFileSync(file);
  bytes[18] = write;
  bytes[19] = read;
  fs.writeFileSync(file, bytes);
}

/** A real -wal with one save in it, left as a kill -9 leaves it. */
function withLiveWal(file: string): void {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.prepare("UPDATE engagement SET title = 'Na de crash'").run();
  // Copy main file and -wal while the connection is open, as the crash would leave them.
  const copyDir = scratch();
  const copy = path.join(copyDir, 'x.koers');
  fs.copyFileSync(file, copy);
  fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
  db.close();
  fs.copyFileSync(copy, file);
  fs.copyFileSync(`${copy}-wal`, `${file}-wal`);
  for (const side of ['-shm']) fs.rmSync(`${file}${side}`, { force: true });
}

const CASES: Record<string, (file: string) => void> = {
  'rollback file with a garbage -wal': (f) => fs.writeFileSync(`${f}-wal`, garbage(8192)),
  'header says WAL, no -wal': (f) => markWal(f),
  'header says WAL, garbage -wal': (f) => {
    markWal(f);
    fs.writeFileSync(`${f}-wal`, garbage(4096 + 32));
  },
  'header says WAL, empty -wal': (f) => {
    markWal(f);
    fs.writeFileSync(`${f}-wal`, '');
  },
  'only the read version byte says WAL': (f) => markWal(f, 1, 2),
  'only the write version byte says WAL': (f) => markWal(f, 2, 1),
  'only the read version byte says WAL, garbage -wal': (f) => {
    markWal(f, 1, 2);
    fs.writeFileSync(`${f}-wal`, garbage(4096 + 32));
  },
  'a garbage -shm': (f) => fs.writeFileSync(`${f}-shm`, garbage(32768)),
  'a -wal with a save from before a crash': withLiveWal,
  'a garbage -journal': (f) => fs.writeFileSync(`${f}-journal`, garbage(600)),
};

beforeAll(async () => {
  const dir = scratch();
  const run = await cli([
    'new',
    path.join(dir, 'goed'),
    '--client',
    'Gemeente Rand',
    '--title',
    'Visie',
  ]);
  expect(run.code).toBe(0);
  good = run.stdout[0]!;
});
afterAll(removeScratch);

describe('verify and info leave the folder as they found it', () => {
  for (const [name, make] of Object.entries(CASES)) {
    it(name, async () => {
      const dir = scratch();
      const file = path.join(dir, 'traject.koers');
      fs.copyFileSync(good, file);
      make(file);
      const before = listing(dir);

      const verify = await cli(['verify', '--json', file]);
      expect(listing(dir), 'after verify').toEqual(before);
      const info = await cli(['info', '--json', file]);
      expect(listing(dir), 'after info').toEqual(before);
      const outcome = (JSON.parse(verify.stdout.join('\n')) as { ok: boolean; code?: string }[])[0];
      // The file under each of these is healthy: SQLite ignores a side file that is no valid
      // WAL or journal, and replays one that is, on the copy.
      expect(outcome).toMatchObject({ ok: true, schemaVersion: SCHEMA_VERSION });
      expect([verify.code, info.code]).toEqual([0, 0]);
      if (name === 'a -wal with a save from before a crash') {
        expect(outcome?.ok).toBe(true);
        expect(
          (JSON.parse(info.stdout.join('\n')) as { engagement: { title: string } }).engagement
            .title,
        ).toBe('Na de crash');
      }
    });
  }
});

describe('a file without a schema version is not OK', () => {
  for (const version of [0, -1]) {
    it(`user_version ${version}`, async () => {
      const dir = scratch();
      const file = path.join(dir, `versie${version}.koers`);
      fs.copyFileSync(good, file);
      const db = new BetterSqlite3(file);
      db.pragma(`user_version = ${version}`);
      db.close();
      const before = listing(dir);

      const verify = await cli(['verify', '--json', file]);
      expect(verify.code).toBe(1);
      expect(JSON.parse(verify.stdout.join('\n'))).toMatchObject([
        { ok: false, code: 'FILE_CORRUPT' },
      ]);
      const text = await cli(['verify', file]);
      expect(text.stdout[0]).toContain(`FOUT ${file}: `);
      const info = await cli(['info', file]);
      expect(info.code).toBe(1);
      expect(listing(dir)).toEqual(before);
    });
  }
  it('the healthy file itself is OK', async () => {
    const run = await cli(['verify', good]);
    expect(run.stdout).toEqual([`OK  ${good} (schema v${SCHEMA_VERSION}, 0 betrokkenen)`]);
  });
});
