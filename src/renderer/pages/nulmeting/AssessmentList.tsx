import { useState } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  EmptyState,
  Group,
  Table,
  Text,
  Tooltip,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconChartRadar, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../shared/domain/nulmeting';
import { useCoreMutation } from '../../api/core-hooks';
import { formatDate } from '../../components/format';
import { useUndoNotification } from '../../components/use-undo-notification';
import { AssessmentFormModal } from './AssessmentFormModal';
import { NULMETING_CHANGED } from './nulmeting-queries';

interface Props {
  engagementId: string;
  /** Newest first, as the core lists them. */
  assessments: Assessment[];
  selectedId: string | null;
  onSelect(id: string): void;
}

type Editing = { assessment: Assessment | null } | null;

/** The measurements: pick one to work on, add, edit or delete (with undo). */
export function AssessmentList({ engagementId, assessments, selectedId, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const notifyUndoable = useUndoNotification(engagementId);
  const remove = useCoreMutation('assessment:delete', { invalidates: NULMETING_CHANGED });

  const confirmDelete = (a: Assessment) =>
    modals.openConfirmModal({
      title: t('nulmeting.assessments.deleteTitle', { name: a.name }),
      children: <Text size="sm">{t('nulmeting.assessments.deleteText')}</Text>,
      labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { engagementId, id: a.id },
          {
            onSuccess: (removed) =>
              notifyUndoable(
                t('nulmeting.assessments.deleted', { name: a.name }),
                removed.undoToken,
              ),
          },
        ),
    });

  return (
    <>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('nulmeting.assessments.count', { count: assessments.length })}
        </Text>
        <Button
          leftSection={<IconPlus aria-hidden size={18} />}
          onClick={() => setEditing({ assessment: null })}
        >
          {t('nulmeting.assessments.add')}
        </Button>
      </Group>
      {assessments.length === 0 ? (
        <EmptyState
          withIndicatorBackground
          icon={<IconChartRadar aria-hidden />}
          title={t('nulmeting.assessments.emptyTitle')}
          description={t('nulmeting.assessments.emptyText')}
          py="xl"
        />
      ) : (
        <Table
          withTableBorder
          highlightOnHover
          aria-label={t('nulmeting.assessments.tableLabel')}
          verticalSpacing={6}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('nulmeting.assessments.name')}</Table.Th>
              <Table.Th>{t('nulmeting.assessments.date')}</Table.Th>
              <Table.Th>{t('nulmeting.assessments.horizon')}</Table.Th>
              <Table.Th>{t('nulmeting.assessments.respondents')}</Table.Th>
              <Table.Th>{t('nulmeting.assessments.agreed')}</Table.Th>
              <Table.Th w={90}>
                <VisuallyHidden>{t('nulmeting.assessments.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {assessments.map((a) => {
              const selected = a.id === selectedId;
              return (
                <Table.Tr
                  key={a.id}
                  aria-selected={selected}
                  bg={selected ? 'var(--mantine-primary-color-light)' : undefined}
                >
                  <Table.Td>
                    <UnstyledButton
                      onClick={() => onSelect(a.id)}
                      aria-pressed={selected}
                      fw={selected ? 700 : 500}
                      fz="sm"
                    >
                      {a.name}
                    </UnstyledButton>
                    {selected && (
                      <Badge ml="xs" size="xs" variant="light">
                        {t('nulmeting.assessments.open')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td fz="sm">{formatDate(a.date, i18n.language)}</Table.Td>
                  <Table.Td fz="sm">
                    {t('nulmeting.assessments.horizonYears', { count: a.horizonYears })}
                  </Table.Td>
                  <Table.Td fz="sm">{a.respondentCount}</Table.Td>
                  <Table.Td fz="sm">{a.agreedCount}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label={t('nulmeting.assessments.edit', { name: a.name })}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('nulmeting.assessments.edit', { name: a.name })}
                          onClick={() => setEditing({ assessment: a })}
                        >
                          <IconPencil aria-hidden size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('nulmeting.assessments.delete', { name: a.name })}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('nulmeting.assessments.delete', { name: a.name })}
                          onClick={() => confirmDelete(a)}
                        >
                          <IconTrash aria-hidden size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <AssessmentFormModal
          engagementId={engagementId}
          assessment={editing.assessment}
          onClose={() => setEditing(null)}
          onCreated={onSelect}
          existing={assessments.length}
        />
      )}
    </>
  );
}
