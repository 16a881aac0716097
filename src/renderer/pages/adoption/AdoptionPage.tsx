import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SectionPageProps } from '../../app/sections';
import { BorgingTab } from './BorgingTab';
import { DecisionsTab } from './DecisionsTab';
import { PresentationsTab } from './PresentationsTab';
import { VisionAdoptionBanner } from './VisionAdoptionBanner';

// Step 4: the vision presented, decided on and made to last. Each tab reads what it needs.

export function AdoptionPage({ engagementId }: SectionPageProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('adoption.title')}</Title>
        <Text c="dimmed" size="sm" maw={760}>
          {t('adoption.intro')}
        </Text>
      </Stack>
      <VisionAdoptionBanner engagementId={engagementId} />
      <Tabs defaultValue="presentations" keepMounted={false}>
        <Tabs.List aria-label={t('adoption.tabsLabel')}>
          <Tabs.Tab value="presentations">{t('adoption.tabPresentations')}</Tabs.Tab>
          <Tabs.Tab value="decisions">{t('adoption.tabDecisions')}</Tabs.Tab>
          <Tabs.Tab value="borging">{t('adoption.tabBorging')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="presentations" pt="md">
          <PresentationsTab engagementId={engagementId} />
        </Tabs.Panel>
        <Tabs.Panel value="decisions" pt="md">
          <DecisionsTab engagementId={engagementId} />
        </Tabs.Panel>
        <Tabs.Panel value="borging" pt="md">
          <BorgingTab engagementId={engagementId} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
