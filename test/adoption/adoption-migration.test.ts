import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/main/domains/schema.js';
import { runMigrations } from '../../src/main/store/migrate.js';
import { kyselyFor } from '../../src/main/store/sqlite-connection.js';
import { startTempCore, tempDir } from '../helpers/temp-core.js';
import { makeFileOlder } from '../helpers/older-file.js';

// 0007 on a version-6 file: step 4's tables arrive empty, enum columns refuse what the app
// would not write, and deleting a version, document, stakeholder or feedback item never fails
// on them (they let go, or the link goes).

describe('migration 0007-adoption', () => {
  it('adds step 4 to a version-6 file and keeps its references safe', async () => {
    const file = path.join(tempDir('koers-m7-'), 'm7.koers');
    const sqlite = new BetterSqlite3(file);
    const db = kyselyFor(sqlite);
    await runMigrations(db as never, MIGRATIONS.slice(0, 6));
    sqlite.exec(`
      INSERT INTO vision_version (id, label, status, frozen_at, content_json)
        VALUES ('h1', 'H1', 'herstelpunt', 'x', '{}');
      INSERT INTO vision_version (id, label, status, frozen_at, content_json)
        VALUES ('v1', '0.1', 'concept', 'x', '{}');
      INSERT INTO vision_feedback (id, version_id, text, disposition, created_at, updated_at)
        VALUES ('fb', 'v1', 'Mooi', 'open', 'x', 'x');
    `);
    await runMigrations(db as never, MIGRATIONS.slice(0, 7));
    await db.destroy();

    const raw = new BetterSqlite3(file);
    raw.pragma('foreign_keys = ON');
    try {
      expect(raw.pragma('user_version', { simple: true })).toBe(7);
      for (const table of [
        'presentation',
        'presentation_feedback',
        'decision',
        'borging_item_state',
        'adoption_revision',
      ])
        expect(raw.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
      raw.exec(`
        INSERT INTO stakeholder (id, name, job_title, department, group_code, pseudonym, consent, consent_note, created_at, updated_at)
          VALUES ('s1', 'Ingrid Hoekstra', '', '', 'programmateam', 'R01', 'onbekend', '', 'x', 'x');
        INSERT INTO presentation (id, audience, date, version_id, created_at, updated_at)
          VALUES ('p1', 'mt', '2026-05-19', 'h1', 'x', 'x');
        INSERT INTO presentation_feedback (presentation_id, feedback_id) VALUES ('p1', 'fb');
        INSERT INTO decision (id, body, kind, subject, date, version_id, created_at, updated_at)
          VALUES ('d1', 'raad', 'bekrachtigd', 'visie', '2026-06-23', 'h1', 'x', 'x');
        INSERT INTO borging_item_state (item_id, status, owner_stakeholder_id, updated_at)
          VALUES ('eigenaar', 'gereed', 's1', 'x');
        INSERT INTO adoption_revision (id, decision_id, started_at) VALUES ('r1', 'd1', 'x');
      `);
      const refused = [
        "INSERT INTO presentation (id, audience, date, created_at, updated_at) VALUES ('p2', 'publiek', '2026-01-01', 'x', 'x')",
        "INSERT INTO decision (id, body, kind, subject, date, created_at, updated_at) VALUES ('d2', 'mt', 'goedgekeurd', 'visie', '2026-01-01', 'x', 'x')",
        "INSERT INTO decision (id, body, kind, subject, date, version_id, created_at, updated_at) VALUES ('d3', 'mt', 'afgestemd', 'aanpak', '2026-01-01', 'v1', 'x', 'x')",
        "INSERT INTO borging_item_state (item_id, status, updated_at) VALUES ('x', 'klaar', 'x')",
      ];
      for (const statement of refused)
        expect(() => raw.exec(statement), statement).toThrow(/CHECK/);
      // A restore point may go; what pointed at it lets go. Feedback, stakeholder, decision too.
      raw.exec(`
        DELETE FROM vision_version WHERE id = 'h1';
        DELETE FROM vision_feedback WHERE id = 'fb';
        DELETE FROM stakeholder WHERE id = 's1';
      `);
      expect(raw.prepare('SELECT version_id FROM presentation').get()).toEqual({
        version_id: null,
      });
      expect(raw.prepare('SELECT version_id FROM decision').get()).toEqual({ version_id: null });
      expect(raw.prepare('SELECT count(*) AS n FROM presentation_feedback').get()).toEqual({
        n: 0,
      });
      expect(raw.prepare('SELECT owner_stakeholder_id AS o FROM borging_item_state').get()).toEqual(
        { o: null },
      );
      raw.exec("DELETE FROM decision WHERE id = 'd1'");
      expect(raw.prepare('SELECT decision_id AS d FROM adoption_revision').get()).toEqual({
        d: null,
      });
      raw.exec("DELETE FROM presentation WHERE id = 'p1'");
      expect(raw.pragma('foreign_key_check')).toEqual([]);
    } finally {
      raw.close();
    }
  });
});

describe('an engagement file from before step 4', () => {
  it('opens migrated, with an open vision, the checklist copied on first use', async () => {
    const t = await startTempCore();
    try {
      const created = await t.must('engagement:create', {
        fields: { clientName: 'Gemeente Dijkhaven', title: 'Oud traject' },
      });
      await t.must('engagement:close', { engagementId: created.engagementId });
      // Make it look like a file of version 6: none of step 4's tables (nor the later areas'),
      // no checklist copy.
      const file = path.join(t.workspaceDir, created.fileName);
      await makeFileOlder(file, 6, ['borging', 'maturity', 'roadmap']);

      const opened = await t.must('engagement:open', { fileName: created.fileName });
      const engagementId = opened.engagementId;
      expect(await t.must('adoption:visionStatus', { engagementId })).toBeNull();
      expect(await t.must('decision:list', { engagementId })).toEqual([]);
      const borging = await t.must('borging:list', { engagementId });
      expect(borging.length).toBeGreaterThanOrEqual(10);
      await t.must('engagement:close', { engagementId });
      const check = new BetterSqlite3(file, { readonly: true });
      try {
        expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
        expect(
          check.prepare("SELECT count(*) AS n FROM method_snapshot WHERE part = 'borging'").get(),
        ).toEqual({ n: 1 });
      } finally {
        check.close();
      }
    } finally {
      await t.dispose();
    }
  });
});
