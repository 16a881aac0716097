import { z } from 'zod';
import {
  isoDateSchema,
  LONG_TEXT_MAX,
  requiredText,
  shortText,
  uuidSchema,
  type Language,
  type Timestamps,
} from './common.js';
import type { VisionFeedback } from './vision.js';

// Step 4 of an engagement: the vision is presented to the key stakeholders (each round of
// feedback sharpens it into the next version), adopted (vastgesteld) by the MT and ratified
// (bekrachtigd) by the council; borging makes it last: an owner, ambassadors, communication and
// funding before projects start. The borging checklist is method content
// (resources/method/borging.json), copied into each engagement.

export const PRESENTATION_AUDIENCES = [
  'mt',
  'directie',
  'college',
  'raad',
  'programmateam',
  'or',
  'werkgroep',
  'overig',
] as const;
export const presentationAudienceSchema = z.enum(PRESENTATION_AUDIENCES);
export type PresentationAudience = z.infer<typeof presentationAudienceSchema>;

export const DECISION_BODIES = ['mt', 'directie', 'college', 'raad'] as const;
export const decisionBodySchema = z.enum(DECISION_BODIES);
export type DecisionBody = z.infer<typeof decisionBodySchema>;

export const DECISION_KINDS = [
  'vastgesteld',
  'bekrachtigd',
  'afgestemd',
  'aangehouden',
  'kennisgenomen',
] as const;
export const decisionKindSchema = z.enum(DECISION_KINDS);
export type DecisionKind = z.infer<typeof decisionKindSchema>;
/** The kinds that adopt what they decide on: a vision version so decided becomes read-only. */
export const ADOPTING_DECISION_KINDS = ['vastgesteld', 'bekrachtigd'] as const;

export const DECISION_SUBJECTS = ['visie', 'aanpak', 'nulmeting', 'routekaart'] as const;
export const decisionSubjectSchema = z.enum(DECISION_SUBJECTS);
export type DecisionSubject = z.infer<typeof decisionSubjectSchema>;

export const BORGING_STATUSES = ['open', 'bezig', 'gereed', 'niet-van-toepassing'] as const;
export const borgingStatusSchema = z.enum(BORGING_STATUSES);
export type BorgingStatus = z.infer<typeof borgingStatusSchema>;

// ---- Fields the user edits ----

export const presentationFieldsSchema = z.object({
  audience: presentationAudienceSchema,
  /** E.g. "MT-overleg 12 maart"; empty: the audience and date name it. */
  title: shortText(300),
  date: isoDateSchema,
  /** The vision version shown; null when something else was presented (the approach). */
  versionId: uuidSchema.nullable(),
  /** Who was there, as typed. */
  attendees: shortText(2000),
  notes: shortText(LONG_TEXT_MAX),
});
export type PresentationFields = z.infer<typeof presentationFieldsSchema>;

export const decisionFieldsSchema = z
  .object({
    body: decisionBodySchema,
    kind: decisionKindSchema,
    subject: decisionSubjectSchema,
    date: isoDateSchema,
    /** The body's reference (kenmerk, zaaknummer), as typed. */
    reference: shortText(200),
    /** For subject 'visie': the version decided on. */
    versionId: uuidSchema.nullable(),
    /** The decision document, when it is among the engagement's documents. */
    documentId: uuidSchema.nullable(),
    notes: shortText(LONG_TEXT_MAX),
  })
  .refine((d) => d.subject === 'visie' || d.versionId === null, {
    message: 'Alleen een besluit over de visie verwijst naar een visieversie.',
    path: ['versionId'],
  });
export type DecisionFields = z.infer<typeof decisionFieldsSchema>;

export const borgingItemFieldsSchema = z.object({
  status: borgingStatusSchema,
  /** The owner: a stakeholder, or a name as typed when not one of them. */
  ownerStakeholderId: uuidSchema.nullable(),
  ownerText: shortText(300),
  dueDate: isoDateSchema.nullable(),
  notes: shortText(LONG_TEXT_MAX),
});
export type BorgingItemFields = z.infer<typeof borgingItemFieldsSchema>;

// ---- What the core answers ----

export interface Presentation extends PresentationFields, Timestamps {
  id: string;
  /** The label of the version shown ('0.2'); null when none. */
  versionLabel: string | null;
  /**
   * The feedback recorded at this presentation (vision feedback on the version shown), with its
   * disposition; processedInLabel is the first version frozen after the presentation, where
   * feedback marked verwerkt went.
   */
  feedback: VisionFeedback[];
  processedInLabel: string | null;
}

export interface Decision extends Timestamps {
  id: string;
  body: DecisionBody;
  kind: DecisionKind;
  subject: DecisionSubject;
  date: string;
  reference: string;
  versionId: string | null;
  versionLabel: string | null;
  documentId: string | null;
  documentTitle: string | null;
  notes: string;
  /** Vastgesteld or bekrachtigd: what it decided on is adopted. */
  adopts: boolean;
}

/** The vision's adoption as the editor and the poster footer show it. */
export interface VisionAdoption {
  /** The latest adopted version; the working copy is read-only while this is set. */
  versionId: string;
  versionLabel: string;
  /** The adopting decisions on it, oldest first (MT vastgesteld, raad bekrachtigd). */
  decisions: { body: DecisionBody; kind: DecisionKind; date: string }[];
}

