import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { InterviewSummary } from '../../../shared/domain/interview';
import { api } from '../../api/client';
import { call } from '../../api/koers-error';
import { notifyError, notifySuccess } from '../../api/notify';
import { queryKeys } from '../../api/query-keys';
import { engagementPath, navigate } from '../../app/router';

/** Asks for confirmation, naming the interview, then deletes it and returns to the list. */
export function useDeleteInterview(
  engagementId: string,
  /** Runs before leaving the page: e.g. stop autosaves that now have nowhere to go. */
  onDeleted?: () => void,
): (interview: InterviewSummary) => void {
  const { t } = useTranslation();
  const queryClient = useQueryClient();

  const remove = useMutation({
    mutationFn: (interview: InterviewSummary) =>
      call(api['interview:delete']({ engagementId, id: interview.id })),
    onSuccess: (_result, interview) => {
      notifySuccess(t('interviews.deleted', { title: interview.title }));
      onDeleted?.();
      navigate(engagementPath(engagementId, 'interviews'));
      // Findings, the matrix and the overview counts change with it.
      void queryClient.invalidateQueries({ queryKey: queryKeys.engagement(engagementId) });
    },
    onError: notifyError,
  });

  return (interview) =>
    modals.openConfirmModal({
      title: t('interviews.deleteTitle', { title: interview.title }),
      children: <Text size="sm">{t('interviews.deleteText')}</Text>,
      labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate(interview),
    });
}
