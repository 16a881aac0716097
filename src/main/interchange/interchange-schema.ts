import { z } from 'zod';
import { localDateTimeSchema } from '../../shared/domain/common.js';
import { CONSENT_STATES } from '../../shared/domain/stakeholder.js';
import { DOCUMENT_TYPES } from '../../shared/domain/document.js';
import {
  ENGAGEMENT_STATUSES,
  LOGO_MIME_TYPES,
  LOGO_MAX_BYTES,
} from '../../shared/domain/engagement.js';
import { FINDING_KINDS } from '../../shared/domain/finding.js';
import {
  INTERVIEW_STATUSES,
  NOTES_JSON_MAX,
  NOTES_TEXT_MAX,
} from '../../shared/domain/interview.js';
import { STAKEHOLDER_GROUPS } from '../../shared/domain/stakeholder.js';
import {
  interviewGuideFileSchema,
  methodManifestSchema,
  methodStepsFileSchema,
  methodThemesFileSchema,
} from '../../shared/domain/method.js';

// The JSON interchange format of a whole engagement: what `koers export-json` writes and
// `koers import-json` reads. It mirrors what the file stores (rows, not the UI's derived views),
// so a round trip keeps every id and timestamp. resources/schema/engagement.schema.json is
// generated from this file; docs/interchange.md describes it for people.
//
// Versioning: adding an optional field keeps INTERCHANGE_FORMAT_VERSION (older importers ignore
// fields they do not know); renaming, removing or changing the meaning of a field bumps it, and
// an importer refuses a formatVersion newer than its own.
//
// Strings are stored exactly as given (no trimming): a file made by Koers has already passed the
// app's own schemas, and trimming here would break byte-identical round trips. Every string and
// array has an upper bound, so a hostile file cannot make the importer hold gigabytes per field.

export const INTERCHANGE_FORMAT = 'koers-engagement';
/**
 * The version of the base format (the records below). Areas that add a section to the format
 * say in which version they did (interchange-section.ts); the version a file is written in is
 * the highest of all (interchange-format.ts).
 */
export const BASE_FORMAT_VERSION = 1;

/** 1 MiB short of V8's string limit: the whole JSON must fit in one string to be parsed. */
export const INTERCHANGE_MAX_CHARS = 0x1fffffe8 - 1024 * 1024;
const RECORDS_MAX = 1_000_000;
const LONG_TEXT = 20_000;

const id = z.uuid();
/** ISO 8601 instant as Koers writes it (`Date.prototype.toISOString`). */
const instant = z.iso.datetime();
const text = (max: number) => z.string().max(max);
const required = (max: number) => z.string().min(1).max(max);
const base64 = (maxChars: number) =>
  z
    .string()
    .max(maxChars)
    .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/);

const timestamps = { createdAt: instant, updatedAt: instant };

const richText = z.object({
  /** The editor's (Tiptap/ProseMirror) document JSON as a string; '' when never edited. */
  json: text(NOTES_JSON_MAX),
  /** Plain-text copy for search and exports. */
  text: text(NOTES_TEXT_MAX),
});

