import type { EngagementOverview } from '../../../shared/domain/overview';
import { api } from '../../api/client';
import { call } from '../../api/koers-error';
import { queryKeys } from '../../api/query-keys';
import { useOptimisticMutation } from '../../api/use-optimistic-mutation';

export interface ChecklistToggle {
  itemId: string;
  done: boolean;
}

export function withItem(
  overview: EngagementOverview,
  { itemId, done }: ChecklistToggle,
): EngagementOverview {
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
  return useOptimisticMutation({
    queryKey: queryKeys.overview(engagementId),
    mutationFn: (toggle: ChecklistToggle) =>
      call(api['checklist:set']({ engagementId, ...toggle })),
    apply: withItem,
  });
}
