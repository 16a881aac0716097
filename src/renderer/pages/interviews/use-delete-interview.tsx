import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import type { InterviewSummary } from '../../../shared/domain/interview';
import { useCoreMutation } from '../../api/core-hooks';
import { useUndoNotification } from '../../components/use-undo-notification';
import { engagementPath, navigate } from '../../app/router';

/** Asks for confirmation, naming the interview, then deletes it and returns to the list. */
export function useDeleteInterview(
  engagementId: string,
  /** Runs before leaving the page: e.g. stop autosaves that now have nowhere to go. */
  onDeleted?: () => void,
): (interview: InterviewSummary) => void {
  const { t } = useTranslation();
  const notifyUndoable = useUndoNotification(engagementId);
  const remove = useCoreMutation('interview:delete', {
    // Findings, the matrix and the overview counts change with it.
    invalidates: ['engagement'],
    onSuccess: () => {
      onDeleted?.();
      navigate(engagementPath(engagementId, 'interviews'));
    },
  });

  return (interview) =>
    modals.openConfirmModal({
      title: t('interviews.deleteTitle', { title: interview.title }),
      children: <Text size="sm">{t('interviews.deleteText')}</Text>,
      labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { engagementId, id: interview.id },
          // Named before the page goes: the hook-level onSuccess above leaves it.
          {
            onSuccess: (removed) =>
              notifyUndoable(
                t('interviews.deleted', { title: interview.title }),
                removed.undoToken,
              ),
          },
        ),
    });
}
