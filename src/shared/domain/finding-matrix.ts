import { FINDING_SOURCE_TYPES, STAKEHOLDER_GROUPS } from './vocabulary.js';

// Imports no zod: the Word findings report uses it in the export worker.
type StakeholderGroup = (typeof STAKEHOLDER_GROUPS)[number];
type FindingSourceType = (typeof FINDING_SOURCE_TYPES)[number];

// The theme × group matrix counts every finding exactly once per theme. A finding that speaks
// for a stakeholder group counts in that group's column; one without a group (a passage from a
// document, a direct note without a group, an interview nobody is linked to) counts in a column
// named after its source. So there is no "Onbekend" column: the source is always known. The
// screen (finding:matrix) and the Word findings report both place findings with columnOf(), so
// their numbers agree by construction; a later source type (sessions) gets its column for free.

export type MatrixColumn = StakeholderGroup | FindingSourceType;

/** Groups in the method's order, then the sources. */
export const MATRIX_COLUMNS: readonly MatrixColumn[] = [
  ...STAKEHOLDER_GROUPS,
  ...FINDING_SOURCE_TYPES,
];

export function matrixColumnOf(finding: {
  group: StakeholderGroup | null;
  source: { type: FindingSourceType };
}): MatrixColumn {
  return finding.group ?? finding.source.type;
}

/** The columns that have at least one finding, in MATRIX_COLUMNS order. */
export function matrixColumnsIn(seen: Iterable<MatrixColumn>): MatrixColumn[] {
  const set = new Set(seen);
  return MATRIX_COLUMNS.filter((c) => set.has(c));
}

export function isGroupColumn(column: MatrixColumn): column is StakeholderGroup {
  return (STAKEHOLDER_GROUPS as readonly string[]).includes(column);
}
