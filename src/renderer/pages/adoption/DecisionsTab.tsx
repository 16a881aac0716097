import { useState } from 'react';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  EmptyState,
  Group,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconGavel, IconLock, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../shared/domain/adoption';
import { useCoreMutation } from '../../api/core-hooks';
import { documentHref } from '../../app/router';
import { QueryFallback } from '../../components/QueryFallback';
import { formatDate } from '../../components/format';
import { useUndoNotification } from '../../components/use-undo-notification';
import { ADOPTION_CHANGED, useDecisions } from './adoption-queries';
import { decisionSummary } from './adoption-text';
import { DecisionFormModal } from './DecisionFormModal';

type Editing = { decision: Decision | null } | null;

/** Every decision on the engagement's products, newest first; delete asks first and can be undone. */
export function DecisionsTab({ engagementId }: { engagementId: string }) {
  const { t, i18n } = useTranslation();
  const decisions = useDecisions(engagementId);
  const [editing, setEditing] = useState<Editing>(null);
  const notifyUndoable = useUndoNotification(engagementId);
  const remove = useCoreMutation('decision:delete', { invalidates: ADOPTION_CHANGED });
  const all = [...(decisions.data ?? [])].sort((a, b) => b.date.localeCompare(a.date));

  const confirmDelete = (d: Decision) =>
    modals.openConfirmModal({
      title: t('adoption.decisions.deleteTitle'),
      children: (
        <Text size="sm">
          {t('adoption.decisions.deleteText', {
            summary: decisionSummary(t, d),
            date: formatDate(d.date, i18n.language),
          })}
        </Text>
      ),
      labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { engagementId, id: d.id },
          {
            onSuccess: (removed) =>
              notifyUndoable(t('adoption.decisions.deleted'), removed.undoToken),
          },
        ),
    });

  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {decisions.data && t('adoption.decisions.count', { count: all.length })}
        </Text>
        <Button
          leftSection={<IconPlus aria-hidden size={18} />}
          onClick={() => setEditing({ decision: null })}
        >
          {t('adoption.decisions.add')}
        </Button>
      </Group>
      <QueryFallback query={decisions} />
      {decisions.data && all.length === 0 && (
        <EmptyState
          withIndicatorBackground
          icon={<IconGavel aria-hidden />}
          title={t('adoption.decisions.emptyTitle')}
          description={t('adoption.decisions.emptyText')}
          py="xl"
        />
      )}
      {all.length > 0 && (
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="xs" highlightOnHover aria-label={t('adoption.tabDecisions')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('adoption.decisions.date')}</Table.Th>
                <Table.Th>{t('adoption.decisions.kind')}</Table.Th>
                <Table.Th>{t('adoption.decisions.subject')}</Table.Th>
                <Table.Th>{t('adoption.decisions.reference')}</Table.Th>
                <Table.Th>{t('adoption.decisions.document')}</Table.Th>
                <Table.Th w={90}>
                  <VisuallyHidden>{t('actions.more')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {all.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(d.date, i18n.language)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm" fw={600}>
                        {decisionSummary(t, d)}
                      </Text>
                      {d.adopts && (
                        <Tooltip label={t('adoption.decisions.adoptsHint')} multiline w={260}>
                          <Badge
                            size="xs"
                            color="teal"
                            variant="light"
                            tt="none"
                            leftSection={<IconLock aria-hidden size={10} />}
                          >
                            {t('adoption.decisions.adopts')}
                          </Badge>
                        </Tooltip>
                      )}
                    </Group>
                    {d.notes && (
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {d.notes}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {t(`adoption.subjects.${d.subject}`)}
                    {d.versionLabel && ` ${d.versionLabel}`}
                  </Table.Td>
                  <Table.Td>{d.reference}</Table.Td>
                  <Table.Td>
                    {d.documentId && d.documentTitle && (
                      <Anchor size="sm" href={documentHref(engagementId, d.documentId)}>
                        {d.documentTitle}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <Tooltip label={t('adoption.decisions.edit')}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('adoption.decisions.edit')}
                          onClick={() => setEditing({ decision: d })}
                        >
                          <IconPencil aria-hidden size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('adoption.decisions.delete')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('adoption.decisions.delete')}
                          onClick={() => confirmDelete(d)}
                        >
                          <IconTrash aria-hidden size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <DecisionFormModal
          engagementId={engagementId}
          decision={editing.decision}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
