import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { VisionAdoption } from '../../../shared/domain/adoption';
import type { Engagement } from '../../../shared/domain/engagement';
import type { VisionVersion } from '../../../shared/domain/vision';
import { FeedbackPanel } from './FeedbackPanel';
import { frozenPosterSvg } from './poster-preview';
import { groupPassages } from './vision-view';
import classes from './vision.module.css';

/** The poster the version was frozen with, on request (it is the size of a page). */
function VersionPoster({
  engagement,
  version,
  adoption,
}: {
  engagement: Engagement;
  version: VisionVersion;
  adoption: VisionAdoption | null;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const svg = useMemo(
    () => (open ? frozenPosterSvg(engagement, version, adoption) : ''),
    [open, engagement, version, adoption],
  );
  return (
    <Stack gap="xs" align="flex-start">
      <Button variant="light" size="xs" onClick={() => setOpen((o) => !o)}>
        {open ? t('visionVersions.hidePoster') : t('visionVersions.showPoster')}
      </Button>
      {open && (
        <>
          <Text size="xs" c="dimmed">
            {t('visionVersions.posterNote')}
          </Text>
          {/* Our own SVG, from posterSvg over escaped text (as on the poster tab). */}
          <figure
            className={classes.posterPreview}
            aria-label={t('visionVersions.posterLabel', { label: version.label })}
            data-testid="version-poster"
            style={{ margin: 0, width: '100%' }}
            dangerouslySetInnerHTML={{ __html: svg }}
          />
        </>
      )}
    </Stack>
  );
}

/** A frozen version, read only, with its poster and the feedback gathered on it. */
export function VersionView({
  engagementId,
  engagement,
  adoption,
  version,
  onBack,
}: {
  engagementId: string;
  engagement: Engagement;
  adoption: VisionAdoption | null;
  version: VisionVersion;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="version-view">
      <Group justify="space-between">
        <Group gap="xs">
          <Title order={3} size="h4">
            {t('visionVersions.viewTitle', { label: version.label })}
          </Title>
          <Badge variant="light">{t(`visionVersions.statuses.${version.status}`)}</Badge>
        </Group>
        <Button
          variant="subtle"
          leftSection={<IconArrowLeft size={16} aria-hidden />}
          onClick={onBack}
        >
          {t('visionVersions.back')}
        </Button>
      </Group>
      <Alert color="gray" p="xs">
        <Text size="sm">{t('visionVersions.readOnly')}</Text>
        {version.note && (
          <Text size="sm" fs="italic">
            {version.note}
          </Text>
        )}
      </Alert>
      <VersionPoster engagement={engagement} version={version} adoption={adoption} />
      {groupPassages(version.content.passages).map((group) => (
        <Stack key={group.kind} gap="xs">
          <Title order={4} size="h5">
            {t(`visionKinds.${group.kind}`)}
          </Title>
          {group.passages.map((p) => (
            <Paper key={p.id} withBorder p="sm" radius="md">
              <Stack gap={4}>
                <Text fw={600}>{p.title}</Text>
                {p.body && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {p.body}
                  </Text>
                )}
                {(['forInhabitants', 'forStaff', 'forBoard'] as const).map(
                  (key) =>
                    p[key] && (
                      <Text key={key} size="sm">
                        <Text span fw={500}>
                          {t(`vision.${key}`)}
                        </Text>{' '}
                        {p[key]}
                      </Text>
                    ),
                )}
                {p.portfolioHolderName && (
                  <Text size="xs" c="dimmed">
                    {t('vision.portfolioHolder')}: {p.portfolioHolderName}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {t('visionFindings.count', { count: p.findings.length })}
                  {p.findings.length > 0 && `: ${p.findings.map((f) => f.statement).join(' · ')}`}
                </Text>
              </Stack>
            </Paper>
          ))}
        </Stack>
      ))}
      <FeedbackPanel engagementId={engagementId} version={version} />
    </Stack>
  );
}
