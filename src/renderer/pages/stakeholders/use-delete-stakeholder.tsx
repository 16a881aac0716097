import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useCoreMutation } from '../../api/core-hooks';
import { notifySuccess } from '../../api/notify';

/** Returns a function that asks for confirmation, naming the person, before deleting. */
export function useDeleteStakeholder(engagementId: string): (stakeholder: Stakeholder) => void {
  const { t } = useTranslation();
  // Overview counts change too: invalidate the whole engagement.
  const remove = useCoreMutation('stakeholder:delete', { invalidates: ['engagement'] });

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
      onConfirm: () =>
        remove.mutate(
          { engagementId, id: stakeholder.id },
          { onSuccess: () => notifySuccess(t('stakeholders.deleted', { name: stakeholder.name })) },
        ),
    });
}
