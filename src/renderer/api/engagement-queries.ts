import { useCoreQuery } from './core-hooks';

/** The engagement layout shows a failure itself (an engagement that is not open). */
export const useEngagement = (engagementId: string) =>
  useCoreQuery('engagement:get', { engagementId }, { meta: { inlineError: true } });

export const useOverview = (engagementId: string) =>
  useCoreQuery('engagement:overview', { engagementId });
