import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SourceDocument } from '../../../shared/domain/document';
import { api } from '../../api/client';
import { call } from '../../api/koers-error';
import { notifyError, notifySuccess } from '../../api/notify';
import { queryKeys } from '../../api/query-keys';
import { engagementPath, navigate } from '../../app/router';

/** Asks first, naming the document and what goes with it (passages, their findings). */
export function useDeleteDocument(
  engagementId: string,
  options: { backToList?: boolean } = {},
): (document: SourceDocument) => void {
  const { t } = useTranslation();
  const queryClient = useQueryClient();

  const remove = useMutation({
    mutationFn: (document: SourceDocument) =>
      call(api['document:delete']({ engagementId, id: document.id })),
    onSuccess: (_result, document) => {
      notifySuccess(t('documents.deleted', { title: document.title }));
      if (options.backToList) navigate(engagementPath(engagementId, 'documents'));
      void queryClient.invalidateQueries({ queryKey: queryKeys.engagement(engagementId) });
    },
    onError: notifyError,
  });

  return (document) =>
    modals.openConfirmModal({
      title: t('documents.deleteTitle', { title: document.title }),
      children: (
        <Text size="sm">{t('documents.deleteText', { count: document.passageCount })}</Text>
      ),
      labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate(document),
    });
}
