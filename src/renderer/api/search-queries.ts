import { keepPreviousData } from '@tanstack/react-query';
import { useCoreQuery } from './core-hooks';

/** Searches from two characters on; the previous hits stay while the next are read. */
export const useSearch = (engagementId: string, query: string) =>
  useCoreQuery(
    'search:query',
    { engagementId, query, limit: 40 },
    {
      enabled: query.trim().length >= 2,
      placeholderData: keepPreviousData,
      staleTime: 5_000,
    },
  );
