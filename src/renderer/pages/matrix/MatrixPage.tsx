import { Button, EmptyState, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconTable, IconTags } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFindingMatrix } from '../../api/findings-queries';
import { ThemesModal } from '../findings/ThemesModal';
import { CellDrawer } from './CellDrawer';
import { MatrixTable, type MatrixCell } from './MatrixTable';
import { QueryFallback } from '../../components/QueryFallback';

export function MatrixPage({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation();
  const matrix = useFindingMatrix(engagementId);
  const [cell, setCell] = useState<MatrixCell | null>(null);
  const [themesOpen, setThemesOpen] = useState(false);

  let body;
  if (matrix.isPending || matrix.isError) {
    body = <QueryFallback query={matrix} />;
  } else if (matrix.data.groups.length === 0 || matrix.data.themes.length === 0) {
    body = (
      <Paper withBorder p="xl" radius="md">
        <EmptyState
          withIndicatorBackground
          icon={<IconTable aria-hidden />}
          title={t('matrix.emptyTitle')}
          description={t('matrix.emptyText')}
        />
      </Paper>
    );
  } else {
    body = (
      <Paper withBorder radius="md" p="md">
        <MatrixTable matrix={matrix.data} active={cell} onOpen={setCell} />
      </Paper>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={2}>{t('matrix.title')}</Title>
          <Text c="dimmed" size="sm" mt={4}>
            {t('matrix.intro')}
          </Text>
        </div>
        <Group gap="sm" wrap="nowrap">
          {matrix.data && (
            <Text size="sm" c="dimmed">
              {t('matrix.totalFindings', { count: matrix.data.totalFindings })}
            </Text>
          )}
          <Button
            variant="default"
            leftSection={<IconTags size={18} aria-hidden />}
            onClick={() => setThemesOpen(true)}
          >
            {t('findings.manageThemes')}
          </Button>
        </Group>
      </Group>
      {body}
      <CellDrawer
        engagementId={engagementId}
        cell={cell}
        themes={matrix.data?.themes ?? []}
        onClose={() => setCell(null)}
      />
      <ThemesModal
        engagementId={engagementId}
        opened={themesOpen}
        onClose={() => setThemesOpen(false)}
      />
    </Stack>
  );
}
