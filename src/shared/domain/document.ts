import { z } from 'zod';
import {
  isoDateSchema,
  LONG_TEXT_MAX,
  requiredText,
  shortText,
  type Timestamps,
} from './common.js';

export const DOCUMENT_TYPES = [
  'coalitieakkoord',
  'visie-dienstverlening',
  'ia-strategie',
  'beleidsnota',
  'jaarverslag',
  'anders',
] as const;
export const documentTypeSchema = z.enum(DOCUMENT_TYPES);
export type DocumentType = z.infer<typeof documentTypeSchema>;

export const documentFieldsSchema = z.object({
  title: requiredText(300),
  type: documentTypeSchema,
  documentDate: isoDateSchema.nullable(),
  author: shortText(300),
  summary: z.string().max(LONG_TEXT_MAX),
});
export type DocumentFields = z.infer<typeof documentFieldsSchema>;

/**
 * Whether the document's text could be read: 'extracted' (its pages are searchable), 'none' (it
 * holds no text, like a scanned PDF or a picture: say so, do not pretend it is empty), 'failed'
 * (damaged or unreadable; the original is stored all the same), 'pending' (not read yet, like a
 * document stored by an older Koers).
 */
export const DOCUMENT_TEXT_STATUSES = ['extracted', 'none', 'failed', 'pending'] as const;
export type DocumentTextStatus = (typeof DOCUMENT_TEXT_STATUSES)[number];

export interface SourceDocument extends DocumentFields, Timestamps {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  /** Hex SHA-256 of the stored bytes: shows the original is intact years later. */
  sha256: string;
  passageCount: number;
  textStatus: DocumentTextStatus;
  /** Pages of a PDF, 1 for a Word or text file; null while not read or unreadable. */
  pageCount: number | null;
}

/** The text of one page; only pages with text are listed. */
export interface DocumentPage {
  page: number;
  text: string;
}

export interface DocumentPages {
  textStatus: DocumentTextStatus;
  pageCount: number | null;
  pages: DocumentPage[];
}

export const passageFieldsSchema = z.object({
  text: requiredText(LONG_TEXT_MAX),
  page: z.number().int().min(1).max(100_000).nullable(),
  note: z.string().max(LONG_TEXT_MAX),
});
export type PassageFields = z.infer<typeof passageFieldsSchema>;

export interface Passage extends PassageFields, Timestamps {
  id: string;
  documentId: string;
}

export interface DocumentDetail extends SourceDocument {
  passages: Passage[];
}

/** Upload ids are minted by the core when a shell stages a file; never a path. */
export const uploadIdSchema = z.string().regex(/^[a-f0-9-]{36}$/);

/** A file handed to the core out of band, waiting for `document:add`. */
export interface StagedUpload {
  uploadId: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
}
