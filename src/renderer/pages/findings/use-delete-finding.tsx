import { Button, Group, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Finding, FindingSourceInput } from '../../../shared/domain/finding';
import { api } from '../../api/client';
import { call } from '../../api/koers-error';
import { notifyError, notifySuccess } from '../../api/notify';
import { queryKeys } from '../../api/query-keys';

/** The input that re-creates a finding at the same source; a source deleted since becomes direct. */
export function sourceInputOf(finding: Finding): FindingSourceInput {
  const { source } = finding;
  if (source.type === 'interview' && source.interviewId)
    return { type: 'interview', interviewId: source.interviewId, questionId: source.questionId };
  if (source.type === 'passage' && source.passageId)
    return { type: 'passage', passageId: source.passageId };
  return { type: 'direct' };
}

/** Asks for confirmation, deletes, and offers "Ongedaan maken" in the notification. */
export function useDeleteFinding(engagementId: string): (finding: Finding) => void {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: queryKeys.engagement(engagementId) });

  const restore = useMutation({
    mutationFn: (finding: Finding) => {
      const source = sourceInputOf(finding);
      return call(
        api['finding:create']({
          engagementId,
          source,
          fields: {
            statement: finding.statement,
            quote: finding.quote,
            kind: finding.kind,
            themeIds: finding.themeIds,
            importance: finding.importance,
            // The core derives the group of a sourced finding; only a direct one carries its own.
            ...(source.type === 'direct' ? { group: finding.group } : {}),
          },
        }),
      );
    },
    onSuccess: () => {
      notifySuccess(t('findings.restored'));
      void refresh();
    },
    onError: notifyError,
  });

  const remove = useMutation({
    mutationFn: (finding: Finding) => call(api['finding:delete']({ engagementId, id: finding.id })),
    onSuccess: (_result, finding) => {
      void refresh();
      const id = `finding-deleted-${finding.id}`;
      notifications.show({
        id,
        color: 'teal',
        title: t('notify.done'),
        autoClose: 10_000,
        message: (
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm">{t('findings.deleted')}</Text>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => {
                notifications.hide(id);
                restore.mutate(finding);
              }}
            >
              {t('findings.undo')}
            </Button>
          </Group>
        ),
      });
    },
    onError: notifyError,
  });

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
      onConfirm: () => remove.mutate(finding),
    });
}
