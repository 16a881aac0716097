import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/main/domains/schema.js';
import { runMigrations } from '../../src/main/store/migrate.js';
import { kyselyFor } from '../../src/main/store/sqlite-connection.js';
import { tempDir } from '../helpers/temp-core.js';

// 0006 on a version-5 file: the vision's tables arrive empty, links follow their findings,
// stakeholders and themes, and a frozen version cannot be changed even by SQL.

describe('migration 0006-vision', () => {
  it('adds the vision to a version-5 file and keeps its references and frozen versions safe', async () => {
    const file = path.join(tempDir('koers-m6-'), 'm6.koers');
    const sqlite = new BetterSqlite3(file);
    const db = kyselyFor(sqlite);
    await runMigrations(db as never, MIGRATIONS.slice(0, 5));
    sqlite.exec(`
      INSERT INTO finding (id, statement, kind, source_type, created_at, updated_at)
        VALUES ('f0', 'Oud', 'uitdaging', 'direct', 'x', 'x');
    `);
    await runMigrations(db as never, MIGRATIONS.slice(0, 6));
    await db.destroy();

    const raw = new BetterSqlite3(file);
    raw.pragma('foreign_keys = ON');
    try {
      expect(raw.pragma('user_version', { simple: true })).toBe(6);
      expect(raw.prepare('SELECT count(*) AS n FROM vision_passage').get()).toEqual({ n: 0 });
      raw.exec(`
        INSERT INTO theme (id, name, color, sort_order, created_at, updated_at)
          VALUES ('t1', 'Ethiek', '#7b3f98', 0, 'x', 'x');
        INSERT INTO stakeholder (id, name, job_title, department, group_code, pseudonym, consent, consent_note, created_at, updated_at)
          VALUES ('s1', 'Gerard Kuiper', '', '', 'wethouder', 'R01', 'onbekend', '', 'x', 'x');
        INSERT INTO vision_passage (id, kind, title, theme_id, portfolio_holder_id, position, created_at, updated_at)
          VALUES ('p1', 'themavisie', 'Ethiek', 't1', 's1', 0, 'x', 'x');
        INSERT INTO vision_passage_finding (passage_id, finding_id, position) VALUES ('p1', 'f0', 0);
        INSERT INTO vision_version (id, label, status, frozen_at, content_json)
          VALUES ('v1', '0.1', 'concept', 'x', '{}');
        INSERT INTO vision_version (id, label, status, frozen_at, content_json)
          VALUES ('h1', 'H1', 'herstelpunt', 'x', '{}');
      `);
      expect(() =>
        raw.exec(
          "INSERT INTO vision_passage (id, kind, title, position, created_at, updated_at) VALUES ('p2', 'visie', 'x', 1, 'x', 'x')",
        ),
      ).toThrow(/CHECK/);
      expect(() =>
        raw.exec(
          "INSERT INTO vision_feedback (id, version_id, text, disposition, created_at, updated_at) VALUES ('fb', 'v1', 'Nee', 'niet-verwerkt', 'x', 'x')",
        ),
      ).toThrow(/CHECK/);
      // Deleting what a passage refers to never fails on the vision.
      raw.exec(
        "DELETE FROM finding WHERE id = 'f0'; DELETE FROM theme WHERE id = 't1'; DELETE FROM stakeholder WHERE id = 's1';",
      );
      expect(raw.prepare('SELECT count(*) AS n FROM vision_passage_finding').get()).toEqual({
        n: 0,
      });
      expect(raw.prepare('SELECT theme_id, portfolio_holder_id FROM vision_passage').get()).toEqual(
        {
          theme_id: null,
          portfolio_holder_id: null,
        },
      );
      expect(() => raw.exec("UPDATE vision_version SET label = '0.9' WHERE id = 'v1'")).toThrow(
        /VISION_VERSION_FROZEN/,
      );
      expect(() => raw.exec("DELETE FROM vision_version WHERE id = 'v1'")).toThrow(
        /VISION_VERSION_FROZEN/,
      );
      raw.exec("DELETE FROM vision_version WHERE id = 'h1'");
      expect(raw.prepare('SELECT label FROM vision_version').all()).toEqual([{ label: '0.1' }]);
    } finally {
      raw.close();
    }
  });
});

// 0010 on a version-9 file: the poster settings keep their values and get the band switch at
// its default (NULL); the column takes only 0, 1 or NULL.
describe('migration 0010-poster-roadmap-band', () => {
  it('adds the band switch at its default and refuses anything but on, off or default', async () => {
    const file = path.join(tempDir('koers-m10-'), 'm10.koers');
    const sqlite = new BetterSqlite3(file);
    const db = kyselyFor(sqlite);
    await runMigrations(db as never, MIGRATIONS.slice(0, 9));
    sqlite.exec(
      "INSERT INTO vision_poster (id, title, layout, format, updated_at) VALUES (1, 'Visie', 'kern', 'A0', 'x')",
    );
    await runMigrations(db as never, MIGRATIONS.slice(0, 10));
    await db.destroy();
    const raw = new BetterSqlite3(file);
    try {
      expect(raw.pragma('user_version', { simple: true })).toBe(10);
      expect(
        raw.prepare('SELECT title, layout, format, roadmap_band FROM vision_poster').get(),
      ).toEqual({
        title: 'Visie',
        layout: 'kern',
        format: 'A0',
        roadmap_band: null,
      });
      raw.exec('UPDATE vision_poster SET roadmap_band = 1');
      expect(() => raw.exec('UPDATE vision_poster SET roadmap_band = 2')).toThrow(/CHECK/);
    } finally {
      raw.close();
    }
  });
});
