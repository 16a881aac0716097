import { sql, type Kysely } from 'kysely';

// Step 1 of an engagement: the document register, interviews with notes, coded findings, and
// one full-text index over all of it. Frozen in time like every migration.
//
// Search: one FTS5 table holds a copy of every searchable text. Its rowids are handed out by
// search_ref, so triggers find a row by (kind, ref_id) through an index instead of scanning the
// FTS table, and rowids survive VACUUM (search_ref has an explicit INTEGER PRIMARY KEY).
// The index is kept in step by triggers: the database itself, whoever writes.

// unicode61's tables predate bidi isolates, skin-tone modifiers and most emoji, and count
// them as letters: "👍🏽idee" became one token and "idee" was not found. They separate words.
const SEPARATOR_RANGES: [number, number][] = [
  [0x200b, 0x200f], // zero-width space/joiners, LRM, RLM
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x206f], // word joiner, bidi isolates, invisible operators
  [0xfe00, 0xfe0f], // variation selectors (emoji presentation)
  [0x2600, 0x27bf], // symbols and dingbats
  [0x1f000, 0x1faff], // emoji, including skin tones
];
const SEPARATORS = SEPARATOR_RANGES.map(([from, to]) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join(''),
).join('');
const SEARCH_TOKENIZER = `unicode61 remove_diacritics 2 separators ''${SEPARATORS}''`;

interface Indexed {
  table: string;
  kind: string;
  /** SQL expressions over NEW for the index columns. */
  parent: string;
  question: string;
  title: string;
  body: string;
  /** Columns whose change must refresh the index. */
  watch: string[];
}

const INDEXED: Indexed[] = [
  {
    table: 'interview_question',
    kind: 'interview-notes',
    parent: 'NEW.interview_id',
    question: 'NEW.id',
    title: 'NEW.question_text',
    body: 'NEW.notes_text',
    watch: ['question_text', 'notes_text'],
  },
  {
    table: 'interview',
    kind: 'interview-notes',
    parent: 'NEW.id',
    question: 'NULL',
    title: 'NEW.title',
    body: 'NEW.free_notes_text',
    watch: ['title', 'free_notes_text'],
  },
  {
    table: 'passage',
    kind: 'passage',
    parent: 'NEW.document_id',
    question: 'NULL',
    title: "''",
    body: "NEW.text || ' ' || NEW.note",
    watch: ['text', 'note'],
  },
  {
    table: 'document',
    kind: 'document',
    parent: 'NULL',
    question: 'NULL',
    title: 'NEW.title',
    body: "NEW.author || ' ' || NEW.summary",
    watch: ['title', 'author', 'summary'],
  },
  {
    table: 'finding',
    kind: 'finding',
    parent: 'NULL',
    question: 'NULL',
    title: 'NEW.statement',
    body: 'NEW.quote',
    watch: ['statement', 'quote'],
  },
  {
    table: 'stakeholder',
    kind: 'stakeholder',
    parent: 'NULL',
    question: 'NULL',
    title: 'NEW.name',
    body: "NEW.job_title || ' ' || NEW.department || ' ' || NEW.pseudonym",
    watch: ['name', 'job_title', 'department', 'pseudonym'],
  },
];

