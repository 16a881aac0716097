import { useState } from 'react';
import { ActionIcon, Alert, Button, Group, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Roadmap, RoadmapItem } from '../../../shared/domain/roadmap';
import { useCoreMutation } from '../../api/core-hooks';
import { isKoersError } from '../../api/koers-error';
import { ROADMAP_CHANGED } from './roadmap-queries';

interface Props {
  engagementId: string;
  roadmap: Roadmap;
  item: RoadmapItem;
}

/**
 * What this action depends on: it should start after they end. A dependency that would make a
 * cycle is refused by the core; its message (naming the item) shows here.
 */
export function RoadmapDependencies({ engagementId, roadmap, item }: Props) {
  const { t } = useTranslation();
  const [pick, setPick] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const onError = (e: Error) => setError(isKoersError(e) ? e.message : t('errors.unexpected'));
  const add = useCoreMutation('roadmapDependency:add', {
    invalidates: ROADMAP_CHANGED,
    onSuccess: () => {
      setPick(null);
      setError(null);
    },
    onError,
  });
  const remove = useCoreMutation('roadmapDependency:remove', {
    invalidates: ROADMAP_CHANGED,
    onError,
  });

  const byId = new Map(roadmap.items.map((i) => [i.id, i]));
  const options = roadmap.items
    .filter((i) => i.id !== item.id && !item.dependsOn.includes(i.id))
    .map((i) => ({ value: i.id, label: `${i.title} (${i.startQuarter} – ${i.endQuarter})` }));
  const conflicting = new Set(
    roadmap.warnings
      .filter((w) => w.kind === 'starts-before-dependency' && w.itemId === item.id)
      .map((w) => w.otherItemId),
  );

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('roadmap.dependencies.intro')}
      </Text>
      {item.dependsOn.length === 0 && <Text size="sm">{t('roadmap.dependencies.none')}</Text>}
      <Stack gap={4} data-testid="roadmap-dependencies">
        {item.dependsOn.map((id) => {
          const other = byId.get(id);
          return (
            <Group key={id} justify="space-between" wrap="nowrap">
              <Group gap={6} wrap="nowrap">
                {conflicting.has(id) && (
                  <Tooltip label={t('roadmap.dependencies.conflict')}>
                    <IconAlertTriangle
                      aria-label={t('roadmap.dependencies.conflict')}
                      size={16}
                      color="var(--mantine-color-orange-7)"
                    />
                  </Tooltip>
                )}
                <Text size="sm">
                  {other
                    ? t('roadmap.dependencies.row', {
                        title: other.title,
                        end: other.endQuarter,
                      })
                    : id}
                </Text>
              </Group>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('roadmap.dependencies.remove', { title: other?.title ?? '' })}
                onClick={() => remove.mutate({ engagementId, itemId: item.id, dependsOnId: id })}
              >
                <IconTrash aria-hidden size={16} />
              </ActionIcon>
            </Group>
          );
        })}
      </Stack>
      <Group align="flex-end" wrap="nowrap">
        <Select
          style={{ flex: 1 }}
          label={t('roadmap.dependencies.add')}
          placeholder={t('roadmap.dependencies.pick')}
          data={options}
          value={pick}
          onChange={setPick}
          searchable
          clearable
        />
        <Button
          leftSection={<IconPlus aria-hidden size={16} />}
          disabled={!pick}
          loading={add.isPending}
          onClick={() => pick && add.mutate({ engagementId, itemId: item.id, dependsOnId: pick })}
        >
          {t('roadmap.dependencies.addButton')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />}>
          {error}
        </Alert>
      )}
    </Stack>
  );
}
