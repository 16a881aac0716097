import { z } from 'zod';
import { LONG_TEXT_MAX, requiredText, shortText, uuidSchema, type Timestamps } from './common.js';
import type { PosterRoadmap } from '../poster/poster-input.js';
import type { HouseStyle } from './engagement.js';
import type { FindingKind, FindingSource } from './finding.js';
import type { StakeholderGroup } from './stakeholder.js';

// Step 3 of an engagement: the vision. A working copy of passages (kernvisie, themavisies with
// what they mean for inhabitants, staff and the board, ambities, kernwaarden, randvoorwaarden),
// each traceable to the findings that support it. Versions freeze the working copy with its
// poster inputs (0.1, 0.2 … as concept, 1.0 as definitief); feedback is gathered per version.
// The words the method warns about and the check thresholds are method content:
// resources/method/vision.json, copied into each engagement.

export const VISION_PASSAGE_KINDS = [
  'kernvisie',
  'themavisie',
  'ambitie',
  'kernwaarde',
  'randvoorwaarde',
] as const;
export const visionPassageKindSchema = z.enum(VISION_PASSAGE_KINDS);
export type VisionPassageKind = z.infer<typeof visionPassageKindSchema>;

export const POSTER_LAYOUTS = ['kolommen', 'raster', 'kern'] as const;
export const posterLayoutSchema = z.enum(POSTER_LAYOUTS);
export type PosterLayout = z.infer<typeof posterLayoutSchema>;

export const POSTER_FORMATS = ['A3', 'A0'] as const;
export const posterFormatSchema = z.enum(POSTER_FORMATS);
export type PosterFormat = z.infer<typeof posterFormatSchema>;

/** A frozen version the user made (concept, definitief) or one made before a restore. */
export const VISION_VERSION_STATUSES = ['concept', 'definitief', 'herstelpunt'] as const;
export type VisionVersionStatus = (typeof VISION_VERSION_STATUSES)[number];
/** What the user may freeze: a restore point is only ever made by a restore. */
export const visionFreezeStatusSchema = z.enum(['concept', 'definitief']);

export const FEEDBACK_DISPOSITIONS = ['open', 'verwerkt', 'niet-verwerkt'] as const;
export const feedbackDispositionSchema = z.enum(FEEDBACK_DISPOSITIONS);
export type FeedbackDisposition = z.infer<typeof feedbackDispositionSchema>;

// ---- Fields the user edits ----

export const visionPassageFieldsSchema = z.object({
  kind: visionPassageKindSchema,
  title: requiredText(300),
  body: shortText(LONG_TEXT_MAX),
  /** Theme passages: what the theme means for inhabitants, staff and the board. */
  forInhabitants: shortText(LONG_TEXT_MAX),
  forStaff: shortText(LONG_TEXT_MAX),
  forBoard: shortText(LONG_TEXT_MAX),
  /** The engagement's theme (finding themes) this passage answers; for the coverage check. */
  themeId: uuidSchema.nullable(),
  /** The wethouder (a stakeholder of group 'wethouder') whose portfolio this passage is in. */
  portfolioHolderId: uuidSchema.nullable(),
});
export type VisionPassageFields = z.infer<typeof visionPassageFieldsSchema>;

export const posterSettingsSchema = z.object({
  /** Empty: the poster uses the engagement's title. */
  title: shortText(300),
  layout: posterLayoutSchema,
  format: posterFormatSchema,
  /**
   * The routekaart band at the poster's foot: on or off as the consultant chose, or null (and
   * absent, in a version frozen before the band existed) for the default: on for an A0 poster
   * once the routekaart has items (shared/poster/vision-poster-input.ts, showsRoadmapBand).
   */
  roadmapBand: z.boolean().nullable().optional(),
});
export type PosterSettings = z.infer<typeof posterSettingsSchema>;

export const DEFAULT_POSTER_SETTINGS: PosterSettings = {
  title: '',
  layout: 'kolommen',
  format: 'A3',
  roadmapBand: null,
};

export const visionFeedbackFieldsSchema = z.object({
  /** The passage (by its id in the version) the feedback is about; null for the whole version. */
  passageId: uuidSchema.nullable(),
  text: requiredText(LONG_TEXT_MAX),
  /** Who gave it, as typed (free text), or a stakeholder. */
  fromText: shortText(300),
  fromStakeholderId: uuidSchema.nullable(),
  disposition: feedbackDispositionSchema,
  /** Why it was not taken in: required for 'niet-verwerkt'. */
  reason: shortText(LONG_TEXT_MAX),
});
export type VisionFeedbackFields = z.infer<typeof visionFeedbackFieldsSchema>;

