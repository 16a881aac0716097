import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../shared/domain/session';
import { useCoreMutation } from '../../api/core-hooks';
import { engagementPath, navigate } from '../../app/router';
import { useUndoNotification } from '../../components/use-undo-notification';

/** Asks for confirmation, naming the session, then deletes it and shows the list. */
export function useDeleteSession(engagementId: string): (session: SessionSummary) => void {
  const { t } = useTranslation();
  const notifyUndoable = useUndoNotification(engagementId);
  const remove = useCoreMutation('session:delete', {
    // Findings, the matrix and the overview counts change with it.
    invalidates: ['engagement'],
    onSuccess: () => navigate(engagementPath(engagementId, 'sessions')),
  });

  return (session) =>
    modals.openConfirmModal({
      title: t('sessions.deleteTitle', { title: session.title }),
      children: <Text size="sm">{t('sessions.deleteText')}</Text>,
      labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { engagementId, id: session.id },
          {
            onSuccess: (removed) =>
              notifyUndoable(t('sessions.deleted', { title: session.title }), removed.undoToken),
          },
        ),
    });
}
