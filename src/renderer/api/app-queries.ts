import { useCoreQuery } from './core-hooks';

// Reads about the app rather than one engagement.

/** Version and shell; fixed for a run of the app. */
export const useAppInfo = () => useCoreQuery('app:info', {}, { staleTime: Infinity });
export const usePreferences = () => useCoreQuery('preferences:get', {});
export const useRecent = () => useCoreQuery('recent:list', {});
export const useOpenEngagements = () => useCoreQuery('engagement:listOpen', {});
export const useWorkspaceFiles = (enabled: boolean) =>
  useCoreQuery('workspace:list', {}, { enabled });
