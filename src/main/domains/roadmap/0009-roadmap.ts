import { sql, type Kysely } from 'kysely';

// The routekaart (issue 16): the plan's settings, its items with their dependencies, the gaps
// they close (by dimension id of the maturity model: no foreign key, the gap is computed) and
// the vision passages they serve, and dated progress updates. Frozen in time like every
// migration.
//
// An owner stakeholder lets go of the item (SET NULL); links, dependencies and updates go with
// either end (CASCADE), so deleting an item or a passage never fails on this area's rows.

const QUARTER = `GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'`;

const STATEMENTS = [
  `CREATE TABLE roadmap_settings (
     id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
     start_quarter TEXT NOT NULL CHECK (start_quarter ${QUARTER}),
     horizon_years INTEGER NOT NULL CHECK (horizon_years BETWEEN 1 AND 10),
     updated_at TEXT NOT NULL
   )`,
  `CREATE TABLE roadmap_item (
     id TEXT PRIMARY KEY NOT NULL,
     kind TEXT NOT NULL CHECK (kind IN ('project', 'activiteit', 'quick-win', 'doorlopend', 'mijlpaal')),
     title TEXT NOT NULL,
     description TEXT NOT NULL DEFAULT '',
     goal TEXT NOT NULL DEFAULT '',
     dimension_id TEXT,
     bouwsteen TEXT CHECK (bouwsteen IS NULL OR bouwsteen IN ('data-cultuur', 'data-expertise',
       'data-architectuur', 'agile-aanpak', 'experimenten', 'bestuurlijk-draagvlak', 'start-vandaag')),
     start_quarter TEXT NOT NULL CHECK (start_quarter ${QUARTER}),
     end_quarter TEXT NOT NULL CHECK (end_quarter ${QUARTER}),
     owner_stakeholder_id TEXT REFERENCES stakeholder(id) ON DELETE SET NULL,
     owner_text TEXT NOT NULL DEFAULT '',
     effort TEXT NOT NULL DEFAULT '',
     funding TEXT NOT NULL CHECK (funding IN ('geregeld', 'aangevraagd', 'open')),
     phase TEXT NOT NULL CHECK (phase IN ('begin', 'ontwikkel', 'opschaling-en-beheer')),
     level TEXT NOT NULL CHECK (level IN ('strategisch', 'tactisch')),
     status TEXT NOT NULL
       CHECK (status IN ('gepland', 'lopend', 'gereed', 'gepauzeerd', 'geschrapt')),
     position INTEGER NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     CHECK (end_quarter >= start_quarter)
   )`,
  `CREATE INDEX roadmap_item_owner ON roadmap_item (owner_stakeholder_id)`,
  `CREATE TABLE roadmap_dependency (
     item_id TEXT NOT NULL REFERENCES roadmap_item(id) ON DELETE CASCADE,
     depends_on_id TEXT NOT NULL REFERENCES roadmap_item(id) ON DELETE CASCADE,
     PRIMARY KEY (item_id, depends_on_id),
     CHECK (item_id <> depends_on_id)
   )`,
  `CREATE INDEX roadmap_dependency_on ON roadmap_dependency (depends_on_id)`,
  `CREATE TABLE roadmap_item_gap (
     item_id TEXT NOT NULL REFERENCES roadmap_item(id) ON DELETE CASCADE,
     dimension_id TEXT NOT NULL,
     PRIMARY KEY (item_id, dimension_id)
   )`,
  `CREATE TABLE roadmap_item_passage (
     item_id TEXT NOT NULL REFERENCES roadmap_item(id) ON DELETE CASCADE,
     passage_id TEXT NOT NULL REFERENCES vision_passage(id) ON DELETE CASCADE,
     PRIMARY KEY (item_id, passage_id)
   )`,
  `CREATE INDEX roadmap_item_passage_passage ON roadmap_item_passage (passage_id)`,
  `CREATE TABLE roadmap_update (
     id TEXT PRIMARY KEY NOT NULL,
     item_id TEXT NOT NULL REFERENCES roadmap_item(id) ON DELETE CASCADE,
     date TEXT NOT NULL,
     text TEXT NOT NULL,
     status TEXT CHECK (status IS NULL OR status IN
       ('gepland', 'lopend', 'gereed', 'gepauzeerd', 'geschrapt')),
     created_at TEXT NOT NULL
   )`,
  `CREATE INDEX roadmap_update_item ON roadmap_update (item_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
