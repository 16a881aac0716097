import { SEARCH_KINDS, type SearchHit, type SearchKind } from '../../shared/domain/search.js';

export interface HitGroup {
  kind: SearchKind;
  hits: SearchHit[];
  /** Index of the group's first hit in the keyboard order across all groups. */
  start: number;
}

/** Hits grouped by kind in a fixed order; empty kinds are left out. */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const groups: HitGroup[] = [];
  let start = 0;
  for (const kind of SEARCH_KINDS) {
    const ofKind = hits.filter((h) => h.kind === kind);
    if (ofKind.length === 0) continue;
    groups.push({ kind, hits: ofKind, start });
    start += ofKind.length;
  }
  return groups;
}
