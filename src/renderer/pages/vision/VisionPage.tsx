import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SectionPageProps } from '../../app/sections';
import { QueryFallback } from '../../components/QueryFallback';
import { VisionAdoptionBanner } from '../adoption/VisionAdoptionBanner';
import { useVisionAdoption } from '../adoption/adoption-queries';
import { PassagesTab } from './PassagesTab';
import { PosterTab } from './PosterTab';
import { VersionsTab } from './VersionsTab';
import { useVision } from './vision-queries';

// Step 3: the vision. The passages with their support and checks, the versions with their
// feedback and comparison, and the poster as the export will make it.

export function VisionPage({ engagementId, engagement }: SectionPageProps) {
  const { t } = useTranslation();
  const vision = useVision(engagementId);
  // Step 4: while the vision is adopted the core refuses every edit of the working copy, so the
  // editor shows it read-only. Starting a revision (the banner) refreshes this and unlocks it.
  const adoptionStatus = useVisionAdoption(engagementId);
  const adoption = adoptionStatus.data ?? null;
  const locked = adoption !== null;
  // Wait for the status so no field is editable for a moment before it locks; should the read
  // fail, the editor opens and the core's refusal still holds.
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('vision.title')}</Title>
        <Text c="dimmed" size="sm" maw={760}>
          {t('vision.intro')}
        </Text>
      </Stack>
      {/* Step 4: an adopted vision is read-only until a revision starts. */}
      <VisionAdoptionBanner engagementId={engagementId} linkToAdoption />
      {vision.data && !adoptionStatus.isPending ? (
        <Tabs defaultValue="passages" keepMounted={false}>
          <Tabs.List aria-label={t('vision.tabsLabel')}>
            <Tabs.Tab value="passages">{t('vision.tabEditor')}</Tabs.Tab>
            <Tabs.Tab value="versions">{t('vision.tabVersions')}</Tabs.Tab>
            <Tabs.Tab value="poster">{t('vision.tabPoster')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="passages" pt="md">
            <PassagesTab engagementId={engagementId} vision={vision.data} locked={locked} />
          </Tabs.Panel>
          <Tabs.Panel value="versions" pt="md">
            <VersionsTab
              engagementId={engagementId}
              engagement={engagement}
              vision={vision.data}
              adoption={adoption}
            />
          </Tabs.Panel>
          <Tabs.Panel value="poster" pt="md">
            <PosterTab
              engagementId={engagementId}
              engagement={engagement}
              vision={vision.data}
              adoption={adoption}
            />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <QueryFallback query={vision.data ? adoptionStatus : vision} />
      )}
    </Stack>
  );
}
