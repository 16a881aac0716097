import { FINDING_KINDS, type Finding, type FindingKind } from '../../../shared/domain/finding.js';
import type { StakeholderGroup } from '../../../shared/domain/stakeholder.js';

export const NO_GROUP = 'none';
export type GroupFilter = StakeholderGroup | typeof NO_GROUP;
export const SORTS = ['newest', 'oldest', 'importance', 'kind'] as const;
export type FindingSort = (typeof SORTS)[number];

export interface FindingsFilter {
  text: string;
  themeId: string | null;
  kind: FindingKind | null;
  group: GroupFilter | null;
  sourceType: Finding['source']['type'] | null;
}

export const EMPTY_FILTER: FindingsFilter = {
  text: '',
  themeId: null,
  kind: null,
  group: null,
  sourceType: null,
};

export const isFiltering = (f: FindingsFilter): boolean =>
  f.text.trim() !== '' ||
  f.themeId !== null ||
  f.kind !== null ||
  f.group !== null ||
  f.sourceType !== null;

/** Lower case without diacritics, so "prive" finds "privé" here as it does in the search. */
export const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Filters and sorts in memory. The whole list is fetched once: with 30,000 findings a filter
 * change is a few milliseconds here, against a round trip and a new list from the core.
 */
export function applyFindingsView(
  findings: readonly Finding[],
  filter: FindingsFilter,
  sort: FindingSort,
  folded: (finding: Finding) => string = (f) => fold(`${f.statement}\n${f.quote}`),
): Finding[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  const kept = findings.filter(
    (f) =>
      (filter.themeId === null || f.themeIds.includes(filter.themeId)) &&
      (filter.kind === null || f.kind === filter.kind) &&
      (filter.group === null ||
        (filter.group === NO_GROUP ? f.group === null : f.group === filter.group)) &&
      (filter.sourceType === null || f.source.type === filter.sourceType) &&
      (words.length === 0 || words.every((w) => folded(f).includes(w))),
  );
  return kept.sort(comparators[sort]);
}

const newest = (a: Finding, b: Finding) =>
  b.createdAt < a.createdAt ? -1 : b.createdAt > a.createdAt ? 1 : a.id < b.id ? -1 : 1;
const kindOrder = (k: FindingKind) => FINDING_KINDS.indexOf(k);

const comparators: Record<FindingSort, (a: Finding, b: Finding) => number> = {
  newest,
  oldest: (a, b) => newest(b, a),
  importance: (a, b) => b.importance - a.importance || newest(a, b),
  kind: (a, b) => kindOrder(a.kind) - kindOrder(b.kind) || newest(a, b),
};

/** Ids from `from` to `to` inclusive, in list order: what a shift-click selects. */
export function rangeIds(list: readonly Finding[], fromId: string, toId: string): string[] {
  const a = list.findIndex((f) => f.id === fromId);
  const b = list.findIndex((f) => f.id === toId);
  if (a < 0 || b < 0) return [toId];
  const [start, end] = a < b ? [a, b] : [b, a];
  return list.slice(start, end + 1).map((f) => f.id);
}
