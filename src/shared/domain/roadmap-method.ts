import { z } from 'zod';
import { requiredText } from './common.js';
import { ROADMAP_ITEM_KINDS, ROADMAP_PHASES } from './roadmap.js';

// The routekaart's part of the method (resources/method/roadmap.json): the horizon a new plan
// gets, the limits of the checks, and what the phases (seed 003) and kinds of item mean, in
// both languages, for the screen and the implementatieplan.

const localizedSchema = z.object({ nl: requiredText(2000), en: requiredText(2000) });
const describedSchema = z.object({ label: localizedSchema, description: localizedSchema });

export const roadmapMethodFileSchema = z.object({
  /** The horizon of a plan whose settings were never saved. */
  defaultHorizonYears: z.number().int().min(1).max(10),
  /** A gap of this many levels or more needs an item (check gap-without-item). */
  gapThreshold: z.number().min(0.5).max(4),
  /** More running items than this in one quarter overloads an owner. */
  ownerMaxItemsPerQuarter: z.number().int().min(1).max(50),
  phases: z.object(
    Object.fromEntries(ROADMAP_PHASES.map((p) => [p, describedSchema])) as Record<
      (typeof ROADMAP_PHASES)[number],
      typeof describedSchema
    >,
  ),
  kinds: z.object(
    Object.fromEntries(ROADMAP_ITEM_KINDS.map((k) => [k, describedSchema])) as Record<
      (typeof ROADMAP_ITEM_KINDS)[number],
      typeof describedSchema
    >,
  ),
});
export type RoadmapMethod = z.infer<typeof roadmapMethodFileSchema>;
