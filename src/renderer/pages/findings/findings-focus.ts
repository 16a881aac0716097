import type { FindingSourceType } from '../../../shared/domain/finding';
import type { GroupFilter } from './findings-filter';

/**
 * What another screen asks the findings view to show when it opens: the matrix pre-filters by
 * theme and group, the search palette points at one finding. Kept here rather than in the URL:
 * the hash router names only sections, and a reload should show the plain list again.
 */
export interface FindingsFocus {
  themeId?: string;
  group?: GroupFilter;
  sourceType?: FindingSourceType;
  findingId?: string;
}

let pending: FindingsFocus | null = null;
const listeners = new Set<() => void>();

export function requestFindingsFocus(focus: FindingsFocus): void {
  pending = focus;
  for (const listener of listeners) listener();
}

/** Returns the pending focus once; the next call returns null until a new request. */
export function takeFindingsFocus(): FindingsFocus | null {
  const focus = pending;
  pending = null;
  return focus;
}

export function onFindingsFocus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
