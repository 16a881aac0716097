import { useState } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  EmptyState,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPencil, IconPlus, IconPresentationAnalytics, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Presentation } from '../../../shared/domain/adoption';
import { useCoreMutation } from '../../api/core-hooks';
import { QueryFallback } from '../../components/QueryFallback';
import { formatDate } from '../../components/format';
import { useUndoNotification } from '../../components/use-undo-notification';
import { ADOPTION_CHANGED, usePresentations } from './adoption-queries';
import { presentationName } from './adoption-text';
import { PresentationFeedback } from './PresentationFeedback';
import { PresentationFormModal } from './PresentationFormModal';

type Editing = { presentation: Presentation | null } | null;

/** The presentations of the vision, newest first, each with the feedback given there. */
export function PresentationsTab({ engagementId }: { engagementId: string }) {
  const { t, i18n } = useTranslation();
  const presentations = usePresentations(engagementId);
  const [editing, setEditing] = useState<Editing>(null);
  const notifyUndoable = useUndoNotification(engagementId);
  const remove = useCoreMutation('presentation:delete', { invalidates: ADOPTION_CHANGED });
  const all = [...(presentations.data ?? [])].sort((a, b) => b.date.localeCompare(a.date));

  const confirmDelete = (p: Presentation) => {
    const name = presentationName(t, p, i18n.language);
    modals.openConfirmModal({
      title: t('adoption.presentations.deleteTitle', { name }),
      children: <Text size="sm">{t('adoption.presentations.deleteText')}</Text>,
      labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { engagementId, id: p.id },
          {
            onSuccess: (removed) =>
              notifyUndoable(t('adoption.presentations.deleted', { name }), removed.undoToken),
          },
        ),
    });
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {presentations.data && t('adoption.presentations.count', { count: all.length })}
        </Text>
        <Button
          leftSection={<IconPlus aria-hidden size={18} />}
          onClick={() => setEditing({ presentation: null })}
        >
          {t('adoption.presentations.add')}
        </Button>
      </Group>
      <QueryFallback query={presentations} />
      {presentations.data && all.length === 0 && (
        <EmptyState
          withIndicatorBackground
          icon={<IconPresentationAnalytics aria-hidden />}
          title={t('adoption.presentations.emptyTitle')}
          description={t('adoption.presentations.emptyText')}
          py="xl"
        />
      )}
      {all.map((p) => {
        const name = presentationName(t, p, i18n.language);
        const headingId = `presentation-${p.id}`;
        return (
          <Paper key={p.id} withBorder p="md" component="section" aria-labelledby={headingId}>
            <Stack gap="sm">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={4}>
                  <Group gap="xs">
                    <Badge variant="light" tt="none">
                      {t(`adoption.audiences.${p.audience}`)}
                    </Badge>
                    <Text size="sm" c="dimmed">
                      {formatDate(p.date, i18n.language)}
                    </Text>
                  </Group>
                  <Title order={3} size="h5" id={headingId}>
                    {name}
                  </Title>
                  <Group gap="xs">
                    <Text size="sm">
                      {p.versionLabel
                        ? t('adoption.presentations.shown', { version: p.versionLabel })
                        : t('adoption.presentations.noVersion')}
                    </Text>
                    {p.processedInLabel && (
                      <Badge variant="outline" color="teal" tt="none">
                        {t('adoption.presentations.processedIn', { version: p.processedInLabel })}
                      </Badge>
                    )}
                  </Group>
                  {p.attendees && (
                    <Text size="sm" c="dimmed">
                      {t('adoption.presentations.attendees')}: {p.attendees}
                    </Text>
                  )}
                  {p.notes && (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {p.notes}
                    </Text>
                  )}
                </Stack>
                <Group gap={4} wrap="nowrap">
                  <Tooltip label={t('adoption.presentations.edit')}>
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('adoption.presentations.edit')}
                      onClick={() => setEditing({ presentation: p })}
                    >
                      <IconPencil aria-hidden size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('adoption.presentations.delete')}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('adoption.presentations.delete')}
                      onClick={() => confirmDelete(p)}
                    >
                      <IconTrash aria-hidden size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Group>
              <Stack gap="xs">
                <Text size="sm" fw={600}>
                  {t('adoption.presentations.feedback')}
                  {p.feedback.length > 0 &&
                    ` · ${t('adoption.presentations.feedbackCount', { count: p.feedback.length })}`}
                </Text>
                <PresentationFeedback engagementId={engagementId} presentation={p} />
              </Stack>
            </Stack>
          </Paper>
        );
      })}
      {editing && (
        <PresentationFormModal
          engagementId={engagementId}
          presentation={editing.presentation}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
