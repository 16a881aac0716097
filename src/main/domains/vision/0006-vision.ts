import { sql, type Kysely } from 'kysely';

// The vision (step 3): passages of the working copy with their supporting findings, the poster
// settings, frozen versions and the feedback on them. Frozen in time like every migration.
//
// A frozen version cannot change: a trigger refuses any update of vision_version, and any delete
// except of a restore point (herstelpunt), so not even a bug elsewhere can rewrite what was sent
// round for feedback. What points at a stakeholder, theme or finding lets go of it (SET NULL) or
// goes with it (CASCADE), so deleting one never fails on this area's rows.

const STATEMENTS = [
  `CREATE TABLE vision_passage (
     id TEXT PRIMARY KEY NOT NULL,
     kind TEXT NOT NULL
       CHECK (kind IN ('kernvisie', 'themavisie', 'ambitie', 'kernwaarde', 'randvoorwaarde')),
     title TEXT NOT NULL,
     body TEXT NOT NULL DEFAULT '',
     for_inhabitants TEXT NOT NULL DEFAULT '',
     for_staff TEXT NOT NULL DEFAULT '',
     for_board TEXT NOT NULL DEFAULT '',
     theme_id TEXT REFERENCES theme(id) ON DELETE SET NULL,
     portfolio_holder_id TEXT REFERENCES stakeholder(id) ON DELETE SET NULL,
     position INTEGER NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   )`,
  `CREATE INDEX vision_passage_theme ON vision_passage (theme_id)`,
  `CREATE INDEX vision_passage_portfolio ON vision_passage (portfolio_holder_id)`,
  `CREATE TABLE vision_passage_finding (
     passage_id TEXT NOT NULL REFERENCES vision_passage(id) ON DELETE CASCADE,
     finding_id TEXT NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
     position INTEGER NOT NULL,
     PRIMARY KEY (passage_id, finding_id)
   )`,
  `CREATE INDEX vision_passage_finding_finding ON vision_passage_finding (finding_id)`,
  `CREATE TABLE vision_poster (
     id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
     title TEXT NOT NULL DEFAULT '',
     layout TEXT NOT NULL CHECK (layout IN ('kolommen', 'raster', 'kern')),
     format TEXT NOT NULL CHECK (format IN ('A3', 'A0')),
     updated_at TEXT NOT NULL
   )`,
  `CREATE TABLE vision_version (
     id TEXT PRIMARY KEY NOT NULL,
     label TEXT NOT NULL UNIQUE,
     status TEXT NOT NULL CHECK (status IN ('concept', 'definitief', 'herstelpunt')),
     frozen_at TEXT NOT NULL,
     note TEXT NOT NULL DEFAULT '',
     restored_label TEXT,
     content_json TEXT NOT NULL
   )`,
  `CREATE TRIGGER vision_version_frozen_update BEFORE UPDATE ON vision_version
   BEGIN SELECT RAISE(ABORT, 'VISION_VERSION_FROZEN'); END`,
  `CREATE TRIGGER vision_version_frozen_delete BEFORE DELETE ON vision_version
   WHEN OLD.status <> 'herstelpunt'
   BEGIN SELECT RAISE(ABORT, 'VISION_VERSION_FROZEN'); END`,
  `CREATE TABLE vision_feedback (
     id TEXT PRIMARY KEY NOT NULL,
     version_id TEXT NOT NULL REFERENCES vision_version(id) ON DELETE CASCADE,
     passage_id TEXT,
     text TEXT NOT NULL,
     from_text TEXT NOT NULL DEFAULT '',
     from_stakeholder_id TEXT REFERENCES stakeholder(id) ON DELETE SET NULL,
     disposition TEXT NOT NULL CHECK (disposition IN ('open', 'verwerkt', 'niet-verwerkt')),
     reason TEXT NOT NULL DEFAULT '',
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     CHECK (disposition <> 'niet-verwerkt' OR reason <> '')
   )`,
  `CREATE INDEX vision_feedback_version ON vision_feedback (version_id)`,
  `CREATE INDEX vision_feedback_stakeholder ON vision_feedback (from_stakeholder_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
