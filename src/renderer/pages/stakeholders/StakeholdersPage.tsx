import { useState } from 'react';
import { Button, EmptyState, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Stakeholder, StakeholderGroup } from '../../../shared/domain/stakeholder';
import { STAKEHOLDER_GROUPS } from '../../../shared/domain/stakeholder';
import { useStakeholders } from '../../api/stakeholders-queries';
import { StakeholderFormModal } from './StakeholderFormModal';
import { StakeholderTable } from './StakeholderTable';
import { useDeleteStakeholder } from './use-delete-stakeholder';

const ALL = 'all';

type Editing = { mode: 'create' } | { mode: 'edit'; stakeholder: Stakeholder } | null;

export function StakeholdersPage({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation();
  const stakeholders = useStakeholders(engagementId);
  const [filter, setFilter] = useState<StakeholderGroup | typeof ALL>(ALL);
  const [editing, setEditing] = useState<Editing>(null);
  const confirmDelete = useDeleteStakeholder(engagementId);

  // Filtered here rather than by the core: the list is small and the counts stay consistent.
  const all = stakeholders.data ?? [];
  const shown = filter === ALL ? all : all.filter((s) => s.group === filter);
  const groupOptions = [
    { value: ALL, label: t('stakeholders.allGroups') },
    ...STAKEHOLDER_GROUPS.map((group) => ({ value: group, label: t(`groups.${group}`) })),
  ];

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('stakeholders.title')}</Title>
        <Text c="dimmed" size="sm" maw={760}>
          {t('stakeholders.intro')}
        </Text>
      </Stack>

      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <Select
            label={t('stakeholders.filter')}
            data={groupOptions}
            value={filter}
            onChange={(value) => setFilter((value as StakeholderGroup | null) ?? ALL)}
            allowDeselect={false}
            w={240}
          />
          {stakeholders.data && (
            <Text size="sm" c="dimmed" pb={8} aria-live="polite">
              {t('stakeholders.count', { count: shown.length })}
            </Text>
          )}
        </Group>
        <Button
          leftSection={<IconUserPlus aria-hidden size={18} />}
          onClick={() => setEditing({ mode: 'create' })}
        >
          {t('stakeholders.add')}
        </Button>
      </Group>

      {stakeholders.isPending && <Loader aria-label={t('app.loading')} />}
      {stakeholders.data && shown.length === 0 && (
        <EmptyState
          withIndicatorBackground
          icon={<IconUsers aria-hidden />}
          title={
            all.length === 0 ? t('stakeholders.emptyTitle') : t('stakeholders.emptyFilteredTitle')
          }
          description={
            all.length === 0 ? t('stakeholders.emptyText') : t('stakeholders.emptyFilteredText')
          }
          py="xl"
        />
      )}
      {shown.length > 0 && (
        <StakeholderTable
          stakeholders={shown}
          onEdit={(stakeholder) => setEditing({ mode: 'edit', stakeholder })}
          onDelete={confirmDelete}
        />
      )}

      <StakeholderFormModal
        engagementId={engagementId}
        opened={editing !== null}
        stakeholder={editing?.mode === 'edit' ? editing.stakeholder : null}
        defaultGroup={filter === ALL ? undefined : filter}
        onClose={() => setEditing(null)}
      />
    </Stack>
  );
}
