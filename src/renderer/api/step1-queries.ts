import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import { call } from './koers-error';
import { queryKeys } from './query-keys';

// Documents and interviews live under ['engagement', id], so invalidating the engagement (as a
// new finding does) refreshes counts here too.
export const step1Keys = {
  documents: (engagementId: string) =>
    [...queryKeys.engagement(engagementId), 'documents'] as const,
  document: (engagementId: string, id: string) =>
    [...step1Keys.documents(engagementId), id] as const,
  interviews: (engagementId: string) =>
    [...queryKeys.engagement(engagementId), 'interviews'] as const,
  interview: (engagementId: string, id: string) =>
    [...step1Keys.interviews(engagementId), id] as const,
  guide: (engagementId: string) => [...queryKeys.engagement(engagementId), 'guide'] as const,
};

export const useDocuments = (engagementId: string) =>
  useQuery({
    queryKey: step1Keys.documents(engagementId),
    queryFn: () => call(api['document:list']({ engagementId })),
  });

export const useDocument = (engagementId: string, id: string) =>
  useQuery({
    queryKey: step1Keys.document(engagementId, id),
    queryFn: () => call(api['document:get']({ engagementId, id })),
    meta: { inlineError: true },
  });

export const useInterviews = (engagementId: string) =>
  useQuery({
    queryKey: step1Keys.interviews(engagementId),
    queryFn: () => call(api['interview:list']({ engagementId })),
  });

export const useInterview = (engagementId: string, id: string) =>
  useQuery({
    queryKey: step1Keys.interview(engagementId, id),
    queryFn: () => call(api['interview:get']({ engagementId, id })),
    meta: { inlineError: true },
    // The editors read the notes once, when they mount. Dropping the cache as soon as the page
    // goes means a return visit always starts from what the core holds, never from a copy
    // older than the last autosave.
    gcTime: 0,
    refetchOnWindowFocus: false,
  });

export const useInterviewGuide = (engagementId: string) =>
  useQuery({
    queryKey: step1Keys.guide(engagementId),
    queryFn: () => call(api['interview:guide']({ engagementId })),
    staleTime: Infinity,
  });
