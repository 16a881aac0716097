import { sql, type Kysely } from 'kysely';

// Step 4 (adoption): presentations of the vision and the feedback given there, the decisions of
// MT, directie, college and raad, the state of each borging item of the method, and the
// revisions started on an adopted vision. Frozen in time like every migration.
//
// What points at a vision version, document or stakeholder lets go of it (SET NULL); the link
// between a presentation and a feedback item goes with either (CASCADE), so deleting one never
// fails on this area's rows.

const STATEMENTS = [
  `CREATE TABLE presentation (
     id TEXT PRIMARY KEY NOT NULL,
     audience TEXT NOT NULL CHECK (audience IN
       ('mt', 'directie', 'college', 'raad', 'programmateam', 'or', 'werkgroep', 'overig')),
     title TEXT NOT NULL DEFAULT '',
     date TEXT NOT NULL,
     version_id TEXT REFERENCES vision_version(id) ON DELETE SET NULL,
     attendees TEXT NOT NULL DEFAULT '',
     notes TEXT NOT NULL DEFAULT '',
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   )`,
  `CREATE INDEX presentation_version ON presentation (version_id)`,
  `CREATE TABLE presentation_feedback (
     presentation_id TEXT NOT NULL REFERENCES presentation(id) ON DELETE CASCADE,
     feedback_id TEXT NOT NULL REFERENCES vision_feedback(id) ON DELETE CASCADE,
     PRIMARY KEY (presentation_id, feedback_id)
   )`,
  `CREATE INDEX presentation_feedback_feedback ON presentation_feedback (feedback_id)`,
  `CREATE TABLE decision (
     id TEXT PRIMARY KEY NOT NULL,
     body TEXT NOT NULL CHECK (body IN ('mt', 'directie', 'college', 'raad')),
     kind TEXT NOT NULL CHECK (kind IN
       ('vastgesteld', 'bekrachtigd', 'afgestemd', 'aangehouden', 'kennisgenomen')),
     subject TEXT NOT NULL CHECK (subject IN ('visie', 'aanpak', 'nulmeting', 'routekaart')),
     date TEXT NOT NULL,
     reference TEXT NOT NULL DEFAULT '',
     version_id TEXT REFERENCES vision_version(id) ON DELETE SET NULL,
     document_id TEXT REFERENCES document(id) ON DELETE SET NULL,
     notes TEXT NOT NULL DEFAULT '',
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     CHECK (subject = 'visie' OR version_id IS NULL)
   )`,
  `CREATE INDEX decision_version ON decision (version_id)`,
  `CREATE INDEX decision_document ON decision (document_id)`,
  `CREATE TABLE borging_item_state (
     item_id TEXT PRIMARY KEY NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('open', 'bezig', 'gereed', 'niet-van-toepassing')),
     owner_stakeholder_id TEXT REFERENCES stakeholder(id) ON DELETE SET NULL,
     owner_text TEXT NOT NULL DEFAULT '',
     due_date TEXT,
     notes TEXT NOT NULL DEFAULT '',
     updated_at TEXT NOT NULL
   )`,
  `CREATE INDEX borging_item_state_owner ON borging_item_state (owner_stakeholder_id)`,
  `CREATE TABLE adoption_revision (
     id TEXT PRIMARY KEY NOT NULL,
     decision_id TEXT REFERENCES decision(id) ON DELETE SET NULL,
     started_at TEXT NOT NULL
   )`,
  `CREATE INDEX adoption_revision_decision ON adoption_revision (decision_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