export interface BorgingItem extends BorgingItemFields {
  /** The method's item id. */
  id: string;
  title: string;
  description: string;
  /** The lesson it comes from (the method's wording). */
  lesson: string;
  /** The stakeholder-tools role that fits this item (eigenaar, ambassadeur …), if any. */
  roleId: string | null;
  roleName: string | null;
  /** Who holds that role in the stakeholder tools (names as the register has them). */
  roleHolders: { stakeholderId: string; name: string }[];
  ownerName: string | null;
  updatedAt: string | null;
}

export const TIMELINE_EVENT_KINDS = [
  'document',
  'interview',
  'session',
  'vision-version',
  'presentation',
  'decision',
  // Contributed by the nulmeting and the routekaart (their areas' `timeline` hook).
  'measurement',
  'milestone',
] as const;
export type TimelineEventKind = (typeof TIMELINE_EVENT_KINDS)[number];

/** One dated event of the engagement, from any step. */
export interface TimelineEvent {
  /** yyyy-mm-dd. */
  date: string;
  kind: TimelineEventKind;
  /** The method step it belongs to (1–4). */
  step: number;
  /** What happened, in the requested language ("Interview R03 gehouden", "Versie 0.2 vastgelegd"). */
  title: string;
  /** The record, to open it. */
  refId: string;
  /**
   * Not happened yet: a measurement dated after today, a milestone not reached (due after
   * today, or overdue). The chart draws it as an open dot.
   */
  planned?: boolean;
}

/** Per step what exists and what is open: the overview's numbers. */
export interface EngagementProgress {
  step1: {
    documents: number;
    interviews: number;
    interviewsHeld: number;
    findings: number;
    themes: number;
  };
  step2: {
    sessions: number;
    sessionsHeld: number;
    participants: number;
    stakeholderPositions: number;
    roles: number;
  };
  step3: {
    passages: number;
    unsupportedPassages: number;
    versions: number;
    latestVersionLabel: string | null;
    openFeedback: number;
  };
  step4: {
    presentations: number;
    decisions: number;
    adoptedVersionLabel: string | null;
    borgingDone: number;
    borgingTotal: number;
  };
  /** Step 4's follow-up, the nulmeting: counted by its area (nulmeting.progress.ts). */
  nulmeting: NulmetingProgress;
  /** Step 4's follow-up, the routekaart: counted by its area (roadmap.progress.ts). */
  roadmap: RoadmapProgress;
}

export interface NulmetingProgress {
  measurements: number;
  /** The dimensions of the engagement's maturity model. */
  dimensions: number;
  /** The newest measurement (by date), with its dimensions agreed on both levels. */
  latest: { name: string; date: string; agreedDimensions: number } | null;
}

export interface RoadmapProgress {
  items: number;
  milestones: number;
  /** The earliest milestone not reached (neither gereed nor geschrapt), by quarter. */
  nextMilestone: { title: string; quarter: string } | null;
  /** The planning warnings and the plan's checks, as the routekaart's signals panel lists them. */
  warnings: number;
  checks: number;
}

/** A finding's way forward and back: its source, and the passages it supports. */
export interface FindingTrace {
  finding: {
    id: string;
    statement: string;
    quote: string;
    /** The source as the findings screen names it (pseudonyms only). */
    sourceLabel: string;
    themes: string[];
  };
  passages: { id: string; kind: string; title: string }[];
  /** Frozen versions whose content links this finding. */
  versions: { id: string; label: string }[];
  /**
   * The gaps of the latest measurement whose agreed score this finding supports (nulmeting),
   * largest first.
   */
  gaps: TraceGap[];
  /**
   * The routekaart's actions that follow from it: serving one of its passages ('passage') or
   * closing one of its gaps ('gap'); in the routekaart's order, each once (a passage first).
   */
  actions: TraceAction[];
}

/** A gap of the latest measurement, as the trace shows it. */
export interface TraceGap {
  dimensionId: string;
  dimensionName: string;
  current: number;
  desired: number;
  gap: number;
}

/** A routekaart item reached from a finding or a passage. */
export interface TraceAction {
  id: string;
  title: string;
  startQuarter: string;
  endQuarter: string;
  via: 'passage' | 'gap';
}

/** A passage's evidence: the findings linked to it, each with its source; and its actions. */
export interface PassageTrace {
  passage: { id: string; kind: string; title: string; body: string };
  findings: FindingTrace['finding'][];
  /** The routekaart's actions serving this passage, in the routekaart's order. */
  actions: TraceAction[];
}

// ---- Method content (resources/method/borging.json) ----

const localizedSchema = z.object({ nl: requiredText(2000), en: requiredText(2000) });

export const borgingMethodFileSchema = z.object({
  items: z
    .array(
      z.object({
        id: z
          .string()
          .regex(/^[a-z0-9-]+$/)
          .max(60),
        title: localizedSchema,
        description: localizedSchema,
        lesson: localizedSchema,
        /** A role id of stakeholder-tools.json (roles), or null. */
        roleId: z
          .string()
          .regex(/^[a-z0-9-]+$/)
          .max(60)
          .nullable(),
      }),
    )
    .min(1)
    .max(100),
});
export type BorgingMethod = z.infer<typeof borgingMethodFileSchema>;

// ---- Step 4 in the exports: what the adoption dossier and the borging workbook read ----

export interface AdoptionSnapshot {
  presentations: Presentation[];
  decisions: Decision[];
  /** In the engagement's language. */
  borging: BorgingItem[];
  /** In the engagement's language. */
  timeline: TimelineEvent[];
  adoption: VisionAdoption | null;
  /** The checklist and the timeline in each language: a document may be made in the other one. */
  inLanguage?: Record<Language, { borging: BorgingItem[]; timeline: TimelineEvent[] }>;
}
