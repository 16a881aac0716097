import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/common';
import type { Invalidation } from '../../api/query-keys';
import { useCoreQuery } from '../../api/core-hooks';

// The reads of step 4. A change to a presentation, a decision or feedback moves counts on the
// overview, the timeline, the vision's versions and the adoption banner at once, so those
// changes refresh everything cached about the engagement.

export const ADOPTION_CHANGED: readonly Invalidation[] = ['engagement'];

/** The UI language as the core's `language` input (texts it writes: borging, timeline). */
export function useCoreLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'nl';
}

export const useVisionAdoption = (engagementId: string) =>
  useCoreQuery('adoption:visionStatus', { engagementId });

export const usePresentations = (engagementId: string) =>
  useCoreQuery('presentation:list', { engagementId });

export const useDecisions = (engagementId: string) =>
  useCoreQuery('decision:list', { engagementId });

/** The frozen vision versions, newest last as the core lists them; restore points left out. */
export function useVisionVersions(engagementId: string) {
  return useCoreQuery(
    'visionVersion:list',
    { engagementId },
    { select: (versions) => versions.filter((v) => v.status !== 'herstelpunt') },
  );
}

export function useBorging(engagementId: string) {
  const language = useCoreLanguage();
  return useCoreQuery('borging:list', { engagementId, language });
}

export function useTimeline(engagementId: string) {
  const language = useCoreLanguage();
  return useCoreQuery('timeline:list', { engagementId, language });
}
