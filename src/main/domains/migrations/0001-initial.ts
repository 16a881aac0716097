import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration must keep producing exactly the schema it produced when it
// shipped, so it uses Kysely<unknown> and raw column types, never today's Database interface.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('engagement')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('consultants_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('start_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('primary_color', 'text', (c) => c.notNull())
    .addColumn('secondary_color', 'text', (c) => c.notNull())
    .addColumn('font_name', 'text', (c) => c.notNull())
    .addColumn('logo_mime', 'text')
    .addColumn('logo_data', 'blob')
    .addColumn('method_version', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('stakeholder')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('job_title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('department', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('group_code', 'text', (c) => c.notNull())
    .addColumn('pseudonym', 'text', (c) => c.notNull().unique())
    .addColumn('consent', 'text', (c) => c.notNull().defaultTo('onbekend'))
    .addColumn('consent_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stakeholder_group').on('stakeholder').column('group_code').execute();

  await db.schema
    .createTable('method_snapshot')
    .addColumn('part', 'text', (c) => c.primaryKey())
    .addColumn('content_json', 'text', (c) => c.notNull())
    .addColumn('copied_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('checklist_state')
    .addColumn('item_id', 'text', (c) => c.primaryKey())
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('theme')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('color', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  // Pseudonyms are never reused, even after a stakeholder is deleted, so R07 in an old report
  // never silently becomes someone else: the counter lives apart from the rows.
  await sql`INSERT INTO meta (key, value) VALUES ('next_pseudonym', '1')`.execute(db);
}
