import { z } from 'zod';
import { languageSchema, type Language } from './common.js';

export const EXPORT_FORMATS = ['docx', 'xlsx', 'pdf', 'png', 'svg'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Every document type, in the order the lists show them: its format and the slug its file name
 * starts with, per language (exportFileName). A new type is one entry here and one descriptor in
 * src/main/export/registry.ts; the CLI's help lists the types from here.
 */
export const EXPORT_TYPE_TABLE = {
  'interview-report': { format: 'docx', slug: { nl: 'interviewverslag', en: 'interview-report' } },
  'findings-report': { format: 'docx', slug: { nl: 'bevindingenrapport', en: 'findings-report' } },
  'document-analysis': { format: 'docx', slug: { nl: 'documentanalyse', en: 'document-analysis' } },
  'session-report': { format: 'docx', slug: { nl: 'sessieverslag', en: 'session-report' } },
  'stakeholder-analysis': {
    format: 'docx',
    slug: { nl: 'stakeholderanalyse', en: 'stakeholder-analysis' },
  },
  'vision-document': { format: 'docx', slug: { nl: 'visiedocument', en: 'vision-document' } },
  'poster-pdf': { format: 'pdf', slug: { nl: 'visieposter', en: 'vision-poster' } },
  'poster-png': { format: 'png', slug: { nl: 'visieposter', en: 'vision-poster' } },
  'poster-svg': { format: 'svg', slug: { nl: 'visieposter', en: 'vision-poster' } },
  'adoption-dossier': {
    format: 'docx',
    slug: { nl: 'vaststellingsdossier', en: 'adoption-dossier' },
  },
  'findings-register': {
    format: 'xlsx',
    slug: { nl: 'bevindingenregister', en: 'findings-register' },
  },
  'interview-log': { format: 'xlsx', slug: { nl: 'interviewlogboek', en: 'interview-log' } },
  'stakeholder-register': {
    format: 'xlsx',
    slug: { nl: 'stakeholderoverzicht', en: 'stakeholder-register' },
  },
  'statement-results': {
    format: 'xlsx',
    slug: { nl: 'stellingenresultaten', en: 'statement-results' },
  },
  'borging-checklist': {
    format: 'xlsx',
    slug: { nl: 'borgingschecklist', en: 'borging-checklist' },
  },
  'nulmeting-report': { format: 'docx', slug: { nl: 'rapport-nulmeting', en: 'baseline-report' } },
  'nulmeting-scores': { format: 'xlsx', slug: { nl: 'scores-nulmeting', en: 'baseline-scores' } },
  'implementation-plan': {
    format: 'docx',
    slug: { nl: 'implementatieplan', en: 'implementation-plan' },
  },
  'roadmap-planning': {
    format: 'xlsx',
    slug: { nl: 'planning-routekaart', en: 'roadmap-planning' },
  },
} as const satisfies Record<string, { format: ExportFormat; slug: Record<Language, string> }>;
export type ExportType = keyof typeof EXPORT_TYPE_TABLE;
export const EXPORT_TYPES = Object.keys(EXPORT_TYPE_TABLE) as [ExportType, ...ExportType[]];
export const exportTypeSchema = z.enum(EXPORT_TYPES);

/** One value per type, from its entry in the table. */
export const exportTypeTable = <V>(
  pick: (entry: (typeof EXPORT_TYPE_TABLE)[ExportType]) => V,
): Record<ExportType, V> =>
  Object.fromEntries(EXPORT_TYPES.map((type) => [type, pick(EXPORT_TYPE_TABLE[type])])) as Record<
    ExportType,
    V
  >;

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
  /**
   * The nulmeting's documents report one measurement: export:start's `assessmentId`, the newest
   * when absent. The export screen offers the choice.
   */
  takesAssessment: boolean;
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
