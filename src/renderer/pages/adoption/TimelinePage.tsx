import { useState } from 'react';
import {
  Anchor,
  Badge,
  EmptyState,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { timelineChart } from '../../../shared/charts/timeline-chart';
import { useOverview } from '../../api/engagement-queries';
import type { SectionPageProps } from '../../app/sections';
import { QueryFallback } from '../../components/QueryFallback';
import { formatDate } from '../../components/format';
import { ChartSvg } from '../stakeholder-tools/ChartSvg';
import { useCoreLanguage, useTimeline } from './adoption-queries';
import { eventHref, eventsOfStep, stepLabels, stepsWithEvents } from './timeline-view';

const STEP_COLOUR = ['indigo', 'green', 'yellow', 'pink'] as const;

/** Every dated event of the engagement on one line (the dossier's SVG) and as a list. */
export function TimelinePage({ engagementId }: SectionPageProps) {
  const { t, i18n } = useTranslation();
  const language = useCoreLanguage();
  const timeline = useTimeline(engagementId);
  const overview = useOverview(engagementId);
  const [step, setStep] = useState<string>('all');
  const all = timeline.data ?? [];
  const shown = eventsOfStep(all, step === 'all' ? null : Number(step));
  const labels = stepLabels(overview.data?.steps ?? [], (n) => t('timeline.step', { number: n }));
  // Drawn each render: a few hundred events take well under a millisecond.
  const svg = timelineChart({
    events: shown,
    stepLabels: labels,
    language,
    emptyText: t('timeline.empty'),
    plannedLabel: t('timeline.planned'),
  });

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('timeline.title')}</Title>
        <Text c="dimmed" size="sm" maw={760}>
          {t('timeline.intro')}
        </Text>
      </Stack>
      <QueryFallback query={timeline} />
      {timeline.data && all.length === 0 && (
        <EmptyState
          withIndicatorBackground
          icon={<IconCalendarEvent aria-hidden />}
          title={t('timeline.emptyTitle')}
          description={t('timeline.emptyText')}
          py="xl"
        />
      )}
      {all.length > 0 && (
        <>
          <Group justify="space-between">
            <SegmentedControl
              aria-label={t('timeline.filterLabel')}
              value={step}
              onChange={setStep}
              data={[
                { value: 'all', label: t('timeline.allSteps') },
                ...stepsWithEvents(all).map((n) => ({
                  value: String(n),
                  label: t('timeline.step', { number: n }),
                })),
              ]}
            />
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('timeline.count', { count: shown.length })}
            </Text>
          </Group>
          <Paper withBorder p="sm">
            <ChartSvg svg={svg} role="img" aria-label={t('timeline.chartLabel')} />
          </Paper>
          <Table verticalSpacing="xs" highlightOnHover aria-label={t('timeline.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={170}>{t('timeline.date')}</Table.Th>
                <Table.Th w={150}>{t('timeline.kind')}</Table.Th>
                <Table.Th>{t('timeline.event')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((event, i) => {
                const href = eventHref(engagementId, event);
                return (
                  <Table.Tr key={`${event.refId}-${event.kind}-${i}`}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(event.date, i18n.language)}
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        variant="light"
                        tt="none"
                        color={STEP_COLOUR[event.step - 1] ?? 'gray'}
                        title={labels[event.step - 1]}
                      >
                        {t(`timeline.kinds.${event.kind}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        {href ? (
                          <Anchor
                            href={href}
                            size="sm"
                            aria-label={t('timeline.open', { title: event.title })}
                          >
                            {event.title}
                          </Anchor>
                        ) : (
                          <Text size="sm">{event.title}</Text>
                        )}
                        {event.planned && (
                          <Badge variant="outline" color="gray" size="sm" tt="none">
                            {t('timeline.planned')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