// ---- What the core answers ----

/** A finding linked to a passage, as the editor lists it (in the passage's order). */
export interface VisionLinkedFinding {
  id: string;
  statement: string;
  kind: FindingKind;
  importance: number;
  themeIds: string[];
  group: StakeholderGroup | null;
}

export interface VisionPassage extends VisionPassageFields, Timestamps {
  id: string;
  position: number;
  /** The wethouder's name, for display; null when none is linked. */
  portfolioHolderName: string | null;
  /** Supporting findings, in the order the consultant put them. */
  findings: VisionLinkedFinding[];
}

/** One signal the editor shows beside the vision; computed, never stored. */
export type VisionCheck =
  /** A passage that no finding supports (kernvisie, themavisie, ambitie). */
  | { code: 'passage-unsupported'; passageId: string }
  /** A theme with at least `threshold` findings that no passage answers. */
  | {
      code: 'theme-uncovered';
      themeId: string;
      themeName: string;
      findingCount: number;
      threshold: number;
    }
  /** A must-have or high-importance finding no passage links. */
  | {
      code: 'finding-unaddressed';
      findingId: string;
      statement: string;
      reason: 'must-have' | 'high-importance';
    }
  /** A word the method warns about, in a passage's field. */
  | {
      code: 'jargon';
      passageId: string;
      field: VisionTextField;
      /** The word as found in the text (with its case), and the method's entry. */
      found: string;
      word: string;
      preferred: string;
      explanation: string;
    };
export type VisionCheckCode = VisionCheck['code'];

/** The text fields of a passage that the jargon check and the diff read. */
export const VISION_TEXT_FIELDS = [
  'title',
  'body',
  'forInhabitants',
  'forStaff',
  'forBoard',
] as const;
export type VisionTextField = (typeof VISION_TEXT_FIELDS)[number];

export interface VisionPosterSettings extends PosterSettings {
  updatedAt: string;
}

export interface VisionVersionSummary {
  id: string;
  /** 0.1, 0.2 … for concepts, 1.0, 2.0 for definitief; H1, H2 … for restore points. */
  label: string;
  status: VisionVersionStatus;
  /** ISO 8601 instant it was frozen. */
  frozenAt: string;
  note: string;
  /** For a restore point: the label of the version that was restored over it. */
  restoredLabel: string | null;
  passageCount: number;
  feedbackCount: number;
  openFeedbackCount: number;
}

/** A passage as frozen into a version: its fields, position and linked findings at the time. */
export interface VisionVersionPassage extends VisionPassageFields {
  /** The passage's id in the working copy: how the diff matches passages across versions. */
  id: string;
  position: number;
  portfolioHolderName: string | null;
  /** The findings' ids and wording at freezing (a finding may change or go afterwards). */
  findings: { id: string; statement: string }[];
}

/** The poster inputs frozen with a version: the content, the poster settings, the house style. */
export interface VisionVersionContent {
  passages: VisionVersionPassage[];
  poster: PosterSettings;
  houseStyle: HouseStyle;
  /**
   * The routekaart as the poster's band showed it when frozen (absent: it had no items, or the
   * version is older than the band), so the version's poster never changes with the plan.
   */
  roadmap?: PosterRoadmap;
}

export interface VisionVersion extends VisionVersionSummary {
  content: VisionVersionContent;
  feedback: VisionFeedback[];
}

export interface VisionFeedback extends VisionFeedbackFields, Timestamps {
  id: string;
  versionId: string;
  /** The stakeholder's name when one is linked (display only). */
  fromStakeholderName: string | null;
}

/** The working copy as the editor shows it. */
export interface Vision {
  passages: VisionPassage[];
  poster: VisionPosterSettings;
  checks: VisionCheck[];
  versions: VisionVersionSummary[];
}

/** A piece of a word-level diff of a text. */
export interface WordDiffPart {
  change: 'same' | 'added' | 'removed';
  text: string;
}

/** The fields of a passage the diff compares (besides its position). */
export const VISION_DIFF_FIELDS = [
  ...VISION_TEXT_FIELDS,
  'kind',
  'themeId',
  'portfolioHolderId',
  'findings',
] as const;
export type VisionDiffField = (typeof VISION_DIFF_FIELDS)[number];

