import { useState } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Collapse,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconLink, IconUnlink } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type {
  AgreedScore,
  AgreedScoreFields,
  DimensionSummary,
  LevelSpread,
  MaturityDimension,
  MaturityModel,
} from '../../../shared/domain/nulmeting';
import { DimensionTexts } from './DimensionTexts';
import { useDraft } from './use-draft';
import { FindingPicker } from './FindingPicker';
import { formatLevel, formatNumber } from './level-input';
import { LevelInput } from './LevelInput';

interface Props {
  engagementId: string;
  model: MaturityModel;
  dimension: MaturityDimension;
  summary: DimensionSummary | null;
  agreed: AgreedScore | null;
  statementOf: Map<string, string>;
  onSave(fields: Partial<AgreedScoreFields>): void;
}

/** "2 – 3,5 · gem. 2,7 · n = 3", or a dash when nobody scored. */
export function spreadText(spread: LevelSpread | null, language: string, t: TFunction): string {
  if (!spread) return '–';
  return t('nulmeting.spreadText', {
    min: formatLevel(spread.min, language),
    max: formatLevel(spread.max, language),
    mean: formatNumber(spread.mean, language),
    n: spread.n,
  });
}

/** One dimension: the spread of the scores, the agreed levels, rationale and findings. */
export function AgreedCard({
  engagementId,
  model,
  dimension,
  summary,
  agreed,
  statementOf,
  onSave,
}: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [refused, setRefused] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const [showLevels, setShowLevels] = useState(false);
  const stored = agreed?.rationale ?? '';
  const rationaleDraft = useDraft(stored);
  const rationale = rationaleDraft.value;
  const findingIds = agreed?.findingIds ?? [];
  const headingId = `agreed-${dimension.id}`;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5" id={headingId}>
            {dimension.name}
          </Title>
          <Button
            variant="subtle"
            size="compact-sm"
            rightSection={
              showLevels ? (
                <IconChevronUp size={14} aria-hidden />
              ) : (
                <IconChevronDown size={14} aria-hidden />
              )
            }
            aria-expanded={showLevels}
            onClick={() => setShowLevels((v) => !v)}
          >
            {t('nulmeting.showLevels')}
          </Button>
        </Group>
        <Collapse expanded={showLevels}>
          <DimensionTexts
            model={model}
            dimension={dimension}
            marked={[agreed?.current ?? null, agreed?.desired ?? null]}
            withQuestions={false}
          />
        </Collapse>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack
            gap={6}
            aria-label={t('nulmeting.agreed.spreadLabel', { dimension: dimension.name })}
          >
            <Text size="sm">
              <Text span fw={600}>
                {t('nulmeting.agreed.spreadCurrent')}:
              </Text>{' '}
              <span data-testid={`spread-current-${dimension.id}`}>
                {spreadText(summary?.spreadCurrent ?? null, language, t)}
              </span>
            </Text>
            <Text size="sm">
              <Text span fw={600}>
                {t('nulmeting.agreed.spreadDesired')}:
              </Text>{' '}
              <span data-testid={`spread-desired-${dimension.id}`}>
                {spreadText(summary?.spreadDesired ?? null, language, t)}
              </span>
            </Text>
            {summary && summary.byGroup.length > 0 && (
              <Table
                withTableBorder
                verticalSpacing={2}
                fz="xs"
                aria-label={t('nulmeting.agreed.byGroupLabel', { dimension: dimension.name })}
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('nulmeting.respondents.group')}</Table.Th>
                    <Table.Th ta="right">n</Table.Th>
                    <Table.Th ta="right">{t('nulmeting.scores.currentShort')}</Table.Th>
                    <Table.Th ta="right">{t('nulmeting.scores.desiredShort')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {summary.byGroup.map((g) => (
                    <Table.Tr key={g.group}>
                      <Table.Td>{t(`nulmeting.groups.${g.group}`)}</Table.Td>
                      <Table.Td ta="right">{g.n}</Table.Td>
                      <Table.Td ta="right">{formatNumber(g.current, language)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(g.desired, language)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
          <Stack gap="xs">
            <Group gap="lg" align="flex-end">
              <Stack gap={2}>
                <Text size="sm" fw={500}>
                  {t('nulmeting.agreed.current')}
                </Text>
                <LevelInput
                  size="wide"
                  value={agreed?.current ?? null}
                  label={t('nulmeting.agreed.currentOf', { dimension: dimension.name })}
                  onCommit={(value) => onSave({ current: value })}
                  onInvalid={(typed) => setRefused(typed)}
                  onValid={() => setRefused(null)}
                />
              </Stack>
              <Stack gap={2}>
                <Text size="sm" fw={500}>
                  {t('nulmeting.agreed.desired')}
                </Text>
                <LevelInput
                  size="wide"
                  value={agreed?.desired ?? null}
                  label={t('nulmeting.agreed.desiredOf', { dimension: dimension.name })}
                  onCommit={(value) => onSave({ desired: value })}
                  onInvalid={(typed) => setRefused(typed)}
                  onValid={() => setRefused(null)}
                />
              </Stack>
              <Text size="sm" pb={6} data-testid={`agreed-gap-${dimension.id}`}>
                {t('nulmeting.gap')}: <b>{formatNumber(summary?.gap ?? null, language)}</b>
              </Text>
            </Group>
            {refused !== null && (
              <Alert color="red" role="alert" p="xs">
                {t('nulmeting.scores.refused', { typed: refused })}
              </Alert>
            )}
            <Textarea
              label={t('nulmeting.agreed.rationale')}
              placeholder={t('nulmeting.agreed.rationalePlaceholder')}
              value={rationale}
              onChange={(e) => rationaleDraft.edit(e.currentTarget.value)}
              onBlur={() => {
                rationaleDraft.settle();
                if (rationale !== stored) onSave({ rationale });
              }}
              autosize
              minRows={2}
            />
          </Stack>
        </SimpleGrid>
        <Stack gap={4}>
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {t('nulmeting.findings.title', { count: findingIds.length })}
            </Text>
            <Button
              size="compact-sm"
              variant="light"
              leftSection={<IconLink size={14} aria-hidden />}
              onClick={() => setPicking(true)}
              aria-label={t('nulmeting.findings.linkFor', { dimension: dimension.name })}
            >
              {t('nulmeting.findings.link')}
            </Button>
          </Group>
          {findingIds.length > 0 && (
            <List size="sm" spacing={2} listStyleType="none">
              {findingIds.map((id) => (
                <List.Item key={id}>
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label={t('nulmeting.findings.unlink')}>
                      <ActionIcon
                        size="sm"
                        variant="subtle"
                        color="gray"
                        aria-label={t('nulmeting.findings.unlink')}
                        onClick={() => onSave({ findingIds: findingIds.filter((x) => x !== id) })}
                      >
                        <IconUnlink size={14} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                    <Text size="sm">{statementOf.get(id) ?? '…'}</Text>
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Stack>
      {picking && (
        <FindingPicker
          engagementId={engagementId}
          dimension={dimension.name}
          linkedIds={findingIds}
          onClose={() => setPicking(false)}
          onLink={(ids) => {
            onSave({ findingIds: [...findingIds, ...ids] });
            setPicking(false);
          }}
        />
      )}
    </Paper>
  );
}
