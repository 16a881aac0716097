import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { api } from '../../api/client';
import { call } from '../../api/koers-error';
import { notifyError, notifySuccess } from '../../api/notify';
import { queryKeys } from '../../api/query-keys';

/** Returns a function that asks for confirmation, naming the person, before deleting. */
export function useDeleteStakeholder(engagementId: string): (stakeholder: Stakeholder) => void {
  const { t } = useTranslation();
  const queryClient = useQueryClient();

  const remove = useMutation({
    mutationFn: (stakeholder: Stakeholder) =>
      call(api['stakeholder:delete']({ engagementId, id: stakeholder.id })),
    onSuccess: (_result, stakeholder) => {
      notifySuccess(t('stakeholders.deleted', { name: stakeholder.name }));
      // Overview counts change too: invalidate the whole engagement.
      void queryClient.invalidateQueries({ queryKey: queryKeys.engagement(engagementId) });
    },
    onError: notifyError,
  });

  return (stakeholder) =>
    modals.openConfirmModal({
      title: t('stakeholders.deleteTitle', { name: stakeholder.name }),
      children: (
        <Text size="sm">
          {t('stakeholders.deleteText', {
            name: stakeholder.name,
            pseudonym: stakeholder.pseudonym,
          })}
        </Text>
      ),
      labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate(stakeholder),
    });
}
