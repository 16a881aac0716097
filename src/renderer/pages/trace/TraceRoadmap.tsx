import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TraceAction, TraceGap } from '../../../shared/domain/adoption';
import { roadmapItemHref } from '../../app/router';

// The trace's last links: the gaps of the nulmeting a finding supports and the routekaart's
// actions that follow from a finding or a passage (finding → passage/gap → action).

const fmt = (n: number) => String(n).replace('.', ',');

export function TraceGaps({ gaps }: { gaps: readonly TraceGap[] }) {
  const { t } = useTranslation();
  if (gaps.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('roadmap.trace.noGaps')}
      </Text>
    );
  return (
    <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {gaps.map((g) => (
        <Group key={g.dimensionId} gap="xs" component="li" wrap="nowrap">
          <Text size="sm" fw={600}>
            {g.dimensionName}
          </Text>
          <Badge size="sm" variant="light" color={g.gap >= 2 ? 'orange' : 'gray'} tt="none">
            {t('roadmap.links.gapBadge', {
              current: fmt(g.current),
              desired: fmt(g.desired),
              gap: fmt(g.gap),
            })}
          </Badge>
        </Group>
      ))}
    </Stack>
  );
}

export function TraceActions({
  engagementId,
  actions,
}: {
  engagementId: string;
  actions: readonly TraceAction[];
}) {
  const { t } = useTranslation();
  if (actions.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('roadmap.trace.noActions')}
      </Text>
    );
  return (
    <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {actions.map((a) => (
        <Group key={a.id} gap="xs" component="li" wrap="nowrap">
          <Anchor href={roadmapItemHref(engagementId, a.id)} size="sm" fw={600}>
            {a.title}
          </Anchor>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {a.startQuarter === a.endQuarter
              ? a.startQuarter
              : `${a.startQuarter} – ${a.endQuarter}`}
          </Text>
          <Badge size="xs" variant="outline" tt="none">
            {t(`roadmap.trace.via.${a.via}`)}
          </Badge>
        </Group>
      ))}
    </Stack>
  );
}
