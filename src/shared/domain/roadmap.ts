import { z } from 'zod';
import { isoDateSchema, LONG_TEXT_MAX, shortText, uuidSchema, type Timestamps } from './common.js';
import { bouwsteenSchema, type Bouwsteen } from './nulmeting.js';

// The routekaart: the vision worked out into a plan for the next three years (seed 002), with
// focus, funding arranged before projects start, quick wins ("laaghangend fruit") and
// data-driven working as a continuous process (seed 000), in the phases begin, ontwikkel,
// opschaling en beheer (seed 003). Each item says which gaps of the nulmeting it closes and
// which vision passages it serves, so the trace reaches from a quote to the action.
//
// Time is counted in quarters, written '2027-Q1': the text sorts in time order, so the
// comparisons are plain string comparisons.

export const QUARTER_PATTERN = /^\d{4}-Q[1-4]$/;
export const quarterSchema = z.string().regex(QUARTER_PATTERN, {
  message: 'Een kwartaal schrijf je als 2027-Q1.',
});
export type Quarter = string;

export const ROADMAP_ITEM_KINDS = [
  'project',
  'activiteit',
  'quick-win',
  'doorlopend',
  'mijlpaal',
] as const;
export const roadmapItemKindSchema = z.enum(ROADMAP_ITEM_KINDS);
export type RoadmapItemKind = z.infer<typeof roadmapItemKindSchema>;

export const FUNDING_STATES = ['geregeld', 'aangevraagd', 'open'] as const;
export const fundingStateSchema = z.enum(FUNDING_STATES);
export type FundingState = z.infer<typeof fundingStateSchema>;

/** Seed 003's phases. */
export const ROADMAP_PHASES = ['begin', 'ontwikkel', 'opschaling-en-beheer'] as const;
export const roadmapPhaseSchema = z.enum(ROADMAP_PHASES);
export type RoadmapPhase = z.infer<typeof roadmapPhaseSchema>;

export const ROADMAP_LEVELS = ['strategisch', 'tactisch'] as const;
export const roadmapLevelSchema = z.enum(ROADMAP_LEVELS);
export type RoadmapLevel = z.infer<typeof roadmapLevelSchema>;

export const ROADMAP_STATUSES = ['gepland', 'lopend', 'gereed', 'gepauzeerd', 'geschrapt'] as const;
export const roadmapStatusSchema = z.enum(ROADMAP_STATUSES);
export type RoadmapStatus = z.infer<typeof roadmapStatusSchema>;

/** How the timeline groups its rows. */
export const ROADMAP_LANES = ['bouwsteen', 'dimensie'] as const;
export const roadmapLaneSchema = z.enum(ROADMAP_LANES);
export type RoadmapLane = z.infer<typeof roadmapLaneSchema>;

// ---- Fields the user edits ----

export const roadmapSettingsSchema = z.object({
  /** The first quarter of the plan. */
  startQuarter: quarterSchema,
  /** The plan runs this many years (default 3). */
  horizonYears: z.number().int().min(1).max(10),
});
export type RoadmapSettings = z.infer<typeof roadmapSettingsSchema>;

/** The fields without the rule between them: create and update take parts of it. */
export const roadmapItemBaseSchema = z.object({
  kind: roadmapItemKindSchema,
  title: shortText(300).min(1),
  description: shortText(LONG_TEXT_MAX),
  /** What it should achieve: the project card's goal. */
  goal: shortText(LONG_TEXT_MAX),
  /** A dimension id of the engagement's maturity model, or null. */
  dimensionId: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .max(60)
    .nullable(),
  bouwsteen: bouwsteenSchema.nullable(),
  startQuarter: quarterSchema,
  /** Equal to the start for a milestone or a one-quarter item. */
  endQuarter: quarterSchema,
  /** The owner: a stakeholder, or a role as typed ("CIO", "programmamanager data"). */
  ownerStakeholderId: uuidSchema.nullable(),
  ownerText: shortText(300),
  /** As typed: "40 dagen", "0,4 fte", "€ 25.000". */
  effort: shortText(300),
  funding: fundingStateSchema,
  phase: roadmapPhaseSchema,
  level: roadmapLevelSchema,
  status: roadmapStatusSchema,
});
/** The whole item: the end is not before the start (the service checks a partial update too). */
export const roadmapItemFieldsSchema = roadmapItemBaseSchema.refine(
  (f) => f.endQuarter >= f.startQuarter,
  { message: 'Het eindkwartaal ligt voor het beginkwartaal.', path: ['endQuarter'] },
);
export type RoadmapItemFields = z.infer<typeof roadmapItemFieldsSchema>;

export const roadmapUpdateFieldsSchema = z.object({
  date: isoDateSchema,
  text: shortText(LONG_TEXT_MAX).min(1),
  /** The status the item has from this update on; null leaves it. */
  status: roadmapStatusSchema.nullable(),
});
export type RoadmapUpdateFields = z.infer<typeof roadmapUpdateFieldsSchema>;

// ---- What the core answers ----

export interface RoadmapUpdate extends RoadmapUpdateFields {
  id: string;
  itemId: string;
  createdAt: string;
}

export interface RoadmapItem extends Timestamps {
  id: string;
  kind: RoadmapItemKind;
  title: string;
  description: string;
  goal: string;
  dimensionId: string | null;
  bouwsteen: Bouwsteen | null;
  startQuarter: Quarter;
  endQuarter: Quarter;
  ownerStakeholderId: string | null;
  ownerText: string;
  /** The stakeholder's name, else ownerText. */
  ownerLabel: string;
  effort: string;
  funding: FundingState;
  phase: RoadmapPhase;
  level: RoadmapLevel;
  status: RoadmapStatus;
  /** Items this one depends on: it should start after they end. */
  dependsOn: string[];
  /** Dimension ids of the gaps it closes. */
  gapDimensionIds: string[];
  /** Vision passages it serves. */
  passageIds: string[];
  /** Newest first. */
  updates: RoadmapUpdate[];
  /** Position in the list and in its lane. */
  position: number;
}

export const ROADMAP_WARNING_KINDS = [
  /** It starts before (or in the quarter that) an item it depends on ends. */
  'starts-before-dependency',
  /** Funding is open while the item starts in the current quarter or has started. */
  'funding-open-at-start',
  /** It lies (partly) outside the plan's horizon. */
  'outside-horizon',
] as const;
export type RoadmapWarningKind = (typeof ROADMAP_WARNING_KINDS)[number];
export interface RoadmapWarning {
  kind: RoadmapWarningKind;
  itemId: string;
  /** For starts-before-dependency: the item depended on. */
  otherItemId: string | null;
}

export const ROADMAP_CHECK_KINDS = [
  /** A gap of two levels or more in the latest measurement that no item closes. */
  'gap-without-item',
  /** An item linked to neither a gap nor a vision passage. */
  'item-without-reason',
  /** One owner has more items running in a quarter than the method's limit. */
  'owner-overloaded',
] as const;
export type RoadmapCheckKind = (typeof ROADMAP_CHECK_KINDS)[number];
export interface RoadmapCheck {
  kind: RoadmapCheckKind;
  /** gap-without-item: the dimension; others: null. */
  dimensionId: string | null;
  /** item-without-reason: the item; owner-overloaded: the items running in that quarter. */
  itemIds: string[];
  /** owner-overloaded: the owner's label and the quarter. */
  owner: string | null;
  quarter: Quarter | null;
}

export interface Roadmap {
  settings: RoadmapSettings;
  /** In position order. */
  items: RoadmapItem[];
  warnings: RoadmapWarning[];
  checks: RoadmapCheck[];
}
