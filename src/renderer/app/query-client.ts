import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { notifyError } from '../api/notify';

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: {
      /** The screen shows this query's error itself; no notification on top. */
      inlineError?: boolean;
    };
  }
}

// Reads that fail are shown once as a notification; mutations handle their own errors so that
// a form can stay open with the user's input.
export const createQueryClient = (): QueryClient =>
  new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (!query.meta?.inlineError) notifyError(error);
      },
    }),
    mutationCache: new MutationCache(),
    defaultOptions: {
      // The core is local: a failure is not a flaky network, retrying only delays the message.
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 },
      mutations: { retry: false },
    },
  });
