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
import type { StakeholderToolsMethod } from './method.js';

// Stakeholder tools (step 4, from smart-city practice): the parties around the programme, the
// krachtenveld (influence × attitude) with a strategy per party and dated snapshots, value
// mapping (party × value), the ijsbergmodel per knelpunt, conflicting interests and roles.
// The lists they refer to (quadrants, values, roles, iceberg layers) are method content:
// resources/method/stakeholder-tools.json, copied into each engagement.

export type { StakeholderToolsMethod };

/** A method entry id (value, role, iceberg layer): what the engagement's method copy names. */
export const methodEntryIdSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/);

export const PARTY_KINDS = ['organisation', 'group', 'municipality', 'inhabitants'] as const;
export const partyKindSchema = z.enum(PARTY_KINDS);
export type PartyKind = z.infer<typeof partyKindSchema>;

/**
 * The two parties every engagement has and that cannot be deleted: the municipality itself
 * (it states its own interests too) and its inhabitants (seed 003: "vergeet de inwoners niet").
 */
export const FIXED_PARTIES = ['own-municipality', 'inhabitants'] as const;
export type FixedParty = (typeof FIXED_PARTIES)[number];

export const partyFieldsSchema = z.object({
  name: requiredText(200),
  kind: partyKindSchema,
  /** Belangen: what this party wants to gain or protect. */
  interests: shortText(LONG_TEXT_MAX),
  /** The values this party holds, in its own words (the weighted values are the value map). */
  values: shortText(LONG_TEXT_MAX),
  waysOfWorking: shortText(LONG_TEXT_MAX),
  cultureNotes: shortText(LONG_TEXT_MAX),
  /** People (stakeholders) who belong to or speak for this party. */
  stakeholderIds: z.array(uuidSchema).max(500),
});
export type PartyFields = z.infer<typeof partyFieldsSchema>;

export interface Party extends PartyFields, Timestamps {
  id: string;
  /** Set for the municipality itself and the inhabitants: renamable, never deletable. */
  fixed: FixedParty | null;
}

export const INFLUENCE_MIN = 1;
export const INFLUENCE_MAX = 5;
export const ATTITUDE_MIN = -2;
export const ATTITUDE_MAX = 2;

export const influenceSchema = z.number().int().min(INFLUENCE_MIN).max(INFLUENCE_MAX);
export const attitudeSchema = z.number().int().min(ATTITUDE_MIN).max(ATTITUDE_MAX);

export const forceFieldFieldsSchema = z.object({
  influence: influenceSchema,
  attitude: attitudeSchema,
  opportunities: shortText(LONG_TEXT_MAX),
  risks: shortText(LONG_TEXT_MAX),
  communicationStrategy: shortText(LONG_TEXT_MAX),
  nextAction: shortText(2000),
  /** The stakeholder who owns the next action. */
  actionOwnerId: uuidSchema.nullable(),
  actionDue: isoDateSchema.nullable(),
});
export type ForceFieldFields = z.infer<typeof forceFieldFieldsSchema>;

/** A party's place on the krachtenveld grid and what the team does about it. */
export interface ForceFieldPosition extends ForceFieldFields {
  id: string;
  partyId: string;
  /** The method's quadrant this place falls in (its name and default strategy are in the method). */
  quadrantId: string;
  updatedAt: string;
}

export const snapshotFieldsSchema = z.object({
  /** Who scored the positions: names or a group ("programmateam, sessie 12 maart"). */
  scoredBy: requiredText(500),
  note: shortText(2000),
  /** The day the positions were scored; today when absent. */
  takenOn: isoDateSchema,
});
export type SnapshotFields = z.infer<typeof snapshotFieldsSchema>;

export interface SnapshotPosition {
  partyId: string;
  /** The party's name when the snapshot was taken. */
  partyName: string;
  influence: number;
  attitude: number;
  quadrantId: string;
  communicationStrategy: string;
}

export interface ForceFieldSnapshotSummary extends SnapshotFields {
  id: string;
  createdAt: string;
  positionCount: number;
}

/** A dated copy of the whole krachtenveld: such a map is subjective, so movement is shown. */
export interface ForceFieldSnapshot extends ForceFieldSnapshotSummary {
  positions: SnapshotPosition[];
}

/** 0 = not important … 3 = very important; a cell without a weight is not scored yet. */
export const VALUE_WEIGHT_MAX = 3;
export const valueWeightSchema = z.number().int().min(0).max(VALUE_WEIGHT_MAX);

export interface ValueWeight {
  partyId: string;
  valueId: string;
  weight: number;
}

export interface MethodEntry {
  id: string;
  name: string;
  description: string;
}

