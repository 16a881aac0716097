import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/common';
import { useCoreQuery } from '../../api/core-hooks';
import type { Invalidation } from '../../api/query-keys';

/** Every read a change to the vision can make stale. */
export const VISION_READS: readonly Invalidation[] = [
  'vision:get',
  'vision:checks',
  'visionVersion:list',
  'visionVersion:get',
  'visionVersion:diff',
  'visionFeedback:list',
];

export const useUiLanguage = (): Language => {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'nl';
};

/** The working copy with its checks (their texts in the UI's language) and the versions made. */
export function useVision(engagementId: string) {
  const language = useUiLanguage();
  return useCoreQuery('vision:get', { engagementId, language });
}

export const useVisionVersion = (engagementId: string, id: string | null) =>
  useCoreQuery('visionVersion:get', { engagementId, id: id ?? '' }, { enabled: id !== null });

export const useWethouders = (engagementId: string) =>
  useCoreQuery('stakeholder:list', { engagementId, group: 'wethouder' });
