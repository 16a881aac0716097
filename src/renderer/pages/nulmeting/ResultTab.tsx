import { Fragment, useMemo, useState } from 'react';
import { ActionIcon, Box, Chip, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { radarChart, type RadarChartSeries } from '../../../shared/charts/radar-chart';
import type {
  Assessment,
  AssessmentView,
  MaturityModel,
  RespondentGroup,
} from '../../../shared/domain/nulmeting';
import { ChartSvg } from '../stakeholder-tools/ChartSvg';
import { spreadText } from './AgreedCard';
import { DimensionTexts } from './DimensionTexts';
import { sortByGap } from './gap-table';
import { formatLevel, formatNumber } from './level-input';
import { useAssessmentView } from './nulmeting-queries';

interface Props {
  engagementId: string;
  model: MaturityModel;
  view: AssessmentView;
  /** Newest first: the candidates for "earlier measurement". */
  assessments: Assessment[];
}

/**
 * The result: the radar (the shared chart the Word report and the workbook rasterise too)
 * and the gap table, largest gap first. Every number is the core's summary.
 */
export function ResultTab({ engagementId, model, view, assessments }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const earlierOptions = assessments.filter(
    (a) => a.id !== view.assessment.id && a.date <= view.assessment.date,
  );
  // The measurement before this one, by default; the consultant can pick another or none.
  const [earlierChoice, setEarlierChoice] = useState<string | null | undefined>(undefined);
  const earlierId = earlierChoice === undefined ? (earlierOptions[0]?.id ?? null) : earlierChoice;
  const earlier = useAssessmentView(engagementId, earlierId);
  const groupsScored = useMemo(() => {
    const present = new Set(view.summary.flatMap((s) => s.byGroup.map((g) => g.group)));
    return [...present];
  }, [view.summary]);
  const [groups, setGroups] = useState<string[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const nameOf = new Map(model.dimensions.map((d) => [d.id, d.name]));
  const summaryOf = new Map(view.summary.map((s) => [s.dimensionId, s]));

  const svg = useMemo(() => {
    const ids = model.dimensions.map((d) => d.id);
    const series: RadarChartSeries[] = [
      {
        kind: 'current',
        label: t('nulmeting.result.current'),
        values: ids.map((id) => summaryOf.get(id)?.current ?? null),
      },
      {
        kind: 'desired',
        label: t('nulmeting.result.desired'),
        values: ids.map((id) => summaryOf.get(id)?.desired ?? null),
      },
      ...groups.map((group): RadarChartSeries => ({
        kind: 'group',
        label: t('nulmeting.result.groupSeries', { group: t(`nulmeting.groups.${group}`) }),
        values: ids.map(
          (id) => summaryOf.get(id)?.byGroup.find((g) => g.group === group)?.current ?? null,
        ),
      })),
    ];
    if (earlier.data && earlierId) {
      const before = new Map(earlier.data.summary.map((s) => [s.dimensionId, s]));
      series.push({
        kind: 'earlier',
        label: t('nulmeting.result.earlierSeries', { name: earlier.data.assessment.name }),
        values: ids.map((id) => before.get(id)?.current ?? null),
      });
    }
    return radarChart({
      axes: model.dimensions.map((d) => d.name),
      levels: model.levels.map((l) => ({ level: l.level, label: l.label })),
      series,
      title: t('nulmeting.result.radarTitle', { name: view.assessment.name }),
      emptyText: t('nulmeting.result.radarEmpty'),
    });
    // summaryOf is derived from view.summary.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model, view, groups, earlier.data, earlierId, t]);

  const rows = sortByGap(view.summary);
  const agreedAny = view.summary.some((s) => s.current !== null || s.desired !== null);

  return (
    <Stack gap="lg">
      {!agreedAny && (
        <Text size="sm" c="dimmed">
          {t('nulmeting.result.notAgreed')}
        </Text>
      )}
      <Group align="flex-end" gap="lg">
        <Select
          label={t('nulmeting.result.earlier')}
          placeholder={t('nulmeting.result.earlierNone')}
          data={earlierOptions.map((a) => ({ value: a.id, label: a.name }))}
          value={earlierId}
          onChange={(value) => setEarlierChoice(value)}
          clearable
          disabled={earlierOptions.length === 0}
          w={260}
        />
        {groupsScored.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('nulmeting.result.groups')}
            </Text>
            <Chip.Group multiple value={groups} onChange={setGroups}>
              <Group gap={6}>
                {groupsScored.map((g: RespondentGroup) => (
                  <Chip key={g} value={g} size="xs">
                    {t(`nulmeting.groups.${g}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Stack>
        )}
      </Group>
      <Box style={{ overflowX: 'auto' }}>
        <ChartSvg svg={svg} data-testid="radar" style={{ maxWidth: 760 }} />
      </Box>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('nulmeting.result.gapTitle')}
        </Title>
        <Table withTableBorder verticalSpacing={4} aria-label={t('nulmeting.result.gapTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36} />
              <Table.Th>{t('nulmeting.dimension')}</Table.Th>
              <Table.Th ta="right">{t('nulmeting.result.current')}</Table.Th>
              <Table.Th ta="right">{t('nulmeting.result.desired')}</Table.Th>
              <Table.Th ta="right">{t('nulmeting.gap')}</Table.Th>
              <Table.Th>{t('nulmeting.result.spreadCurrent')}</Table.Th>
              <Table.Th>{t('nulmeting.result.spreadDesired')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const name = nameOf.get(row.dimensionId) ?? row.dimensionId;
              const expanded = open === row.dimensionId;
              const dimension = model.dimensions.find((d) => d.id === row.dimensionId);
              return (
                <Fragment key={row.dimensionId}>
                  <Table.Tr data-dimension={row.dimensionId}>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        size="sm"
                        aria-expanded={expanded}
                        aria-label={t('nulmeting.result.levelsFor', { dimension: name })}
                        onClick={() => setOpen(expanded ? null : row.dimensionId)}
                      >
                        {expanded ? (
                          <IconChevronDown size={16} aria-hidden />
                        ) : (
                          <IconChevronRight size={16} aria-hidden />
                        )}
                      </ActionIcon>
                    </Table.Td>
                    <Table.Td fw={500}>{name}</Table.Td>
                    <Table.Td ta="right">{formatLevel(row.current, language) || '–'}</Table.Td>
                    <Table.Td ta="right">{formatLevel(row.desired, language) || '–'}</Table.Td>
                    <Table.Td ta="right" fw={700}>
                      {formatNumber(row.gap, language)}
                    </Table.Td>
                    <Table.Td fz="sm">{spreadText(row.spreadCurrent, language, t)}</Table.Td>
                    <Table.Td fz="sm">{spreadText(row.spreadDesired, language, t)}</Table.Td>
                  </Table.Tr>
                  {expanded && dimension && (
                    <Table.Tr>
                      <Table.Td />
                      <Table.Td colSpan={6}>
                        <DimensionTexts
                          model={model}
                          dimension={dimension}
                          marked={[row.current, row.desired]}
                          withQuestions={false}
                        />
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Stack>
    </Stack>
  );
}
