import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/main/domains/schema.js';
import { closeEngagementFile, openEngagementFile } from '../../src/main/store/engagement-file.js';
import { runMigrations, type KoersMigration } from '../../src/main/store/migrate.js';
import { kyselyFor } from '../../src/main/store/sqlite-connection.js';
import { startTempCore, tempDir } from '../helpers/temp-core.js';

async function makeCurrentFile(): Promise<string> {
  const t = await startTempCore();
  const { fileName, engagementId } = await t.must('engagement:create', {
    fields: { clientName: 'Gemeente Oudewater-Zuid', title: 'Visie datagedreven werken' },
  });
  await t.must('stakeholder:create', {
    engagementId,
    fields: { name: 'Noor Yilmaz', group: 'beleidsmedewerker' },
  });
  await t.dispose();
  const dir = tempDir('koers-migr-');
  const target = path.join(dir, 'Oud.koers');
  fs.copyFileSync(path.join(t.workspaceDir, fileName), target);
  return target;
}

const tables = (file: string): string[] => {
  const db = new BetterSqlite3(file, { readonly: true });
  const names = (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((r) => r.name);
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
    const file = path.join(tempDir('koers-m1-'), 'm1.koers');
    const sqlite = new BetterSqlite3(file);
    const db = kyselyFor(sqlite);
    await runMigrations(db as never, MIGRATIONS.slice(0, 1));
    await db.destroy();
    expect(userVersion(file)).toBe(1);
    expect(tables(file)).toEqual([
      'checklist_state',
      'engagement',
      'meta',
      'method_snapshot',
      'stakeholder',
      'theme',
    ]);
    const raw = new BetterSqlite3(file, { readonly: true });
    expect(raw.prepare("SELECT value FROM meta WHERE key = 'next_pseudonym'").get()).toEqual({
      value: '1',
    });
    raw.close();
  });

  it('0002 adds step 1 to a version-1 file and indexes its stakeholders for search', async () => {
    const file = path.join(tempDir('koers-m2-'), 'm2.koers');
    const sqlite = new BetterSqlite3(file);
    const db = kyselyFor(sqlite);
    await runMigrations(db as never, MIGRATIONS.slice(0, 1));
    sqlite
      .prepare(
        "INSERT INTO stakeholder (id, name, job_title, department, group_code, pseudonym, created_at, updated_at) VALUES ('s1', 'Marieke Prins', 'Teammanager', 'Publiekszaken', 'teammanager', 'R01', 'x', 'x')",
      )
      .run();
    await runMigrations(db as never, MIGRATIONS.slice(0, 2));
    await db.destroy();
    expect(userVersion(file)).toBe(2);
    expect(tables(file)).toEqual(
      expect.arrayContaining([
        'document',
        'document_chunk',
        'passage',
        'interview',
        'interview_participant',
        'interview_question',
        'finding',
        'finding_theme',
        'search_ref',
        'search_index',
      ]),
    );
    const raw = new BetterSqlite3(file, { readonly: true });
    expect(
      raw
        .prepare("SELECT kind, ref_id FROM search_index WHERE search_index MATCH 'publiekszaken'")
        .all(),
    ).toEqual([{ kind: 'stakeholder', ref_id: 's1' }]);
    raw.close();
  });

  it('0003 gives a version-2 file page text: old documents wait to be read, new pages are indexed', async () => {
    const file = path.join(tempDir('koers-m3-'), 'm3.koers');
    const sqlite = new BetterSqlite3(file);
    const db = kyselyFor(sqlite);
    await runMigrations(db as never, MIGRATIONS.slice(0, 2));
    sqlite
      .prepare(
        "INSERT INTO document (id, title, doc_type, file_name, mime_type, size_bytes, sha256, created_at, updated_at) VALUES ('d1', 'Coalitieakkoord', 'coalitieakkoord', 'c.pdf', 'application/pdf', 3, 'x', 'x', 'x')",
      )
      .run();
    await runMigrations(db as never, MIGRATIONS.slice(0, 3));
    await db.destroy();
    expect(userVersion(file)).toBe(3);
    expect(tables(file)).toEqual(expect.arrayContaining(['document_page']));
    const raw = new BetterSqlite3(file);
    expect(raw.prepare('SELECT text_status, page_count FROM document').all()).toEqual([
      { text_status: 'pending', page_count: null },
    ]);
    raw
      .prepare(
        "INSERT INTO document_page (document_id, page, text) VALUES ('d1', 4, 'Woningbouwopgave')",
      )
      .run();
    const find = () =>
      raw
        .prepare(
          "SELECT kind, ref_id, parent_id FROM search_index WHERE search_index MATCH 'woningbouwopgave'",
        )
        .all();
    expect(find()).toEqual([{ kind: 'document-page', ref_id: 'd1:4', parent_id: 'd1' }]);
    raw.prepare("UPDATE document_page SET text = 'Anders' WHERE document_id = 'd1'").run();
    expect(find()).toEqual([]);
    raw
      .prepare("UPDATE document_page SET text = 'Woningbouwopgave' WHERE document_id = 'd1'")
      .run();
    raw.pragma('foreign_keys = ON');
    raw.prepare("DELETE FROM document WHERE id = 'd1'").run();
    expect(find()).toEqual([]);
    expect(raw.prepare('SELECT count(*) AS n FROM search_ref').get()).toEqual({ n: 0 });
    // FTS5's own check throws when the index and its rows disagree.
    const check = raw.prepare(
      "INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)",
    );
    expect(() => check.run()).not.toThrow();
    raw.close();
  });

  it('a new file carries every migration', async () => {
    const file = await makeCurrentFile();
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(userVersion(file)).toBe(SCHEMA_VERSION);
  });

  it('backs up, verifies the copy, then runs a new migration in its own transaction', async () => {
    const file = await makeCurrentFile();
    const backupDir = tempDir('koers-backup-');
    const addNotes: KoersMigration = {
      version: SCHEMA_VERSION + 1,
      name: '0002-test-notes',
      up: async (db) => {
        await db.schema
          .alterTable('stakeholder')
          .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
          .execute();
      },
    };
    const opened = await openEngagementFile(file, {
      backupDir,
      migrations: [...MIGRATIONS, addNotes],
    });
    const columns = await sql<{
      name: string;
    }>`SELECT name FROM pragma_table_info('stakeholder')`.execute(opened.db);
    expect(columns.rows.map((c) => c.name)).toContain('notes');
    await closeEngagementFile(opened);
    expect(userVersion(file)).toBe(SCHEMA_VERSION + 1);

    const backups = fs.readdirSync(backupDir);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(new RegExp(`^Oud\\.v${SCHEMA_VERSION}\\..*\\.koers$`));
    const backup = path.join(backupDir, backups[0]!);
    expect(userVersion(backup)).toBe(SCHEMA_VERSION);
    const db = new BetterSqlite3(backup, { readonly: true });
    expect(db.prepare('SELECT name FROM stakeholder').all()).toEqual([{ name: 'Noor Yilmaz' }]);
    db.close();
  });

  it('leaves the old schema intact and keeps the backup when a migration throws half-way', async () => {
    const file = await makeCurrentFile();
    const backupDir = tempDir('koers-backup-');
    const broken: KoersMigration = {
      version: SCHEMA_VERSION + 1,
      name: '0002-broken',
      up: async (db) => {
        await db.schema.createTable('half_made').addColumn('id', 'text').execute();
        await sql`UPDATE stakeholder SET name = 'overschreven'`.execute(db);
        throw new Error('migration fails half-way');
      },
    };
    await expect(
      openEngagementFile(file, { backupDir, migrations: [...MIGRATIONS, broken] }),
    ).rejects.toMatchObject({
      code: 'MIGRATION_FAILED',
    });
    expect(userVersion(file)).toBe(SCHEMA_VERSION);
    expect(tables(file)).not.toContain('half_made');
    const db = new BetterSqlite3(file, { readonly: true });
    expect(db.prepare('SELECT name FROM stakeholder').all()).toEqual([{ name: 'Noor Yilmaz' }]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    const backups = fs.readdirSync(backupDir);
    expect(backups).toHaveLength(1);
    expect(userVersion(path.join(backupDir, backups[0]!))).toBe(SCHEMA_VERSION);
    // And the file still opens with the shipped migrations.
    const again = await openEngagementFile(file, { backupDir, migrations: MIGRATIONS });
    await closeEngagementFile(again);
  });
});
