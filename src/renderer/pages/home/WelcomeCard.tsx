import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFilePlus, IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCommands } from '../../app/commands-context';

/** First start: the demo is the quickest way to see what Koers does. */
export function WelcomeCard() {
  const { t } = useTranslation();
  const commands = useCommands();
  return (
    <Paper p="xl" radius="lg" bg="indigo.0" withBorder>
      <Stack gap="md">
        <Title order={2}>{t('home.welcomeTitle')}</Title>
        <Text maw={640}>{t('home.welcomeText')}</Text>
        <Group>
          <Button
            size="md"
            leftSection={<IconSparkles aria-hidden size={20} />}
            onClick={commands.openDemo}
            loading={commands.busy}
          >
            {t('actions.openDemo')}
          </Button>
          <Button
            size="md"
            variant="default"
            leftSection={<IconFilePlus aria-hidden size={20} />}
            onClick={commands.newEngagement}
          >
            {t('actions.new')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
