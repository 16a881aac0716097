import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { callCore, useCoreMutation } from '../../api/core-hooks';
import { notifyError } from '../../api/notify';
import { useUndoNotification } from '../../components/use-undo-notification';

/**
 * Returns a function that asks for confirmation before deleting. It first asks the core what
 * hangs on the person: someone in interviews is not deleted (that would orphan the interviews
 * and their findings) but has the name erased and keeps the pseudonym.
 */
export function useDeleteStakeholder(engagementId: string): (stakeholder: Stakeholder) => void {
  const { t } = useTranslation();
  const notifyUndoable = useUndoNotification(engagementId);
  // Overview counts change too: invalidate the whole engagement.
  const remove = useCoreMutation('stakeholder:delete', { invalidates: ['engagement'] });

  const confirm = (stakeholder: Stakeholder, links: { interviews: number; findings: number }) => {
    const linked = links.interviews > 0;
    const { name, pseudonym } = stakeholder;
    modals.openConfirmModal({
      title: t('stakeholders.deleteTitle', { name }),
      children: (
        <Text size="sm">
          {linked
            ? t('stakeholders.linkedText', {
                name,
                pseudonym,
                interviews: t('stakeholders.linkedInterviews', { count: links.interviews }),
                findings: t('stakeholders.linkedFindings', { count: links.findings }),
              })
            : t('stakeholders.deleteText', { name, pseudonym })}
        </Text>
      ),
      labels: {
        confirm: linked ? t('stakeholders.eraseName', { pseudonym }) : t('actions.delete'),
        cancel: t('actions.cancel'),
      },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { engagementId, id: stakeholder.id, linked: linked ? 'erase-name' : 'refuse' },
          {
            onSuccess: (removed) =>
              notifyUndoable(
                removed.outcome === 'name-erased'
                  ? t('stakeholders.nameErased', { pseudonym })
                  : t('stakeholders.deleted', { name }),
                removed.undoToken,
              ),
          },
        ),
    });
  };

  return (stakeholder) => {
    callCore('stakeholder:links', { engagementId, id: stakeholder.id }).then(
      (links) => confirm(stakeholder, links),
      notifyError,
    );
  };
}
