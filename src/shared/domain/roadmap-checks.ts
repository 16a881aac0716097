import type { DimensionGap } from './nulmeting.js';
import { horizonEnd, quarterRange } from './quarter.js';
import type {
  Quarter,
  RoadmapCheck,
  RoadmapItem,
  RoadmapSettings,
  RoadmapWarning,
} from './roadmap.js';

// The routekaart's warnings (about one item's planning) and checks (about the plan as a whole),
// pure so the core, the timeline and the exports say the same thing. Items that are done or
// dropped ('gereed', 'geschrapt') no longer warn nor close a gap: the plan is about what is
// still to come.

/** The fields the rules read: a whole RoadmapItem fits, and so does an export's row. */
export type CheckedItem = Pick<
  RoadmapItem,
  | 'id'
  | 'kind'
  | 'startQuarter'
  | 'endQuarter'
  | 'funding'
  | 'status'
  | 'dependsOn'
  | 'gapDimensionIds'
  | 'passageIds'
  | 'ownerStakeholderId'
  | 'ownerText'
  | 'ownerLabel'
>;

/** The method's limits (resources/method/roadmap.json). */
export interface RoadmapLimits {
  /** A gap this many levels or more needs an item. */
  gapThreshold: number;
  /** More running items than this in one quarter overloads an owner. */
  ownerMaxItemsPerQuarter: number;
}

const isActive = (item: CheckedItem): boolean =>
  item.status !== 'gereed' && item.status !== 'geschrapt';

/** Per item in order: its dependencies, its funding, its place in the horizon. */
export function roadmapWarnings(
  items: readonly CheckedItem[],
  settings: RoadmapSettings,
  todayQuarter: Quarter,
): RoadmapWarning[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const lastQuarter = horizonEnd(settings.startQuarter, settings.horizonYears);
  const warnings: RoadmapWarning[] = [];
  for (const item of items) {
    if (!isActive(item)) continue;
    for (const otherId of item.dependsOn) {
      const other = byId.get(otherId);
      // Something dropped does not hold anything up.
      if (!other || other.status === 'geschrapt') continue;
      if (item.startQuarter <= other.endQuarter)
        warnings.push({ kind: 'starts-before-dependency', itemId: item.id, otherItemId: other.id });
    }
    // The money should be there before the work starts (seed 000).
    if (item.funding === 'open' && item.startQuarter <= todayQuarter)
      warnings.push({ kind: 'funding-open-at-start', itemId: item.id, otherItemId: null });
    if (item.startQuarter < settings.startQuarter || item.endQuarter > lastQuarter)
      warnings.push({ kind: 'outside-horizon', itemId: item.id, otherItemId: null });
  }
  return warnings;
}

/** The owner as the checks group it: the stakeholder, else the typed role (case and spaces aside). */
function ownerKey(item: CheckedItem): string | null {
  if (item.ownerStakeholderId) return `s:${item.ownerStakeholderId}`;
  const text = item.ownerText.trim().replace(/\s+/g, ' ').toLowerCase();
  return text ? `t:${text}` : null;
}

/**
 * Gaps of the threshold or more that no active item closes (largest first), items that serve
 * neither a gap nor a passage (in item order), and per owner the quarters in which more items
 * run than the limit (in owner order of first appearance, then quarter order).
 */
export function roadmapChecks(
  items: readonly CheckedItem[],
  gaps: readonly DimensionGap[],
  limits: RoadmapLimits,
): RoadmapCheck[] {
  const active = items.filter(isActive);
  const closed = new Set(active.flatMap((item) => item.gapDimensionIds));
  const checks: RoadmapCheck[] = [];

  const open = gaps
    .filter((g) => g.gap >= limits.gapThreshold && !closed.has(g.dimensionId))
    .map((g, i) => ({ g, i }))
    .sort((a, b) => b.g.gap - a.g.gap || a.i - b.i);
  for (const { g } of open)
    checks.push({
      kind: 'gap-without-item',
      dimensionId: g.dimensionId,
      itemIds: [],
      owner: null,
      quarter: null,
    });

  for (const item of active)
    if (item.gapDimensionIds.length === 0 && item.passageIds.length === 0)
      checks.push({
        kind: 'item-without-reason',
        dimensionId: null,
        itemIds: [item.id],
        owner: null,
        quarter: null,
      });

  // A milestone is a moment, not work: it does not load its owner.
  const byOwner = new Map<string, { label: string; items: CheckedItem[] }>();
  for (const item of active) {
    if (item.kind === 'mijlpaal') continue;
    const key = ownerKey(item);
    if (!key) continue;
    const entry = byOwner.get(key) ?? { label: item.ownerLabel, items: [] };
    entry.items.push(item);
    byOwner.set(key, entry);
  }
  for (const { label, items: owned } of byOwner.values()) {
    if (owned.length <= limits.ownerMaxItemsPerQuarter) continue;
    const running = new Map<Quarter, string[]>();
    for (const item of owned)
      for (const q of quarterRange(item.startQuarter, item.endQuarter))
        running.set(q, [...(running.get(q) ?? []), item.id]);
    for (const q of [...running.keys()].sort()) {
      const ids = running.get(q)!;
      if (ids.length > limits.ownerMaxItemsPerQuarter)
        checks.push({
          kind: 'owner-overloaded',
          dimensionId: null,
          itemIds: ids,
          owner: label,
          quarter: q,
        });
    }
  }
  return checks;
}
