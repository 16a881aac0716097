import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { VISION_PASSAGE_KINDS, type VisionPassageKind } from '../../../shared/domain/vision';
import { useCoreQuery } from '../../api/core-hooks';
import { engagementPath, tracePassageHref } from '../../app/router';
import type { SectionPageProps } from '../../app/sections';
import { QueryFallback } from '../../components/QueryFallback';
import { useCoreLanguage } from '../adoption/adoption-queries';
import { TraceArrow, TraceBlock, TraceFinding, traceClasses } from './TraceParts';
import { TraceActions, TraceGaps } from './TraceRoadmap';

/**
 * Forwards from a finding: its quote and source, the vision passages it supports, and the
 * frozen versions that hold it. Each passage opens its own trace, back to all its evidence.
 */
export function FindingTracePage({ engagementId, itemId }: SectionPageProps) {
  const { t } = useTranslation();
  const language = useCoreLanguage();
  const trace = useCoreQuery(
    'trace:finding',
    { engagementId, findingId: itemId ?? '', language },
    { enabled: itemId !== undefined, meta: { inlineError: true } },
  );
  const data = trace.data;

  return (
    <Stack gap="lg" maw={900}>
      <Stack gap={4}>
        <Title order={2}>{t('trace.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('trace.findingIntro')}
        </Text>
        <Anchor size="sm" href={engagementPath(engagementId, 'findings')}>
          {t('trace.toFindings')}
        </Anchor>
      </Stack>
      <QueryFallback query={trace} />
      {data && (
        <div className={traceClasses.chain}>
          <TraceBlock label={t('trace.finding')} labelId="trace-finding">
            <TraceFinding engagementId={engagementId} finding={data.finding} linked={false} />
          </TraceBlock>
          <TraceArrow />
          <TraceBlock label={t('trace.passages')} labelId="trace-passages">
            {data.passages.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('trace.noPassages')}
              </Text>
            ) : (
              <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {data.passages.map((p) => (
                  <Group key={p.id} gap="xs" component="li" wrap="nowrap">
                    <Badge size="sm" variant="light" tt="none" style={{ flexShrink: 0 }}>
                      {passageKindLabel(t, p.kind)}
                    </Badge>
                    <Anchor href={tracePassageHref(engagementId, p.id)} size="sm" fw={600}>
                      {p.title}
                    </Anchor>
                  </Group>
                ))}
              </Stack>
            )}
          </TraceBlock>
          <TraceArrow />
          <TraceBlock label={t('trace.versions')} labelId="trace-versions">
            {data.versions.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('trace.noVersions')}
              </Text>
            ) : (
              <Group gap="xs">
                {data.versions.map((v) => (
                  <Badge key={v.id} variant="outline" tt="none">
                    {t('trace.version', { label: v.label })}
                  </Badge>
                ))}
              </Group>
            )}
          </TraceBlock>
          <TraceArrow />
          <TraceBlock label={t('roadmap.trace.gaps')} labelId="trace-gaps">
            <TraceGaps gaps={data.gaps} />
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

/** A passage kind's name; the core's kinds are the vision's. */
export const passageKindLabel = (t: TFunction, kind: string): string =>
  (VISION_PASSAGE_KINDS as readonly string[]).includes(kind)
    ? t(`trace.passageKinds.${kind as VisionPassageKind}`)
    : kind;
