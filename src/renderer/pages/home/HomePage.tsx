import { AppShell, Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { IconCompass, IconFilePlus, IconFolderOpen, IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCommands } from '../../app/commands-context';
import { useAppInfo } from '../../api/app-queries';
import { modKeyLabel } from '../../components/platform';
import { OpenNowList } from './OpenNowList';
import { RecentList } from './RecentList';
import { WelcomeCard } from './WelcomeCard';

export function HomePage() {
  const { t } = useTranslation();
  const commands = useCommands();
  const info = useAppInfo();
  const firstRun = info.data?.firstRun ?? false;

  return (
    <AppShell header={{ height: 60 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="lg" justify="space-between">
          <Group gap="xs">
            <IconCompass aria-hidden size={28} color="var(--mantine-color-indigo-7)" />
            <Text fw={700} size="xl" component="span">
              {t('app.name')}
            </Text>
            <Text c="dimmed" size="sm" component="span" visibleFrom="sm">
              {t('app.tagline')}
            </Text>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="lg" py="md">
          <Stack gap="xl">
            <Group justify="space-between" align="flex-end">
              <Title order={1}>{t('home.title')}</Title>
              <Group>
                <Button
                  leftSection={<IconFilePlus aria-hidden size={18} />}
                  onClick={commands.newEngagement}
                >
                  {t('actions.new')}
                </Button>
                <Button
                  variant="default"
                  leftSection={<IconFolderOpen aria-hidden size={18} />}
                  onClick={commands.open}
                >
                  {t('actions.open')}
                </Button>
                {!firstRun && (
                  <Button
                    variant="subtle"
                    leftSection={<IconSparkles aria-hidden size={18} />}
                    onClick={commands.openDemo}
                    loading={commands.busy}
                  >
                    {t('actions.openDemo')}
                  </Button>
                )}
              </Group>
            </Group>
            {firstRun && <WelcomeCard />}
            <OpenNowList />
            <RecentList />
            <Text size="xs" c="dimmed">
              {t('shortcuts.hint', { mod: modKeyLabel() })}
            </Text>
          </Stack>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
