import { Badge, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Roadmap, RoadmapCheck, RoadmapWarning } from '../../../shared/domain/roadmap';

interface Props {
  roadmap: Roadmap;
  dimensions: readonly { id: string; name: string }[];
  /** Selects the item on the timeline and in the list. */
  onGoTo(itemId: string): void;
}

/**
 * The warnings (an item starting before what it depends on ends, funding still open at the
 * start, outside the horizon) and the checks (a gap without an action, an action without a
 * reason, an owner with too much at once), each a button to the item it is about.
 */
export function RoadmapSignals({ roadmap, dimensions, onGoTo }: Props) {
  const { t } = useTranslation();
  const title = (id: string | null) => roadmap.items.find((i) => i.id === id)?.title ?? '';
  const dimension = (id: string | null) => dimensions.find((d) => d.id === id)?.name ?? id ?? '';

  const warningText = (w: RoadmapWarning) =>
    t(`roadmap.signals.warning.${w.kind}`, { item: title(w.itemId), other: title(w.otherItemId) });
  const checkText = (c: RoadmapCheck) =>
    t(`roadmap.signals.check.${c.kind}`, {
      item: title(c.itemIds[0] ?? null),
      dimension: dimension(c.dimensionId),
      owner: c.owner ?? '',
      quarter: c.quarter ?? '',
      count: c.itemIds.length,
    });

  const none = roadmap.warnings.length === 0 && roadmap.checks.length === 0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="roadmap-signals-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4" id="roadmap-signals-title">
            {t('roadmap.signals.title')}
          </Title>
          {!none && (
            <Badge color="orange" variant="light">
              {roadmap.warnings.length + roadmap.checks.length}
            </Badge>
          )}
        </Group>
        {none && (
          <Group gap="xs" c="teal">
            <IconCircleCheck aria-hidden size={18} />
            <Text size="sm">{t('roadmap.signals.none')}</Text>
          </Group>
        )}
        {roadmap.warnings.length > 0 && (
          <Stack gap={6} data-testid="roadmap-warnings">
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              {t('roadmap.signals.warnings')}
            </Text>
            {roadmap.warnings.map((w, i) => (
              <Signal
                key={`${w.kind}-${w.itemId}-${w.otherItemId ?? ''}-${i}`}
                warning
                text={warningText(w)}
                onClick={() => onGoTo(w.itemId)}
              />
            ))}
          </Stack>
        )}
        {roadmap.checks.length > 0 && (
          <Stack gap={6} data-testid="roadmap-checks">
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              {t('roadmap.signals.checks')}
            </Text>
            {roadmap.checks.map((c, i) => (
              <Signal
                key={`${c.kind}-${c.dimensionId ?? ''}-${c.quarter ?? ''}-${c.itemIds.join(',')}-${i}`}
                text={checkText(c)}
                onClick={c.itemIds[0] ? () => onGoTo(c.itemIds[0]!) : undefined}
              />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function Signal({
  text,
  warning,
  onClick,
}: {
  text: string;
  warning?: boolean;
  onClick?: () => void;
}) {
  const body = (
    <Group gap={8} wrap="nowrap" align="flex-start">
      {warning ? (
        <IconAlertTriangle
          aria-hidden
          size={16}
          color="var(--mantine-color-orange-7)"
          style={{ flex: 'none', marginTop: 2 }}
        />
      ) : (
        <IconInfoCircle
          aria-hidden
          size={16}
          color="var(--mantine-color-blue-7)"
          style={{ flex: 'none', marginTop: 2 }}
        />
      )}
      <Text size="sm">{text}</Text>
    </Group>
  );
  return onClick ? (
    <UnstyledButton onClick={onClick} p={4} style={{ borderRadius: 4 }} className="koers-signal">
      {body}
    </UnstyledButton>
  ) : (
    <div style={{ padding: 4 }}>{body}</div>
  );
}