/** The value map: every party against every value of the method, with the weights given. */
export interface ValueMap {
  values: MethodEntry[];
  parties: { id: string; name: string }[];
  weights: ValueWeight[];
}

export const icebergFieldsSchema = z.object({
  /** The knelpunt, e.g. "Data wordt niet gedeeld tussen afdelingen". */
  title: requiredText(300),
  description: shortText(LONG_TEXT_MAX),
});
export type IcebergFields = z.infer<typeof icebergFieldsSchema>;

export const icebergItemFieldsSchema = z.object({
  /** The method's layer id (gebeurtenissen, patronen, structuren, mentale-modellen). */
  layer: methodEntryIdSchema,
  text: requiredText(2000),
  /** A finding this item rests on. */
  findingId: uuidSchema.nullable(),
});
export type IcebergItemFields = z.infer<typeof icebergItemFieldsSchema>;

export interface IcebergItem extends IcebergItemFields, Timestamps {
  id: string;
  icebergId: string;
  position: number;
}

export interface Iceberg extends IcebergFields, Timestamps {
  id: string;
  /** In layer order of the method, then in the order they were added. */
  items: IcebergItem[];
}

export const interestConflictFieldsSchema = z.object({
  partyAId: uuidSchema,
  partyBId: uuidSchema,
  description: requiredText(LONG_TEXT_MAX),
  /** How to bridge the difference. */
  bridge: shortText(LONG_TEXT_MAX),
});
export type InterestConflictFields = z.infer<typeof interestConflictFieldsSchema>;

export interface InterestConflict extends InterestConflictFields, Timestamps {
  id: string;
}

export const roleAssignmentFieldsSchema = z.object({
  stakeholderId: uuidSchema,
  /** The method's role id (boegbeeld, eigenaar, ambassadeur, trekker, witte-raaf, early-adopter). */
  roleId: methodEntryIdSchema,
  note: shortText(2000),
});
export type RoleAssignmentFields = z.infer<typeof roleAssignmentFieldsSchema>;

export interface RoleAssignment extends RoleAssignmentFields {
  id: string;
  createdAt: string;
}

/** The engagement's copy of the stakeholder-tools method, in one language, as screens show it. */
export interface StakeholderToolsGuide {
  forceField: {
    influence: { min: number; max: number; highFrom: number };
    attitude: { min: number; max: number; positiveFrom: number };
    influenceLabel: string;
    attitudeLabel: string;
    quadrants: {
      id: string;
      influence: 'high' | 'low';
      attitude: 'positive' | 'negative';
      name: string;
      strategy: string;
    }[];
  };
  values: MethodEntry[];
  roles: MethodEntry[];
  icebergLayers: (MethodEntry & { questions: string[] })[];
}

/** The quadrant a place on the grid falls in, by the method's thresholds. */
export function quadrantOf(
  forceField: Pick<StakeholderToolsMethod['forceField'], 'influence' | 'attitude' | 'quadrants'>,
  influence: number,
  attitude: number,
): string {
  const high = influence >= forceField.influence.highFrom ? 'high' : 'low';
  const positive = attitude >= forceField.attitude.positiveFrom ? 'positive' : 'negative';
  return forceField.quadrants.find((q) => q.influence === high && q.attitude === positive)!.id;
}

export interface GridPlace {
  partyId: string;
  influence: number;
  attitude: number;
}

export interface Movement {
  partyId: string;
  from: { influence: number; attitude: number };
  to: { influence: number; attitude: number };
}

/** The parties that moved between two krachtenvelden (earlier → later), in the later's order. */
export function movementBetween(
  earlier: readonly GridPlace[],
  later: readonly GridPlace[],
): Movement[] {
  const before = new Map(earlier.map((p) => [p.partyId, p]));
  const out: Movement[] = [];
  for (const now of later) {
    const then = before.get(now.partyId);
    if (!then || (then.influence === now.influence && then.attitude === now.attitude)) continue;
    out.push({
      partyId: now.partyId,
      from: { influence: then.influence, attitude: then.attitude },
      to: { influence: now.influence, attitude: now.attitude },
    });
  }
  return out;
}

/** Everything of the stakeholder tools, read whole for the stakeholder analysis and register. */
export interface StakeholderToolsData {
  /** The engagement's method copy in both languages: the document's language picks one. */
  guides: Record<Language, StakeholderToolsGuide>;
  parties: Party[];
  positions: ForceFieldPosition[];
  /** Dated krachtenvelden, oldest first, each with its positions. */
  snapshots: ForceFieldSnapshot[];
  valueWeights: ValueWeight[];
  icebergs: Iceberg[];
  conflicts: InterestConflict[];
  roles: RoleAssignment[];
}
