import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { engagementPath } from '../../app/router';
import { useOpenEngagements } from '../../api/app-queries';

/** Engagements still open in this session (e.g. after going home without closing). */
export function OpenNowList() {
  const { t } = useTranslation();
  const open = useOpenEngagements();
  if (!open.data || open.data.length === 0) return null;

  return (
    <Stack gap="sm" component="section" aria-labelledby="open-now-title">
      <Title order={2} size="h3" id="open-now-title">
        {t('home.openNow')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        {open.data.map((engagement) => (
          <Card key={engagement.engagementId} withBorder padding="md">
            <Anchor href={engagementPath(engagement.engagementId)} fw={600}>
              {engagement.title}
            </Anchor>
            <Text size="sm" c="dimmed">
              {engagement.clientName}
            </Text>
            <Text size="xs" c="dimmed" mt={4}>
              {engagement.fileName}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
