// .js extensions: this file's test runs under Node, and Vite maps them to the .ts sources.
import type { RoadmapTimelineInput, RoadmapTimelineLane } from '../../../shared/charts/index.js';
import { BOUWSTENEN } from '../../../shared/domain/nulmeting.js';
import { addQuarters, quartersBetween } from '../../../shared/domain/quarter.js';
import type {
  Quarter,
  Roadmap,
  RoadmapItem,
  RoadmapLane,
  RoadmapWarning,
} from '../../../shared/domain/roadmap.js';

// The routekaart screen's arithmetic, without React: what a drag or a key does to an item's
// quarters, which lane an item is in, and the chart's input from the core's answer.

export interface Span {
  startQuarter: Quarter;
  endQuarter: Quarter;
}

/** What a pointer grabbed: the whole bar, or one of its ends. */
export type DragMode = 'move' | 'start' | 'end';

/** The span after dragging `steps` quarters; a milestone only moves; an end never passes the start. */
export function dragSpan(
  item: Span & { kind: RoadmapItem['kind'] },
  mode: DragMode,
  steps: number,
): Span {
  if (mode === 'move' || item.kind === 'mijlpaal') {
    return {
      startQuarter: addQuarters(item.startQuarter, steps),
      endQuarter: addQuarters(item.endQuarter, steps),
    };
  }
  if (mode === 'start') {
    const start = addQuarters(item.startQuarter, steps);
    return {
      startQuarter: start <= item.endQuarter ? start : item.endQuarter,
      endQuarter: item.endQuarter,
    };
  }
  const end = addQuarters(item.endQuarter, steps);
  return {
    startQuarter: item.startQuarter,
    endQuarter: end >= item.startQuarter ? end : item.startQuarter,
  };
}

/**
 * The keyboard alternative to dragging: Left/Right move the item a quarter, Shift+Left/Right
 * make it end a quarter earlier or later. Null for other keys (and for a milestone's Shift).
 */
export function keySpan(
  item: Span & { kind: RoadmapItem['kind'] },
  key: string,
  shift: boolean,
): Span | null {
  const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
  if (step === 0) return null;
  if (shift && item.kind === 'mijlpaal') return null;
  const next = dragSpan(item, shift ? 'end' : 'move', step);
  return sameSpan(next, item) ? null : next;
}

export const sameSpan = (a: Span, b: Span): boolean =>
  a.startQuarter === b.startQuarter && a.endQuarter === b.endQuarter;

/** Whole quarters between two x positions (rounded, so half a column is the tipping point). */
export const quarterSteps = (fromX: number, toX: number, columnWidth: number): number =>
  Math.round((toX - fromX) / columnWidth);

/** Where on a bar the pointer is: its ends are 8 px wide handles (none on a milestone). */
export function dragModeAt(
  bar: { x: number; width: number },
  x: number,
  milestone: boolean,
): DragMode {
  if (milestone || bar.width < 28) return 'move';
  if (x <= bar.x + 8) return 'start';
  if (x >= bar.x + bar.width - 8) return 'end';
  return 'move';
}

/** An item without a dimension of its own goes in the lane of the first gap it closes. */
export const laneKeyOf = (
  item: Pick<RoadmapItem, 'bouwsteen' | 'dimensionId' | 'gapDimensionIds'>,
  lanes: RoadmapLane,
): string | null =>
  lanes === 'bouwsteen' ? item.bouwsteen : (item.dimensionId ?? item.gapDimensionIds[0] ?? null);

/** The lanes: the seven bouwstenen in the method's order, or the model's dimensions. */
export function laneList(
  mode: RoadmapLane,
  bouwsteenLabel: (b: string) => string,
  dimensions: readonly { id: string; name: string }[],
): RoadmapTimelineLane[] {
  return mode === 'bouwsteen'
    ? BOUWSTENEN.map((b) => ({ key: b, label: bouwsteenLabel(b) }))
    : dimensions.map((d) => ({ key: d.id, label: d.name }));
}

/**
 * The action a link names (`routekaart/<action>`, from the trace view) that is still to be
 * selected and shown: once the plan has loaded and holds it, and only once, so a later click on
 * another action is not taken back when the plan reloads. Null for a link to an action deleted
 * since.
 */
export function linkedItemToShow(
  items: readonly { id: string }[] | undefined,
  linkedId: string | undefined,
  shownId: string | null,
): string | null {
  if (linkedId === undefined || linkedId === shownId) return null;
  return items?.some((item) => item.id === linkedId) ? linkedId : null;
}

/** The warnings per item (an item can have several). */
export function warningsByItem(warnings: readonly RoadmapWarning[]): Map<string, RoadmapWarning[]> {
  const map = new Map<string, RoadmapWarning[]>();
  for (const w of warnings) map.set(w.itemId, [...(map.get(w.itemId) ?? []), w]);
  return map;
}

/** The chart's input, with the spans of items being dragged (not yet saved) put in. */
export function chartInput(
  roadmap: Roadmap,
  o: {
    lanes: RoadmapTimelineLane[];
    laneMode: RoadmapLane;
    zoom: RoadmapTimelineInput['zoom'];
    today: string;
    labels: RoadmapTimelineInput['labels'];
    selectedId: string | null;
    preview: ({ id: string } & Span) | null;
  },
): RoadmapTimelineInput {
  const warned = warningsByItem(roadmap.warnings);
  return {
    items: roadmap.items.map((item) => {
      const span = o.preview?.id === item.id ? o.preview : item;
      return {
        id: item.id,
        title: item.title,
        kind: item.kind,
        status: item.status,
        startQuarter: span.startQuarter,
        endQuarter: span.endQuarter,
        laneKey: laneKeyOf(item, o.laneMode),
        dependsOn: item.dependsOn,
        warning: warned.has(item.id),
      };
    }),
    lanes: o.lanes,
    startQuarter: roadmap.settings.startQuarter,
    horizonYears: roadmap.settings.horizonYears,
    zoom: o.zoom,
    today: o.today,
    labels: o.labels,
    selectedId: o.selectedId,
  };
}

/** The quarters offered in the form: the horizon, a year either side. */
export function quarterOptions(
  settings: Roadmap['settings'],
  also: readonly Quarter[] = [],
): Quarter[] {
  const from = addQuarters(settings.startQuarter, -4);
  const count = settings.horizonYears * 4 + 8;
  const list = Array.from({ length: count }, (_, i) => addQuarters(from, i));
  for (const q of also) if (!list.includes(q)) list.push(q);
  return list.sort();
}

/** How long an item runs, in quarters (1 for one quarter). */
export const spanLength = (span: Span): number =>
  quartersBetween(span.startQuarter, span.endQuarter) + 1;

/** Today as yyyy-mm-dd (the computer's own day, not UTC's). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
