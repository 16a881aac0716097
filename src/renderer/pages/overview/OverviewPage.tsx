import { Loader, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOverview } from '../../api/engagement-queries';
import { StakeholderSummaryCard } from './StakeholderSummaryCard';
import { StepCard } from './StepCard';
import { useChecklistToggle } from './use-checklist-toggle';

export function OverviewPage({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation();
  const overview = useOverview(engagementId);
  const toggle = useChecklistToggle(engagementId);

  return (
    <Stack gap="lg">
      <Title order={2}>{t('overview.title')}</Title>
      {overview.isPending && <Loader aria-label={t('app.loading')} />}
      {overview.data && (
        <>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            {overview.data.steps.map((step) => (
              <StepCard
                key={step.id}
                step={step}
                onToggle={(itemId, done) => toggle.mutate({ itemId, done })}
              />
            ))}
          </SimpleGrid>
          <StakeholderSummaryCard engagementId={engagementId} overview={overview.data} />
        </>
      )}
    </Stack>
  );
}
