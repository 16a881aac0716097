import type { PosterRoadmapPlan } from '../../../shared/poster/roadmap-poster-input.js';
import type { CoreContext } from '../../core/core-context.js';
import { listItems, readSettings } from './roadmap.service.js';

// What the vision's poster reads of the routekaart: the plan's settings and items, for the
// band a version is frozen with. The vision area calls this one read and nothing else of the
// routekaart; the mapping to the band is shared (shared/poster/roadmap-poster-input.ts), so the
// frozen band is the one the editor previews and the export prints. It writes nothing (no
// method copy taken on first use).

export async function readRoadmapForPoster(
  ctx: CoreContext,
  engagementId: string,
): Promise<PosterRoadmapPlan> {
  const db = ctx.open.get(engagementId).file.db;
  const [settings, items] = await Promise.all([readSettings(ctx, db, false), listItems(db)]);
  return { settings, items };
}