const engagementRecord = z.object({
  id,
  clientName: required(200),
  title: required(300),
  consultants: z.array(required(200)).max(50),
  startDate: z.iso.date().nullable(),
  status: z.enum(ENGAGEMENT_STATUSES),
  language: z.enum(['nl', 'en']),
  houseStyle: z.object({
    primaryColor: z.string().regex(/^#[0-9a-fA-F]{6}$/),
    secondaryColor: z.string().regex(/^#[0-9a-fA-F]{6}$/),
    fontName: required(100),
    logo: z
      .object({
        mimeType: z.enum(LOGO_MIME_TYPES),
        dataBase64: base64(Math.ceil(LOGO_MAX_BYTES / 3) * 4),
      })
      .nullable(),
  }),
  methodVersion: required(50),
  /** Next pseudonym number: pseudonyms of deleted stakeholders are never handed out again. */
  nextPseudonym: z
    .number()
    .int()
    .min(1)
    .max(999_999)
    .describe(
      'Number of the next pseudonym (R07 …); numbers of deleted stakeholders are never reused.',
    ),
  ...timestamps,
});

/** A copied part of the method, as stored, with the moment it was copied into the file. */
const methodPart = <T extends z.ZodType>(content: T) => z.object({ copiedAt: instant, content });

const methodRecord = z.object({
  manifest: methodPart(methodManifestSchema),
  steps: methodPart(z.array(methodStepsFileSchema.shape.steps.element).min(1)),
  themes: methodPart(methodThemesFileSchema),
  interviewGuide: methodPart(interviewGuideFileSchema),
});

const checklistRecord = z.object({
  stepId: required(100),
  itemId: required(100),
  done: z.boolean(),
  doneAt: instant.nullable(),
  updatedAt: instant,
});

const stakeholderRecord = z.object({
  id,
  name: required(200),
  jobTitle: text(200),
  department: text(200),
  group: z.enum(STAKEHOLDER_GROUPS),
  /** R01, R02 …: kept, so reports made before the export still match. */
  pseudonym: z
    .string()
    .regex(/^R\d{2,6}$/)
    .describe('Shown instead of the name in shared documents; unique in the file.'),
  consent: z.enum(CONSENT_STATES),
  consentNote: text(1000),
  ...timestamps,
});

const themeRecord = z.object({
  id,
  name: required(100),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  sortOrder: z.number().int().min(-1_000_000).max(1_000_000),
  ...timestamps,
});

const passageRecord = z.object({
  id,
  text: required(LONG_TEXT),
  page: z.number().int().min(1).max(100_000).nullable(),
  note: text(LONG_TEXT),
  ...timestamps,
});

const documentRecord = z.object({
  id,
  title: required(300),
  type: z.enum(DOCUMENT_TYPES),
  documentDate: z.iso.date().nullable(),
  author: text(300),
  summary: text(LONG_TEXT),
  fileName: required(1000),
  mimeType: required(200),
  sizeBytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  /** Hex SHA-256 of the original bytes; checked against `content` on import. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe('Hex SHA-256 of the original file.'),
  ...timestamps,
  passages: z.array(passageRecord).max(RECORDS_MAX),
  /** The original file, only in an export made with --with-attachments. */
  content: z
    .object({ base64: base64(INTERCHANGE_MAX_CHARS) })
    .nullable()
    .describe('The original file (export with --with-attachments), else null.'),
});

const questionRecord = z.object({
  id,
  position: z.number().int().min(0).max(100_000),
  /** The guide question it came from; null for a question added in the interview. */
  guideQuestionId: text(100).nullable(),
  text: required(2000),
  notes: richText,
  updatedAt: instant,
});

const interviewRecord = z.object({
  id,
  title: required(300),
  /** Local date-time as typed, yyyy-mm-ddThh:mm. */
  scheduledAt: localDateTimeSchema.nullable(),
  location: text(300),
  interviewers: z.array(required(200)).max(20),
  status: z.enum(INTERVIEW_STATUSES),
  /** When each status was reached. */
  statusDates: z.partialRecord(z.enum(INTERVIEW_STATUSES), instant),
  freeNotes: richText,
  ...timestamps,
  /** Stakeholder ids, in the order they are listed. */
  participants: z.array(id).max(50).describe('Stakeholder ids, in listed order.'),
  questions: z.array(questionRecord).max(1000),
});

const findingSource = z.discriminatedUnion('type', [
  z.object({ type: z.literal('interview'), interviewId: id, questionId: id.nullable() }),
  z.object({ type: z.literal('passage'), passageId: id }),
  z.object({ type: z.literal('direct') }),
]);

const findingRecord = z.object({
  id,
  statement: required(2000),
  quote: text(LONG_TEXT),
  kind: z.enum(FINDING_KINDS),
  importance: z.number().int().min(1).max(3),
  /** Matrix column: chosen for a direct finding, the interviewee's group otherwise. */
  group: z.enum(STAKEHOLDER_GROUPS).nullable(),
  themeIds: z.array(id).max(30),
  source: findingSource.describe(
    'Where the finding comes from: an interview (question or free notes), a passage, or direct.',
  ),
  ...timestamps,
});

/** The base format; interchange-format.ts adds the areas' sections. */
export const baseInterchangeSchema = z.object({
  format: z.literal(INTERCHANGE_FORMAT),
  // An older version is read as what it is: the sections added since are simply absent.
  formatVersion: z.number().int().min(1).max(0x7fffffff),
  exportedAt: instant.describe('Moment of export; SOURCE_DATE_EPOCH fixes it.'),
  koersVersion: required(50).describe('Version of the Koers that wrote the file.'),
  engagement: engagementRecord,
  method: methodRecord,
  checklist: z.array(checklistRecord).max(10_000),
  stakeholders: z.array(stakeholderRecord).max(RECORDS_MAX),
  themes: z.array(themeRecord).max(10_000),
  documents: z.array(documentRecord).max(RECORDS_MAX),
  interviews: z.array(interviewRecord).max(RECORDS_MAX),
  findings: z.array(findingRecord).max(RECORDS_MAX),
});

export type InterchangeDocument = z.infer<typeof baseInterchangeSchema>;
export type InterchangeEngagement = InterchangeDocument['engagement'];
export type InterchangeMethod = InterchangeDocument['method'];
export type InterchangeChecklistItem = InterchangeDocument['checklist'][number];
export type InterchangeStakeholder = InterchangeDocument['stakeholders'][number];
export type InterchangeTheme = InterchangeDocument['themes'][number];
export type InterchangeDocumentRecord = InterchangeDocument['documents'][number];
export type InterchangePassage = InterchangeDocumentRecord['passages'][number];
export type InterchangeInterview = InterchangeDocument['interviews'][number];
export type InterchangeQuestion = InterchangeInterview['questions'][number];
export type InterchangeFinding = InterchangeDocument['findings'][number];
