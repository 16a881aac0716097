import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../schema.js';
import type { DocumentPageRow, DocumentRow, PassageRow } from './document.table.js';

type Db = Kysely<Database> | Transaction<Database>;

export type DocumentWithCount = DocumentRow & { passage_count: number };

/** Documents with the number of their passages, in one query. */
const documentsWithCount = (db: Db) =>
  db
    .selectFrom('document')
    .selectAll('document')
    .select((eb) =>
      eb
        .selectFrom('passage')
        .select(sql<number>`count(*)`.as('n'))
        .whereRef('passage.document_id', '=', 'document.id')
        .as('passage_count'),
    );

export async function listDocuments(db: Db): Promise<DocumentWithCount[]> {
  return documentsWithCount(db)
    .orderBy('document.document_date', 'desc')
    .orderBy('document.title')
    .execute() as Promise<DocumentWithCount[]>;
}

export async function findDocument(db: Db, id: string): Promise<DocumentWithCount | undefined> {
  return documentsWithCount(db).where('document.id', '=', id).executeTakeFirst() as Promise<
    DocumentWithCount | undefined
  >;
}

export async function listPassages(db: Db, documentId: string): Promise<PassageRow[]> {
  return db
    .selectFrom('passage')
    .selectAll()
    .where('document_id', '=', documentId)
    .orderBy('page')
    .orderBy('created_at')
    .execute();
}

export async function findPassage(db: Db, id: string): Promise<PassageRow | undefined> {
  return db.selectFrom('passage').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listPages(db: Db, documentId: string): Promise<DocumentPageRow[]> {
  return db
    .selectFrom('document_page')
    .selectAll()
    .where('document_id', '=', documentId)
    .orderBy('page')
    .execute();
}

/** Chunks in order, one at a time: the caller never holds the whole file. */
export async function* readChunks(db: Db, documentId: string): AsyncGenerator<Uint8Array> {
  const ids = await db
    .selectFrom('document_chunk')
    .select('chunk_id')
    .where('document_id', '=', documentId)
    .orderBy('seq')
    .execute();
  for (const { chunk_id } of ids) {
    const row = await db
      .selectFrom('document_chunk')
      .select('data')
      .where('chunk_id', '=', chunk_id)
      .executeTakeFirstOrThrow();
    yield row.data;
  }
}
