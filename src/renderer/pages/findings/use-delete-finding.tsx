import { Button, Group, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Finding, FindingSourceInput } from '../../../shared/domain/finding';
import { useCoreMutation } from '../../api/core-hooks';
import { notifySuccess } from '../../api/notify';

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
  const create = useCoreMutation('finding:create', {
    invalidates: ['engagement'],
    onSuccess: () => notifySuccess(t('findings.restored')),
  });
  const restore = (finding: Finding) => {
    const source = sourceInputOf(finding);
    create.mutate({
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
    });
  };

  const remove = useCoreMutation('finding:delete', { invalidates: ['engagement'] });
  // The notification offers to undo, so it needs the whole finding, not just its id.
  const notifyDeleted = (finding: Finding) => {
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
              restore(finding);
            }}
          >
            {t('findings.undo')}
          </Button>
        </Group>
      ),
    });
  };

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
          { onSuccess: () => notifyDeleted(finding) },
        ),
    });
}
