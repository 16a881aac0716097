import { useMemo, useState } from 'react';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  ScrollArea,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RoadmapItem } from '../../../shared/domain/roadmap';
import { useCoreMutation } from '../../api/core-hooks';
import { notifySuccess } from '../../api/notify';
import { useVision } from '../vision/vision-queries';
import { ROADMAP_CHANGED, useGaps } from './roadmap-queries';

interface Props {
  engagementId: string;
  item: RoadmapItem;
  dimensions: readonly { id: string; name: string }[];
  onClose(): void;
}

const fmt = (n: number) => String(n).replace('.', ',');

/**
 * Why an action is on the routekaart: the gaps of the nulmeting it closes (per dimension, the
 * latest measurement's gap beside it) and the vision passages it serves. Checkboxes, saved
 * together (roadmapItem:setLinks replaces both lists).
 */
export function RoadmapLinks({ engagementId, item, dimensions, onClose }: Props) {
  const { t } = useTranslation();
  const gaps = useGaps(engagementId);
  const vision = useVision(engagementId);
  const [gapIds, setGapIds] = useState<string[]>(item.gapDimensionIds);
  const [passageIds, setPassageIds] = useState<string[]>(item.passageIds);
  const [filter, setFilter] = useState('');
  const save = useCoreMutation('roadmapItem:setLinks', {
    invalidates: ROADMAP_CHANGED,
    onSuccess: () => {
      notifySuccess(t('roadmap.links.saved'));
      onClose();
    },
  });

  const gapOf = useMemo(
    () => new Map((gaps.data ?? []).map((g) => [g.dimensionId, g])),
    [gaps.data],
  );
  // Every dimension of the model, the largest gaps first; a gap the item links to stays even
  // when the model no longer has it.
  const rows = useMemo(() => {
    const list = dimensions.map((d) => ({ id: d.id, name: d.name }));
    for (const id of item.gapDimensionIds)
      if (!list.some((d) => d.id === id)) list.push({ id, name: id });
    return list.sort((a, b) => (gapOf.get(b.id)?.gap ?? -1) - (gapOf.get(a.id)?.gap ?? -1));
  }, [dimensions, item.gapDimensionIds, gapOf]);

  const passages = (vision.data?.passages ?? []).filter((p) => {
    const q = filter.trim().toLowerCase();
    return q === '' || `${p.title} ${p.body}`.toLowerCase().includes(q);
  });
  const toggle = (list: string[], id: string) =>
    list.includes(id) ? list.filter((x) => x !== id) : [...list, id];

  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="xs">
          <Title order={4} size="h5">
            {t('roadmap.links.gaps')}
          </Title>
          <Text size="xs" c="dimmed">
            {gaps.isError || (gaps.data && gaps.data.length === 0)
              ? t('roadmap.links.noMeasurement')
              : t('roadmap.links.gapsHint')}
          </Text>
          <ScrollArea.Autosize mah={340}>
            <Stack gap={6} role="group" aria-label={t('roadmap.links.gaps')}>
              {rows.map((d) => {
                const gap = gapOf.get(d.id);
                return (
                  <Checkbox
                    key={d.id}
                    checked={gapIds.includes(d.id)}
                    onChange={() => setGapIds((now) => toggle(now, d.id))}
                    label={
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm">{d.name}</Text>
                        {gap && (
                          <Badge
                            size="sm"
                            variant="light"
                            color={gap.gap >= 2 ? 'orange' : 'gray'}
                            tt="none"
                          >
                            {t('roadmap.links.gapBadge', {
                              current: fmt(gap.current),
                              desired: fmt(gap.desired),
                              gap: fmt(gap.gap),
                            })}
                          </Badge>
                        )}
                      </Group>
                    }
                  />
                );
              })}
            </Stack>
          </ScrollArea.Autosize>
        </Stack>
        <Stack gap="xs">
          <Title order={4} size="h5">
            {t('roadmap.links.passages')}
          </Title>
          <TextInput
            size="xs"
            leftSection={<IconSearch aria-hidden size={14} />}
            placeholder={t('roadmap.links.search')}
            aria-label={t('roadmap.links.search')}
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
          />
          {vision.data && vision.data.passages.length === 0 && (
            <Text size="xs" c="dimmed">
              {t('roadmap.links.noPassages')}
            </Text>
          )}
          <ScrollArea.Autosize mah={300}>
            <Stack gap={6} role="group" aria-label={t('roadmap.links.passages')}>
              {passages.map((p) => (
                <Checkbox
                  key={p.id}
                  checked={passageIds.includes(p.id)}
                  onChange={() => setPassageIds((now) => toggle(now, p.id))}
                  label={p.title}
                  description={t(`roadmap.links.passageKind.${p.kind}`, { defaultValue: p.kind })}
                />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </Stack>
      </SimpleGrid>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('actions.cancel')}
        </Button>
        <Button
          loading={save.isPending}
          onClick={() =>
            save.mutate({ engagementId, id: item.id, gapDimensionIds: gapIds, passageIds })
          }
        >
          {t('roadmap.links.save')}
        </Button>
      </Group>
    </Stack>
  );
}
