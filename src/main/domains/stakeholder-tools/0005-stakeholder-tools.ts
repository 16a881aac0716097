import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

// Stakeholder tools: parties, the krachtenveld with dated snapshots, value mapping, the
// ijsbergmodel, conflicting interests and roles. Frozen in time like every migration.
//
// Every engagement has two parties that cannot be deleted: the municipality itself and its
// inhabitants (party.fixed, at most one row each). A file that already holds an engagement gets
// them here; a new file gets them on first use (the engagement row comes after the migrations).
// What points at a stakeholder or a finding from elsewhere lets go of it (SET NULL) or goes with
// it (CASCADE), so deleting one never fails on this area's rows, and undo puts cascaded rows back.

const TABLES = [
  `CREATE TABLE party (
     id TEXT PRIMARY KEY NOT NULL,
     name TEXT NOT NULL,
     kind TEXT NOT NULL CHECK (kind IN ('organisation', 'group', 'municipality', 'inhabitants')),
     fixed TEXT UNIQUE CHECK (fixed IN ('own-municipality', 'inhabitants')),
     interests TEXT NOT NULL DEFAULT '',
     values_text TEXT NOT NULL DEFAULT '',
     ways_of_working TEXT NOT NULL DEFAULT '',
     culture_notes TEXT NOT NULL DEFAULT '',
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   )`,
  `CREATE TABLE party_stakeholder (
     party_id TEXT NOT NULL REFERENCES party(id) ON DELETE CASCADE,
     stakeholder_id TEXT NOT NULL REFERENCES stakeholder(id) ON DELETE CASCADE,
     position INTEGER NOT NULL,
     PRIMARY KEY (party_id, stakeholder_id)
   )`,
  `CREATE INDEX party_stakeholder_stakeholder ON party_stakeholder (stakeholder_id)`,
  `CREATE TABLE force_field_position (
     id TEXT PRIMARY KEY NOT NULL,
     party_id TEXT NOT NULL UNIQUE REFERENCES party(id) ON DELETE CASCADE,
     influence INTEGER NOT NULL CHECK (influence BETWEEN 1 AND 5),
     attitude INTEGER NOT NULL CHECK (attitude BETWEEN -2 AND 2),
     opportunities TEXT NOT NULL DEFAULT '',
     risks TEXT NOT NULL DEFAULT '',
     communication_strategy TEXT NOT NULL DEFAULT '',
     next_action TEXT NOT NULL DEFAULT '',
     action_owner_id TEXT REFERENCES stakeholder(id) ON DELETE SET NULL,
     action_due TEXT,
     updated_at TEXT NOT NULL
   )`,
  `CREATE TABLE force_field_snapshot (
     id TEXT PRIMARY KEY NOT NULL,
     taken_on TEXT NOT NULL,
     scored_by TEXT NOT NULL,
     note TEXT NOT NULL DEFAULT '',
     created_at TEXT NOT NULL
   )`,
  `CREATE TABLE force_field_snapshot_position (
     snapshot_id TEXT NOT NULL REFERENCES force_field_snapshot(id) ON DELETE CASCADE,
     party_id TEXT NOT NULL REFERENCES party(id) ON DELETE CASCADE,
     party_name TEXT NOT NULL,
     influence INTEGER NOT NULL CHECK (influence BETWEEN 1 AND 5),
     attitude INTEGER NOT NULL CHECK (attitude BETWEEN -2 AND 2),
     communication_strategy TEXT NOT NULL DEFAULT '',
     PRIMARY KEY (snapshot_id, party_id)
   )`,
  `CREATE INDEX force_field_snapshot_position_party ON force_field_snapshot_position (party_id)`,
  `CREATE TABLE value_weight (
     party_id TEXT NOT NULL REFERENCES party(id) ON DELETE CASCADE,
     value_id TEXT NOT NULL,
     weight INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 3),
     PRIMARY KEY (party_id, value_id)
   )`,
  `CREATE TABLE iceberg (
     id TEXT PRIMARY KEY NOT NULL,
     title TEXT NOT NULL,
     description TEXT NOT NULL DEFAULT '',
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   )`,
  `CREATE TABLE iceberg_item (
     id TEXT PRIMARY KEY NOT NULL,
     iceberg_id TEXT NOT NULL REFERENCES iceberg(id) ON DELETE CASCADE,
     layer TEXT NOT NULL,
     text TEXT NOT NULL,
     finding_id TEXT REFERENCES finding(id) ON DELETE SET NULL,
     position INTEGER NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   )`,
  `CREATE INDEX iceberg_item_iceberg ON iceberg_item (iceberg_id, layer, position)`,
  `CREATE INDEX iceberg_item_finding ON iceberg_item (finding_id)`,
  `CREATE TABLE interest_conflict (
     id TEXT PRIMARY KEY NOT NULL,
     party_a_id TEXT NOT NULL REFERENCES party(id) ON DELETE CASCADE,
     party_b_id TEXT NOT NULL REFERENCES party(id) ON DELETE CASCADE,
     description TEXT NOT NULL,
     bridge TEXT NOT NULL DEFAULT '',
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     CHECK (party_a_id <> party_b_id)
   )`,
  `CREATE INDEX interest_conflict_a ON interest_conflict (party_a_id)`,
  `CREATE INDEX interest_conflict_b ON interest_conflict (party_b_id)`,
  `CREATE TABLE role_assignment (
     id TEXT PRIMARY KEY NOT NULL,
     stakeholder_id TEXT NOT NULL REFERENCES stakeholder(id) ON DELETE CASCADE,
     role_id TEXT NOT NULL,
     note TEXT NOT NULL DEFAULT '',
     created_at TEXT NOT NULL,
     UNIQUE (stakeholder_id, role_id)
   )`,
];

/** The inhabitants' name in the engagement's language at the time of this migration. */
export const INHABITANTS_NAME = { nl: 'Inwoners', en: 'Residents' } as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of TABLES) await sql.raw(statement).execute(db);
  const { rows } = await sql<{
    client_name: string;
    language: string;
    created_at: string;
  }>`SELECT client_name, language, created_at FROM engagement LIMIT 1`.execute(db);
  const engagement = rows[0];
  if (!engagement) return;
  const now = new Date().toISOString();
  const inhabitants = engagement.language === 'en' ? INHABITANTS_NAME.en : INHABITANTS_NAME.nl;
  await sql`INSERT INTO party (id, name, kind, fixed, created_at, updated_at) VALUES
    (${randomUUID()}, ${engagement.client_name}, 'municipality', 'own-municipality', ${now}, ${now}),
    (${randomUUID()}, ${inhabitants}, 'inhabitants', 'inhabitants', ${now}, ${now})`.execute(db);
}
