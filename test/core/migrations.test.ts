import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION, type KoersMigration } from '../../src/main/store/migrations/index.js';
import { closeEngagementFile, openEngagementFile } from '../../src/main/store/engagement-file.js';
import { startTempCore, tempDir } from '../helpers/temp-core.js';

async function makeV1File(): Promise<string> {
  const t = await startTempCore();
  const { fileName, engagementId } = await t.must('engagement:create', {
    fields: { clientName: 'Gemeente Oudewater-Zuid', title: 'Visie datagedreven werken' },
  });
  await t.must('stakeholder:create', { engagementId, fields: { name: 'Noor Yilmaz', group: 'beleidsmedewerker' } });
  await t.dispose();
  const dir = tempDir('koers-migr-');
  const target = path.join(dir, 'Oud.koers');
  fs.copyFileSync(path.join(t.workspaceDir, fileName), target);
  return target;
}

const tables = (file: string): string[] => {
  const db = new BetterSqlite3(file, { readonly: true });
  const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  db.close();
  return names;
};

const userVersion = (file: string): number => {
  const db = new BetterSqlite3(file, { readonly: true });
  const v = db.pragma('user_version', { simple: true }) as number;
  db.close();
  return v;
};

describe('migrations', () => {
  it('0001-initial creates the engagement schema at version 1', async () => {
    const file = await makeV1File();
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(userVersion(file)).toBe(1);
    expect(tables(file)).toEqual(['checklist_state', 'engagement', 'meta', 'method_snapshot', 'stakeholder', 'theme']);
    const db = new BetterSqlite3(file, { readonly: true });
    expect(db.prepare("SELECT value FROM meta WHERE key = 'next_pseudonym'").get()).toEqual({ value: '2' });
    db.close();
  });

  it('backs up, verifies the copy, then runs a new migration in its own transaction', async () => {
    const file = await makeV1File();
    const backupDir = tempDir('koers-backup-');
    const addNotes: KoersMigration = {
      version: 2,
      name: '0002-test-notes',
      up: async (db) => {
        await db.schema.alterTable('stakeholder').addColumn('notes', 'text', (c) => c.notNull().defaultTo('')).execute();
      },
    };
    const opened = await openEngagementFile(file, { backupDir, migrations: [...MIGRATIONS, addNotes] });
    const columns = await sql<{ name: string }>`SELECT name FROM pragma_table_info('stakeholder')`.execute(opened.db);
    expect(columns.rows.map((c) => c.name)).toContain('notes');
    await closeEngagementFile(opened);
    expect(userVersion(file)).toBe(2);

    const backups = fs.readdirSync(backupDir);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^Oud\.v1\..*\.koers$/);
    const backup = path.join(backupDir, backups[0]!);
    expect(userVersion(backup)).toBe(1);
    const db = new BetterSqlite3(backup, { readonly: true });
    expect(db.prepare('SELECT name FROM stakeholder').all()).toEqual([{ name: 'Noor Yilmaz' }]);
    db.close();
  });

  it('leaves the old schema intact and keeps the backup when a migration throws half-way', async () => {
    const file = await makeV1File();
    const backupDir = tempDir('koers-backup-');
    const broken: KoersMigration = {
      version: 2,
      name: '0002-broken',
      up: async (db) => {
        await db.schema.createTable('half_made').addColumn('id', 'text').execute();
        await sql`UPDATE stakeholder SET name = 'overschreven'`.execute(db);
        throw new Error('migration fails half-way');
      },
    };
    await expect(openEngagementFile(file, { backupDir, migrations: [...MIGRATIONS, broken] })).rejects.toMatchObject({
      code: 'MIGRATION_FAILED',
    });
    expect(userVersion(file)).toBe(1);
    expect(tables(file)).not.toContain('half_made');
    const db = new BetterSqlite3(file, { readonly: true });
    expect(db.prepare('SELECT name FROM stakeholder').all()).toEqual([{ name: 'Noor Yilmaz' }]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    const backups = fs.readdirSync(backupDir);
    expect(backups).toHaveLength(1);
    expect(userVersion(path.join(backupDir, backups[0]!))).toBe(1);
    // And the file still opens with the shipped migrations.
    const again = await openEngagementFile(file, { backupDir });
    await closeEngagementFile(again);
  });
});
