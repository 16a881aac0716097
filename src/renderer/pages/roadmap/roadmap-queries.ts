import type { Invalidation } from '../../api/query-keys';
import { useCoreQuery } from '../../api/core-hooks';
import { useUiLanguage } from '../vision/vision-queries';

// The reads of the routekaart. A change to an item moves the warnings, the checks, the trace
// and the overview at once, so changes refresh everything cached about the engagement.

export const ROADMAP_CHANGED: readonly Invalidation[] = ['engagement'];

export function useRoadmap(engagementId: string) {
  const language = useUiLanguage();
  return useCoreQuery('roadmap:get', { engagementId, language });
}

/** The input roadmap:get is cached under, for writing a saved item into the cache. */
export const useRoadmapKey = (engagementId: string) => ({
  engagementId,
  language: useUiLanguage(),
});

export function useMaturityModel(engagementId: string) {
  const language = useUiLanguage();
  return useCoreQuery('maturity:model', { engagementId, language });
}

/** The gaps of the latest measurement; the screen works without them (no measurement yet). */
export function useGaps(engagementId: string) {
  const language = useUiLanguage();
  return useCoreQuery(
    'nulmeting:gaps',
    { engagementId, language },
    { retry: false, meta: { inlineError: true } },
  );
}
