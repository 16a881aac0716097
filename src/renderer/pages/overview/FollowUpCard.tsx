import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EngagementProgress } from '../../../shared/domain/adoption';
import { engagementPath } from '../../app/router';
import { engagementSection } from '../../app/sections';
import { formatDate } from '../../components/format';
import { followUpNumbers } from './follow-up-numbers';
import type { StepNumber } from './progress-numbers';
import { ProgressNumberList } from './ProgressNumberList';

/**
 * Step 4's follow-up on the overview: the nulmeting and the routekaart, each with its numbers
 * (or how to begin) and a link to its page. The method's checklist for step 4 stays on the step
 * card; this card shows what those two areas hold.
 */
export function FollowUpCard({
  engagementId,
  progress,
}: {
  engagementId: string;
  progress: EngagementProgress;
}) {
  const { t, i18n } = useTranslation();
  const numbers = followUpNumbers(t, progress, (day) => formatDate(day, i18n.language));
  // The step the sections table gives these pages, so the badge and the navigation agree.
  const step = engagementSection('nulmeting')?.step ?? 4;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="follow-up-title">
      <Stack gap="sm">
        <div>
          <Badge variant="light" mb={4}>
            {t('overview.step', { number: step })}
          </Badge>
          <Title order={3} size="h4" id="follow-up-title">
            {t('overview.followUpTitle')}
          </Title>
        </div>
        <Text size="sm" c="dimmed">
          {t('overview.followUpText')}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <FollowUpPart
            id="follow-up-nulmeting"
            title={t('nulmeting.nav')}
            href={engagementPath(engagementId, 'nulmeting')}
            linkText={t('nulmeting.overview.open')}
            numbers={numbers.nulmeting}
            empty={t('nulmeting.overview.empty')}
          />
          <FollowUpPart
            id="follow-up-roadmap"
            title={t('roadmap.nav')}
            href={engagementPath(engagementId, 'roadmap')}
            linkText={t('roadmap.overview.open')}
            numbers={numbers.roadmap}
            empty={t('roadmap.overview.empty')}
          />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

function FollowUpPart(props: {
  id: string;
  title: string;
  href: string;
  linkText: string;
  numbers: StepNumber[];
  empty: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby={props.id}>
      <Group justify="space-between" wrap="nowrap">
        <Title order={4} size="h5" id={props.id}>
          {props.title}
        </Title>
        <Anchor href={props.href} size="sm">
          {props.linkText}
        </Anchor>
      </Group>
      {props.numbers.length === 0 ? (
        <Text size="sm" c="dimmed">
          {props.empty}
        </Text>
      ) : (
        <ProgressNumberList
          numbers={props.numbers}
          label={t('progress.numbersLabel', { title: props.title })}
        />
      )}
    </Stack>
  );
}
