import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../api/core-hooks';
import { engagementPath } from '../../app/router';
import type { SectionPageProps } from '../../app/sections';
import { QueryFallback } from '../../components/QueryFallback';
import { useCoreLanguage } from '../adoption/adoption-queries';
import { passageKindLabel } from './FindingTracePage';
import { TraceArrow, TraceBlock, TraceFinding, traceClasses } from './TraceParts';
import { TraceActions } from './TraceRoadmap';

/** Backwards from a vision passage: the findings that support it, each with quote and source. */
export function PassageTracePage({ engagementId, itemId }: SectionPageProps) {
  const { t } = useTranslation();
  const language = useCoreLanguage();
  const trace = useCoreQuery(
    'trace:passage',
    { engagementId, passageId: itemId ?? '', language },
    { enabled: itemId !== undefined, meta: { inlineError: true } },
  );
  const data = trace.data;

  return (
    <Stack gap="lg" maw={900}>
      <Stack gap={4}>
        <Title order={2}>{t('trace.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('trace.passageIntro')}
        </Text>
        <Group gap="md">
          <Anchor size="sm" href={engagementPath(engagementId, 'vision')}>
            {t('trace.toVision')}
          </Anchor>
          <Anchor size="sm" href={engagementPath(engagementId, 'findings')}>
            {t('trace.toFindings')}
          </Anchor>
        </Group>
      </Stack>
      <QueryFallback query={trace} />
      {data && (
        <div className={traceClasses.chain}>
          <TraceBlock label={t('trace.passage')} labelId="trace-passage">
            <Group gap="xs">
              <Badge size="sm" variant="light" tt="none">
                {passageKindLabel(t, data.passage.kind)}
              </Badge>
              <Text fw={600}>{data.passage.title}</Text>
            </Group>
            {data.passage.body && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {data.passage.body}
              </Text>
            )}
          </TraceBlock>
          <TraceArrow />
          <TraceBlock label={t('trace.findings')} labelId="trace-findings">
            {data.findings.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('trace.noFindings')}
              </Text>
            ) : (
              <Stack gap="md">
                {data.findings.map((f) => (
                  <TraceFinding key={f.id} engagementId={engagementId} finding={f} linked />
                ))}
              </Stack>
            )}
          </TraceBlock>
          <TraceArrow />
          <TraceBlock label={t('roadmap.trace.actions')} labelId="trace-actions">
            <TraceActions engagementId={engagementId} actions={data.actions} />
          </TraceBlock>
        </div>
      )}
    </Stack>
  );
}
