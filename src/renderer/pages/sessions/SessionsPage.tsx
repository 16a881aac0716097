import { useState } from 'react';
import {
  ActionIcon,
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
  VisuallyHidden,
} from '@mantine/core';
import { IconPlus, IconPresentation, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SessionStatus } from '../../../shared/domain/session';
import { useSessions, useSessionTypes } from '../../api/sessions-queries';
import { sessionHref } from '../../app/router';
import { formatScheduled } from '../interviews/interview-format';
import { SessionFormModal } from './SessionFormModal';
import { useDeleteSession } from './use-delete-session';

export const SESSION_STATUS_COLOR: Record<SessionStatus, string> = {
  gepland: 'gray',
  gehouden: 'blue',
  verwerkt: 'indigo',
  teruggekoppeld: 'teal',
};

export function SessionsPage({ engagementId }: { engagementId: string }) {
  const { t, i18n } = useTranslation();
  const sessions = useSessions(engagementId);
  const types = useSessionTypes(engagementId);
  const [planning, setPlanning] = useState(false);
  const confirmDelete = useDeleteSession(engagementId);
  const all = sessions.data ?? [];
  const typeName = (id: string) => types.data?.find((type) => type.id === id)?.name ?? id;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('sessions.title')}</Title>
        <Text c="dimmed" size="sm" maw={760}>
          {t('sessions.intro')}
        </Text>
      </Stack>

      <Group justify="space-between" align="center">
        <Text size="sm" c="dimmed" aria-live="polite">
          {sessions.data && t('sessions.count', { count: all.length })}
        </Text>
        <Button leftSection={<IconPlus aria-hidden size={18} />} onClick={() => setPlanning(true)}>
          {t('sessions.new')}
        </Button>
      </Group>

      {sessions.isPending && <Loader aria-label={t('app.loading')} />}
      {sessions.data && all.length === 0 && (
        <EmptyState
          withIndicatorBackground
          icon={<IconPresentation aria-hidden />}
          title={t('sessions.emptyTitle')}
          description={t('sessions.emptyText')}
          py="xl"
        />
      )}
      {all.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table highlightOnHover verticalSpacing="xs" aria-label={t('sessions.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sessions.sessionTitle')}</Table.Th>
                <Table.Th>{t('sessions.when')}</Table.Th>
                <Table.Th>{t('sessions.status')}</Table.Th>
                <Table.Th>{t('sessions.audience')}</Table.Th>
                <Table.Th ta="right">{t('sessions.participantsShort')}</Table.Th>
                <Table.Th ta="right">{t('sessions.findings')}</Table.Th>
                <Table.Th w={48}>
                  <VisuallyHidden>{t('sessions.delete')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {all.map((session) => (
                <Table.Tr key={session.id}>
                  <Table.Td maw={280}>
                    <Anchor
                      href={sessionHref(engagementId, session.id)}
                      fw={600}
                      aria-label={t('sessions.openOne', { title: session.title })}
                    >
                      {session.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {[typeName(session.type), session.room].filter(Boolean).join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td miw={120} maw={140}>
                    {session.scheduledAt
                      ? formatScheduled(session.scheduledAt, i18n.language)
                      : t('sessions.notPlanned')}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }} miw={150}>
                    <Badge variant="light" color={SESSION_STATUS_COLOR[session.status]} tt="none">
                      {t(`sessionStatus.${session.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {session.audienceGroups.map((g) => t(`groups.${g}`)).join(', ')}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{session.participantCount ?? '–'}</Table.Td>
                  <Table.Td ta="right">{session.findingCount}</Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`${t('sessions.delete')}: ${session.title}`}
                      onClick={() => confirmDelete(session)}
                    >
                      <IconTrash aria-hidden size={18} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <SessionFormModal
        engagementId={engagementId}
        opened={planning}
        onClose={() => setPlanning(false)}
      />
    </Stack>
  );
}
