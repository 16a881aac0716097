import { describe, expect, it } from 'vitest';
import type { DimensionSummary } from '../../../shared/domain/nulmeting.js';
import { sortByGap } from './gap-table.js';

const row = (dimensionId: string, gap: number | null): DimensionSummary => ({
  dimensionId,
  current: gap === null ? null : 2,
  desired: gap === null ? null : 2 + gap,
  gap,
  spreadCurrent: null,
  spreadDesired: null,
  byGroup: [],
});

describe('the gap table', () => {
  it('puts the largest gap first, ties in model order, not agreed last', () => {
    const sorted = sortByGap([
      row('a', 1),
      row('b', null),
      row('c', 2.5),
      row('d', 1),
      row('e', null),
      row('f', -0.5),
    ]);
    expect(sorted.map((r) => r.dimensionId)).toEqual(['c', 'a', 'd', 'f', 'b', 'e']);
  });
});
