import { z } from 'zod';
import { languageSchema } from './common.js';

export const EXPORT_TYPES = [
  'interview-report',
  'findings-report',
  'document-analysis',
  'session-report',
  'stakeholder-analysis',
  'vision-document',
  'poster-pdf',
  'poster-png',
  'poster-svg',
  'adoption-dossier',
  'findings-register',
  'interview-log',
  'stakeholder-register',
  'statement-results',
  'borging-checklist',
] as const;
export const exportTypeSchema = z.enum(EXPORT_TYPES);
export type ExportType = z.infer<typeof exportTypeSchema>;

export const EXPORT_FORMATS = ['docx', 'xlsx', 'pdf', 'png', 'svg'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The media type of each format: the builders' files and the browser's download say it. */
export const EXPORT_MIME: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  png: 'image/png',
  svg: 'image/svg+xml',
};

export interface ExportTypeInfo {
  type: ExportType;
  format: ExportFormat;
  /** The interview report is made for one interview. */
  needsInterview: boolean;
}

export const exportOptionsSchema = z.object({
  /** Document language; the engagement's language when absent. */
  language: languageSchema.optional(),
  /** People appear as their pseudonym (R01 …) unless the consultant explicitly chooses names. */
  useNames: z.boolean().default(false),
  /** Prints "Vertrouwelijk" on the cover and in the header. */
  confidential: z.boolean().default(false),
  /** Version label on the cover, e.g. "concept 0.2". */
  version: z.string().trim().max(50).optional(),
});
export type ExportOptions = z.infer<typeof exportOptionsSchema>;

export type ExportJobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface ExportJobStatus {
  jobId: string;
  type: ExportType;
  state: ExportJobState;
  /** 0 … 1 */
  progress: number;
  fileName: string;
  sizeBytes: number | null;
  /** Characters XML does not allow, removed from user text (the export says how many). */
  removedCharacters: number;
  /** Cells cut at Excel's 32,767-character limit. */
  truncatedCells: number;
  error: { code: string; message: string } | null;
}

/** A word pair that looks like a name and is still in a document's text after pseudonyms. */
export interface NameCandidate {
  text: string;
  /** The record it was found in: interview, finding or document title. */
  where: string;
  kind: 'interview' | 'finding' | 'document';
}
