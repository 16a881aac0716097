// .js extensions: this file is also type-checked under NodeNext by its test.
import type { InvalidateQueryFilters, QueryClient, QueryKey } from '@tanstack/react-query';

export interface OptimisticChange<TVariables, TCached> {
  /** The cached answer the change shows in before the core has said yes. */
  queryKey: QueryKey;
  /** The cached answer as it will be once the core has taken the change. */
  apply: (cached: TCached, variables: TVariables) => TCached;
  /** What to read again once the change has settled either way; the queryKey when absent. */
  invalidate?: InvalidateQueryFilters[];
}

export interface OptimisticContext<TCached> {
  previous: TCached | undefined;
}

/**
 * onMutate, onError and onSettled for a change the screen shows at once: the cache takes the
 * change before the request leaves, goes back to what it was if the core refuses (after which
 * `notify` says why), and is read again from the core when the request has settled.
 */
export function optimisticCallbacks<TData, TVariables, TCached>(
  queryClient: QueryClient,
  change: OptimisticChange<TVariables, TCached>,
  notify: (error: unknown) => void,
) {
  const { queryKey } = change;
  return {
    onMutate: async (variables: TVariables): Promise<OptimisticContext<TCached>> => {
      // A read already on its way would otherwise land after this and undo the change.
      await queryClient.cancelQueries({ queryKey, exact: true });
      const previous = queryClient.getQueryData<TCached>(queryKey);
      if (previous !== undefined)
        queryClient.setQueryData<TCached>(queryKey, change.apply(previous, variables));
      return { previous };
    },
    onError: (
      error: unknown,
      _variables: TVariables,
      context: OptimisticContext<TCached> | undefined,
    ) => {
      if (context?.previous !== undefined) queryClient.setQueryData(queryKey, context.previous);
      notify(error);
    },
    onSettled: (_data: TData | undefined) =>
      Promise.all(
        (change.invalidate ?? [{ queryKey }]).map((filters) =>
          queryClient.invalidateQueries(filters),
        ),
      ),
  };
}
