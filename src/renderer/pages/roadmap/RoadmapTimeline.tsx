import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { Box, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  roadmapTimelineChart,
  roadmapTimelineLayout,
  type RoadmapTimelineLabels,
  type RoadmapTimelineLane,
  type RoadmapTimelineZoom,
} from '../../../shared/charts/index';
import type { Roadmap, RoadmapItem, RoadmapLane } from '../../../shared/domain/roadmap';
import { ChartSvg } from '../stakeholder-tools/ChartSvg';
import {
  chartInput,
  dragModeAt,
  dragSpan,
  keySpan,
  quarterSteps,
  sameSpan,
  todayIso,
  type DragMode,
  type Span,
} from './roadmap-view';

interface Props {
  roadmap: Roadmap;
  lanes: RoadmapTimelineLane[];
  laneMode: RoadmapLane;
  zoom: RoadmapTimelineZoom;
  labels: RoadmapTimelineLabels;
  selectedId: string | null;
  onSelect(id: string | null): void;
  /** A new span for an item: the page saves it (and remembers it for Ctrl+Z). */
  onChange(item: RoadmapItem, span: Span): void;
  onOpen(item: RoadmapItem): void;
}

interface Drag {
  id: string;
  mode: DragMode;
  startX: number;
  pointerId: number;
  moved: boolean;
}

/**
 * The timeline: the shared SVG with a pointer on top (drag a bar to move it, its ends to make it
 * start or end elsewhere, snapping to quarters) and the keyboard beside it (focus the chart,
 * Up/Down choose an item, Left/Right move it, Shift+Left/Right change its end, Enter opens it).
 * The geometry comes from the chart's own layout, so the hit-test is what is drawn.
 */
