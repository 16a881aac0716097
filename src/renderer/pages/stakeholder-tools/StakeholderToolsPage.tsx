import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SectionPageProps } from '../../app/sections';
import { ConflictsRolesTab } from './ConflictsRolesTab';
import { ForceFieldTab } from './ForceFieldTab';
import { IcebergTab } from './IcebergTab';
import { PartiesTab } from './PartiesTab';
import { ValueMapTab } from './ValueMapTab';

// Step 4's stakeholder tools in one section: parties, the krachtenveld, the value map, the
// ijsbergmodel, and conflicting interests with roles. Each tab reads what it needs itself.

export function StakeholderToolsPage({ engagementId, engagement }: SectionPageProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('stakeholderTools.title')}</Title>
        <Text c="dimmed" size="sm" maw={760}>
          {t('stakeholderTools.screen.intro')}
        </Text>
      </Stack>
      <Tabs defaultValue="parties" keepMounted={false}>
        <Tabs.List aria-label={t('stakeholderTools.screen.tabsLabel')}>
          <Tabs.Tab value="parties">{t('stakeholderTools.parties')}</Tabs.Tab>
          <Tabs.Tab value="forceField">{t('stakeholderTools.forceField')}</Tabs.Tab>
          <Tabs.Tab value="valueMap">{t('stakeholderTools.valueMap')}</Tabs.Tab>
          <Tabs.Tab value="icebergs">{t('stakeholderTools.icebergs')}</Tabs.Tab>
          <Tabs.Tab value="conflicts">
            {t('stakeholderTools.conflicts')} & {t('stakeholderTools.roles').toLowerCase()}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="parties" pt="md">
          <PartiesTab engagementId={engagementId} />
        </Tabs.Panel>
        <Tabs.Panel value="forceField" pt="md">
          <ForceFieldTab engagementId={engagementId} clientName={engagement.clientName} />
        </Tabs.Panel>
        <Tabs.Panel value="valueMap" pt="md">
          <ValueMapTab engagementId={engagementId} />
        </Tabs.Panel>
        <Tabs.Panel value="icebergs" pt="md">
          <IcebergTab engagementId={engagementId} />
        </Tabs.Panel>
        <Tabs.Panel value="conflicts" pt="md">
          <ConflictsRolesTab engagementId={engagementId} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
