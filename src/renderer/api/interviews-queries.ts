import { useCoreQuery } from './core-hooks';

export const useInterviews = (engagementId: string) =>
  useCoreQuery('interview:list', { engagementId });

export const useInterview = (engagementId: string, id: string) =>
  useCoreQuery(
    'interview:get',
    { engagementId, id },
    {
      meta: { inlineError: true },
      // The editors read the notes once, when they mount. Dropping the cache as soon as the page
      // goes means a return visit always starts from what the core holds, never from a copy
      // older than the last autosave.
      gcTime: 0,
      refetchOnWindowFocus: false,
    },
  );

/** The engagement's copy of the interview guide never changes. */
export const useInterviewGuide = (engagementId: string) =>
  useCoreQuery('interview:guide', { engagementId }, { staleTime: Infinity });
