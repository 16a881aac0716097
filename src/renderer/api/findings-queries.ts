import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { FindingFilter } from '../../shared/domain/finding';
import { api } from './client';
import { call } from './koers-error';
import { queryKeys } from './query-keys';

// Everything lives under ['engagement', id]: a finding or theme change invalidates that prefix,
// which also refreshes the overview's counts and theme list.
export const findingKeys = {
  all: (engagementId: string) => [...queryKeys.engagement(engagementId), 'findings'] as const,
  list: (engagementId: string, filter: FindingFilter = {}) =>
    [...findingKeys.all(engagementId), 'list', filter] as const,
  matrix: (engagementId: string) => [...findingKeys.all(engagementId), 'matrix'] as const,
  themes: (engagementId: string) => [...queryKeys.engagement(engagementId), 'themes'] as const,
  search: (engagementId: string, query: string) =>
    [...queryKeys.engagement(engagementId), 'search', query] as const,
};

export const useFindings = (engagementId: string, filter: FindingFilter = {}) =>
  useQuery({
    queryKey: findingKeys.list(engagementId, filter),
    queryFn: () => call(api['finding:list']({ engagementId, filter })),
    placeholderData: keepPreviousData,
  });

export const useThemes = (engagementId: string) =>
  useQuery({
    queryKey: findingKeys.themes(engagementId),
    queryFn: () => call(api['theme:list']({ engagementId })),
  });

export const useFindingMatrix = (engagementId: string) =>
  useQuery({
    queryKey: findingKeys.matrix(engagementId),
    queryFn: () => call(api['finding:matrix']({ engagementId })),
  });

export const useSearch = (engagementId: string, query: string) =>
  useQuery({
    queryKey: findingKeys.search(engagementId, query),
    queryFn: () => call(api['search:query']({ engagementId, query, limit: 40 })),
    enabled: query.trim().length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });
