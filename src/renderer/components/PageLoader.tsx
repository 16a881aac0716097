import { Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown while a page's code arrives. Full screen it says so in words: it is the first thing seen. */
export function PageLoader({ fullScreen = false }: { fullScreen?: boolean }) {
  const { t } = useTranslation();
  if (!fullScreen)
    return (
      <Center mih={200}>
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  return (
    <Center mih="100vh">
      <Stack align="center" gap="xs">
        <Loader aria-hidden />
        <Text c="dimmed">{t('app.loading')}</Text>
      </Stack>
    </Center>
  );
}
