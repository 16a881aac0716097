import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/main/domains/schema.js';
import { runMigrations } from '../../src/main/store/migrate.js';
import { kyselyFor } from '../../src/main/store/sqlite-connection.js';
import { startTempCore, tempDir } from '../helpers/temp-core.js';
import { makeFileOlder } from '../helpers/older-file.js';

// 0008 on a version-7 file: the nulmeting's tables arrive empty, level columns refuse what the
// app would not write (off the half steps, outside 1-5), and deleting a stakeholder or a
// finding never fails on them (they let go, or the link goes).

describe('migration 0008-nulmeting', () => {
  it('adds the nulmeting to a version-7 file and keeps its references safe', async () => {
    const file = path.join(tempDir('koers-m8-'), 'm8.koers');
    const sqlite = new BetterSqlite3(file);
    const db = kyselyFor(sqlite);
    await runMigrations(db as never, MIGRATIONS.slice(0, 7));
    sqlite.exec(`
      INSERT INTO stakeholder (id, name, job_title, department, group_code, pseudonym, consent, consent_note, created_at, updated_at)
        VALUES ('s1', 'Ingrid Hoekstra', '', '', 'programmateam', 'R01', 'onbekend', '', 'x', 'x');
    `);
    await runMigrations(db as never, MIGRATIONS.slice(0, 8));
    await db.destroy();

    const raw = new BetterSqlite3(file);
    raw.pragma('foreign_keys = ON');
    try {
      expect(raw.pragma('user_version', { simple: true })).toBe(8);
      for (const table of [
        'assessment',
        'assessment_respondent',
        'assessment_score',
        'assessment_agreed',
        'assessment_agreed_finding',
      ])
        expect(raw.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
      raw.exec(`
        INSERT INTO finding (id, statement, kind, importance, source_type, created_at, updated_at)
          VALUES ('f1', 'Eigenaarschap ontbreekt', 'uitdaging', 3, 'direct', 'x', 'x');
        INSERT INTO assessment (id, name, date, created_at, updated_at)
          VALUES ('a1', '0-meting', '2026-03-02', 'x', 'x');
        INSERT INTO assessment_respondent (id, assessment_id, stakeholder_id, label, respondent_group, position, created_at)
          VALUES ('r1', 'a1', 's1', 'Ingrid Hoekstra', 'mt', 0, 'x');
        INSERT INTO assessment_score (respondent_id, dimension_id, current_level, desired_level, updated_at)
          VALUES ('r1', 'cultuur', 2.5, 4, 'x');
        INSERT INTO assessment_agreed (assessment_id, dimension_id, current_level, desired_level, updated_at)
          VALUES ('a1', 'cultuur', 2.5, 4, 'x');
        INSERT INTO assessment_agreed_finding (assessment_id, dimension_id, finding_id, position)
          VALUES ('a1', 'cultuur', 'f1', 0);
      `);
      const refused = [
        "INSERT INTO assessment_score (respondent_id, dimension_id, current_level, updated_at) VALUES ('r1', 'data', 2.25, 'x')",
        "INSERT INTO assessment_score (respondent_id, dimension_id, desired_level, updated_at) VALUES ('r1', 'data', 5.5, 'x')",
        "INSERT INTO assessment_agreed (assessment_id, dimension_id, current_level, updated_at) VALUES ('a1', 'data', 0.5, 'x')",
        "INSERT INTO assessment_respondent (id, assessment_id, label, respondent_group, position, created_at) VALUES ('r2', 'a1', '', 'koning', 1, 'x')",
        "INSERT INTO assessment_score (respondent_id, dimension_id, confidence, updated_at) VALUES ('r1', 'data', 'zeker', 'x')",
        "INSERT INTO assessment (id, name, date, horizon_years, created_at, updated_at) VALUES ('a2', 'x', '2026-01-01', 0, 'x', 'x')",
      ];
      for (const statement of refused)
        expect(() => raw.exec(statement), statement).toThrow(/CHECK/);
      raw.exec("DELETE FROM stakeholder WHERE id = 's1'");
      expect(raw.prepare('SELECT stakeholder_id, label FROM assessment_respondent').get()).toEqual({
        stakeholder_id: null,
        label: 'Ingrid Hoekstra',
      });
      raw.exec("DELETE FROM finding WHERE id = 'f1'");
      expect(raw.prepare('SELECT count(*) AS n FROM assessment_agreed_finding').get()).toEqual({
        n: 0,
      });
      raw.exec("DELETE FROM assessment WHERE id = 'a1'");
      for (const table of ['assessment_respondent', 'assessment_score', 'assessment_agreed'])
        expect(raw.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
      expect(raw.pragma('foreign_key_check')).toEqual([]);
    } finally {
      raw.close();
    }
  });
});

describe('an engagement file from before the nulmeting', () => {
  it('opens migrated, with no measurements, and the model copied on first use', async () => {
    const t = await startTempCore();
    try {
      const created = await t.must('engagement:create', {
        fields: { clientName: 'Gemeente Dijkhaven', title: 'Oud traject' },
      });
      await t.must('engagement:close', { engagementId: created.engagementId });
      // Make it look like a file of version 7: none of the nulmeting's tables (nor the later
      // areas'), no model copy.
      const file = path.join(t.workspaceDir, created.fileName);
      await makeFileOlder(file, 7, ['maturity', 'roadmap']);

      const opened = await t.must('engagement:open', { fileName: created.fileName });
      const engagementId = opened.engagementId;
      expect(await t.must('assessment:list', { engagementId })).toEqual([]);
      expect(await t.must('nulmeting:gaps', { engagementId })).toEqual([]);
      const model = await t.must('maturity:model', { engagementId });
      expect(model.dimensions).toHaveLength(8);
      await t.must('engagement:close', { engagementId });
      const check = new BetterSqlite3(file, { readonly: true });
      try {
        expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
        expect(
          check.prepare("SELECT count(*) AS n FROM method_snapshot WHERE part = 'maturity'").get(),
        ).toEqual({ n: 1 });
      } finally {
        check.close();
      }
    } finally {
      await t.dispose();
    }
  });
});
