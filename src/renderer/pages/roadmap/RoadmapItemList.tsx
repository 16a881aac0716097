import {
  ActionIcon,
  Badge,
  EmptyState,
  Group,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertTriangle, IconLink, IconPencil, IconRoute, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Roadmap, RoadmapItem } from '../../../shared/domain/roadmap';
import { useCoreMutation } from '../../api/core-hooks';
import { useUndoNotification } from '../../components/use-undo-notification';
import { ROADMAP_CHANGED } from './roadmap-queries';
import { warningsByItem } from './roadmap-view';

interface Props {
  engagementId: string;
  roadmap: Roadmap;
  dimensions: readonly { id: string; name: string }[];
  selectedId: string | null;
  onSelect(id: string): void;
  onEdit(item: RoadmapItem, tab?: string): void;
}

const STATUS_COLOURS: Record<RoadmapItem['status'], string> = {
  gepland: 'gray',
  lopend: 'blue',
  gereed: 'teal',
  gepauzeerd: 'yellow',
  geschrapt: 'red',
};

/** The items in plan order, with their period, owner, funding and status; a warning badge per row. */
export function RoadmapItemList({
  engagementId,
  roadmap,
  dimensions,
  selectedId,
  onSelect,
  onEdit,
}: Props) {
  const { t } = useTranslation();
  const notifyUndoable = useUndoNotification(engagementId);
  const remove = useCoreMutation('roadmapItem:delete', { invalidates: ROADMAP_CHANGED });
  const warned = warningsByItem(roadmap.warnings);
  const dimensionName = (id: string | null) => dimensions.find((d) => d.id === id)?.name ?? '';

  const confirmDelete = (item: RoadmapItem) =>
    modals.openConfirmModal({
      title: t('roadmap.items.deleteTitle'),
      children: <Text size="sm">{t('roadmap.items.deleteText', { title: item.title })}</Text>,
      labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { engagementId, id: item.id },
          {
            onSuccess: (removed) =>
              notifyUndoable(t('roadmap.items.deleted', { title: item.title }), removed.undoToken),
          },
        ),
    });

  if (roadmap.items.length === 0)
    return (
      <EmptyState
        withIndicatorBackground
        icon={<IconRoute aria-hidden />}
        title={t('roadmap.items.emptyTitle')}
        description={t('roadmap.items.emptyText')}
        py="xl"
      />
    );

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('roadmap.items.count', { count: roadmap.items.length })}
      </Text>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="xs" highlightOnHover aria-label={t('roadmap.items.label')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('roadmap.fields.title')}</Table.Th>
              <Table.Th>{t('roadmap.items.period')}</Table.Th>
              <Table.Th>{t('roadmap.fields.owner')}</Table.Th>
              <Table.Th>{t('roadmap.fields.funding')}</Table.Th>
              <Table.Th>{t('roadmap.fields.status')}</Table.Th>
              <Table.Th w={110}>
                <VisuallyHidden>{t('actions.more')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {roadmap.items.map((item) => {
              const warnings = warned.get(item.id) ?? [];
              const links = item.gapDimensionIds.length + item.passageIds.length;
              return (
                <Table.Tr
                  key={item.id}
                  id={`roadmap-row-${item.id}`}
                  data-testid="roadmap-row"
                  onClick={() => onSelect(item.id)}
                  aria-selected={item.id === selectedId || undefined}
                  bg={item.id === selectedId ? 'var(--mantine-color-blue-light)' : undefined}
                  style={{ cursor: 'pointer' }}
                >
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      {warnings.length > 0 && (
                        <Tooltip
                          multiline
                          w={280}
                          label={warnings
                            .map((w) => t(`roadmap.signals.short.${w.kind}`))
                            .join(' · ')}
                        >
                          <Badge
                            size="sm"
                            color="orange"
                            variant="filled"
                            circle
                            aria-label={t('roadmap.items.warnings', { count: warnings.length })}
                            data-testid="roadmap-row-warning"
                          >
                            <IconAlertTriangle aria-hidden size={11} />
                          </Badge>
                        </Tooltip>
                      )}
                      <Stack gap={0}>
                        <Text
                          size="sm"
                          fw={600}
                          td={item.status === 'geschrapt' ? 'line-through' : undefined}
                        >
                          {item.title}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {[
                            t(`roadmap.kinds.${item.kind}`),
                            item.bouwsteen && t(`roadmap.bouwstenen.${item.bouwsteen}`),
                            dimensionName(item.dimensionId),
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </Text>
                      </Stack>
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="roadmap-row-period">
                    {item.startQuarter === item.endQuarter
                      ? item.startQuarter
                      : `${item.startQuarter} – ${item.endQuarter}`}
                  </Table.Td>
                  <Table.Td>{item.ownerLabel}</Table.Td>
                  <Table.Td>{t(`roadmap.funding.${item.funding}`)}</Table.Td>
                  <Table.Td miw={120}>
                    <Badge
                      color={STATUS_COLOURS[item.status]}
                      variant="light"
                      tt="none"
                      styles={{ label: { overflow: 'visible' } }}
                    >
                      {t(`roadmap.statuses.${item.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td onClick={(e) => e.stopPropagation()}>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <Tooltip label={t('roadmap.items.links', { count: links })}>
                        <ActionIcon
                          variant="subtle"
                          color={links === 0 ? 'orange' : undefined}
                          aria-label={t('roadmap.items.editLinks', { title: item.title })}
                          onClick={() => onEdit(item, 'links')}
                        >
                          <IconLink aria-hidden size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('roadmap.items.edit')}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('roadmap.items.editItem', { title: item.title })}
                          onClick={() => onEdit(item)}
                        >
                          <IconPencil aria-hidden size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('roadmap.items.delete')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('roadmap.items.deleteItem', { title: item.title })}
                          onClick={() => confirmDelete(item)}
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
      </Table.ScrollContainer>
    </Stack>
  );
}
