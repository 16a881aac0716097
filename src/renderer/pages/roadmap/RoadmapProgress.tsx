import { useState, type FormEvent } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  ROADMAP_STATUSES,
  type RoadmapItem,
  type RoadmapStatus,
} from '../../../shared/domain/roadmap';
import { useCoreMutation } from '../../api/core-hooks';
import { formatDate } from '../../components/format';
import { useUndoNotification } from '../../components/use-undo-notification';
import { ROADMAP_CHANGED } from './roadmap-queries';
import { todayIso } from './roadmap-view';

/** Dated progress updates, newest first; an update can set the item's status from then on. */
export function RoadmapProgress({
  engagementId,
  item,
}: {
  engagementId: string;
  item: RoadmapItem;
}) {
  const { t, i18n } = useTranslation();
  const [date, setDate] = useState(todayIso());
  const [text, setText] = useState('');
  const [status, setStatus] = useState<RoadmapStatus | null>(null);
  const notifyUndoable = useUndoNotification(engagementId);
  const add = useCoreMutation('roadmapUpdate:add', {
    invalidates: ROADMAP_CHANGED,
    onSuccess: () => {
      setText('');
      setStatus(null);
    },
  });
  const remove = useCoreMutation('roadmapUpdate:delete', { invalidates: ROADMAP_CHANGED });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '' || date === '') return;
    add.mutate({ engagementId, itemId: item.id, fields: { date, text: text.trim(), status } });
  };

  return (
    <Stack>
      <form onSubmit={submit}>
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t('roadmap.progress.date')}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              required
            />
            <Select
              label={t('roadmap.progress.status')}
              placeholder={t('roadmap.progress.statusKeep')}
              data={ROADMAP_STATUSES.map((s) => ({ value: s, label: t(`roadmap.statuses.${s}`) }))}
              value={status}
              onChange={(v) => setStatus((v as RoadmapStatus | null) ?? null)}
              clearable
            />
          </SimpleGrid>
          <Textarea
            label={t('roadmap.progress.text')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Group justify="flex-end">
            <Button type="submit" disabled={text.trim() === ''} loading={add.isPending}>
              {t('roadmap.progress.add')}
            </Button>
          </Group>
        </Stack>
      </form>
      {item.updates.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('roadmap.progress.none')}
        </Text>
      )}
      {item.updates.map((u) => (
        <Group key={u.id} justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Group gap={6}>
              <Text size="sm" fw={600}>
                {formatDate(u.date, i18n.language)}
              </Text>
              {u.status && (
                <Badge size="sm" variant="light" tt="none">
                  {t(`roadmap.statuses.${u.status}`)}
                </Badge>
              )}
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {u.text}
            </Text>
          </Stack>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('roadmap.progress.delete')}
            onClick={() =>
              remove.mutate(
                { engagementId, id: u.id },
                {
                  onSuccess: (removed) =>
                    notifyUndoable(t('roadmap.progress.deleted'), removed.undoToken),
                },
              )
            }
          >
            <IconTrash aria-hidden size={16} />
          </ActionIcon>
        </Group>
      ))}
    </Stack>
  );
}
