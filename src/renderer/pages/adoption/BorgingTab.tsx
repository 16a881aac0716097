import { useState } from 'react';
import {
  Badge,
  EmptyState,
  Group,
  Loader,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconListCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  BORGING_STATUSES,
  type BorgingItem,
  type BorgingItemFields,
  type BorgingStatus,
} from '../../../shared/domain/adoption';
import { callCore, useCoreCache } from '../../api/core-hooks';
import { useStakeholders } from '../../api/stakeholders-queries';
import { QueryFallback } from '../../components/QueryFallback';
import { useAutosave } from '../sessions/use-autosave';
import { useBorging, useCoreLanguage } from './adoption-queries';

const STATUS_COLOR: Record<BorgingStatus, string> = {
  open: 'gray',
  bezig: 'blue',
  gereed: 'teal',
  'niet-van-toepassing': 'dark',
};

/** The method's borging checklist, edited in place: every change is saved as you go. */
export function BorgingTab({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation();
  const borging = useBorging(engagementId);
  const stakeholders = useStakeholders(engagementId);
  const items = borging.data ?? [];
  const done = items.filter((i) => i.status === 'gereed').length;
  const people = (stakeholders.data ?? []).map((s) => ({
    value: s.id,
    label: s.name || s.pseudonym,
  }));

  return (
    <Stack>
      <Text size="sm" c="dimmed" maw={760}>
        {t('adoption.borging.intro')}
      </Text>
      <QueryFallback query={borging} />
      {borging.data && items.length === 0 && (
        <EmptyState
          withIndicatorBackground
          icon={<IconListCheck aria-hidden />}
          title={t('adoption.borging.emptyTitle')}
          description={t('adoption.borging.emptyText')}
          py="xl"
        />
      )}
      {items.length > 0 && (
        <Group gap="sm" wrap="nowrap">
          <Progress
            value={(done / items.length) * 100}
            color="teal"
            style={{ flex: 1 }}
            aria-label={t('adoption.borging.done', { done, total: items.length })}
          />
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('adoption.borging.done', { done, total: items.length })}
          </Text>
        </Group>
      )}
      {items.map((item) => (
        <BorgingRow key={item.id} engagementId={engagementId} item={item} people={people} />
      ))}
    </Stack>
  );
}

const fieldsOf = (item: BorgingItem): BorgingItemFields => ({
  status: item.status,
  ownerStakeholderId: item.ownerStakeholderId,
  ownerText: item.ownerText,
  dueDate: item.dueDate,
  notes: item.notes,
});

function BorgingRow({
  engagementId,
  item,
  people,
}: {
  engagementId: string;
  item: BorgingItem;
  people: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const language = useCoreLanguage();
  const cache = useCoreCache();
  // The form owns what it shows; the core's answer only updates the list's other readers.
  const [fields, setFields] = useState<BorgingItemFields>(() => fieldsOf(item));
  const autosave = useAutosave<BorgingItemFields>(async (content) => {
    const saved = await callCore('borging:update', {
      engagementId,
      itemId: item.id,
      fields: { ...content, ownerText: content.ownerText.trim() },
      language,
    });
    cache.set('borging:list', { engagementId, language }, (old) =>
      old?.map((i) => (i.id === saved.id ? saved : i)),
    );
    void cache.invalidate(['progress:get', 'timeline:list'], { engagementId });
  });
  const change = (patch: Partial<BorgingItemFields>, now = false) => {
    const next = { ...fields, ...patch };
    setFields(next);
    autosave.saver.change(next);
    if (now) void autosave.saver.flush();
  };
  const headingId = `borging-${item.id}`;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2}>
            <Title order={3} size="h5" id={headingId}>
              {item.title}
            </Title>
            <Text size="sm">{item.description}</Text>
            <Text size="xs" c="dimmed" fs="italic">
              {t('adoption.borging.lesson')}: {item.lesson}
            </Text>
            {item.roleName && (
              <Text size="xs" c="dimmed">
                {t('adoption.borging.role', { role: item.roleName })}
                {' · '}
                {item.roleHolders.length > 0
                  ? t('adoption.borging.roleHolders', {
                      names: item.roleHolders.map((h) => h.name).join(', '),
                    })
                  : t('adoption.borging.roleNobody')}
              </Text>
            )}
          </Stack>
          <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
            <SaveState state={autosave.state} error={autosave.error} />
            <Badge variant="light" color={STATUS_COLOR[fields.status]} tt="none">
              {t(`adoption.borgingStatuses.${fields.status}`)}
            </Badge>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <Select
            label={t('adoption.borging.status')}
            data={BORGING_STATUSES.map((s) => ({
              value: s,
              label: t(`adoption.borgingStatuses.${s}`),
            }))}
            value={fields.status}
            onChange={(v) => v && change({ status: v as BorgingStatus }, true)}
            allowDeselect={false}
          />
          <Select
            label={t('adoption.borging.owner')}
            placeholder={t('adoption.borging.ownerPlaceholder')}
            // The role holders first: they are the likely owners.
            data={[
              ...people.filter((p) => item.roleHolders.some((h) => h.stakeholderId === p.value)),
              ...people.filter((p) => !item.roleHolders.some((h) => h.stakeholderId === p.value)),
            ]}
            value={fields.ownerStakeholderId}
            onChange={(v) => change({ ownerStakeholderId: v }, true)}
            searchable
            clearable
          />
          <TextInput
            label={t('adoption.borging.ownerText')}
            placeholder={t('adoption.borging.ownerTextPlaceholder')}
            value={fields.ownerText}
            onChange={(e) => change({ ownerText: e.currentTarget.value })}
            onBlur={() => void autosave.saver.flush()}
          />
          <TextInput
            type="date"
            label={t('adoption.borging.dueDate')}
            value={fields.dueDate ?? ''}
            onChange={(e) => change({ dueDate: e.currentTarget.value || null })}
            onBlur={() => void autosave.saver.flush()}
          />
        </SimpleGrid>
        <Textarea
          label={t('adoption.borging.notes')}
          value={fields.notes}
          onChange={(e) => change({ notes: e.currentTarget.value })}
          onBlur={() => void autosave.saver.flush()}
          autosize
          minRows={1}
        />
      </Stack>
    </Paper>
  );
}

function SaveState({ state, error }: { state: string; error: string }) {
  const { t } = useTranslation();
  if (state === 'saving' || state === 'dirty')
    return (
      <Group gap={4} wrap="nowrap" role="status">
        <Loader size={12} aria-hidden />
        <Text size="xs" c="dimmed">
          {t('adoption.borging.saving')}
        </Text>
      </Group>
    );
  if (state === 'saved')
    return (
      <Group gap={4} wrap="nowrap" role="status">
        <IconCheck aria-hidden size={14} color="var(--mantine-color-teal-7)" />
        <Text size="xs" c="teal.8">
          {t('adoption.borging.saved')}
        </Text>
      </Group>
    );
  if (state === 'failed')
    return (
      <Group gap={4} wrap="nowrap" role="alert">
        <IconAlertTriangle aria-hidden size={14} color="var(--mantine-color-red-7)" />
        <Text size="xs" c="red">
          {error}
        </Text>
      </Group>
    );
  return null;
}
