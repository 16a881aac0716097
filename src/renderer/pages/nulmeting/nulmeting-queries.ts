import type { Invalidation } from '../../api/query-keys';
import { useCoreQuery } from '../../api/core-hooks';
import { useCoreLanguage } from '../adoption/adoption-queries';

// The reads of the nulmeting. A change to a measurement moves its counts in the list, the
// view's summary, the gaps the routekaart reads and the overview, so changes refresh what is
// cached about the engagement (as step 4 does).

export const NULMETING_CHANGED: readonly Invalidation[] = ['engagement'];

/** The engagement's copy of the maturity model, in the UI language. */
export function useMaturityModel(engagementId: string) {
  const language = useCoreLanguage();
  return useCoreQuery('maturity:model', { engagementId, language });
}

/** Newest first. */
export const useAssessments = (engagementId: string) =>
  useCoreQuery('assessment:list', { engagementId });

export const useAssessmentView = (engagementId: string, id: string | null) =>
  useCoreQuery('assessment:get', { engagementId, id: id ?? '' }, { enabled: id !== null });
