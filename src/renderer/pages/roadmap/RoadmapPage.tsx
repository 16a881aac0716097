import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Grid, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RoadmapTimelineLabels, RoadmapTimelineZoom } from '../../../shared/charts/index';
import {
  ROADMAP_ITEM_KINDS,
  type RoadmapItem,
  type RoadmapLane,
} from '../../../shared/domain/roadmap';
import { useCoreCache, useCoreMutation } from '../../api/core-hooks';
import { notifySuccess } from '../../api/notify';
import type { SectionPageProps } from '../../app/sections';
import { QueryFallback } from '../../components/QueryFallback';
import { RoadmapItemFormModal } from './RoadmapItemFormModal';
import { RoadmapItemList } from './RoadmapItemList';
import { RoadmapSettings } from './RoadmapSettings';
import { RoadmapSignals } from './RoadmapSignals';
import { RoadmapTimeline } from './RoadmapTimeline';
import { ROADMAP_CHANGED, useMaturityModel, useRoadmap, useRoadmapKey } from './roadmap-queries';
import { laneList, linkedItemToShow, type Span } from './roadmap-view';

type Editing = { item: RoadmapItem | null; tab?: string } | null;

/** One move on the timeline, for Ctrl+Z: the item and the span it had before. */
interface Move {
  id: string;
  title: string;
  before: Span;
}

