import { sql, type Kysely } from 'kysely';

// Step 2 of an engagement: work sessions, their parts (tables, opgaven, examples, statements,
// agenda items), the inputs captured per part and round, and the tally of each statement per
// round. A finding can come from a session input. Frozen in time like every migration.
//
// Inputs are searchable through the FTS5 table of 0002, as kind 'session-input' with the
// session as parent and the part as question_id, kept in step by triggers exactly as 0002 does
// it (a changed text gets a fresh rowid; see 0002 for why).

const PART_TITLE = (row: 'NEW' | 'OLD') =>
  `(SELECT title FROM session_part WHERE id = ${row}.part_id)`;
const SESSION_OF = (row: 'NEW' | 'OLD') =>
  `(SELECT session_id FROM session_part WHERE id = ${row}.part_id)`;
const REF_ROWID = (row: 'NEW' | 'OLD') =>
  `(SELECT rowid FROM search_ref WHERE kind = 'session-input' AND ref_id = ${row}.id)`;
const INDEX_NEW = `
  INSERT INTO search_ref (kind, ref_id) VALUES ('session-input', NEW.id);
  INSERT INTO search_index (rowid, kind, ref_id, parent_id, question_id, title, body)
  VALUES (last_insert_rowid(), 'session-input', NEW.id, ${SESSION_OF('NEW')}, NEW.part_id,
          coalesce(${PART_TITLE('NEW')}, ''), NEW.text);`;
const UNINDEX = (row: 'NEW' | 'OLD') => `
  DELETE FROM search_index WHERE rowid = ${REF_ROWID(row)};
  DELETE FROM search_ref WHERE kind = 'session-input' AND ref_id = ${row}.id;`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('goal', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('scheduled_at', 'text')
    .addColumn('room', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('facilitators_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('audience_groups_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('participant_count', 'integer')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('gepland'))
    .addColumn('status_dates_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('checklist_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('session_participant')
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('session.id').onDelete('cascade'),
    )
    .addColumn('stakeholder_id', 'text', (c) =>
      c.notNull().references('stakeholder.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('session_participant_pk', ['session_id', 'stakeholder_id'])
    .execute();
  await db.schema
    .createIndex('session_participant_stakeholder')
    .on('session_participant')
    .column('stakeholder_id')
    .execute();

  await db.schema
    .createTable('session_part')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('session.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('host', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('rounds', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('minutes', 'integer')
    .addColumn('municipality', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('example_year', 'integer')
    .addColumn('appeal', 'text', (c) => c.notNull().defaultTo(''))
    // The example's attachment: one of the engagement's documents. Deleting the document
    // leaves the example, without its attachment.
    .addColumn('document_id', 'text', (c) => c.references('document.id').onDelete('set null'))
    .addColumn('bank_statement_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('session_part_session')
    .on('session_part')
    .columns(['session_id', 'position'])
    .execute();

  await db.schema
    .createTable('session_input')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('part_id', 'text', (c) =>
      c.notNull().references('session_part.id').onDelete('cascade'),
    )
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('votes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('session_input_part')
    .on('session_input')
    .columns(['part_id', 'round', 'created_at'])
    .execute();

  await db.schema
    .createTable('statement_tally')
    .addColumn('part_id', 'text', (c) =>
      c.notNull().references('session_part.id').onDelete('cascade'),
    )
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('eens', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('oneens', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('neutraal', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('revealed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('statement_tally_pk', ['part_id', 'round'])
    .execute();

  // A finding from a session goes with the session, part or input it quotes, like a finding
  // from an interview (0002).
  await sql`ALTER TABLE finding ADD COLUMN session_id TEXT REFERENCES session(id) ON DELETE CASCADE`.execute(
    db,
  );
  await sql`ALTER TABLE finding ADD COLUMN session_part_id TEXT REFERENCES session_part(id) ON DELETE CASCADE`.execute(
    db,
  );
  await sql`ALTER TABLE finding ADD COLUMN session_input_id TEXT REFERENCES session_input(id) ON DELETE CASCADE`.execute(
    db,
  );
  for (const column of ['session_id', 'session_part_id', 'session_input_id']) {
    await db.schema.createIndex(`finding_${column}`).on('finding').column(column).execute();
  }

  await sql
    .raw(`CREATE TRIGGER session_input_ai AFTER INSERT ON session_input BEGIN ${INDEX_NEW} END`)
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER session_input_au AFTER UPDATE OF part_id, text ON session_input BEGIN
         ${UNINDEX('OLD')}
         ${INDEX_NEW}
       END`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER session_input_ad AFTER DELETE ON session_input BEGIN ${UNINDEX('OLD')} END`,
    )
    .execute(db);
  // A part renamed: its inputs are found under the new title.
  await sql
    .raw(
      `CREATE TRIGGER session_part_title_au AFTER UPDATE OF title ON session_part BEGIN
         UPDATE session_input SET text = text WHERE part_id = NEW.id;
       END`,
    )
    .execute(db);
}
