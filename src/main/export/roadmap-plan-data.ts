import type { Decision } from '../../shared/domain/adoption.js';
import type { Finding } from '../../shared/domain/finding.js';
import type { NulmetingSnapshot } from '../../shared/domain/nulmeting-snapshot.js';
import type { RoadmapMethod } from '../../shared/domain/roadmap-method.js';
import type { Roadmap, RoadmapItem, RoadmapSettings } from '../../shared/domain/roadmap.js';
import type {
  RoadmapItemTrace,
  RoadmapSnapshot,
  RoadmapSnapshotFinding,
} from '../../shared/domain/roadmap-snapshot.js';
import type { VisionSnapshotPassage } from '../../shared/domain/vision.js';
import { adoptionData } from './adoption-data.js';
import type { ExportRun } from './builder-types.js';

// What the implementatieplan and the planning workbook read: the routekaart (reads.roadmap,
// with per item the gaps and passages it traces to), the gaps of the measurement it closes
// (reads.nulmeting), the vision passages (reads.vision), the decisions (reads.adoption). One
// place that knows the snapshot's parts, so the builders only lay out.

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

/**
 * A finding as the trace shows it: from the snapshot's findings list when it holds it (the plan's
 * exports leave that list empty), else the roadmap's copy.
 */
export interface PlanFinding {
  statement: string;
  /** For sourceLabel (names when chosen); absent for a copy without its source. */
  finding: Pick<Finding, 'source'> | null;
  /** The roadmap snapshot's label, pseudonyms only. */
  sourceLabel: string;
}

export interface RoadmapPlanData {
  settings: RoadmapSettings;
  /** In position order. */
  items: RoadmapItem[];
  warnings: Roadmap['warnings'];
  checks: Roadmap['checks'];
  /** The quarter the warnings were computed with. */
  todayQuarter: string | null;
  /** Every gap of the measurement the routekaart closes, largest first. */
  gaps: PlanGap[];
  /** The measurement the gaps come from, and every measurement (oldest first). */
  measurement: PlanMeasurement | null;
  measurements: PlanMeasurement[];
  dimensionName(id: string): string;
  passages: VisionSnapshotPassage[];
  /** Per item id: the gaps (with levels and findings) and passages (with findings) it traces to. */
  traces: Map<string, RoadmapItemTrace>;
  finding(id: string): PlanFinding | null;
  /** Decisions about the routekaart and the vision, oldest first. */
  decisions: Decision[];
  /** The engagement's copy of the method part (phase and kind texts). */
  method: RoadmapMethod | null;
}

const EMPTY_SETTINGS: RoadmapSettings = { startQuarter: '2027-Q1', horizonYears: 3 };

export function roadmapPlanData(run: ExportRun): RoadmapPlanData {
  const roadmap: RoadmapSnapshot | undefined = (
    run.snapshot as typeof run.snapshot & { roadmap?: RoadmapSnapshot }
  ).roadmap;
  const nulmeting: NulmetingSnapshot | undefined = (
    run.snapshot as typeof run.snapshot & { nulmeting?: NulmetingSnapshot }
  ).nulmeting;
  const texts = roadmap?.inLanguage[run.language] ?? roadmap;
  const names = new Map<string, string>();
  for (const d of nulmeting?.inLanguage[run.language].model.dimensions ?? [])
    names.set(d.id, d.name);
  for (const [id, name] of Object.entries(texts?.dimensionNames ?? {})) names.set(id, name);
  const dimensionName = (id: string) => names.get(id) ?? id;

  // The measurement the roadmap's gaps come from; without a roadmap part, the newest agreed one.
  const views = nulmeting?.assessments ?? [];
  const view =
    views.find((v) => v.assessment.id === roadmap?.assessmentId) ??
    (roadmap ? undefined : views.find((v) => v.assessment.agreedCount > 0));
  const findingsOf = new Map(view?.agreed.map((a) => [a.dimensionId, a.findingIds]) ?? []);
  const gaps: PlanGap[] = (view?.summary ?? [])
    .filter((s) => s.current !== null && s.desired !== null)
    .map((s) => ({
      dimensionId: s.dimensionId,
      name: dimensionName(s.dimensionId),
      current: s.current!,
      desired: s.desired!,
      gap: s.desired! - s.current!,
      findingIds: findingsOf.get(s.dimensionId) ?? [],
    }))
    .sort((a, b) => b.gap - a.gap);

  const own = new Map(run.snapshot.findings.map((f) => [f.id, f]));
  type Copy = Omit<RoadmapSnapshotFinding, 'source'> & Partial<Pick<Finding, 'source'>>;
  const copies = new Map<string, Copy>();
  for (const f of texts?.findings ?? []) copies.set(f.id, f);
  for (const f of nulmeting?.inLanguage[run.language].findings ?? [])
    if (!copies.has(f.id)) copies.set(f.id, { ...f, quote: '' });
  for (const p of run.snapshot.vision?.passages ?? [])
    for (const f of p.findings)
      if (!copies.has(f.id))
        copies.set(f.id, {
          id: f.id,
          statement: f.statement,
          quote: f.quote,
          sourceLabel: '',
          source: f.source,
        });
  const finding = (id: string): PlanFinding | null => {
    const record = own.get(id);
    const copy = copies.get(id);
    if (!record && !copy) return null;
    const source = record?.source ?? copy?.source;
    return {
      statement: record?.statement ?? copy?.statement ?? '',
      finding: source ? { source } : null,
      sourceLabel: copy?.sourceLabel ?? '',
    };
  };

  const decisions = adoptionData(run)
    .decisions.filter((d) => d.subject === 'routekaart' || d.subject === 'visie')
    .sort((a, b) => a.date.localeCompare(b.date));
  return {
    settings: roadmap?.settings ?? EMPTY_SETTINGS,
    items: [...(roadmap?.items ?? [])].sort((a, b) => a.position - b.position),
    warnings: roadmap?.warnings ?? [],
    checks: roadmap?.checks ?? [],
    todayQuarter: roadmap?.todayQuarter ?? null,
    gaps,
    measurement: view ? { name: view.assessment.name, date: view.assessment.date } : null,
    measurements: views
      .map((v) => ({ name: v.assessment.name, date: v.assessment.date }))
      .sort((a, b) => a.date.localeCompare(b.date)),
    dimensionName,
    passages: [...(run.snapshot.vision?.passages ?? [])].sort((a, b) => a.position - b.position),
    traces: new Map((roadmap?.traces ?? []).map((t) => [t.itemId, t])),
    finding,
    decisions,
    method: roadmap?.method ?? null,
  };
}
