import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { DocumentTextStatus, DocumentType } from '../../../shared/domain/document.js';

export interface DocumentTable {
  id: string;
  title: string;
  doc_type: DocumentType;
  document_date: string | null;
  author: string;
  summary: string;
  file_name: string;
  mime_type: string;
  size_bytes: number;
  sha256: string;
  created_at: string;
  updated_at: string;
  /** Since file version 3 (0003-document-text). */
  text_status: DocumentTextStatus;
  /** Pages of a PDF, 1 for a Word or text file; null while not read or unreadable. */
  page_count: number | null;
}

export interface DocumentChunkTable {
  chunk_id: Generated<number>;
  document_id: string;
  seq: number;
  data: Uint8Array;
}

export interface PassageTable {
  id: string;
  document_id: string;
  text: string;
  page: number | null;
  note: string;
  created_at: string;
  updated_at: string;
}

/** The text of one page, as extracted on import; only pages with text have a row. */
export interface DocumentPageTable {
  document_id: string;
  page: number;
  text: string;
}

/** The tables of this area, as the composed Database (src/main/domains/database.ts) sees them. */
export interface DocumentTables {
  document: DocumentTable;
  document_chunk: DocumentChunkTable;
  passage: PassageTable;
  document_page: DocumentPageTable;
}

export type DocumentRow = Selectable<DocumentTable>;
export type DocumentPatch = Updateable<DocumentTable>;
export type PassageRow = Selectable<PassageTable>;
export type PassagePatch = Updateable<PassageTable>;
export type DocumentPageRow = Selectable<DocumentPageTable>;
export type NewDocumentRow = Insertable<DocumentTable>;
export type NewPassageRow = Insertable<PassageTable>;
