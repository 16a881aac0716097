import { ColorSwatch, Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FINDING_KINDS, type FindingKind } from '../../../shared/domain/finding';
import type { Theme } from '../../../shared/domain/overview';
import { STAKEHOLDER_GROUPS } from '../../../shared/domain/stakeholder';
import {
  NO_GROUP,
  SORTS,
  type FindingSort,
  type FindingsFilter,
  type GroupFilter,
} from './findings-filter';

interface Props {
  filter: FindingsFilter;
  onFilter(filter: FindingsFilter): void;
  sort: FindingSort;
  onSort(sort: FindingSort): void;
  themes: Theme[];
}

const SOURCE_TYPES = ['interview', 'passage', 'direct'] as const;

export function FindingsToolbar({ filter, onFilter, sort, onSort, themes }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof FindingsFilter>(key: K, value: FindingsFilter[K]) =>
    onFilter({ ...filter, [key]: value });
  const colorOf = new Map(themes.map((theme) => [theme.id, theme.color]));

  return (
    <Group gap="xs" wrap="nowrap" align="flex-end">
      <TextInput
        style={{ flex: 1.2, minWidth: 0 }}
        label={t('findings.filterText')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={filter.text}
        onChange={(e) => set('text', e.currentTarget.value)}
        type="search"
      />
      <Select
        style={{ flex: 1, minWidth: 0 }}
        label={t('findings.filterTheme')}
        placeholder={t('findings.allThemes')}
        data={themes.map((theme) => ({ value: theme.id, label: theme.name }))}
        value={filter.themeId}
        onChange={(value) => set('themeId', value)}
        clearable
        searchable
        leftSection={
          filter.themeId ? (
            <ColorSwatch color={colorOf.get(filter.themeId) ?? '#868e96'} size={12} aria-hidden />
          ) : undefined
        }
        renderOption={({ option }) => (
          <Group gap="xs" wrap="nowrap">
            <ColorSwatch color={colorOf.get(option.value) ?? '#868e96'} size={12} aria-hidden />
            {option.label}
          </Group>
        )}
      />
      <Select
        style={{ flex: 1, minWidth: 0 }}
        label={t('findings.filterKind')}
        placeholder={t('findings.allKinds')}
        data={FINDING_KINDS.map((kind) => ({ value: kind, label: t(`findingKinds.${kind}`) }))}
        value={filter.kind}
        onChange={(value) => set('kind', value as FindingKind | null)}
        clearable
      />
      <Select
        style={{ flex: 1, minWidth: 0 }}
        label={t('findings.filterGroup')}
        placeholder={t('findings.allGroups')}
        data={[
          ...STAKEHOLDER_GROUPS.map((group) => ({ value: group, label: t(`groups.${group}`) })),
          { value: NO_GROUP, label: t('findings.noGroup') },
        ]}
        value={filter.group}
        onChange={(value) => set('group', value as GroupFilter | null)}
        clearable
      />
      <Select
        style={{ flex: 0.9, minWidth: 0 }}
        label={t('findings.filterSource')}
        placeholder={t('findings.allSources')}
        data={SOURCE_TYPES.map((type) => ({
          value: type,
          label: t(`findings.sourceTypes.${type}`),
        }))}
        value={filter.sourceType}
        onChange={(value) => set('sourceType', value as FindingsFilter['sourceType'])}
        clearable
      />
      <Select
        style={{ flex: 1.15, minWidth: 0 }}
        label={t('findings.sort')}
        data={SORTS.map((s) => ({ value: s, label: t(`findings.sortOptions.${s}`) }))}
        value={sort}
        onChange={(value) => value && onSort(value as FindingSort)}
        allowDeselect={false}
      />
    </Group>
  );
}
