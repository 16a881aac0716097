import { useMemo, type KeyboardEvent } from 'react';
import { Box, Loader, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { valueMapChart } from '../../../shared/charts';
import { VALUE_WEIGHT_MAX, type ValueMap } from '../../../shared/domain/stakeholder-tools';
import { useCoreCache, useCoreMutation, useCoreQuery } from '../../api/core-hooks';
import { ChartSvg } from './ChartSvg';

// The value map: party × value, each cell a weight 0–3 or empty. A click raises the weight
// (after 3 the cell is empty again); a focused cell takes 0–3 from the keyboard, Delete empties.

const CELL_COLOR = ['#f1f3f5', '#d0e2f2', '#8fb8de', '#1f4e79'];

export function ValueMapTab({ engagementId }: { engagementId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const input = { engagementId, language } as const;
  const map = useCoreQuery('valueMap:get', input);
  const cache = useCoreCache();
  const setWeight = useCoreMutation('valueMap:setWeight', {
    onSuccess: (fresh) => cache.set('valueMap:get', input, fresh),
  });

  const svg = useMemo(
    () =>
      map.data
        ? valueMapChart({
            title: t('stakeholderTools.chart.valueMapTitle'),
            values: map.data.values,
            parties: map.data.parties,
            weights: map.data.weights,
            weightLabels: [
              t('stakeholderTools.chart.weights.w0'),
              t('stakeholderTools.chart.weights.w1'),
              t('stakeholderTools.chart.weights.w2'),
              t('stakeholderTools.chart.weights.w3'),
            ],
            notScoredLabel: t('stakeholderTools.chart.notScored'),
          })
        : '',
    [map.data, t],
  );

  if (!map.data) return <Loader aria-label={t('app.loading')} />;
  const data = map.data;
  const weightOf = (partyId: string, valueId: string): number | null =>
    data.weights.find((w) => w.partyId === partyId && w.valueId === valueId)?.weight ?? null;

  const put = (partyId: string, valueId: string, weight: number | null) => {
    // At once on screen; the core's answer replaces it.
    cache.set('valueMap:get', input, (old: ValueMap | undefined) =>
      old
        ? {
            ...old,
            weights: [
              ...old.weights.filter((w) => !(w.partyId === partyId && w.valueId === valueId)),
              ...(weight === null ? [] : [{ partyId, valueId, weight }]),
            ],
          }
        : old,
    );
    setWeight.mutate({ engagementId, partyId, valueId, weight });
  };
  const cycle = (current: number | null): number | null =>
    current === null ? 0 : current >= VALUE_WEIGHT_MAX ? null : current + 1;
  const onKey = (partyId: string, valueId: string, event: KeyboardEvent) => {
    if (/^[0-3]$/.test(event.key)) {
      event.preventDefault();
      put(partyId, valueId, Number(event.key));
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      put(partyId, valueId, null);
    }
  };
  const label = (w: number | null) =>
    w === null
      ? t('stakeholderTools.chart.notScored')
      : `${w} – ${t(`stakeholderTools.chart.weights.w${w}`)}`;

  return (
    <Stack>
      <Text size="sm" c="dimmed" maw={760}>
        {t('stakeholderTools.screen.valueMapHelp')}
      </Text>
      <Table.ScrollContainer minWidth={600}>
        <Table withTableBorder withColumnBorders aria-label={t('stakeholderTools.valueMap')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('stakeholderTools.fields.name')}</Table.Th>
              {data.values.map((v) => (
                <Table.Th key={v.id} title={v.description} ta="center" fz="xs">
                  {v.name}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.parties.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Th scope="row" fw={500} fz="sm">
                  {p.name}
                </Table.Th>
                {data.values.map((v) => {
                  const w = weightOf(p.id, v.id);
                  return (
                    <Table.Td key={v.id} p={0}>
                      <UnstyledButton
                        data-value-cell={`${p.id}/${v.id}`}
                        aria-label={t('stakeholderTools.screen.valueCell', {
                          party: p.name,
                          value: v.name,
                          weight: label(w),
                        })}
                        title={label(w)}
                        onClick={() => put(p.id, v.id, cycle(w))}
                        onKeyDown={(e) => onKey(p.id, v.id, e)}
                        style={{
                          display: 'block',
                          width: '100%',
                          minWidth: 44,
                          height: 34,
                          textAlign: 'center',
                          fontWeight: 600,
                          background: w === null ? 'transparent' : CELL_COLOR[w],
                          color: w === 3 ? '#fff' : '#1a1a1a',
                        }}
                      >
                        {w ?? '–'}
                      </UnstyledButton>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={4} size="h5">
        {t('stakeholderTools.screen.preview')}
      </Title>
      <Box style={{ overflowX: 'auto' }}>
        <ChartSvg svg={svg} />
      </Box>
    </Stack>
  );
}
