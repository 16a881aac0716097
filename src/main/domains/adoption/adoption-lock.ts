import {
  ADOPTING_DECISION_KINDS,
  type DecisionKind,
  type VisionAdoption,
} from '../../../shared/domain/adoption.js';
import type { AdoptionRevisionRow, DecisionRow } from './adoption.table.js';

// When is the vision adopted? When an adopting decision (vastgesteld, bekrachtigd) on a vision
// version exists and no revision was started after the latest one recorded. The adopted version
// is the one of the latest such decision by its day; the editor shows the decisions on it. A
// pure function of the rows, so the guard, the status and the snapshot agree.

export const adopts = (kind: DecisionKind): boolean =>
  (ADOPTING_DECISION_KINDS as readonly string[]).includes(kind);

const byRecorded = (a: DecisionRow, b: DecisionRow) =>
  a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id);
const byDay = (a: DecisionRow, b: DecisionRow) => a.date.localeCompare(b.date) || byRecorded(a, b);

/** The adopting decisions on a vision version, in the order they were recorded. */
export function adoptingDecisions(decisions: readonly DecisionRow[]): DecisionRow[] {
  return decisions
    .filter((d) => d.subject === 'visie' && adopts(d.kind) && d.version_id !== null)
    .sort(byRecorded);
}

/**
 * A revision reopens the vision if it started after the latest adopting decision was recorded,
 * or was started on that very decision (two calls within one millisecond).
 */
function reopened(latest: DecisionRow, revision: AdoptionRevisionRow | undefined): boolean {
  if (!revision) return false;
  return revision.decision_id === latest.id || revision.started_at > latest.created_at;
}

export function visionAdoptionOf(
  decisions: readonly DecisionRow[],
  revision: AdoptionRevisionRow | undefined,
  labels: ReadonlyMap<string, string>,
): VisionAdoption | null {
  const adopting = adoptingDecisions(decisions);
  const latest = adopting.at(-1);
  if (!latest || reopened(latest, revision)) return null;
  const decided = [...adopting].sort(byDay).at(-1)!;
  const versionId = decided.version_id!;
  return {
    versionId,
    versionLabel: labels.get(versionId) ?? '',
    decisions: adopting
      .filter((d) => d.version_id === versionId)
      .sort(byDay)
      .map((d) => ({ body: d.body, kind: d.kind, date: d.date })),
  };
}

/** The latest adopting decision as recorded: what a new revision reopens. */
export const latestAdoptingDecision = (decisions: readonly DecisionRow[]): DecisionRow | null =>
  adoptingDecisions(decisions).at(-1) ?? null;
