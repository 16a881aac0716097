import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../src/shared/result.js';
import { snapshotFolder, startTempCore, tempDir, type TempCore } from '../helpers/temp-core.js';
import { KOERS_APPLICATION_ID } from '../../src/main/store/file-format.js';
import { SCHEMA_VERSION } from '../../src/main/domains/schema.js';

// Every damaged-file case: its own error code, the file and its folder byte-for-byte unchanged,
// no -wal/-shm/-journal created. The good file comes from the real core.

let goodFile: string;
let t: TempCore | undefined;

beforeAll(async () => {
  const maker = await startTempCore();
  const demo = await maker.must('demo:create', {});
  await maker.dispose();
  goodFile = path.join(maker.workspaceDir, demo.fileName);
});

afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

type Maker = (target: string) => void;

const cases: [string, ErrorCode, Maker][] = [
  ['an empty (0-byte) file', 'FILE_EMPTY', (p) => fs.writeFileSync(p, '')],
  [
    'a text file with the .koers extension',
    'NOT_A_KOERS_FILE',
    (p) => fs.writeFileSync(p, 'Notulen MT-overleg\n'.repeat(50)),
  ],
  [
    'a file shorter than the SQLite header',
    'NOT_A_KOERS_FILE',
    (p) => fs.writeFileSync(p, 'SQLite format 3'),
  ],
  [
    'a truncated Koers file (first half)',
    'FILE_CORRUPT',
    (p) => {
      const bytes = fs.readFileSync(goodFile);
      fs.writeFileSync(p, bytes.subarray(0, Math.floor(bytes.length / 2)));
    },
  ],
  [
    'a Koers file whose pages after the header are overwritten',
    'FILE_CORRUPT',
    (p) => {
      const bytes = Buffer.from(fs.readFileSync(goodFile));
      const pageSize = bytes.readUInt16BE(16);
      const pages = bytes.length / pageSize;
      // Overwrite every page after the first two with noise: b-tree pages lose their headers.
      for (let page = 2; page < pages; page++) {
        for (let i = 0; i < pageSize; i += 7) bytes[page * pageSize + i] = (i * 31 + page) & 0xff;
      }
      fs.writeFileSync(p, bytes);
    },
  ],
  [
    'a SQLite database of another application',
    'FILE_OTHER_APPLICATION',
    (p) => {
      const other = new BetterSqlite3(p);
      other.exec('CREATE TABLE boekingen (id INTEGER PRIMARY KEY, bedrag REAL)');
      other.close();
    },
  ],
  [
    'a Koers file from a newer Koers (user_version one higher)',
    'FILE_FROM_NEWER_VERSION',
    (p) => {
      fs.copyFileSync(goodFile, p);
      const db = new BetterSqlite3(p);
      db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
      db.close();
    },
  ],
];

