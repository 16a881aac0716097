import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/common';
import { useCoreQuery } from '../../api/core-hooks';

/** The method's quadrants, values, roles and layers, in the UI's language. */
export function useGuide(engagementId: string) {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'nl';
  return useCoreQuery('stakeholderTools:guide', { engagementId, language });
}

export const useParties = (engagementId: string) => useCoreQuery('party:list', { engagementId });

/** Shown in the charts: the core's weights and positions with the party names. */
export const partyName = (parties: readonly { id: string; name: string }[], id: string): string =>
  parties.find((p) => p.id === id)?.name ?? '';

/** −2 … +2 as the charts write it. */
export const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '0');
