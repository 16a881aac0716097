// .js extensions: this file's test runs under Node, and Vite maps them to the .ts sources.
import type { DimensionSummary } from '../../../shared/domain/nulmeting.js';

/**
 * The gap table's rows: the summary's dimensions, largest gap first; dimensions not agreed yet
 * (gap null) last, in the model's order. The numbers are the summary's, never recomputed.
 */
export function sortByGap(summary: readonly DimensionSummary[]): DimensionSummary[] {
  return summary
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      if (a.row.gap === null || b.row.gap === null)
        return a.row.gap === null && b.row.gap === null
          ? a.index - b.index
          : a.row.gap === null
            ? 1
            : -1;
      return b.row.gap - a.row.gap || a.index - b.index;
    })
    .map(({ row }) => row);
}
