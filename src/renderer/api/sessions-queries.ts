import { useCoreQuery } from './core-hooks';

export const useSessions = (engagementId: string) => useCoreQuery('session:list', { engagementId });

/**
 * One session. `live`: read again every two seconds, for a session with statements, whose
 * results can be revealed from the room display in the other window.
 */
export const useSession = (engagementId: string, id: string, live = false) =>
  useCoreQuery(
    'session:get',
    { engagementId, id },
    {
      meta: { inlineError: true },
      ...(live && { refetchInterval: 2000 }),
      // Like an interview: a return visit starts from what the core holds, never from a copy
      // older than the last autosave.
      gcTime: 0,
      refetchOnWindowFocus: false,
    },
  );

/** The room display: read again every second, so tallies typed on the facilitator's screen appear. */
export const useRoomSession = (engagementId: string, id: string) =>
  useCoreQuery(
    'session:get',
    { engagementId, id },
    { meta: { inlineError: true }, refetchInterval: 1000, refetchIntervalInBackground: true },
  );

/** The method's session types and statement bank never change within an engagement. */
export const useSessionTypes = (engagementId: string) =>
  useCoreQuery('session:types', { engagementId }, { staleTime: Infinity });

export const useStatementBank = (engagementId: string) =>
  useCoreQuery('session:statementBank', { engagementId }, { staleTime: Infinity });
