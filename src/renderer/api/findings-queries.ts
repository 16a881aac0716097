import { keepPreviousData } from '@tanstack/react-query';
import type { FindingFilter } from '../../shared/domain/finding';
import { useCoreQuery } from './core-hooks';

/** Keeps the previous list on screen while a new filter is read, so the list never blinks. */
export const useFindings = (engagementId: string, filter: FindingFilter = {}) =>
  useCoreQuery('finding:list', { engagementId, filter }, { placeholderData: keepPreviousData });

export const useThemes = (engagementId: string) => useCoreQuery('theme:list', { engagementId });

export const useFindingMatrix = (engagementId: string) =>
  useCoreQuery('finding:matrix', { engagementId });
