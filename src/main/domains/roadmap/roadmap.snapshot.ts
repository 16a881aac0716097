import type { Language } from '../../../shared/domain/common.js';
import { horizonQuarters, quarterOf } from '../../../shared/domain/quarter.js';
import type {
  RoadmapItemTrace,
  RoadmapSnapshot,
  RoadmapSnapshotTexts,
} from '../../../shared/domain/roadmap-snapshot.js';
import type { CoreContext } from '../../core/core-context.js';
import { adoptionTranslator } from '../adoption/adoption-texts.js';
import { traceSourceLabel } from '../adoption/trace.js';
import { getEngagement } from '../engagement/engagement.service.js';
import { listFindingsWithIds } from '../findings/finding.service.js';
import { listAgreedFindings } from '../nulmeting/nulmeting.repository.js';
import { engagementMaturity } from '../nulmeting/nulmeting.service.js';
import { listVisionPassages } from '../vision/vision.service.js';
import { latestGaps } from './roadmap-gaps.js';
import { engagementRoadmapMethod, getRoadmap } from './roadmap.service.js';

// This area's part of an export snapshot: its key in the scope a builder reads, and the data
// (TypeScript adds both to the interfaces of src/main/export/snapshot.ts, which lists no area).
declare module '../../export/snapshot.js' {
  interface SnapshotScope {
    /** The routekaart with its warnings, checks and the trace of every item. */
    roadmap?: boolean;
  }
  interface EngagementSnapshot {
    /** Absent unless the scope asked for the routekaart. The shape: shared/domain/roadmap-snapshot.ts. */
    roadmap?: RoadmapSnapshot;
  }
}

// What the implementatieplan and the planning workbook read (`reads.roadmap`). Runs inside the
// snapshot's read transaction: it only reads (method copies not taken yet are today's, not
// stored).

export async function readRoadmapSnapshot(
  ctx: CoreContext,
  engagementId: string,
): Promise<RoadmapSnapshot> {
  const db = ctx.open.get(engagementId).file.db;
  const engagement = await getEngagement(ctx, engagementId);
  const gaps = await latestGaps(ctx, engagementId, engagement.language, false);
  const [plan, method, maturity, passages] = await Promise.all([
    getRoadmap(ctx, engagementId, gaps, false),
    engagementRoadmapMethod(ctx, db, false),
    engagementMaturity(ctx, db, false),
    listVisionPassages(ctx, engagementId),
  ]);
  const assessmentId = gaps[0]?.assessmentId ?? null;
  const agreedFindings = new Map<string, string[]>();
  if (assessmentId)
    for (const l of await listAgreedFindings(db, assessmentId))
      agreedFindings.set(l.dimension_id, [
        ...(agreedFindings.get(l.dimension_id) ?? []),
        l.finding_id,
      ]);
  const gapOf = new Map(gaps.map((g) => [g.dimensionId, g]));
  const passageOf = new Map(passages.map((p) => [p.id, p]));
  const passageOrder = new Map(passages.map((p, i) => [p.id, i]));

  const traces: RoadmapItemTrace[] = plan.items.map((item) => ({
    itemId: item.id,
    gaps: item.gapDimensionIds
      .map((id) => gapOf.get(id))
      .filter((g) => g !== undefined)
      .map((g) => ({
        dimensionId: g.dimensionId,
        current: g.current,
        desired: g.desired,
        gap: g.gap,
        findingIds: agreedFindings.get(g.dimensionId) ?? [],
      })),
    passages: [...item.passageIds]
      .sort((a, b) => (passageOrder.get(a) ?? 0) - (passageOrder.get(b) ?? 0))
      .map((id) => passageOf.get(id))
      .filter((p) => p !== undefined)
      .map((p) => ({
        id: p.id,
        kind: p.kind,
        title: p.title,
        findingIds: p.findings.map((f) => f.id),
      })),
  }));

  // The findings the traces point at, in the order first met: read by id, not picked out of all
  // of the engagement's (30,000 in the bench, of which the traces show a few hundred).
  const usedIds = [
    ...new Set(
      traces.flatMap((t) => [
        ...t.gaps.flatMap((g) => g.findingIds),
        ...t.passages.flatMap((p) => p.findingIds),
      ]),
    ),
  ];
  const findingById = new Map(
    (await listFindingsWithIds(ctx, engagementId, usedIds)).map((f) => [f.id, f]),
  );
  const used = usedIds.map((id) => findingById.get(id)).filter((f) => f !== undefined);
  const texts = (language: Language): RoadmapSnapshotTexts => {
    const t = adoptionTranslator(language);
    return {
      dimensionNames: Object.fromEntries(maturity.dimensions.map((d) => [d.id, d.name[language]])),
      findings: used.map((f) => ({
        id: f.id,
        statement: f.statement,
        quote: f.quote,
        sourceLabel: traceSourceLabel(t, f),
        source: f.source,
      })),
    };
  };
  const inLanguage = { nl: texts('nl'), en: texts('en') };
  return {
    ...plan,
    ...inLanguage[engagement.language],
    quarters: horizonQuarters(plan.settings.startQuarter, plan.settings.horizonYears),
    todayQuarter: quarterOf(ctx.now()),
    assessmentId,
    method,
    traces,
    inLanguage,
  };
}
