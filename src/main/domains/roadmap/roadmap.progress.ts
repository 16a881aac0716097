import type { RoadmapProgress } from '../../../shared/domain/adoption.js';
import type { CoreContext } from '../../core/core-context.js';
import { latestGaps } from './roadmap-gaps.js';
import { getRoadmap } from './roadmap.service.js';

// The routekaart's numbers on the overview (progress:get): its items and milestones, the next
// milestone, and the warnings and checks the routekaart screen lists. Only reads (`write:
// false`): opening the overview stores no method copy.

export async function readRoadmapProgress(
  ctx: CoreContext,
  engagementId: string,
): Promise<RoadmapProgress> {
  const gaps = await latestGaps(ctx, engagementId, undefined, false);
  const plan = await getRoadmap(ctx, engagementId, gaps, false);
  const milestones = plan.items.filter((i) => i.kind === 'mijlpaal');
  const next = milestones
    .filter((i) => i.status !== 'gereed' && i.status !== 'geschrapt')
    // Stable: within a quarter, the routekaart's own order.
    .sort((a, b) => a.endQuarter.localeCompare(b.endQuarter))[0];
  return {
    items: plan.items.length,
    milestones: milestones.length,
    nextMilestone: next ? { title: next.title, quarter: next.endQuarter } : null,
    warnings: plan.warnings.length,
    checks: plan.checks.length,
  };
}
