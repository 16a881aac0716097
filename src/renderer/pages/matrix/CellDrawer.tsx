import { Anchor, Button, Drawer, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { IconListDetails } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/domain/finding';
import { isGroupColumn, matrixColumnOf } from '../../../shared/domain/finding-matrix';
import type { Theme } from '../../../shared/domain/overview';
import { quoted } from '../../../shared/text/quote';
import { useFindings } from '../../api/findings-queries';
import { engagementPath, navigate } from '../../app/router';
import { KindBadge } from '../findings/KindBadge';
import { requestFindingsFocus } from '../findings/findings-focus';
import { NO_GROUP } from '../findings/findings-filter';
import { sourceHref } from '../findings/source-href';
import { sourceLabel } from '../findings/source-label';
import type { MatrixCell } from './MatrixTable';

interface Props {
  engagementId: string;
  cell: MatrixCell | null;
  themes: Pick<Theme, 'id' | 'name' | 'color'>[];
  onClose(): void;
}

/** The findings behind one matrix cell, readable on their own while the matrix stays visible. */
export function CellDrawer({ engagementId, cell, themes, onClose }: Props) {
  const { t } = useTranslation();
  const findings = useFindings(engagementId);
  const theme = themes.find((x) => x.id === cell?.themeId);
  const list = useMemo(
    () =>
      cell
        ? (findings.data ?? [])
            .filter((f) => matrixColumnOf(f) === cell.group && f.themeIds.includes(cell.themeId))
            .sort((a, b) => b.importance - a.importance || (b.createdAt < a.createdAt ? -1 : 1))
        : [],
    [findings.data, cell],
  );

  const openInList = () => {
    if (!cell) return;
    requestFindingsFocus(
      isGroupColumn(cell.group)
        ? { themeId: cell.themeId, group: cell.group }
        : { themeId: cell.themeId, group: NO_GROUP, sourceType: cell.group },
    );
    navigate(engagementPath(engagementId, 'findings'));
  };

  return (
    <Drawer
      closeButtonProps={{ 'aria-label': t('actions.close') }}
      opened={cell !== null}
      onClose={onClose}
      position="right"
      size={460}
      title={
        cell && theme ? (
          <Group gap="xs" wrap="nowrap">
            <span
              aria-hidden
              style={{
                width: 12,
                height: 12,
                borderRadius: '50%',
                background: theme.color,
                flex: 'none',
              }}
            />
            <Text fw={700}>
              {t('matrix.drawerTitle', {
                theme: theme.name,
                group: isGroupColumn(cell.group)
                  ? t(`groups.${cell.group}`)
                  : t(`matrix.sources.${cell.group}`),
              })}
            </Text>
          </Group>
        ) : null
      }
      scrollAreaComponent={ScrollArea.Autosize}
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('findings.count', { count: list.length })}
          </Text>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconListDetails size={16} aria-hidden />}
            onClick={openInList}
          >
            {t('matrix.openInList')}
          </Button>
        </Group>
        {list.map((finding) => (
          <CellFinding key={finding.id} engagementId={engagementId} finding={finding} />
        ))}
      </Stack>
    </Drawer>
  );
}

function CellFinding({ engagementId, finding }: { engagementId: string; finding: Finding }) {
  const { t } = useTranslation();
  const source = sourceLabel(t, finding.source);
  const href = sourceHref(engagementId, finding.source);
  const quote = quoted(finding.quote);
  return (
    <Paper withBorder radius="md" p="sm" component="article">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Text fw={600} size="sm">
          {finding.statement}
        </Text>
        <KindBadge kind={finding.kind} />
      </Group>
      {quote !== '' && (
        <Text size="sm" c="dimmed" fs="italic" mt={4} lineClamp={4}>
          {quote}
        </Text>
      )}
      <Group justify="space-between" mt={6} gap="xs">
        {href ? (
          <Anchor href={href} size="xs" aria-label={t('findings.openSource', { source })}>
            {source}
          </Anchor>
        ) : (
          <Text size="xs" c="dimmed">
            {source}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('importance.label')}:{' '}
          {t(`importance.${String(finding.importance) as '1' | '2' | '3'}`)}
        </Text>
      </Group>
    </Paper>
  );
}
