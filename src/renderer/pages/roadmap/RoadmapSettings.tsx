import { Button, Popover, Select, Stack, Text } from '@mantine/core';
import { IconCalendarCog } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RoadmapSettings as Settings } from '../../../shared/domain/roadmap';
import { useCoreMutation } from '../../api/core-hooks';
import { ROADMAP_CHANGED } from './roadmap-queries';
import { quarterOptions } from './roadmap-view';

/** The plan's first quarter and how many years it runs; the horizon the timeline shades outside. */
export function RoadmapSettings({
  engagementId,
  settings,
}: {
  engagementId: string;
  settings: Settings;
}) {
  const { t } = useTranslation();
  const save = useCoreMutation('roadmap:updateSettings', { invalidates: ROADMAP_CHANGED });
  const set = (patch: Partial<Settings>) => save.mutate({ engagementId, settings: patch });
  return (
    <Popover position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <Button variant="default" leftSection={<IconCalendarCog aria-hidden size={18} />}>
          {t('roadmap.settings.button', {
            start: settings.startQuarter,
            count: settings.horizonYears,
          })}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm" w={260}>
          <Text size="sm" c="dimmed">
            {t('roadmap.settings.hint')}
          </Text>
          <Select
            label={t('roadmap.settings.horizonYears')}
            data={Array.from({ length: 10 }, (_, i) => ({
              value: String(i + 1),
              label: t('roadmap.settings.years', { count: i + 1 }),
            }))}
            value={String(settings.horizonYears)}
            onChange={(v) => v && set({ horizonYears: Number(v) })}
            allowDeselect={false}
            comboboxProps={{ withinPortal: false }}
          />
          <Select
            label={t('roadmap.settings.startQuarter')}
            data={quarterOptions(settings)}
            value={settings.startQuarter}
            onChange={(v) => v && set({ startQuarter: v })}
            allowDeselect={false}
            searchable
            comboboxProps={{ withinPortal: false }}
          />
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
