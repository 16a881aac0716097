import type {
  AgreedScore,
  DimensionSummary,
  LevelSpread,
  Respondent,
  RespondentGroup,
  Score,
} from './nulmeting.js';
import { RESPONDENT_GROUPS } from './nulmeting.js';

// The numbers of one measurement, per dimension: the agreed levels and their gap, and the spread
// of the individual scores beside them. One pure function for the screens, the Word report and
// the Excel workbook, so all three show the same numbers.

/** Min, max, mean and count of the levels given; null when there are none. */
export function levelSpread(values: readonly number[]): LevelSpread | null {
  if (values.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const v of values) {
    min = Math.min(min, v);
    max = Math.max(max, v);
    sum += v;
  }
  // The mean can leave [min, max] by a rounding error of the sum; clamp it back.
  const mean = Math.min(max, Math.max(min, sum / values.length));
  return { min, max, mean, n: values.length };
}

const meanOf = (values: readonly number[]): number | null => levelSpread(values)?.mean ?? null;

/** Rounds to the nearest half step; a value exactly between two half steps goes up. */
export const roundToHalf = (value: number): number => Math.round(value * 2) / 2;

/**
 * The median of the levels, rounded to a half step (what agreed:proposeFromScores proposes);
 * null when there are none. With an even count it is the mean of the middle two.
 */
export function medianLevel(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return roundToHalf(median);
}

/**
 * Per dimension, in the order given (the model's): the agreed levels, the gap (agreed desired −
 * agreed current, null until both are agreed), the spread of the respondents' current and
 * desired levels, and per group that scored the mean levels (groups in RESPONDENT_GROUPS order).
 * Scores of respondents not listed and of dimensions not given are ignored.
 */
export function summariseAssessment(
  dimensionIds: readonly string[],
  respondents: readonly Respondent[],
  scores: readonly Score[],
  agreed: readonly AgreedScore[],
): DimensionSummary[] {
  const groupOf = new Map(respondents.map((r) => [r.id, r.group]));
  const agreedOf = new Map(agreed.map((a) => [a.dimensionId, a]));
  const scoresOf = new Map<string, Score[]>();
  for (const s of scores) {
    if (!groupOf.has(s.respondentId)) continue;
    scoresOf.set(s.dimensionId, [...(scoresOf.get(s.dimensionId) ?? []), s]);
  }
  const groupOrder = new Map(RESPONDENT_GROUPS.map((g, i) => [g, i]));
  return dimensionIds.map((dimensionId) => {
    const given = scoresOf.get(dimensionId) ?? [];
    const currents = given.flatMap((s) => (s.current === null ? [] : [s.current]));
    const desireds = given.flatMap((s) => (s.desired === null ? [] : [s.desired]));
    const groups = new Map<RespondentGroup, Score[]>();
    for (const s of given) {
      if (s.current === null && s.desired === null) continue;
      const group = groupOf.get(s.respondentId)!;
      groups.set(group, [...(groups.get(group) ?? []), s]);
    }
    const a = agreedOf.get(dimensionId);
    const current = a?.current ?? null;
    const desired = a?.desired ?? null;
    return {
      dimensionId,
      current,
      desired,
      gap: current !== null && desired !== null ? desired - current : null,
      spreadCurrent: levelSpread(currents),
      spreadDesired: levelSpread(desireds),
      byGroup: [...groups.entries()]
        .sort(([g1], [g2]) => groupOrder.get(g1)! - groupOrder.get(g2)!)
        .map(([group, list]) => ({
          group,
          n: new Set(list.map((s) => s.respondentId)).size,
          current: meanOf(list.flatMap((s) => (s.current === null ? [] : [s.current]))),
          desired: meanOf(list.flatMap((s) => (s.desired === null ? [] : [s.desired]))),
        })),
    };
  });
}
