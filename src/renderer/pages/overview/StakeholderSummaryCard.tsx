import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EngagementOverview } from '../../../shared/domain/overview';
import { STAKEHOLDER_GROUPS } from '../../../shared/domain/stakeholder';
import { engagementPath } from '../../app/router';

interface Props {
  engagementId: string;
  overview: EngagementOverview;
}

export function StakeholderSummaryCard({ engagementId, overview }: Props) {
  const { t } = useTranslation();
  const groups = STAKEHOLDER_GROUPS.filter(
    (group) => (overview.stakeholdersByGroup[group] ?? 0) > 0,
  );

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="stakeholder-summary-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4" id="stakeholder-summary-title">
            {t('overview.stakeholdersTitle')}
          </Title>
          <Anchor href={engagementPath(engagementId, 'stakeholders')} size="sm">
            {t('overview.toStakeholders')}
          </Anchor>
        </Group>
        {overview.stakeholderCount === 0 ? (
          <Text c="dimmed">{t('overview.stakeholdersNone')}</Text>
        ) : (
          <>
            <Text size="sm">
              {t('overview.stakeholdersTotal', { count: overview.stakeholderCount })}
            </Text>
            <Group gap="xs">
              {groups.map((group) => (
                <Badge key={group} variant="light" color="gray" size="lg" tt="none">
                  {t(`groups.${group}`)}: {overview.stakeholdersByGroup[group]}
                </Badge>
              ))}
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
