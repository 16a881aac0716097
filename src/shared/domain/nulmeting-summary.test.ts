import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levelSpread, medianLevel, roundToHalf, summariseAssessment } from './nulmeting-summary.js';
import { RESPONDENT_GROUPS, type AgreedScore, type Respondent, type Score } from './nulmeting.js';

// The one set of numbers the screens and both exports show: checked by hand on a small case and
// by properties over many random measurements.

const level = fc.integer({ min: 2, max: 10 }).map((n) => n / 2);
const maybeLevel = fc.option(level, { nil: null });
const DIMS = ['leiderschap', 'cultuur', 'data', 'techniek'];

const measurement = fc
  .array(fc.constantFrom(...RESPONDENT_GROUPS), { minLength: 0, maxLength: 12 })
  .chain((groups) => {
    const respondents: Respondent[] = groups.map((group, i) => ({
      id: `r${i}`,
      assessmentId: 'a',
      stakeholderId: null,
      label: `R${i}`,
      group,
    }));
    const score = (respondentId: string, dimensionId: string) =>
      fc
        .record({ current: maybeLevel, desired: maybeLevel, present: fc.boolean() })
        .map(({ current, desired, present }): Score | null =>
          present
            ? { respondentId, dimensionId, current, desired, evidence: '', confidence: null }
            : null,
        );
    const scores = fc
      .tuple(...respondents.flatMap((r) => DIMS.map((d) => score(r.id, d))))
      .map((list) => list.filter((s): s is Score => s !== null));
    const agreed = fc
      .tuple(
        ...DIMS.map((d) =>
          fc.option(
            fc
              .record({ current: maybeLevel, desired: maybeLevel })
              .map(({ current, desired }): AgreedScore => ({
                dimensionId: d,
                current,
                desired,
                rationale: '',
                findingIds: [],
                updatedAt: '2026-01-01T00:00:00.000Z',
              })),
            { nil: null },
          ),
        ),
      )
      .map((list) => list.filter((a): a is AgreedScore => a !== null));
    return fc.record({ respondents: fc.constant(respondents), scores, agreed });
  });

describe('summariseAssessment', () => {
  it('computes agreed levels, gap, spread and group means of a small measurement', () => {
    const respondents: Respondent[] = [
      { id: 'a', assessmentId: 'x', stakeholderId: null, label: 'A', group: 'mt' },
      { id: 'b', assessmentId: 'x', stakeholderId: null, label: 'B', group: 'mt' },
      { id: 'c', assessmentId: 'x', stakeholderId: null, label: 'C', group: 'bestuur' },
    ];
    const s = (respondentId: string, current: number | null, desired: number | null): Score => ({
      respondentId,
      dimensionId: 'cultuur',
      current,
      desired,
      evidence: '',
      confidence: null,
    });
    const [cultuur, data] = summariseAssessment(
      ['cultuur', 'data'],
      respondents,
      [s('a', 2, 4), s('b', 3, 4.5), s('c', 1.5, null), s('ghost', 5, 5)],
      [
        {
          dimensionId: 'cultuur',
          current: 2,
          desired: 4,
          rationale: '',
          findingIds: [],
          updatedAt: '',
        },
      ],
    );
    expect(cultuur).toEqual({
      dimensionId: 'cultuur',
      current: 2,
      desired: 4,
      gap: 2,
      spreadCurrent: { min: 1.5, max: 3, mean: 6.5 / 3, n: 3 },
      spreadDesired: { min: 4, max: 4.5, mean: 4.25, n: 2 },
      // Groups in the order of RESPONDENT_GROUPS: bestuur before mt.
      byGroup: [
        { group: 'bestuur', n: 1, current: 1.5, desired: null },
        { group: 'mt', n: 2, current: 2.5, desired: 4.25 },
      ],
    });
    expect(data).toEqual({
      dimensionId: 'data',
      current: null,
      desired: null,
      gap: null,
      spreadCurrent: null,
      spreadDesired: null,
      byGroup: [],
    });
  });

  it('holds its invariants on many random measurements', () => {
    fc.assert(
      fc.property(measurement, ({ respondents, scores, agreed }) => {
        const summary = summariseAssessment(DIMS, respondents, scores, agreed);
        expect(summary.map((d) => d.dimensionId)).toEqual(DIMS);
        for (const d of summary) {
          const given = scores.filter((s) => s.dimensionId === d.dimensionId);
          for (const [spread, key] of [
            [d.spreadCurrent, 'current'],
            [d.spreadDesired, 'desired'],
          ] as const) {
            const values = given.flatMap((s) => (s[key] === null ? [] : [s[key]]));
            if (values.length === 0) expect(spread).toBeNull();
            else {
              expect(spread!.n).toBe(values.length);
              expect(spread!.min).toBe(Math.min(...values));
              expect(spread!.max).toBe(Math.max(...values));
              expect(spread!.mean).toBeGreaterThanOrEqual(spread!.min);
              expect(spread!.mean).toBeLessThanOrEqual(spread!.max);
            }
          }
          const a = agreed.find((x) => x.dimensionId === d.dimensionId);
          if (a?.current != null && a.desired != null) {
            expect(d.gap).toBe(a.desired - a.current);
            expect(Math.sign(d.gap!)).toBe(Math.sign(a.desired - a.current));
            // Levels are half steps, so is their difference.
            expect(Number.isInteger(d.gap! * 2)).toBe(true);
          } else expect(d.gap).toBeNull();
          // Every respondent who gave a level is counted in exactly one group.
          const scored = new Set(
            given
              .filter((s) => s.current !== null || s.desired !== null)
              .map((s) => s.respondentId),
          );
          expect(d.byGroup.reduce((n, g) => n + g.n, 0)).toBe(scored.size);
          for (const g of d.byGroup) {
            if (g.current !== null && d.spreadCurrent) {
              expect(g.current).toBeGreaterThanOrEqual(d.spreadCurrent.min - 1e-9);
              expect(g.current).toBeLessThanOrEqual(d.spreadCurrent.max + 1e-9);
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('medianLevel and roundToHalf', () => {
  it('gives the median on a half step', () => {
    expect(medianLevel([])).toBeNull();
    expect(medianLevel([3])).toBe(3);
    expect(medianLevel([1, 2, 4])).toBe(2);
    expect(medianLevel([2, 3])).toBe(2.5);
    expect(medianLevel([2, 2.5])).toBe(2.5); // 2.25 rounds up to 2.5
    expect(medianLevel([4.5, 1, 1.5, 5])).toBe(3);
    expect(roundToHalf(2.74)).toBe(2.5);
    expect(roundToHalf(2.75)).toBe(3);
  });

  it('is a half step within [min, max] of the levels, for any levels', () => {
    fc.assert(
      fc.property(fc.array(level, { minLength: 1, maxLength: 30 }), (values) => {
        const m = medianLevel(values)!;
        expect(Number.isInteger(m * 2)).toBe(true);
        expect(m).toBeGreaterThanOrEqual(Math.min(...values));
        expect(m).toBeLessThanOrEqual(Math.max(...values));
        const spread = levelSpread(values)!;
        expect(spread.mean).toBeGreaterThanOrEqual(spread.min);
      }),
      { numRuns: 500 },
    );
  });
});