export interface VisionPassageDiff {
  passageId: string;
  change: 'added' | 'removed' | 'changed' | 'unchanged';
  kind: VisionPassageKind;
  /** The title in the newer version (the older one for a removed passage). */
  title: string;
  changedFields: VisionDiffField[];
  /** Moved to another place among the passages. */
  moved: boolean;
  /** Word-level diff of every changed text field. */
  textDiffs: Partial<Record<VisionTextField, WordDiffPart[]>>;
  findingsAdded: { id: string; statement: string }[];
  findingsRemoved: { id: string; statement: string }[];
}

export interface VisionDiff {
  from: { versionId: string; label: string };
  /** versionId null: the working copy. */
  to: { versionId: string | null; label: string | null };
  passages: VisionPassageDiff[];
  posterChanged: (keyof PosterSettings)[];
}

export interface VisionRestored {
  /** The working copy as it was before, kept as a restore point: restoring it undoes this. */
  restorePoint: VisionVersionSummary;
  vision: Vision;
}

// ---- Method content (resources/method/vision.json) ----

export const JARGON_MATCHES = ['word', 'start', 'part'] as const;
export type JargonMatch = (typeof JARGON_MATCHES)[number];

const localizedSchema = z.object({ nl: requiredText(2000), en: requiredText(2000) });

export const visionMethodFileSchema = z.object({
  /** A theme with at least this many findings should have a passage. */
  frequentThemeThreshold: z.number().int().min(1).max(1000),
  /** Finding importance at or above which a finding should be answered by a passage. */
  highImportance: z.number().int().min(1).max(3),
  /** Passage kinds that should be supported by findings (the others are chosen, not found). */
  supportedKinds: z.array(visionPassageKindSchema).max(VISION_PASSAGE_KINDS.length),
  jargon: z
    .array(
      z.object({
        /** Matched in any case; spaces in it match any run of spaces or a hyphen. */
        word: requiredText(100),
        /**
         * 'word': only the whole word (kpi, not kpi-achtig); 'start': a word that starts with it
         * (inflections and compounds it heads: datagestuurde, stakeholdersoverleg); 'part':
         * anywhere inside a word (ook informatie-datagestuurd, procesoptimalisatie).
         */
        match: z.enum(JARGON_MATCHES),
        preferred: localizedSchema,
        explanation: localizedSchema,
      }),
    )
    .max(500),
});
export type VisionMethod = z.infer<typeof visionMethodFileSchema>;

/** The method's vision guidance in one language, for the editor. */
export interface VisionGuide {
  frequentThemeThreshold: number;
  highImportance: number;
  supportedKinds: VisionPassageKind[];
  jargon: { word: string; match: JargonMatch; preferred: string; explanation: string }[];
}

// ---- Step 3 in the exports: what the Visiedocument and the poster read ----

/** A finding linked to a passage, as the exports read it (no names, pseudonyms only). */
export interface VisionSnapshotFinding {
  id: string;
  statement: string;
  /** The quote as the findings exports carry it (already pseudonymised there). */
  quote: string;
  kind: FindingKind;
  importance: number;
  /** Theme names, in the engagement's theme order. */
  themes: string[];
  group: StakeholderGroup | null;
  /** The source as the findings exports name it: type, interview title, pseudonyms … */
  source: FindingSource;
}

export interface VisionSnapshotPassage extends Omit<VisionPassage, 'findings'> {
  themeName: string | null;
  findings: VisionSnapshotFinding[];
  /** Linked findings per stakeholder group (findings without a group count under 'none'). */
  groupCounts: Partial<Record<StakeholderGroup | 'none', number>>;
}

/** The counts of the four-step approach the Visiedocument opens with. */
export interface VisionApproachCounts {
  documents: number;
  /** Interviews held (status past planning), per stakeholder group of the interviewees. */
  interviewsByGroup: Partial<Record<StakeholderGroup, number>>;
  interviewsTotal: number;
  /** Sessions held (status gehouden or later) and how many took part in them. */
  sessionsHeld: number;
  sessionParticipants: number;
  findings: number;
}

export interface VisionSnapshot {
  passages: VisionSnapshotPassage[];
  poster: PosterSettings;
  versions: VisionVersionSummary[];
  feedback: VisionFeedback[];
  approach: VisionApproachCounts;
}
