import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../schema.js';
import type {
  DocumentPageRow,
  DocumentPatch,
  DocumentRow,
  NewDocumentRow,
  NewPassageRow,
  PassagePatch,
  PassageRow,
} from './document.table.js';

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

export async function insertDocument(db: Db, row: NewDocumentRow): Promise<void> {
  await db.insertInto('document').values(row).execute();
}

export async function insertChunk(
  db: Db,
  documentId: string,
  seq: number,
  data: Uint8Array,
): Promise<void> {
  await db.insertInto('document_chunk').values({ document_id: documentId, seq, data }).execute();
}

/** Whether any of the original bytes are in the file (an import without attachments has none). */
export async function hasStoredBytes(db: Db, documentId: string): Promise<boolean> {
  const row = await db
    .selectFrom('document_chunk')
    .select('chunk_id')
    .where('document_id', '=', documentId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Returns the number of rows changed (0: no such document). */
export async function patchDocument(db: Db, id: string, patch: DocumentPatch): Promise<number> {
  const result = await db
    .updateTable('document')
    .set(patch)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Puts the pages read from a document in place of what was there. */
export async function replacePages(
  db: Db,
  documentId: string,
  pages: readonly { page: number; text: string }[],
): Promise<void> {
  await db.deleteFrom('document_page').where('document_id', '=', documentId).execute();
  for (const page of pages) {
    await db
      .insertInto('document_page')
      .values({ document_id: documentId, page: page.page, text: page.text })
      .execute();
  }
}

export async function insertPassage(db: Db, row: NewPassageRow): Promise<void> {
  await db.insertInto('passage').values(row).execute();
}

/** Returns the number of rows changed (0: no such passage). */
export async function patchPassage(db: Db, id: string, patch: PassagePatch): Promise<number> {
  const result = await db.updateTable('passage').set(patch).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows);
}
