import { useMemo } from 'react';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
  type Updater,
  type UseQueryOptions,
} from '@tanstack/react-query';
import type { InputOf, OperationName, OutputOf } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { api } from './client';
import { call } from './koers-error';
import { notifyError } from './notify';
import { coreQueryKey, isInvalidatedBy, type CoreQueryKey, type Invalidation } from './query-keys';

// The renderer's two ways to talk to the core, typed from the contract: the operation's name
// fixes its input and its answer. A failed Result is thrown as a KoersError; a read's error is
// shown as a notification by the query cache (query-client.ts) unless its meta says the screen
// shows it, a change's error as a notification unless the caller handles it.

/**
 * One call, unwrapped. The cast: TypeScript cannot follow a generic name through the API's
 * mapped type (it widens to the union of all operations); the contract's mapping guarantees it.
 */
export const callCore = <N extends OperationName>(
  name: N,
  input: InputOf<N>,
): Promise<OutputOf<N>> =>
  call((api[name] as (input: InputOf<N>) => Promise<Result<OutputOf<N>>>)(input));

export type CoreQueryOptions<N extends OperationName> = Omit<
  UseQueryOptions<OutputOf<N>, Error, OutputOf<N>, CoreQueryKey>,
  'queryKey' | 'queryFn'
>;

/** A read: cached under its operation and input (query-keys.ts). */
export function useCoreQuery<N extends OperationName>(
  name: N,
  input: InputOf<N>,
  options?: CoreQueryOptions<N>,
) {
  return useQuery({
    queryKey: coreQueryKey(name, input),
    queryFn: () => callCore(name, input),
    ...options,
  });
}

export interface CoreMutationOptions<N extends OperationName> {
  /** Cached reads the change makes stale; refreshed after it succeeds, not awaited. */
  invalidates?:
    readonly Invalidation[] | ((output: OutputOf<N>, input: InputOf<N>) => readonly Invalidation[]);
  /** Runs before the invalidation, so it can write an answer into the cache first. */
  onSuccess?: (output: OutputOf<N>, input: InputOf<N>) => unknown;
  /** Replaces the default notification, e.g. to show the refusal on a form field. */
  onError?: (error: Error, input: InputOf<N>) => unknown;
  onSettled?: () => unknown;
}

/** A change: `mutate(input)` with the operation's own input. */
export function useCoreMutation<N extends OperationName>(
  name: N,
  options: CoreMutationOptions<N> = {},
) {
  const queryClient = useQueryClient();
  const { invalidates, onSuccess, onError, onSettled } = options;
  return useMutation<OutputOf<N>, Error, InputOf<N>>({
    mutationFn: (input) => callCore(name, input),
    onSuccess: (output, input) => {
      const done = onSuccess?.(output, input);
      const targets = typeof invalidates === 'function' ? invalidates(output, input) : invalidates;
      if (targets?.length) void invalidateCore(queryClient, targets, input);
      return done;
    },
    onError: (error, input) => (onError ? onError(error, input) : notifyError(error)),
    ...(onSettled && { onSettled }),
  });
}

/** Marks stale what a change to `changedInput` touched (see Invalidation). */
export const invalidateCore = (
  queryClient: QueryClient,
  targets: readonly Invalidation[],
  changedInput: unknown = {},
): Promise<void> =>
  queryClient.invalidateQueries({
    predicate: (query) =>
      targets.some((target) => isInvalidatedBy(query.queryKey, target, changedInput)),
  });

/** Typed access to cached answers, for screens that write a fresh answer in place. */
export function useCoreCache() {
  const queryClient = useQueryClient();
  return useMemo(
    () => ({
      set: <N extends OperationName>(
        name: N,
        input: InputOf<N>,
        update: Updater<OutputOf<N> | undefined, OutputOf<N> | undefined>,
      ) => queryClient.setQueryData<OutputOf<N>>(coreQueryKey(name, input), update),
      invalidate: (targets: readonly Invalidation[], changedInput?: unknown) =>
        invalidateCore(queryClient, targets, changedInput),
    }),
    [queryClient],
  );
}