describe('damaged and foreign files', () => {
  it.each(cases)(
    'refuses %s with %s and leaves the folder unchanged',
    async (_label, code, make) => {
      t = await startTempCore();
      const dir = tempDir('koers-damaged-');
      const target = path.join(dir, 'Traject.koers');
      make(target);
      const before = snapshotFolder(dir);

      const viaPath = await t.core.openPath(target);
      fs.mkdirSync(t.workspaceDir, { recursive: true });
      fs.copyFileSync(target, path.join(t.workspaceDir, 'Traject.koers'));
      const wsBefore = snapshotFolder(t.workspaceDir);
      const viaWorkspace = await t.core.call('engagement:open', { fileName: 'Traject.koers' });

      for (const result of [viaPath, viaWorkspace]) {
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe(code);
          expect(result.error.message).toContain('Traject.koers');
        }
      }
      expect(snapshotFolder(dir)).toEqual(before);
      expect(snapshotFolder(t.workspaceDir)).toEqual(wsBefore);
      expect(fs.readdirSync(dir)).toEqual(['Traject.koers']);
      // A refused file is not added to the recent list.
      expect(await t.must('recent:list', {})).toEqual([]);
    },
  );

  it('reports a missing file as FILE_MISSING and creates nothing', async () => {
    t = await startTempCore();
    const dir = tempDir('koers-missing-');
    const result = await t.core.openPath(path.join(dir, 'Weg.koers'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('FILE_MISSING');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('gives each damage its own code', () => {
    expect(new Set(cases.map(([, code]) => code)).size).toBe(5);
  });

  it('opens a WAL-marked file without its -wal and leaves no side files', async () => {
    t = await startTempCore();
    const dir = tempDir('koers-wal-');
    const target = path.join(dir, 'Gekopieerd.koers');
    fs.copyFileSync(goodFile, target);
    const raw = new BetterSqlite3(target);
    raw.pragma('journal_mode = WAL');
    raw.close();
    expect(fs.readFileSync(target)[18]).toBe(2);
    const opened = await t.core.openPath(target);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const people = await t.must('stakeholder:list', { engagementId: opened.value.engagementId });
    expect(people.length).toBeGreaterThanOrEqual(15);
    await t.must('engagement:close', { engagementId: opened.value.engagementId });
    expect(fs.readdirSync(dir)).toEqual(['Gekopieerd.koers']);
  });

  it('refuses a damaged WAL-marked file without touching its folder', async () => {
    t = await startTempCore();
    const dir = tempDir('koers-walbad-');
    const target = path.join(dir, 'Kapot.koers');
    fs.copyFileSync(goodFile, target);
    const raw = new BetterSqlite3(target);
    raw.pragma('journal_mode = WAL');
    raw.close();
    const bytes = fs.readFileSync(target);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0x5a, pageSize * 2, bytes.length);
    fs.writeFileSync(target, bytes);
    const before = snapshotFolder(dir);
    const result = await t.core.openPath(target);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('FILE_CORRUPT');
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('recovers acknowledged changes from the -wal after a crash', async () => {
    t = await startTempCore();
    const dir = tempDir('koers-crash-');
    const target = path.join(dir, 'Crash.koers');
    fs.copyFileSync(goodFile, target);
    // Simulate a process that died with changes only in the WAL: copy file + wal mid-session.
    const live = new BetterSqlite3(target);
    live.pragma('journal_mode = WAL');
    live.pragma('wal_autocheckpoint = 0');
    live.prepare("UPDATE engagement SET title = 'Na de crash'").run();
    fs.copyFileSync(target, path.join(dir, 'Crash2.koers'));
    fs.copyFileSync(`${target}-wal`, path.join(dir, 'Crash2.koers-wal'));
    live.close();
    const opened = await t.core.openPath(path.join(dir, 'Crash2.koers'));
    expect(opened.ok).toBe(true);
    if (opened.ok) expect(opened.value.title).toBe('Na de crash');
  });

  it('sets the Koers application id on new files', () => {
    const db = new BetterSqlite3(goodFile, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(KOERS_APPLICATION_ID);
    db.close();
  });
});

describe('files this machine closed cleanly', () => {
  it('skips the full check only while the file is exactly as Koers left it', async () => {
    t = await startTempCore();
    const { engagementId, fileName } = await t.must('engagement:create', {
      fields: { clientName: 'Gemeente X', title: 'Vingerafdruk' },
    });
    await t.must('stakeholder:create', {
      engagementId,
      fields: { name: 'Eva', group: 'directie' },
    });
    await t.must('engagement:close', { engagementId });
    const target = path.join(t.workspaceDir, fileName);
    const index = JSON.parse(fs.readFileSync(path.join(t.dataDir, 'koers-index.json'), 'utf8')) as {
      cleanCloses: Record<string, { size: number }>;
    };
    expect(index.cleanCloses[target]?.size).toBe(fs.statSync(target).size);

    // Reopening the untouched file works (and forgets the fingerprint while it is open).
    const again = await t.must('engagement:open', { fileName });
    await t.must('engagement:close', { engagementId: again.engagementId });

    // Damage written after the clean close changes the modification time: the full check runs.
    const bytes = fs.readFileSync(target);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0x5a, pageSize * 2, bytes.length);
    await new Promise((resolve) => setTimeout(resolve, 20));
    fs.writeFileSync(target, bytes);
    const before = snapshotFolder(t.workspaceDir);
    const result = await t.core.call('engagement:open', { fileName });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('FILE_CORRUPT');
    expect(snapshotFolder(t.workspaceDir)).toEqual(before);
  });
});
