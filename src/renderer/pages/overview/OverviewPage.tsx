import { Loader, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../api/core-hooks';
import { useOverview } from '../../api/engagement-queries';
import { FollowUpCard } from './FollowUpCard';
import { progressNumbers } from './progress-numbers';
import { StakeholderSummaryCard } from './StakeholderSummaryCard';
import { StepCard } from './StepCard';
import { useChecklistToggle } from './use-checklist-toggle';

export function OverviewPage({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation();
  const overview = useOverview(engagementId);
  const toggle = useChecklistToggle(engagementId);
  // The numbers are extra: while they load (or if they fail) the checklists still show.
  const progress = useCoreQuery('progress:get', { engagementId }, { meta: { inlineError: true } });

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
                numbers={progress.data ? progressNumbers(t, progress.data, step.number) : []}
                onToggle={(itemId, done) => toggle.mutate({ itemId, done })}
              />
            ))}
          </SimpleGrid>
          {progress.data && <FollowUpCard engagementId={engagementId} progress={progress.data} />}
          <StakeholderSummaryCard engagementId={engagementId} overview={overview.data} />
        </>
      )}
    </Stack>
  );
}
