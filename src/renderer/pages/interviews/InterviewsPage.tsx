import { useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  EmptyState,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconCalendarPlus, IconMicrophone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { InterviewStatus } from '../../../shared/domain/interview';
import { useInterviews } from '../../api/interviews-queries';
import { interviewHref } from '../../app/router';
import { InterviewFormModal } from './InterviewFormModal';
import { formatScheduled } from './interview-format';

export const STATUS_COLOR: Record<InterviewStatus, string> = {
  gepland: 'gray',
  afgenomen: 'blue',
  uitgewerkt: 'indigo',
  'ter-review': 'yellow',
  geaccordeerd: 'teal',
};

export function InterviewsPage({ engagementId }: { engagementId: string }) {
  const { t, i18n } = useTranslation();
  const interviews = useInterviews(engagementId);
  const [planning, setPlanning] = useState(false);
  const all = interviews.data ?? [];

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('interviews.title')}</Title>
        <Text c="dimmed" size="sm" maw={760}>
          {t('interviews.intro')}
        </Text>
      </Stack>

      <Group justify="space-between" align="center">
        <Text size="sm" c="dimmed" aria-live="polite">
          {interviews.data && t('interviews.count', { count: all.length })}
        </Text>
        <Button
          leftSection={<IconCalendarPlus aria-hidden size={18} />}
          onClick={() => setPlanning(true)}
        >
          {t('interviews.plan')}
        </Button>
      </Group>

      {interviews.isPending && <Loader aria-label={t('app.loading')} />}
      {interviews.data && all.length === 0 && (
        <EmptyState
          withIndicatorBackground
          icon={<IconMicrophone aria-hidden />}
          title={t('interviews.emptyTitle')}
          description={t('interviews.emptyText')}
          py="xl"
        />
      )}
      {all.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table highlightOnHover verticalSpacing="xs" aria-label={t('interviews.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('interviews.interviewTitle')}</Table.Th>
                <Table.Th>{t('interviews.when')}</Table.Th>
                <Table.Th>{t('interviews.interviewees')}</Table.Th>
                <Table.Th>{t('interviews.interviewers')}</Table.Th>
                <Table.Th>{t('interviews.status')}</Table.Th>
                <Table.Th ta="right">{t('interviews.findings')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {all.map((interview) => (
                <Table.Tr key={interview.id}>
                  <Table.Td>
                    <Anchor
                      href={interviewHref(engagementId, interview.id)}
                      fw={600}
                      aria-label={t('interviews.openOne', { title: interview.title })}
                    >
                      {interview.title}
                    </Anchor>
                    {interview.location && (
                      <Text size="xs" c="dimmed">
                        {interview.location}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {interview.scheduledAt
                      ? formatScheduled(interview.scheduledAt, i18n.language)
                      : t('interviews.notPlanned')}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {interview.participants.map((p) => (
                        <Text key={p.id} size="sm">
                          {p.name}{' '}
                          <Text span ff="monospace" size="xs" c="dimmed">
                            {p.pseudonym}
                          </Text>
                        </Text>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{interview.interviewers.join(', ')}</Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }} miw={200}>
                    <Badge variant="light" color={STATUS_COLOR[interview.status]} tt="none">
                      {t(`interviewStatus.${interview.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">{interview.findingCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <InterviewFormModal
        engagementId={engagementId}
        opened={planning}
        interview={null}
        onClose={() => setPlanning(false)}
      />
    </Stack>
  );
}
