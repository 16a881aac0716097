import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/domain/finding';
import { useCoreMutation } from '../../api/core-hooks';
import { useUndoNotification } from '../../components/use-undo-notification';

/** Asks for confirmation, deletes, and offers "Ongedaan maken" in the notification. */
export function useDeleteFinding(engagementId: string): (finding: Finding) => void {
  const { t } = useTranslation();
  const notifyUndoable = useUndoNotification(engagementId);
  const remove = useCoreMutation('finding:delete', { invalidates: ['engagement'] });

  return (finding) =>
    modals.openConfirmModal({
      title: t('findings.deleteTitle'),
      children: (
        <Text size="sm">
          {t('findings.deleteText', {
            statement:
              finding.statement.length > 140
                ? `${finding.statement.slice(0, 140)}…`
                : finding.statement,
          })}
        </Text>
      ),
      labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { engagementId, id: finding.id },
          { onSuccess: (removed) => notifyUndoable(t('findings.deleted'), removed.undoToken) },
        ),
    });
}