// The routekaart: the vision worked out into actions over the next years, as a timeline one
// can drag and a list with the form, with the warnings and checks beside them.
export function RoadmapPage({ engagementId, itemId }: SectionPageProps) {
  const { t } = useTranslation();
  const roadmap = useRoadmap(engagementId);
  const model = useMaturityModel(engagementId);
  const cacheKey = useRoadmapKey(engagementId);
  const cache = useCoreCache();
  const [zoom, setZoom] = useState<RoadmapTimelineZoom>('quarter');
  const [laneMode, setLaneMode] = useState<RoadmapLane>('bouwsteen');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const moves = useRef<Move[]>([]);
  const [canUndo, setCanUndo] = useState(false);
  const timelineRef = useRef<HTMLDivElement>(null);

  // An action the URL names (a link from the trace view) is selected once the plan holds it:
  // adjusted during render, as React recommends for state that follows props.
  const [shownLink, setShownLink] = useState<string | null>(null);
  const linked = linkedItemToShow(roadmap.data?.items, itemId, shownLink);
  if (linked !== null) {
    setShownLink(linked);
    setSelectedId(linked);
  }
  useEffect(() => {
    if (shownLink === null) return;
    // After the list has rendered the row.
    const frame = requestAnimationFrame(() =>
      document.getElementById(`roadmap-row-${shownLink}`)?.scrollIntoView({ block: 'center' }),
    );
    return () => cancelAnimationFrame(frame);
  }, [shownLink]);

  const update = useCoreMutation('roadmapItem:update', {
    invalidates: ROADMAP_CHANGED,
    // The saved item in place at once, so the bar does not jump back while the plan reloads.
    onSuccess: (item) =>
      cache.set('roadmap:get', cacheKey, (old) =>
        old ? { ...old, items: old.items.map((i) => (i.id === item.id ? item : i)) } : old,
      ),
  });

  const save = useCallback(
    (item: RoadmapItem, span: Span, remember = true) => {
      if (remember) {
        moves.current = [
          ...moves.current.slice(-19),
          {
            id: item.id,
            title: item.title,
            before: { startQuarter: item.startQuarter, endQuarter: item.endQuarter },
          },
        ];
        setCanUndo(true);
      }
      update.mutate({ engagementId, id: item.id, fields: span });
    },
    [engagementId, update],
  );

  const undo = useCallback(() => {
    const last = moves.current.pop();
    setCanUndo(moves.current.length > 0);
    if (!last) return;
    const item = roadmap.data?.items.find((i) => i.id === last.id);
    if (!item) return;
    save(item, last.before, false);
    notifySuccess(t('roadmap.timeline.undone', { title: last.title }));
  }, [roadmap.data, save, t]);

  // Ctrl+Z (Cmd+Z) takes the last move back, unless the focus is in a text field (its own undo).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z' || e.shiftKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, [contenteditable="true"], [role="dialog"]')) return;
      if (moves.current.length === 0) return;
      e.preventDefault();
      undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo]);

  const dimensions = useMemo(() => model.data?.dimensions ?? [], [model.data]);
  const lanes = useMemo(
    () => laneList(laneMode, (b) => t(`roadmap.bouwstenen.${b}`), dimensions),
    [laneMode, dimensions, t],
  );
  const labels = useMemo<RoadmapTimelineLabels>(
    () => ({
      title: t('roadmap.timeline.label'),
      kinds: Object.fromEntries(
        ROADMAP_ITEM_KINDS.map((k) => [k, t(`roadmap.kinds.${k}`)]),
      ) as RoadmapTimelineLabels['kinds'],
      otherLane: t(
        laneMode === 'bouwsteen' ? 'roadmap.timeline.noBouwsteen' : 'roadmap.timeline.noDimension',
      ),
      today: t('roadmap.timeline.today'),
      dependency: t('roadmap.timeline.dependency'),
      conflict: t('roadmap.timeline.conflict'),
      empty: t('roadmap.timeline.empty'),
    }),
    [t, laneMode],
  );

  const goTo = (id: string) => {
    setSelectedId(id);
    timelineRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    document.getElementById(`roadmap-row-${id}`)?.scrollIntoView({ block: 'nearest' });
  };

  const data = roadmap.data;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('roadmap.title')}</Title>
        <Text c="dimmed" size="sm" maw={760}>
          {t('roadmap.intro')}
        </Text>
      </Stack>
      <QueryFallback query={roadmap} />
      {data && (
        <>
          <Group justify="space-between">
            <Group>
              <SegmentedControl
                aria-label={t('roadmap.timeline.zoom')}
                value={zoom}
                onChange={(v) => setZoom(v as RoadmapTimelineZoom)}
                data={[
                  { value: 'year', label: t('roadmap.timeline.zoomYear') },
                  { value: 'quarter', label: t('roadmap.timeline.zoomQuarter') },
                ]}
              />
              <SegmentedControl
                aria-label={t('roadmap.timeline.lanes')}
                value={laneMode}
                onChange={(v) => setLaneMode(v as RoadmapLane)}
                data={[
                  { value: 'bouwsteen', label: t('roadmap.timeline.lanesBouwsteen') },
                  { value: 'dimensie', label: t('roadmap.timeline.lanesDimension') },
                ]}
              />
            </Group>
            <Group>
              <RoadmapSettings engagementId={engagementId} settings={data.settings} />
              <Button
                variant="default"
                leftSection={<IconArrowBackUp aria-hidden size={18} />}
                disabled={!canUndo}
                onClick={undo}
              >
                {t('roadmap.timeline.undo')}
              </Button>
              <Button
                leftSection={<IconPlus aria-hidden size={18} />}
                onClick={() => setEditing({ item: null })}
              >
                {t('roadmap.items.add')}
              </Button>
            </Group>
          </Group>
          <Paper withBorder p="sm" ref={timelineRef}>
            <RoadmapTimeline
              roadmap={data}
              lanes={lanes}
              laneMode={laneMode}
              zoom={zoom}
              labels={labels}
              selectedId={selectedId}
              onSelect={setSelectedId}
              onChange={(item, span) => save(item, span)}
              onOpen={(item) => setEditing({ item })}
            />
          </Paper>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <RoadmapItemList
                engagementId={engagementId}
                roadmap={data}
                dimensions={dimensions}
                selectedId={selectedId}
                onSelect={setSelectedId}
                onEdit={(item, tab) => setEditing({ item, tab })}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <RoadmapSignals roadmap={data} dimensions={dimensions} onGoTo={goTo} />
            </Grid.Col>
          </Grid>
        </>
      )}
      {editing && data && (
        <RoadmapItemFormModal
          key={editing.item?.id ?? 'new'}
          engagementId={engagementId}
          roadmap={data}
          item={
            editing.item
              ? (data.items.find((i) => i.id === editing.item!.id) ?? editing.item)
              : null
          }
          initialTab={editing.tab}
          dimensions={dimensions}
          onCreated={(item) => setEditing({ item, tab: 'links' })}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
