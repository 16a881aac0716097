import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EngagementOverview } from '../../../shared/domain/overview';
import { api } from '../../api/client';
import { call } from '../../api/koers-error';
import { notifyError } from '../../api/notify';
import { queryKeys } from '../../api/query-keys';

interface Toggle {
  itemId: string;
  done: boolean;
}

function withItem(overview: EngagementOverview, { itemId, done }: Toggle): EngagementOverview {
  return {
    ...overview,
    steps: overview.steps.map((step) => {
      if (!step.items.some((item) => item.id === itemId)) return step;
      const items = step.items.map((item) => (item.id === itemId ? { ...item, done } : item));
      return { ...step, items, doneCount: items.filter((item) => item.done).length };
    }),
  };
}

/** Ticks a checklist item at once and rolls back if the core refuses. */
export function useChecklistToggle(engagementId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.overview(engagementId);

  return useMutation({
    mutationFn: (toggle: Toggle) => call(api['checklist:set']({ engagementId, ...toggle })),
    onMutate: async (toggle) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<EngagementOverview>(key);
      if (previous) queryClient.setQueryData(key, withItem(previous, toggle));
      return { previous };
    },
    onError: (error, _toggle, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      notifyError(error);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
