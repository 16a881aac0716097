import { Button, EmptyState, Group, Paper, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBulb, IconFilterOff, IconPlus, IconTags } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/domain/finding';
import { useFindings, useThemes } from '../../api/findings-queries';
import { FindingFormModal } from './FindingFormModal';
import { FindingList } from './FindingList';
import { FindingsToolbar } from './FindingsToolbar';
import {
  applyFindingsView,
  EMPTY_FILTER,
  fold,
  isFiltering,
  rangeIds,
  type FindingSort,
  type FindingsFilter,
} from './findings-filter';
import { onFindingsFocus, takeFindingsFocus } from './findings-focus';
import { RethemeModal } from './RethemeModal';
import { ThemesModal } from './ThemesModal';
import { useDeleteFinding } from './use-delete-finding';
import classes from './findings.module.css';
import { QueryFallback } from '../../components/QueryFallback';

type Editing = { mode: 'new' } | { mode: 'edit'; finding: Finding } | null;

export function FindingsPage({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation();
  const findings = useFindings(engagementId);
  const themes = useThemes(engagementId);
  const [filter, setFilter] = useState<FindingsFilter>(EMPTY_FILTER);
  const [sort, setSort] = useState<FindingSort>('newest');
  const [highlightedId, setHighlightedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [rethemeOpen, setRethemeOpen] = useState(false);
  const [themesOpen, setThemesOpen] = useState(false);
  const lastToggled = useRef<string | null>(null);
  const confirmDelete = useDeleteFinding(engagementId);

  // Another screen (matrix, search palette) may have asked for a filter or one finding.
  useEffect(() => {
    const apply = () => {
      const focus = takeFindingsFocus();
      if (!focus) return;
      setFilter({
        ...EMPTY_FILTER,
        themeId: focus.themeId ?? null,
        group: focus.group ?? null,
        sourceType: focus.sourceType ?? null,
      });
      setHighlightedId(focus.findingId ?? null);
    };
    apply();
    return onFindingsFocus(apply);
  }, []);

  // Typing filters after a short pause: folding 30,000 texts per keystroke would stutter.
  const [debouncedText] = useDebouncedValue(filter.text, 120);
  const all = findings.data;
  const foldedById = useMemo(() => {
    const map = new Map<string, string>();
    for (const f of all ?? []) map.set(f.id, fold(`${f.statement}\n${f.quote}`));
    return map;
  }, [all]);
  const shown = useMemo(
    () =>
      applyFindingsView(
        all ?? [],
        { ...filter, text: debouncedText },
        sort,
        (f) => foldedById.get(f.id) ?? '',
      ),
    [all, filter, debouncedText, sort, foldedById],
  );
  const themesById = useMemo(
    () => new Map((themes.data ?? []).map((x) => [x.id, x])),
    [themes.data],
  );

  // Ids deleted meanwhile (here or through undo elsewhere) drop out of the selection.
  const [rawSelected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const selected = useMemo(() => {
    if (!all || rawSelected.size === 0) return rawSelected;
    const ids = new Set(all.map((f) => f.id));
    return new Set([...rawSelected].filter((id) => ids.has(id)));
  }, [all, rawSelected]);

  const onToggle = useCallback(
    (finding: Finding, shiftKey: boolean) => {
      setSelected((current) => {
        const next = new Set(current);
        const on = !current.has(finding.id);
        const ids =
          shiftKey && lastToggled.current
            ? rangeIds(shown, lastToggled.current, finding.id)
            : [finding.id];
        for (const id of ids) {
          if (on) next.add(id);
          else next.delete(id);
        }
        return next;
      });
      lastToggled.current = finding.id;
    },
    [shown],
  );

  const onToggleAll = useCallback(() => {
    setSelected((current) => {
      const allShown = shown.length > 0 && shown.every((f) => current.has(f.id));
      const next = new Set(current);
      for (const f of shown) {
        if (allShown) next.delete(f.id);
        else next.add(f.id);
      }
      return next;
    });
  }, [shown]);

  const onEdit = useCallback((finding: Finding) => setEditing({ mode: 'edit', finding }), []);

  const header = (
    <Group justify="space-between" wrap="nowrap">
      <Group gap="sm" align="baseline">
        <Title order={2}>{t('findings.title')}</Title>
        {all && (
          <Text c="dimmed" size="sm" aria-live="polite">
            {isFiltering(filter)
              ? t('findings.countFiltered', { shown: shown.length, total: all.length })
              : t('findings.count', { count: all.length })}
          </Text>
        )}
      </Group>
      <Group gap="xs">
        <Button
          variant="default"
          leftSection={<IconTags size={18} aria-hidden />}
          onClick={() => setThemesOpen(true)}
        >
          {t('findings.manageThemes')}
        </Button>
        <Button
          leftSection={<IconPlus size={18} aria-hidden />}
          onClick={() => setEditing({ mode: 'new' })}
        >
          {t('findings.add')}
        </Button>
      </Group>
    </Group>
  );

  let body;
  if (findings.isPending || findings.isError) {
    body = <QueryFallback query={findings} />;
  } else if (findings.data.length === 0) {
    body = (
      <Paper withBorder p="xl" radius="md">
        <EmptyState
          withIndicatorBackground
          icon={<IconBulb aria-hidden />}
          title={t('findings.emptyTitle')}
          description={t('findings.emptyText')}
        >
          <EmptyState.Actions>
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => setEditing({ mode: 'new' })}
            >
              {t('findings.add')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Paper>
    );
  } else {
    body = (
      <>
        <FindingsToolbar
          filter={filter}
          onFilter={(next) => {
            setFilter(next);
            setHighlightedId(null);
          }}
          sort={sort}
          onSort={setSort}
          themes={themes.data ?? []}
        />
        {selected.size > 0 && (
          <Paper withBorder radius="md" px="sm" py={6} bg="blue.0">
            <Group justify="space-between">
              <Text size="sm" fw={600} aria-live="polite">
                {t('findings.selected', { count: selected.size })}
              </Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  leftSection={<IconTags size={16} aria-hidden />}
                  onClick={() => setRethemeOpen(true)}
                >
                  {t('findings.retheme')}
                </Button>
                <Button size="xs" variant="default" onClick={() => setSelected(new Set())}>
                  {t('findings.clearSelection')}
                </Button>
              </Group>
            </Group>
          </Paper>
        )}
        {shown.length === 0 ? (
          <Paper withBorder p="xl" radius="md">
            <EmptyState
              icon={<IconFilterOff aria-hidden />}
              title={t('findings.noMatchTitle')}
              description={t('findings.noMatchText')}
            >
              <EmptyState.Actions>
                <Button variant="default" onClick={() => setFilter(EMPTY_FILTER)}>
                  {t('findings.clearFilters')}
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          </Paper>
        ) : (
          <FindingList
            // A new filter or sort starts at the top; an edit or delete keeps the place.
            key={JSON.stringify([
              filter.themeId,
              filter.kind,
              filter.group,
              filter.sourceType,
              debouncedText,
              sort,
            ])}
            engagementId={engagementId}
            findings={shown}
            themesById={themesById}
            selected={selected}
            highlightedId={highlightedId}
            onToggle={onToggle}
            onToggleAll={onToggleAll}
            onEdit={onEdit}
            onDelete={confirmDelete}
          />
        )}
      </>
    );
  }

  return (
    <div className={classes.page}>
      {header}
      {body}
      <FindingFormModal
        engagementId={engagementId}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        finding={editing?.mode === 'edit' ? editing.finding : undefined}
      />
      <RethemeModal
        engagementId={engagementId}
        opened={rethemeOpen}
        ids={[...selected]}
        themes={themes.data ?? []}
        onClose={() => setRethemeOpen(false)}
        onDone={() => setSelected(new Set())}
      />
      <ThemesModal
        engagementId={engagementId}
        opened={themesOpen}
        onClose={() => setThemesOpen(false)}
      />
    </div>
  );
}
