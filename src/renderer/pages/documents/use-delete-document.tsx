import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import type { SourceDocument } from '../../../shared/domain/document';
import { useCoreMutation } from '../../api/core-hooks';
import { engagementPath, navigate } from '../../app/router';
import { useUndoNotification } from '../../components/use-undo-notification';

/**
 * Asks first, naming the document and what goes with it (passages, their findings); the
 * notification afterwards offers "Ongedaan maken".
 */
export function useDeleteDocument(
  engagementId: string,
  options: { backToList?: boolean } = {},
): (document: SourceDocument) => void {
  const { t } = useTranslation();
  const notifyUndoable = useUndoNotification(engagementId);
  const remove = useCoreMutation('document:delete', {
    invalidates: ['engagement'],
    onSuccess: () => {
      if (options.backToList) navigate(engagementPath(engagementId, 'documents'));
    },
  });

  return (document) =>
    modals.openConfirmModal({
      title: t('documents.deleteTitle', { title: document.title }),
      children: (
        <Text size="sm">{t('documents.deleteText', { count: document.passageCount })}</Text>
      ),
      labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { engagementId, id: document.id },
          {
            onSuccess: (removed) =>
              notifyUndoable(t('documents.deleted', { title: document.title }), removed.undoToken),
          },
        ),
    });
}
