import type { DocumentPatch, PassagePatch } from './document.table.js';
import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import type {
  DocumentDetail,
  DocumentPages,
  DocumentFields,
  Passage,
  PassageFields,
  SourceDocument,
} from '../../../shared/domain/document.js';
import type { DocumentWithCount } from './document.repository.js';
import {
  findDocument,
  findPassage,
  hasStoredBytes,
  insertChunk,
  insertDocument,
  insertPassage,
  listDocuments,
  listPages,
  listPassages,
  patchDocument,
  patchPassage,
  readChunks,
} from './document.repository.js';
import type { PassageRow } from './document.table.js';
import type { CoreContext } from '../../core/core-context.js';
import { KoersError } from '../../base/koers-error.js';
import { removeRecord, type Removed } from '../../core/remove-record.js';
import type { KoersFile } from '../schema.js';
import { readText, storeText } from './document-text.js';
import type { ExtractionOutcome } from './text-extraction.js';
import { suggestDocumentType } from './suggest-document-type.js';

/** 1 MiB rows: small enough to stream, large enough that a 200 MB PDF is 200 rows. */
export const CHUNK_BYTES = 1024 * 1024;

const documentFromRow = (row: DocumentWithCount): SourceDocument => ({
  id: row.id,
  title: row.title,
  type: row.doc_type as SourceDocument['type'],
  documentDate: row.document_date,
  author: row.author,
  summary: row.summary,
  fileName: row.file_name,
  mimeType: row.mime_type,
  sizeBytes: Number(row.size_bytes),
  sha256: row.sha256,
  passageCount: Number(row.passage_count ?? 0),
  textStatus: row.text_status,
  pageCount: row.page_count === null ? null : Number(row.page_count),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const passageFromRow = (row: PassageRow): Passage => ({
  id: row.id,
  documentId: row.document_id,
  text: row.text,
  page: row.page,
  note: row.note,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export async function listEngagementDocuments(
  ctx: CoreContext,
  engagementId: string,
): Promise<SourceDocument[]> {
  return (await listDocuments(ctx.open.get(engagementId).file.db)).map(documentFromRow);
}

export async function getDocument(
  ctx: CoreContext,
  engagementId: string,
  id: string,
): Promise<DocumentDetail> {
  const db = ctx.open.get(engagementId).file.db;
  const row = await findDocument(db, id);
  if (!row) throw new KoersError('NOT_FOUND');
  return { ...documentFromRow(row), passages: (await listPassages(db, id)).map(passageFromRow) };
}

/**
 * Stores a staged upload inside the engagement file, streamed in CHUNK_BYTES rows within one
 * transaction: either the whole file is in, or nothing is. Then reads its text (a worker thread
 * for PDF and Word) and stores it per page in a second transaction: a file that cannot be read
 * is still stored, with text status 'failed' or 'none'. Without a kind from the user, the kind
 * is suggested from the file name and then from the first page.
 */
export async function addDocument(
  ctx: CoreContext,
  engagementId: string,
  uploadId: string,
  fields: Partial<DocumentFields>,
): Promise<SourceDocument> {
  const db = ctx.open.get(engagementId).file.db;
  const upload = ctx.uploads.take(uploadId);
  const id = randomUUID();
  const now = ctx.now();
  try {
    await db.transaction().execute(async (trx) => {
      const hash = createHash('sha256');
      let seq = 0;
      let size = 0;
      await insertDocument(trx, {
        id,
        title: fields.title ?? path.parse(upload.fileName).name,
        doc_type: fields.type ?? suggestDocumentType(upload.fileName, ''),
        document_date: fields.documentDate ?? null,
        author: fields.author ?? '',
        summary: fields.summary ?? '',
        file_name: upload.fileName,
        mime_type: upload.mimeType,
        size_bytes: 0,
        sha256: '',
        created_at: now,
        updated_at: now,
        text_status: 'pending',
        page_count: null,
      });
      const stream = fs.createReadStream(upload.path, { highWaterMark: CHUNK_BYTES });
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        hash.update(chunk);
        size += chunk.length;
        await insertChunk(trx, id, seq++, chunk);
      }
      await patchDocument(trx, id, { size_bytes: size, sha256: hash.digest('hex') });
    });
    const outcome = await readText(
      upload.fileName,
      upload.mimeType,
      upload.sizeBytes,
      async () => new Uint8Array(await fs.promises.readFile(upload.path)),
    );
    await saveText(db, id, outcome, fields.type === undefined ? upload.fileName : undefined);
  } finally {
    upload.release();
  }
  return documentFromRow((await findDocument(db, id))!);
}

async function saveText(
  db: KoersFile['db'],
  id: string,
  outcome: ExtractionOutcome,
  suggestFromName: string | undefined,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await findDocument(trx, id);
    if (!row) return;
    await storeText(
      trx,
      id,
      outcome,
      suggestFromName === undefined
        ? undefined
        : { fileName: suggestFromName, current: row.doc_type },
    );
  });
}

/** The text read from a document, page by page. */
export async function getDocumentPages(
  ctx: CoreContext,
  engagementId: string,
  documentId: string,
): Promise<DocumentPages> {
  const db = ctx.open.get(engagementId).file.db;
  const row = await findDocument(db, documentId);
  if (!row) throw new KoersError('NOT_FOUND');
  const pages = await listPages(db, documentId);
  return {
    textStatus: row.text_status,
    pageCount: row.page_count === null ? null : Number(row.page_count),
    pages: pages.map((p) => ({ page: Number(p.page), text: p.text })),
  };
}

/**
 * Reads a stored document's text again from its original bytes: for a document stored before
 * Koers read documents (status 'pending'), or after a Koers that reads more. Keeps the kind.
 */
export async function extractDocumentText(
  ctx: CoreContext,
  engagementId: string,
  id: string,
): Promise<SourceDocument> {
  const db = ctx.open.get(engagementId).file.db;
  const row = await findDocument(db, id);
  if (!row) throw new KoersError('NOT_FOUND');
  const size = Number(row.size_bytes);
  // A document imported without its attachment has no bytes to read.
  if (!(await hasStoredBytes(db, id)) && size > 0) return documentFromRow(row);
  const outcome = await readText(row.file_name, row.mime_type, size, async () => {
    const bytes = new Uint8Array(size);
    let at = 0;
    for await (const chunk of readChunks(db, id)) {
      bytes.set(chunk.subarray(0, Math.max(0, size - at)), at);
      at += chunk.length;
    }
    return bytes;
  });
  await saveText(db, id, outcome, undefined);
  return documentFromRow((await findDocument(db, id))!);
}

export async function updateDocument(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  fields: Partial<DocumentFields>,
): Promise<SourceDocument> {
  const db = ctx.open.get(engagementId).file.db;
  const patch: DocumentPatch = { updated_at: ctx.now() };
  if (fields.title !== undefined) patch.title = fields.title;
  if (fields.type !== undefined) patch.doc_type = fields.type;
  if (fields.documentDate !== undefined) patch.document_date = fields.documentDate;
  if (fields.author !== undefined) patch.author = fields.author;
  if (fields.summary !== undefined) patch.summary = fields.summary;
  if ((await patchDocument(db, id, patch)) === 0) throw new KoersError('NOT_FOUND');
  return documentFromRow((await findDocument(db, id))!);
}

/** Chunks, passages and findings on those passages go with it (foreign keys cascade). */
export async function deleteDocument(
  ctx: CoreContext,
  engagementId: string,
  id: string,
): Promise<Removed> {
  return removeRecord(ctx, engagementId, 'document', id);
}

/** Streams the original bytes to `out`: for the system viewer (Electron) or a download. */
export async function writeDocumentTo(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  out: Writable,
): Promise<SourceDocument> {
  const db = ctx.open.get(engagementId).file.db;
  const row = await findDocument(db, id);
  if (!row) throw new KoersError('NOT_FOUND');
  for await (const chunk of readChunks(db, id)) {
    if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return documentFromRow(row);
}

export async function createPassage(
  ctx: CoreContext,
  engagementId: string,
  documentId: string,
  fields: Partial<PassageFields> & Pick<PassageFields, 'text'>,
): Promise<Passage> {
  const db = ctx.open.get(engagementId).file.db;
  if (!(await findDocument(db, documentId))) throw new KoersError('NOT_FOUND');
  const id = randomUUID();
  const now = ctx.now();
  await insertPassage(db, {
    id,
    document_id: documentId,
    text: fields.text,
    page: fields.page ?? null,
    note: fields.note ?? '',
    created_at: now,
    updated_at: now,
  });
  return passageFromRow((await findPassage(db, id))!);
}

export async function updatePassage(
  ctx: CoreContext,
  engagementId: string,
  id: string,
  fields: Partial<PassageFields>,
): Promise<Passage> {
  const db = ctx.open.get(engagementId).file.db;
  const patch: PassagePatch = { updated_at: ctx.now() };
  if (fields.text !== undefined) patch.text = fields.text;
  if (fields.page !== undefined) patch.page = fields.page;
  if (fields.note !== undefined) patch.note = fields.note;
  if ((await patchPassage(db, id, patch)) === 0) throw new KoersError('NOT_FOUND');
  return passageFromRow((await findPassage(db, id))!);
}

export async function deletePassage(
  ctx: CoreContext,
  engagementId: string,
  id: string,
): Promise<Removed> {
  return removeRecord(ctx, engagementId, 'passage', id);
}