function triggersFor(spec: Indexed): string[] {
  const name = `${spec.table}_${spec.kind.replace(/-/g, '_')}`;
  const refOf = (row: 'NEW' | 'OLD') =>
    `(SELECT rowid FROM search_ref WHERE kind = '${spec.kind}' AND ref_id = ${row}.id)`;
  return [
    `CREATE TRIGGER ${name}_ai AFTER INSERT ON ${spec.table} BEGIN
       INSERT INTO search_ref (kind, ref_id) VALUES ('${spec.kind}', NEW.id);
       INSERT INTO search_index (rowid, kind, ref_id, parent_id, question_id, title, body)
       VALUES (last_insert_rowid(), '${spec.kind}', NEW.id, ${spec.parent}, ${spec.question}, ${spec.title}, ${spec.body});
     END`,
    // A changed text gets a fresh rowid (search_ref is AUTOINCREMENT): in SQLite 3.53.2, with
    // FTS5 secure-delete on, deleting and re-inserting the same rowid in one transaction (which
    // is what an FTS5 UPDATE does) can leave the old text's terms in the index; integrity_check
    // then reports a checksum mismatch and searches find words that are gone. Found by
    // test/reliability/kill-during-save.test.ts; a fuzz of fresh rowids stayed consistent.
    `CREATE TRIGGER ${name}_au AFTER UPDATE OF ${spec.watch.join(', ')} ON ${spec.table} BEGIN
       DELETE FROM search_index WHERE rowid = ${refOf('NEW')};
       DELETE FROM search_ref WHERE kind = '${spec.kind}' AND ref_id = NEW.id;
       INSERT INTO search_ref (kind, ref_id) VALUES ('${spec.kind}', NEW.id);
       INSERT INTO search_index (rowid, kind, ref_id, parent_id, question_id, title, body)
       VALUES (last_insert_rowid(), '${spec.kind}', NEW.id, ${spec.parent}, ${spec.question}, ${spec.title}, ${spec.body});
     END`,
    `CREATE TRIGGER ${name}_ad AFTER DELETE ON ${spec.table} BEGIN
       DELETE FROM search_index WHERE rowid = ${refOf('OLD')};
       DELETE FROM search_ref WHERE kind = '${spec.kind}' AND ref_id = OLD.id;
     END`,
  ];
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('document')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('doc_type', 'text', (c) => c.notNull())
    .addColumn('document_date', 'text')
    .addColumn('author', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // The original file, in chunks: a 200 MB PDF never has to sit in memory whole.
  await db.schema
    .createTable('document_chunk')
    .addColumn('chunk_id', 'integer', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) =>
      c.notNull().references('document.id').onDelete('cascade'),
    )
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('data', 'blob', (c) => c.notNull())
    .addUniqueConstraint('document_chunk_order', ['document_id', 'seq'])
    .execute();

  await db.schema
    .createTable('passage')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) =>
      c.notNull().references('document.id').onDelete('cascade'),
    )
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('page', 'integer')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('passage_document').on('passage').column('document_id').execute();

  await db.schema
    .createTable('interview')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('scheduled_at', 'text')
    .addColumn('location', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('interviewers_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('gepland'))
    .addColumn('status_dates_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('free_notes_json', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('free_notes_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('interview_participant')
    .addColumn('interview_id', 'text', (c) =>
      c.notNull().references('interview.id').onDelete('cascade'),
    )
    .addColumn('stakeholder_id', 'text', (c) =>
      c.notNull().references('stakeholder.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('interview_participant_pk', ['interview_id', 'stakeholder_id'])
    .execute();
  await db.schema
    .createIndex('interview_participant_stakeholder')
    .on('interview_participant')
    .column('stakeholder_id')
    .execute();

  await db.schema
    .createTable('interview_question')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('interview_id', 'text', (c) =>
      c.notNull().references('interview.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('guide_question_id', 'text')
    .addColumn('question_text', 'text', (c) => c.notNull())
    .addColumn('notes_json', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('interview_question_interview')
    .on('interview_question')
    .columns(['interview_id', 'position'])
    .execute();

  // A finding is deleted with the interview, question or passage it quotes: when an interviewee
  // withdraws, their words leave the file (AVG), not just the link to them.
  await db.schema
    .createTable('finding')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('statement', 'text', (c) => c.notNull())
    .addColumn('quote', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('importance', 'integer', (c) => c.notNull().defaultTo(2))
    .addColumn('stakeholder_group', 'text')
    .addColumn('source_type', 'text', (c) => c.notNull())
    .addColumn('interview_id', 'text', (c) => c.references('interview.id').onDelete('cascade'))
    .addColumn('question_id', 'text', (c) =>
      c.references('interview_question.id').onDelete('cascade'),
    )
    .addColumn('passage_id', 'text', (c) => c.references('passage.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  for (const column of [
    'kind',
    'stakeholder_group',
    'interview_id',
    'question_id',
    'passage_id',
    'created_at',
  ]) {
    await db.schema.createIndex(`finding_${column}`).on('finding').column(column).execute();
  }

  await db.schema
    .createTable('finding_theme')
    .addColumn('finding_id', 'text', (c) =>
      c.notNull().references('finding.id').onDelete('cascade'),
    )
    .addColumn('theme_id', 'text', (c) => c.notNull().references('theme.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('finding_theme_pk', ['finding_id', 'theme_id'])
    .execute();
  await db.schema
    .createIndex('finding_theme_theme')
    .on('finding_theme')
    .columns(['theme_id', 'finding_id'])
    .execute();

  await sql`CREATE TABLE search_ref (
    rowid INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    ref_id TEXT NOT NULL,
    UNIQUE (kind, ref_id)
  )`.execute(db);
  await sql
    .raw(
      `CREATE VIRTUAL TABLE search_index USING fts5(
        kind UNINDEXED, ref_id UNINDEXED, parent_id UNINDEXED, question_id UNINDEXED, title, body,
        tokenize = '${SEARCH_TOKENIZER}'
      )`,
    )
    .execute(db);
  // Deleted text must not survive in the index's segments of a file that is mailed around.
  await sql`INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)`.execute(db);

  for (const spec of INDEXED) {
    for (const statement of triggersFor(spec)) await sql.raw(statement).execute(db);
  }
  // Stakeholders existed before this migration: index them now.
  await sql`INSERT INTO search_ref (kind, ref_id) SELECT 'stakeholder', id FROM stakeholder`.execute(
    db,
  );
  await sql`INSERT INTO search_index (rowid, kind, ref_id, parent_id, question_id, title, body)
    SELECT r.rowid, 'stakeholder', s.id, NULL, NULL, s.name, s.job_title || ' ' || s.department || ' ' || s.pseudonym
    FROM stakeholder s JOIN search_ref r ON r.kind = 'stakeholder' AND r.ref_id = s.id`.execute(db);
}
