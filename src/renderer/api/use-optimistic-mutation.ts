import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notifyError } from './notify';
import { optimisticCallbacks, type OptimisticChange } from './optimistic';

interface Options<TData, TVariables, TCached> extends OptimisticChange<TVariables, TCached> {
  mutationFn: (variables: TVariables) => Promise<TData>;
  /** Runs before the settled read, e.g. to put the core's answer straight into the cache. */
  onSuccess?: (data: TData, variables: TVariables) => void;
}

/**
 * A mutation whose result is in the cache before the core answers, rolled back with the usual
 * error notification when the core refuses. For a checkbox, radio or switch bound to the cache,
 * pair it with useInstantValue: the cache's own update reaches React a moment after the click.
 */
export function useOptimisticMutation<TData, TVariables, TCached>(
  options: Options<TData, TVariables, TCached>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: options.mutationFn,
    ...optimisticCallbacks<TData, TVariables, TCached>(queryClient, options, notifyError),
    onSuccess: options.onSuccess,
  });
}
