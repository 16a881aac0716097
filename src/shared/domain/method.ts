import { z } from 'zod';
import { hexColorSchema, type Language } from './common.js';

// The consultancy's method is content, not code: resources/method/*.json is validated with
// these schemas on load, and a new engagement stores a copy (see MethodSnapshot) so that
// editing the method later never changes an engagement that already exists.

export const localizedTextSchema = z.object({
  nl: z.string().min(1),
  en: z.string().min(1),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const localize = (text: LocalizedText, language: Language): string => text[language];

const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'id: kleine letters, cijfers en streepjes');

export const checklistItemSchema = z.object({
  id: idSchema,
  label: localizedTextSchema,
  hint: localizedTextSchema.optional(),
});

export const methodStepSchema = z.object({
  id: idSchema,
  number: z.number().int().min(1).max(9),
  title: localizedTextSchema,
  summary: localizedTextSchema,
  checklist: z.array(checklistItemSchema).min(1),
});
export type MethodStep = z.infer<typeof methodStepSchema>;

export const methodStepsFileSchema = z.object({
  steps: z.array(methodStepSchema).min(1),
});

export const methodThemeSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  color: hexColorSchema,
  description: localizedTextSchema.optional(),
});

export const themeListSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  description: localizedTextSchema,
  themes: z.array(methodThemeSchema).min(1),
});
export type ThemeList = z.infer<typeof themeListSchema>;

export const methodThemesFileSchema = z.object({
  /** The list a new engagement starts with. */
  defaultList: idSchema,
  lists: z.array(themeListSchema).min(1),
});

export const methodManifestSchema = z.object({
  name: localizedTextSchema,
  /** Bumped by the consultancy whenever the content changes; stored in each new engagement. */
  version: z.string().min(1).max(50),
});

export const guideQuestionSchema = z.object({
  id: idSchema,
  /** Section heading in the guide, e.g. "Uitdagingen". */
  section: localizedTextSchema,
  text: localizedTextSchema,
  /** Follow-up prompts for the interviewer. */
  probes: z.array(localizedTextSchema).default([]),
});

export const interviewGuideFileSchema = z.object({
  introduction: localizedTextSchema,
  questions: z.array(guideQuestionSchema).min(1),
});

/** A guide question in the engagement's language, as the UI shows it. */
export interface GuideQuestion {
  id: string;
  section: string;
  text: string;
  probes: string[];
}

// Work sessions (step 2): session types with their agenda and checklist, and the statement bank.

export const sessionTypeSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  description: localizedTextSchema,
  /** Parts a session of this type starts with, as agenda items. */
  agenda: z
    .array(
      z.object({
        title: localizedTextSchema,
        minutes: z.number().int().min(1).max(480),
        description: localizedTextSchema.optional(),
      }),
    )
    .min(1),
  checklist: z.array(z.object({ id: idSchema, label: localizedTextSchema })).min(1),
});

export const bankStatementSchema = z.object({
  id: idSchema,
  /** A theme of the bank (statementThemes[].id). */
  theme: idSchema,
  text: localizedTextSchema,
});

export const sessionMethodFileSchema = z.object({
  sessionTypes: z.array(sessionTypeSchema).min(1),
  statementThemes: z.array(z.object({ id: idSchema, name: localizedTextSchema })).min(1),
  statements: z.array(bankStatementSchema).min(1),
});
export type SessionMethod = z.infer<typeof sessionMethodFileSchema>;
// Stakeholder tools (resources/method/stakeholder-tools.json): the krachtenveld's axes and
// quadrants with a default strategy each, the values of value mapping, the roles to assign and
// the layers of the ijsbergmodel with guiding questions.
const stakeholderToolsEntrySchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  description: localizedTextSchema,
});

export const forceFieldQuadrantSchema = z.object({
  id: idSchema,
  influence: z.enum(['high', 'low']),
  attitude: z.enum(['positive', 'negative']),
  name: localizedTextSchema,
  strategy: localizedTextSchema,
});

export const stakeholderToolsFileSchema = z.object({
  forceField: z.object({
    influence: z.object({
      min: z.literal(1),
      max: z.literal(5),
      /** Influence from this score up counts as high. */
      highFrom: z.number().int().min(2).max(5),
    }),
    attitude: z.object({
      min: z.literal(-2),
      max: z.literal(2),
      /** Attitude from this score up counts as positive; neutral parties still need winning over. */
      positiveFrom: z.number().int().min(-1).max(2),
    }),
    influenceLabel: localizedTextSchema,
    attitudeLabel: localizedTextSchema,
    quadrants: z.array(forceFieldQuadrantSchema).length(4),
  }),
  values: z.array(stakeholderToolsEntrySchema).min(1).max(60),
  roles: z.array(stakeholderToolsEntrySchema).min(1).max(30),
  icebergLayers: z
    .array(stakeholderToolsEntrySchema.extend({ questions: z.array(localizedTextSchema) }))
    .length(4),
});
export type StakeholderToolsMethod = z.infer<typeof stakeholderToolsFileSchema>;

/**
 * The base of the method as loaded and validated. The domain areas' parts (sessions,
 * stakeholder tools …) are MethodParts of their areas, loaded beside it.
 */
export const methodSchema = z.object({
  manifest: methodManifestSchema,
  steps: methodStepsFileSchema.shape.steps,
  themes: methodThemesFileSchema,
  interviewGuide: interviewGuideFileSchema,
});
export type Method = z.infer<typeof methodSchema>;
