import { useState } from 'react';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Center,
  EmptyState,
  Grid,
  Group,
  Loader,
  Menu,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconDots, IconPresentation, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isKoersError } from '../../api/koers-error';
import { useSession, useSessionTypes } from '../../api/sessions-queries';
import { engagementPath } from '../../app/router';
import { formatScheduled } from '../interviews/interview-format';
import { AgendaList } from './AgendaList';
import { SessionChecklist } from './SessionChecklist';
import { SessionFieldsForm } from './SessionFieldsForm';
import { SessionStatusStepper } from './SessionStatusStepper';
import { StatementsPanel } from './StatementsPanel';
import { openRoomDisplay } from './room-window';
import { useDeleteSession } from './use-delete-session';

interface Props {
  engagementId: string;
  sessionId: string;
}

export function SessionDetailPage({ engagementId, sessionId }: Props) {
  const { t, i18n } = useTranslation();
  const [live, setLive] = useState(false);
  const session = useSession(engagementId, sessionId, live);
  // Once it has statements, the page follows what the room display reveals.
  const hasStatements = session.data?.parts.some((part) => part.kind === 'stelling') ?? false;
  if (hasStatements !== live) setLive(hasStatements);
  const types = useSessionTypes(engagementId);
  const confirmDelete = useDeleteSession(engagementId);
  const listHref = engagementPath(engagementId, 'sessions');

  if (session.isPending) return <Loader aria-label={t('app.loading')} />;
  if (session.isError) {
    return (
      <Center py="xl">
        <EmptyState
          withIndicatorBackground
          title={t('sessions.notFoundTitle')}
          description={
            isKoersError(session.error) && session.error.code !== 'NOT_FOUND'
              ? session.error.message
              : undefined
          }
        >
          <EmptyState.Actions>
            <Button component="a" href={listHref} variant="default">
              {t('sessions.back')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Center>
    );
  }

  const data = session.data;
  const type = types.data?.find((candidate) => candidate.id === data.type);
  const statements = data.parts.filter((part) => part.kind === 'stelling');

  return (
    <Stack gap="lg" maw={1200}>
      <Anchor href={listHref} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft aria-hidden size={16} />
          {t('sessions.back')}
        </Group>
      </Anchor>

      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} miw={0}>
          <Group gap="xs">
            <Badge variant="light" tt="none">
              {type?.name ?? data.type}
            </Badge>
            <Text size="sm" c="dimmed">
              {data.scheduledAt
                ? formatScheduled(data.scheduledAt, i18n.language)
                : t('sessions.notPlanned')}
              {data.room && ` · ${data.room}`}
            </Text>
          </Group>
          <Title order={2}>{data.title}</Title>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button
            leftSection={<IconPresentation aria-hidden size={18} />}
            onClick={() => openRoomDisplay(engagementId, sessionId)}
          >
            {t('sessions.openRoom')}
          </Button>
          <Menu position="bottom-end">
            <Menu.Target>
              <ActionIcon variant="default" size="lg" aria-label={t('actions.more')}>
                <IconDots aria-hidden size={18} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item
                color="red"
                leftSection={<IconTrash aria-hidden size={16} />}
                onClick={() => confirmDelete(data)}
              >
                {t('sessions.delete')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>

      <SessionStatusStepper engagementId={engagementId} session={data} />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Paper withBorder radius="md" p="md">
            <SessionFieldsForm engagementId={engagementId} session={data} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Paper withBorder radius="md" p="md">
            <SessionChecklist
              engagementId={engagementId}
              session={data}
              items={type?.checklist ?? []}
            />
          </Paper>
        </Grid.Col>
      </Grid>

      <AgendaList engagementId={engagementId} session={data} />

      <StatementsPanel engagementId={engagementId} sessionId={sessionId} statements={statements} />
    </Stack>
  );
}
