import { useMemo, useState } from 'react';
import {
  Anchor,
  Grid,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFileExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { VisionAdoption } from '../../../shared/domain/adoption';
import type { Engagement } from '../../../shared/domain/engagement';
import {
  POSTER_FORMATS,
  POSTER_LAYOUTS,
  type PosterSettings,
  type Vision,
} from '../../../shared/domain/vision';
import { engagementPath } from '../../app/router';
import { SaveIndicator } from '../interviews/SaveIndicator';
import { useAutosave } from '../sessions/use-autosave';
import { callCore, useCoreCache } from '../../api/core-hooks';
import { workingCopyPosterSvg } from './poster-preview';
import { latestVersion } from '../../../shared/poster/poster-version';
import { posterRoadmapFromPlan } from '../../../shared/poster/roadmap-poster-input';
import { showsRoadmapBand } from '../../../shared/poster/vision-poster-input';
import { useRoadmap } from '../roadmap/roadmap-queries';
import { VISION_READS } from './vision-queries';
import classes from './vision.module.css';

interface Props {
  engagementId: string;
  engagement: Engagement;
  vision: Vision;
  /**
   * The vision's adoption (step 4), null when not adopted. Adopted: the poster loses its CONCEPT
   * mark and names the decisions in its footer, and its settings are fixed (the preview stays).
   */
  adoption: VisionAdoption | null;
}

/** The poster's settings and a live preview: the very SVG the export turns into PDF and PNG. */
export function PosterTab({ engagementId, engagement, vision, adoption }: Props) {
  const { t } = useTranslation();
  const cache = useCoreCache();
  const [settings, setSettings] = useState<PosterSettings>(() => ({
    title: vision.poster.title,
    layout: vision.poster.layout,
    format: vision.poster.format,
    roadmapBand: vision.poster.roadmapBand ?? null,
  }));
  const autosave = useAutosave<PosterSettings>(async (fields) => {
    await callCore('vision:setPoster', { engagementId, fields });
    void cache.invalidate(VISION_READS, { engagementId });
  });
  const set = <K extends keyof PosterSettings>(key: K, value: PosterSettings[K], now = false) =>
    setSettings((current) => {
      const next = { ...current, [key]: value };
      autosave.saver.change(next);
      if (now) void autosave.saver.flush();
      return next;
    });
  const [title] = useDebouncedValue(settings.title, 250);
  const { layout, format, roadmapBand } = settings;
  const locked = adoption !== null;
  // The routekaart for the band, in the poster's language (the engagement's), as the export.
  const plan = useRoadmap(engagementId).data;
  const roadmap = useMemo(
    () => (plan ? posterRoadmapFromPlan(plan, engagement.language === 'en' ? 'en' : 'nl') : null),
    [plan, engagement.language],
  );
  const bandShown = showsRoadmapBand(roadmapBand, format, roadmap);
  const svg = useMemo(
    () =>
      workingCopyPosterSvg(
        engagement,
        vision.passages,
        { title, layout, format, roadmapBand },
        vision.versions,
        adoption,
        roadmap,
      ),
    [
      engagement,
      vision.passages,
      vision.versions,
      title,
      layout,
      format,
      roadmapBand,
      adoption,
      roadmap,
    ],
  );
  const label = latestVersion(vision.versions)?.label ?? 'concept';

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={3} size="h4">
              {t('visionPoster.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('visionPoster.intro')}
            </Text>
          </Stack>
          {locked ? (
            <Text size="sm" c="dimmed" data-testid="poster-locked">
              {t('visionPoster.locked')}
            </Text>
          ) : (
            <SaveIndicator
              state={autosave.state}
              errorMessage={autosave.error}
              onRetry={() => void autosave.saver.flush()}
              idleText={t('vision.saveIdle')}
            />
          )}
          <TextInput
            label={t('visionPoster.posterTitle')}
            description={t('visionPoster.posterTitleHint')}
            placeholder={engagement.title}
            value={settings.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            onBlur={() => void autosave.saver.flush()}
            maxLength={300}
            disabled={locked}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="poster-layout-label">
              {t('visionPoster.layout')}
            </Text>
            <SegmentedControl
              aria-labelledby="poster-layout-label"
              fullWidth
              data={POSTER_LAYOUTS.map((layout) => ({
                value: layout,
                label: t(`visionPoster.layouts.${layout}`),
              }))}
              value={settings.layout}
              onChange={(value) => set('layout', value as PosterSettings['layout'], true)}
              disabled={locked}
            />
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="poster-format-label">
              {t('visionPoster.format')}
            </Text>
            <SegmentedControl
              aria-labelledby="poster-format-label"
              fullWidth
              data={POSTER_FORMATS.map((format) => ({ value: format, label: format }))}
              value={settings.format}
              onChange={(value) => set('format', value as PosterSettings['format'], true)}
              disabled={locked}
            />
          </Stack>
          <Switch
            label={t('visionPoster.roadmapBand')}
            description={
              roadmap === null
                ? t('visionPoster.roadmapBandEmpty')
                : roadmapBand == null
                  ? t('visionPoster.roadmapBandDefault')
                  : t('visionPoster.roadmapBandHint')
            }
            checked={bandShown}
            onChange={(e) => set('roadmapBand', e.currentTarget.checked, true)}
            disabled={locked || roadmap === null}
            data-testid="poster-roadmap-band"
          />
          <Stack gap={4}>
            <Anchor href={engagementPath(engagementId, 'exports')}>
              <IconFileExport size={16} aria-hidden style={{ verticalAlign: 'middle' }} />{' '}
              {t('visionPoster.toExports')}
            </Anchor>
            <Text size="xs" c="dimmed">
              {t('visionPoster.toExportsHint')}
            </Text>
          </Stack>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        {/* Our own SVG, from posterSvg over escaped text: inline, so it uses the page's Open Sans. */}
        <figure
          className={classes.posterPreview}
          aria-label={t('visionPoster.previewLabel', { label })}
          data-testid="poster-preview"
          data-layout={settings.layout}
          data-roadmap-band={bandShown ? 'on' : 'off'}
          style={{ margin: 0 }}
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      </Grid.Col>
    </Grid>
  );
}
