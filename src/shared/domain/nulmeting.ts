import { z } from 'zod';
import { isoDateSchema, LONG_TEXT_MAX, shortText, uuidSchema, type Timestamps } from './common.js';

// The nulmeting (baseline): how data-wise the municipality is now and where it wants to be in
// a few years, per dimension of a maturity model. The model is ours, method data
// (resources/method/maturity.json): the seeds name the aspects (leiderschap, cultuur, mensen,
// governance, privacy en ethiek, "niet alleen over techniek") and the seven bouwstenen, not a
// scale. Each engagement keeps the copy of the model it was measured with.
//
// A measurement (0-meting, later a 1-meting …) has respondents (a stakeholder or a group); each
// scores each dimension on the current and the desired level, in half steps from 1 to 5. The
// consultant and the group then agree one score per dimension, with a rationale; the spread of
// the individual scores stays visible beside it.

/** The seven bouwstenen of seed 001, the building blocks the routekaart is planned along. */
export const BOUWSTENEN = [
  'data-cultuur',
  'data-expertise',
  'data-architectuur',
  'agile-aanpak',
  'experimenten',
  'bestuurlijk-draagvlak',
  'start-vandaag',
] as const;
export const bouwsteenSchema = z.enum(BOUWSTENEN);
export type Bouwsteen = z.infer<typeof bouwsteenSchema>;

export const MATURITY_LEVEL_MIN = 1;
export const MATURITY_LEVEL_MAX = 5;
/** A level from 1 to 5 in half steps (2.5: between two descriptions). */
export const maturityLevelSchema = z
  .number()
  .min(MATURITY_LEVEL_MIN)
  .max(MATURITY_LEVEL_MAX)
  .refine((v) => Number.isInteger(v * 2), { message: 'Een niveau gaat in halve stappen.' });

/** Who a respondent speaks for: the counts per group go in the report, never the names. */
export const RESPONDENT_GROUPS = [
  'bestuur',
  'mt',
  'leidinggevenden',
  'medewerkers',
  'informatie-data',
  'ict',
  'overig',
] as const;
export const respondentGroupSchema = z.enum(RESPONDENT_GROUPS);
export type RespondentGroup = z.infer<typeof respondentGroupSchema>;

export const CONFIDENCES = ['laag', 'middel', 'hoog'] as const;
export const confidenceSchema = z.enum(CONFIDENCES);
export type Confidence = z.infer<typeof confidenceSchema>;

// ---- The maturity model (method data) ----

const localized = z.object({ nl: z.string().min(1), en: z.string().min(1) }).strict();
const methodId = z
  .string()
  .regex(/^[a-z0-9-]+$/)
  .max(60);

export const maturityMethodFileSchema = z
  .object({
    /** Five levels, 1 to 5, each with a short label ("Verkennen" …). */
    levels: z
      .array(
        z
          .object({ level: z.number().int().min(1).max(5), label: localized, summary: localized })
          .strict(),
      )
      .length(5),
    dimensions: z
      .array(
        z
          .object({
            id: methodId,
            name: localized,
            description: localized,
            bouwstenen: z.array(bouwsteenSchema).min(1),
            /** Theme ids of resources/method/themes.json the dimension is about. */
            themes: z.array(methodId),
            /** What each level looks like on this dimension: five, level 1 first. */
            levels: z.array(localized).length(5),
            /** Questions that help a respondent place the organisation. */
            questions: z.array(localized).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type MaturityMethod = z.infer<typeof maturityMethodFileSchema>;

/** The model in one language, as the screens and the exports read it. */
export interface MaturityModel {
  levels: { level: number; label: string; summary: string }[];
  dimensions: MaturityDimension[];
}
export interface MaturityDimension {
  id: string;
  name: string;
  description: string;
  bouwstenen: Bouwsteen[];
  themes: string[];
  /** Level 1 first. */
  levels: string[];
  questions: string[];
}

// ---- Fields the user edits ----

export const assessmentFieldsSchema = z.object({
  /** "0-meting", "1-meting" … */
  name: shortText(200).min(1),
  date: isoDateSchema,
  /** The desired level is where the organisation wants to be this many years on. */
  horizonYears: z.number().int().min(1).max(10),
  notes: shortText(LONG_TEXT_MAX),
  /** What the consultant concludes: the report's conclusions. */
  conclusions: shortText(LONG_TEXT_MAX),
});
export type AssessmentFields = z.infer<typeof assessmentFieldsSchema>;

export const respondentFieldsSchema = z.object({
  /** A stakeholder of the engagement, or null for a group or someone not registered. */
  stakeholderId: uuidSchema.nullable(),
  /** The name as typed ("Team Sociaal Domein"); for a stakeholder, the stakeholder's name. */
  label: shortText(300),
  group: respondentGroupSchema,
});
export type RespondentFields = z.infer<typeof respondentFieldsSchema>;

export const scoreFieldsSchema = z.object({
  current: maturityLevelSchema.nullable(),
  desired: maturityLevelSchema.nullable(),
  evidence: shortText(LONG_TEXT_MAX),
  confidence: confidenceSchema.nullable(),
});
export type ScoreFields = z.infer<typeof scoreFieldsSchema>;

export const agreedScoreFieldsSchema = z.object({
  current: maturityLevelSchema.nullable(),
  desired: maturityLevelSchema.nullable(),
  rationale: shortText(LONG_TEXT_MAX),
  /** Findings that support the score, in order. */
  findingIds: z.array(uuidSchema).max(200),
});
export type AgreedScoreFields = z.infer<typeof agreedScoreFieldsSchema>;

// ---- What the core answers ----

export interface Assessment extends AssessmentFields, Timestamps {
  id: string;
  respondentCount: number;
  /** Dimensions with an agreed current and desired level. */
  agreedCount: number;
}

export interface Respondent extends RespondentFields {
  id: string;
  assessmentId: string;
}

export interface Score extends ScoreFields {
  respondentId: string;
  dimensionId: string;
}

export interface AgreedScore extends AgreedScoreFields {
  dimensionId: string;
  updatedAt: string;
}

/** Min, max and mean of the scores given; null when nobody scored. */
export interface LevelSpread {
  min: number;
  max: number;
  mean: number;
  n: number;
}

/** One dimension of a measurement: what the screens, the Word report and the workbook show. */
export interface DimensionSummary {
  dimensionId: string;
  /** The agreed levels; null until agreed. */
  current: number | null;
  desired: number | null;
  /** desired − current of the agreed levels; null until both are agreed. */
  gap: number | null;
  spreadCurrent: LevelSpread | null;
  spreadDesired: LevelSpread | null;
  /** Per group that scored: its mean current and desired levels. */
  byGroup: { group: RespondentGroup; n: number; current: number | null; desired: number | null }[];
}

export interface AssessmentView {
  assessment: Assessment;
  respondents: Respondent[];
  scores: Score[];
  agreed: AgreedScore[];
  /** In the model's dimension order. */
  summary: DimensionSummary[];
}

/** A dimension's gap in the latest measurement with agreed scores: what the routekaart closes. */
export interface DimensionGap {
  dimensionId: string;
  dimensionName: string;
  assessmentId: string;
  current: number;
  desired: number;
  gap: number;
}
