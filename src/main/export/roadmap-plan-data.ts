import type { Decision } from '../../shared/domain/adoption.js';
import type { Finding } from '../../shared/domain/finding.js';
import type { DimensionGap } from '../../shared/domain/nulmeting.js';
import type { Roadmap, RoadmapItem, RoadmapSettings } from '../../shared/domain/roadmap.js';
import type { VisionSnapshotPassage } from '../../shared/domain/vision.js';
import { adoptionData } from './adoption-data.js';
import type { ExportRun } from './builder-types.js';

// What the implementatieplan and the planning workbook read: the routekaart, the gaps of the
// nulmeting it closes (with the findings behind each agreed score), the vision passages it
// serves, the decisions about it and the roles of the stakeholder tools. One place that knows
// the snapshot's parts, so the builders only lay out.

export interface PlanGap {
  dimensionId: string;
  name: string;
  current: number;
  desired: number;
  gap: number;
  /** The findings behind the agreed score, in order. */
  findingIds: string[];
}

export interface PlanMeasurement {
  name: string;
  date: string;
}

export interface RoadmapPlanData {
  settings: RoadmapSettings;
  /** In position order. */
  items: RoadmapItem[];
  warnings: Roadmap['warnings'];
  checks: Roadmap['checks'];
  /** The gaps of the latest measurement with agreed scores, largest first. */
  gaps: PlanGap[];
  /** The measurement the gaps come from, and every measurement (oldest first). */
  measurement: PlanMeasurement | null;
  measurements: PlanMeasurement[];
  dimensionName(id: string): string;
  passages: VisionSnapshotPassage[];
  /** Decisions about the routekaart and the vision, oldest first. */
  decisions: Decision[];
  findingById: Map<string, Finding>;
}

/** The roadmap part as the roadmap core hands it (see roadmap.snapshot.ts). */
interface RoadmapPart extends Roadmap {
  gaps?: DimensionGap[];
  dimensions?: { id: string; name: string }[];
}
/** The parts of the nulmeting the plan reads. */
interface NulmetingPart {
  assessments?: {
    assessment: { id: string; name: string; date: string };
    agreed: { dimensionId: string; findingIds: string[] }[];
  }[];
  model?: { dimensions: { id: string; name: string }[] };
}

const EMPTY_SETTINGS: RoadmapSettings = { startQuarter: '2027-Q1', horizonYears: 3 };

export function roadmapPlanData(run: ExportRun): RoadmapPlanData {
  const snapshot = run.snapshot as typeof run.snapshot & {
    roadmap?: RoadmapPart | { roadmap: RoadmapPart; gaps?: DimensionGap[] };
    nulmeting?: NulmetingPart;
  };
  const raw = snapshot.roadmap;
  const part: RoadmapPart | undefined =
    raw && 'roadmap' in raw ? { ...raw.roadmap, ...(raw.gaps ? { gaps: raw.gaps } : {}) } : raw;
  const nulmeting = snapshot.nulmeting;
  const names = new Map<string, string>();
  for (const d of nulmeting?.model?.dimensions ?? []) names.set(d.id, d.name);
  for (const d of part?.dimensions ?? []) names.set(d.id, d.name);
  for (const g of part?.gaps ?? []) names.set(g.dimensionId, g.dimensionName);
  const gapsIn = part?.gaps ?? [];
  const assessments = nulmeting?.assessments ?? [];
  const source = assessments.find((a) => a.assessment.id === gapsIn[0]?.assessmentId);
  const findingsOf = new Map(source?.agreed.map((a) => [a.dimensionId, a.findingIds]) ?? []);
  const gaps: PlanGap[] = gapsIn
    .map((g) => ({
      dimensionId: g.dimensionId,
      name: g.dimensionName,
      current: g.current,
      desired: g.desired,
      gap: g.gap,
      findingIds: findingsOf.get(g.dimensionId) ?? [],
    }))
    .sort((a, b) => b.gap - a.gap);
  const measurements = assessments
    .map((a) => ({ name: a.assessment.name, date: a.assessment.date }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const decisions = adoptionData(run)
    .decisions.filter((d) => d.subject === 'routekaart' || d.subject === 'visie')
    .sort((a, b) => a.date.localeCompare(b.date));
  return {
    settings: part?.settings ?? EMPTY_SETTINGS,
    items: [...(part?.items ?? [])].sort((a, b) => a.position - b.position),
    warnings: part?.warnings ?? [],
    checks: part?.checks ?? [],
    gaps,
    measurement: source ? { name: source.assessment.name, date: source.assessment.date } : null,
    measurements,
    dimensionName: (id) => names.get(id) ?? id,
    passages: [...(run.snapshot.vision?.passages ?? [])].sort((a, b) => a.position - b.position),
    decisions,
    findingById: new Map(run.snapshot.findings.map((f) => [f.id, f])),
  };
}
