import {
  ActionIcon,
  Badge,
  Button,
  EmptyState,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconFiles, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RecentEntry } from '../../../shared/domain/app';
import { useCommands } from '../../app/commands-context';
import { useRecent } from '../../api/app-queries';
import { useCoreMutation } from '../../api/core-hooks';
import { notifySuccess } from '../../api/notify';
import { formatDateTime } from '../../components/format';

export function RecentList() {
  const { t, i18n } = useTranslation();
  const recent = useRecent();
  const commands = useCommands();
  const remove = useCoreMutation('recent:remove', { invalidates: ['recent:list'] });
  const removeEntry = (entry: RecentEntry) =>
    remove.mutate(
      { recentId: entry.id },
      { onSuccess: () => notifySuccess(t('home.removed', { title: entry.title })) },
    );

  return (
    <Stack gap="sm" component="section" aria-labelledby="recent-title">
      <Title order={2} size="h3" id="recent-title">
        {t('home.recent')}
      </Title>
      {recent.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {recent.data?.length === 0 && (
        <EmptyState
          withIndicatorBackground
          icon={<IconFiles aria-hidden />}
          title={t('home.recentEmptyTitle')}
          description={t('home.recentEmptyText')}
          py="xl"
        />
      )}
      {recent.data && recent.data.length > 0 && (
        <Table highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('home.engagement')}</Table.Th>
              <Table.Th>{t('home.file')}</Table.Th>
              <Table.Th>{t('home.lastOpened')}</Table.Th>
              <Table.Th ta="right">{t('stakeholders.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {recent.data.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>
                  <Text fw={600} c={entry.missing ? 'dimmed' : undefined}>
                    {entry.title}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {entry.clientName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Text size="sm">{entry.fileName}</Text>
                    {entry.missing && (
                      <Tooltip
                        label={t('home.missingHint', { path: entry.displayPath })}
                        multiline
                        w={320}
                      >
                        <Badge color="red" variant="light" tabIndex={0}>
                          {t('home.missing')}
                        </Badge>
                      </Tooltip>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDateTime(entry.lastOpenedAt, i18n.language)}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    {entry.missing ? (
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        leftSection={<IconX aria-hidden size={14} />}
                        onClick={() => removeEntry(entry)}
                        aria-label={t('home.removeRecent', { title: entry.title })}
                      >
                        {t('actions.removeFromList')}
                      </Button>
                    ) : (
                      <>
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => commands.openRecent(entry.id)}
                          aria-label={t('home.openRecent', { title: entry.title })}
                        >
                          {t('actions.reopen')}
                        </Button>
                        <Tooltip label={t('actions.removeFromList')}>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            onClick={() => removeEntry(entry)}
                            aria-label={t('home.removeRecent', { title: entry.title })}
                          >
                            <IconX aria-hidden size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