export function RoadmapTimeline(props: Props) {
  const { roadmap, selectedId, onSelect, onChange, onOpen } = props;
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  // The span shown while dragging, before the core has it. It belongs to the answer it was made
  // on: once a saved item arrives (a new answer), the chart shows the answer again.
  const [draft, setDraft] = useState<{ id: string; span: Span; on: Roadmap } | null>(null);
  const preview = useMemo(
    () => (draft && draft.on === roadmap ? { id: draft.id, ...draft.span } : null),
    [draft, roadmap],
  );
  const setPreview = (p: ({ id: string } & Span) | null) =>
    setDraft(
      p && {
        id: p.id,
        span: { startQuarter: p.startQuarter, endQuarter: p.endQuarter },
        on: roadmap,
      },
    );
  const drag = useRef<Drag | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [cursor, setCursor] = useState('default');

  const input = useMemo(
    () =>
      chartInput(roadmap, {
        lanes: props.lanes,
        laneMode: props.laneMode,
        zoom: props.zoom,
        today: todayIso(),
        labels: props.labels,
        selectedId,
        preview,
      }),
    [roadmap, props.lanes, props.laneMode, props.zoom, props.labels, selectedId, preview],
  );
  const layout = useMemo(() => roadmapTimelineLayout(input), [input]);
  const svg = useMemo(() => roadmapTimelineChart(input), [input]);

  /** The pointer in the chart's own coordinates (the SVG may be drawn narrower than it is). */
  const chartX = (clientX: number): number => {
    const svgElement = host.current?.querySelector('svg');
    if (!svgElement) return clientX;
    const r = svgElement.getBoundingClientRect();
    return ((clientX - r.left) * layout.width) / r.width;
  };
  const chartY = (clientY: number): number => {
    const svgElement = host.current?.querySelector('svg');
    if (!svgElement) return clientY;
    const r = svgElement.getBoundingClientRect();
    return ((clientY - r.top) * layout.height) / r.height;
  };
  const barAt = (clientX: number, clientY: number) => {
    const x = chartX(clientX);
    const y = chartY(clientY);
    // Last drawn is on top.
    return [...layout.bars]
      .reverse()
      .find(
        (b) => x >= b.x - 2 && x <= b.x + b.width + 2 && y >= b.y - 2 && y <= b.y + b.height + 2,
      );
  };
  const itemOf = (id: string) => roadmap.items.find((i) => i.id === id);

  const spanText = (title: string, span: Span) =>
    span.startQuarter === span.endQuarter
      ? t('roadmap.timeline.announceOne', { title, quarter: span.startQuarter })
      : t('roadmap.timeline.announce', { title, start: span.startQuarter, end: span.endQuarter });

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    const bar = barAt(event.clientX, event.clientY);
    if (!bar) return;
    const item = itemOf(bar.id);
    if (!item) return;
    event.preventDefault();
    host.current?.focus();
    onSelect(item.id);
    const mode = dragModeAt(bar, chartX(event.clientX), item.kind === 'mijlpaal');
    setCursor(mode === 'move' ? 'grabbing' : 'ew-resize');
    drag.current = {
      id: item.id,
      mode,
      startX: chartX(event.clientX),
      pointerId: event.pointerId,
      moved: false,
    };
    event.currentTarget.setPointerCapture(event.pointerId);
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) {
      const bar = barAt(event.clientX, event.clientY);
      const item = bar && itemOf(bar.id);
      const mode =
        bar && item ? dragModeAt(bar, chartX(event.clientX), item.kind === 'mijlpaal') : null;
      setCursor(mode === null ? 'default' : mode === 'move' ? 'grab' : 'ew-resize');
      return;
    }
    const item = itemOf(d.id);
    if (!item) return;
    const steps = quarterSteps(d.startX, chartX(event.clientX), layout.columnWidth);
    const span = dragSpan(item, d.mode, steps);
    if (steps !== 0) d.moved = true;
    if (!preview || preview.id !== item.id || !sameSpan(preview, span))
      setPreview({ id: item.id, ...span });
  };

  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    drag.current = null;
    setCursor('grab');
    event.currentTarget.releasePointerCapture(d.pointerId);
    const item = itemOf(d.id);
    if (!item) return;
    const span = dragSpan(
      item,
      d.mode,
      quarterSteps(d.startX, chartX(event.clientX), layout.columnWidth),
    );
    if (sameSpan(span, item)) {
      setPreview(null);
      return;
    }
    setPreview({ id: item.id, ...span });
    setAnnouncement(spanText(item.title, span));
    onChange(item, span);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = roadmap.items;
    if (items.length === 0) return;
    const index = items.findIndex((i) => i.id === selectedId);
    const current = index >= 0 ? items[index]! : null;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next =
        index < 0
          ? 0
          : Math.min(Math.max(index + (event.key === 'ArrowDown' ? 1 : -1), 0), items.length - 1);
      const item = items[next]!;
      onSelect(item.id);
      setAnnouncement(spanText(item.title, item));
      return;
    }
    if (!current) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(current);
      return;
    }
    if (event.key === 'Escape') {
      onSelect(null);
      return;
    }
    const base = preview?.id === current.id ? { ...current, ...preview } : current;
    const span = keySpan(base, event.key, event.shiftKey);
    if (!span) return;
    event.preventDefault();
    setPreview({ id: current.id, ...span });
    setAnnouncement(spanText(current.title, span));
    onChange(current, span);
  };

  const selected = selectedId ? itemOf(selectedId) : undefined;

  return (
    <Box>
      <Box style={{ overflowX: 'auto' }}>
        <ChartSvg
          ref={host}
          svg={svg}
          role="application"
          tabIndex={0}
          aria-label={t('roadmap.timeline.label')}
          aria-describedby="roadmap-timeline-help"
          data-testid="roadmap-timeline"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => {
            drag.current = null;
            setPreview(null);
          }}
          onKeyDown={onKeyDown}
          onDoubleClick={(e) => {
            const bar = barAt(e.clientX, e.clientY);
            const item = bar && itemOf(bar.id);
            if (item) onOpen(item);
          }}
          style={{
            width: layout.width,
            cursor,
            touchAction: 'none',
            outlineOffset: 2,
          }}
        />
      </Box>
      <Text id="roadmap-timeline-help" size="xs" c="dimmed" mt={4}>
        {selected
          ? t('roadmap.timeline.helpSelected', { title: selected.title })
          : t('roadmap.timeline.help')}
      </Text>
      <VisuallyHidden aria-live="polite" role="status" data-testid="roadmap-announcement">
        {announcement}
      </VisuallyHidden>
    </Box>
  );
}
