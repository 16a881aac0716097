import { sql, type Kysely } from 'kysely';

// Documents are read, not only stored: the text of each page of an uploaded PDF, Word file or
// text file, and whether there is any. Frozen in time like every migration.
//
// Documents stored before this migration get text_status 'pending' (not read yet); the user can
// have them read with `document:extractText`. A page is searchable through the same FTS5 table
// as everything else, as kind 'document-page' with ref_id "<document id>:<page>", kept in step
// by triggers exactly as 0002 does it (a changed text gets a fresh rowid; see 0002 for why).

const REF = (row: 'NEW' | 'OLD') => `${row}.document_id || ':' || ${row}.page`;
const REF_ROWID = (row: 'NEW' | 'OLD') =>
  `(SELECT rowid FROM search_ref WHERE kind = 'document-page' AND ref_id = ${REF(row)})`;
const INDEX_NEW = `
  INSERT INTO search_ref (kind, ref_id) VALUES ('document-page', ${REF('NEW')});
  INSERT INTO search_index (rowid, kind, ref_id, parent_id, question_id, title, body)
  VALUES (last_insert_rowid(), 'document-page', ${REF('NEW')}, NEW.document_id, NULL, '', NEW.text);`;
const UNINDEX = (row: 'NEW' | 'OLD') => `
  DELETE FROM search_index WHERE rowid = ${REF_ROWID(row)};
  DELETE FROM search_ref WHERE kind = 'document-page' AND ref_id = ${REF(row)};`;

export async function up(db: Kysely<unknown>): Promise<void> {
  // 'extracted' (pages stored), 'none' (no text in it: a scan, an image), 'failed' (damaged or
  // refused), 'pending' (not read yet).
  await sql`ALTER TABLE document ADD COLUMN text_status TEXT NOT NULL DEFAULT 'pending'`.execute(
    db,
  );
  await sql`ALTER TABLE document ADD COLUMN page_count INTEGER`.execute(db);

  await db.schema
    .createTable('document_page')
    .addColumn('document_id', 'text', (c) =>
      c.notNull().references('document.id').onDelete('cascade'),
    )
    .addColumn('page', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_page_pk', ['document_id', 'page'])
    .execute();

  await sql
    .raw(`CREATE TRIGGER document_page_ai AFTER INSERT ON document_page BEGIN ${INDEX_NEW} END`)
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER document_page_au AFTER UPDATE OF document_id, page, text ON document_page BEGIN
         ${UNINDEX('OLD')}
         ${INDEX_NEW}
       END`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER document_page_ad AFTER DELETE ON document_page BEGIN ${UNINDEX('OLD')} END`,
    )
    .execute(db);
}
