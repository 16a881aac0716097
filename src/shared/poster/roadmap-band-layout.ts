import { packRows } from '../charts/roadmap-timeline-chart.js';
import { addQuarters, quartersBetween } from '../domain/quarter.js';
import { QUARTER_PATTERN } from '../domain/roadmap.js';
import { measureText, withEllipsis } from './measure-text.js';
import { BODY_BOTTOM, MARGIN, PAGE } from './poster-frame.js';
import type { PosterRoadmap, PosterRoadmapBarKind } from './poster-input.js';
import type { PosterTexts } from './poster-texts.js';

// Where everything of the routekaart band goes (A3 millimetres): the quarters across, a lane per
// bouwsteen down, a bar per item and a diamond per milestone, each title inside its bar or beside
// it. The rows inside a lane follow the timeline chart's rule (packRows). The band takes the
// height its rows need, up to MAX_H; when they need more it first shortens the titles beside the
// bars, then makes the rows lower, and only then leaves items off (counted, and named as such on
// the band), so it never runs over the body above it or the footer below.

export const BAND_GAP = 8;
const MAX_H = 112;
const HEADING_H = 11;
const YEAR_H = 4.6;
const QUARTER_H = 4.2;
const HEADER_H = YEAR_H + QUARTER_H;
const LANE_PAD = 0.5;
/** Row heights to try, largest first: the bar takes 76 % of its row, the title 44 %. */
const PITCHES = [6, 5.5, 5, 4.5, 4] as const;
const BAR_SHARE = 0.76;
const TEXT_SHARE = 0.44;
const INSIDE_MIN_SCALE = 0.82;
/**
 * Room between two things in one row: less than the millimetre between the bars of two
 * quarters in a row (so they share it), more after a title beside its bar.
 */
const ROW_GAP = 0.4;
const LABEL_GAP = 1;
const AFTER_LABEL = 1.6;
const LANE_LABEL_SIZE = 2.7;
const OTHER_LANE = '\u0000other';

export interface BandLane {
  key: string;
  label: string;
  y: number;
  h: number;
  /** Items of this lane left off for want of room. */
  hidden: number;
}

export interface BandLabel {
  text: string;
  x: number;
  w: number;
  size: number;
  /** Inside the bar (on its colour) or beside it (on the lane). */
  inside: boolean;
}

export interface BandMark {
  kind: PosterRoadmapBarKind | 'mijlpaal';
  /** The bar, or the diamond's bounding square. */
  x: number;
  y: number;
  w: number;
  h: number;
  label: BandLabel | null;
}

export interface BandLayout {
  top: number;
  height: number;
  headerTop: number;
  laneLabelW: number;
  plotX: number;
  plotRight: number;
  columnW: number;
  quarters: string[];
  /** The horizon's quarters are [horizonFrom, horizonTo) as indexes into quarters. */
  horizonFrom: number;
  horizonTo: number;
  lanes: BandLane[];
  marks: BandMark[];
  hidden: number;
}

interface Entry {
  kind: PosterRoadmapBarKind | 'mijlpaal';
  title: string;
  lane: string;
  /** Quarter indexes into the view, both included; a milestone is reached at its end. */
  start: number;
  end: number;
}

/** Whether the band has anything to draw. */
export const roadmapHasContent = (roadmap: PosterRoadmap | null | undefined): boolean =>
  !!roadmap && roadmap.items.length + roadmap.milestones.length > 0;

const valid = (q: string) => QUARTER_PATTERN.test(q);

/** The quarters shown: the horizon, widened by what lies outside it (at most 10 years). */
function viewOf(roadmap: PosterRoadmap): {
  first: string;
  count: number;
  horizon: [number, number];
} {
  const horizon = roadmap.quarters.filter(valid);
  const used = [
    ...roadmap.items.flatMap((i) => [i.startQuarter, i.endQuarter]),
    ...roadmap.milestones.map((m) => m.quarter),
  ].filter(valid);
  const all = [...horizon, ...used].sort();
  const first = all[0] ?? '2000-Q1';
  const last = all.at(-1) ?? first;
  const count = Math.min(40, quartersBetween(first, last) + 1);
  const from = horizon[0] ? quartersBetween(first, horizon[0]) : 0;
  return { first, count, horizon: [from, from + horizon.length] };
}

function entriesOf(roadmap: PosterRoadmap, first: string, count: number): Entry[] {
  const known = new Set(roadmap.lanes.map((l) => l.key));
  const laneOf = (lane: string | null) => (lane !== null && known.has(lane) ? lane : OTHER_LANE);
  // Outside the view (a plan of more than ten years): drawn at its edge.
  const index = (q: string) =>
    valid(q) ? Math.min(count - 1, Math.max(0, quartersBetween(first, q))) : 0;
  const bars: Entry[] = roadmap.items.map((i) => {
    const start = index(i.startQuarter);
    return {
      kind: i.kind,
      title: i.title,
      lane: laneOf(i.lane),
      start,
      end: Math.max(start, index(i.endQuarter)),
    };
  });
  const milestones: Entry[] = roadmap.milestones.map((m) => ({
    kind: 'mijlpaal',
    title: m.title,
    lane: laneOf(m.lane),
    start: index(m.quarter),
    end: index(m.quarter),
  }));
  return [...bars, ...milestones];
}

interface Placed {
  entry: Entry;
  mark: Omit<BandMark, 'y' | 'h'>;
  from: number;
  to: number;
}

/**
 * A mark's bar (or diamond) and title in one row, before rows are known: the title inside the
 * bar when it fits, else beside it with at most `room` millimetres (right, or left at the end of
 * the plot), else cut to the bar.
 */
function placeEntry(
  entry: Entry,
  geometry: { plotX: number; plotRight: number; columnW: number },
  pitch: number,
  room: number,
): Placed {
  const { plotX, plotRight, columnW } = geometry;
  const size = pitch * TEXT_SHARE;
  const barH = pitch * BAR_SHARE;
  const title = entry.title.replace(/\s+/g, ' ').trim();
  const full = measureText(title, size);
  const cut = (w: number) => (full <= w ? title : withEllipsis(title, w, size));
  let x: number;
  let w: number;
  if (entry.kind === 'mijlpaal') {
    // A diamond on the end of its quarter: the moment it is reached.
    x = Math.min(plotRight - barH, Math.max(plotX, plotX + (entry.end + 1) * columnW - barH / 2));
    w = barH;
  } else {
    x = plotX + entry.start * columnW + 0.5;
    w = (entry.end - entry.start + 1) * columnW - 1;
    const inner = w - 2 * 1.2;
    // A title a little too long for its bar is set a little smaller rather than beside it.
    const scale = full > 0 ? Math.min(1, inner / full) : 1;
    if (scale >= INSIDE_MIN_SCALE || room <= 0) {
      // Inside, cut when it must; a bar too short for a few letters carries no title.
      // (A hair under the exact fit, so rounding never wraps the line.)
      const inside = size * Math.max(scale * 0.995, INSIDE_MIN_SCALE);
      const fits = inner >= measureText('Abc…', inside);
      const label =
        fits && title !== ''
          ? {
              text:
                measureText(title, inside) <= inner ? title : withEllipsis(title, inner, inside),
              x: x + 1.2,
              w: inner,
              size: inside,
              inside: true,
            }
          : null;
      return { entry, mark: { kind: entry.kind, x, w, label }, from: x, to: x + w };
    }
  }
  if (title === '' || room <= 0)
    return { entry, mark: { kind: entry.kind, x, w, label: null }, from: x, to: x + w };
  const want = Math.min(full, room);
  const right = plotRight - (x + w + LABEL_GAP);
  const left = x - LABEL_GAP - plotX;
  // Beside the bar: right of it, or left of it when only that side has the room.
  const onLeft = right < want && left > right;
  const labelW = Math.max(0, Math.min(want, onLeft ? left : right));
  if (labelW < measureText('Abc…', size))
    return { entry, mark: { kind: entry.kind, x, w, label: null }, from: x, to: x + w };
  const labelX = onLeft ? x - LABEL_GAP - labelW : x + w + LABEL_GAP;
  const label = { text: cut(labelW), x: labelX, w: labelW, size, inside: false };
  return {
    entry,
    mark: { kind: entry.kind, x, w, label },
    from: Math.min(x, labelX - (onLeft ? AFTER_LABEL : 0)),
    to: Math.max(x + w, labelX + labelW + (onLeft ? 0 : AFTER_LABEL)),
  };
}

/** Rows per lane for one way of placing the titles. */
function packLanes(
  lanes: readonly { key: string }[],
  entries: readonly Entry[],
  place: (e: Entry) => Placed,
): { placed: Placed[]; rows: number[] }[] {
  return lanes.map((lane) => {
    // In time order, so first fit needs the fewest rows; the plan's order breaks ties.
    const placed = entries
      .filter((e) => e.lane === lane.key)
      .map(place)
      .sort((a, b) => a.from - b.from);
    const rows = packRows(placed.map((p) => ({ from: p.from, to: p.to + ROW_GAP })));
    return { placed, rows };
  });
}

/** How many rows each lane may have when all of them do not fit: the fullest lanes give way. */
function rowCaps(needed: readonly number[], capacity: number): number[] {
  let cap = Math.max(...needed);
  const total = (c: number) => needed.reduce((n, r) => n + Math.min(r, c), 0);
  while (cap > 1 && total(cap) > capacity) cap--;
  const caps = needed.map((r) => Math.min(r, cap));
  let spare = capacity - total(cap);
  for (let i = 0; i < caps.length && spare > 0; i++)
    if (needed[i]! > caps[i]!) {
      caps[i]!++;
      spare--;
    }
  return caps;
}

/** The band's layout, or null when the roadmap has nothing to show. */
export function roadmapBandLayout(
  roadmap: PosterRoadmap | null | undefined,
  texts: PosterTexts,
): BandLayout | null {
  if (!roadmap || !roadmapHasContent(roadmap)) return null;
  const view = viewOf(roadmap);
  const quarters = Array.from({ length: view.count }, (_, i) => addQuarters(view.first, i));
  const entries = entriesOf(roadmap, view.first, view.count);
  // Lanes without items are left off: the poster shows the plan, the planning screen its gaps.
  const lanes = [...roadmap.lanes, { key: OTHER_LANE, label: texts.roadmapOtherLane }].filter((l) =>
    entries.some((e) => e.lane === l.key),
  );
  const laneLabelW = Math.min(
    46,
    Math.max(24, ...lanes.map((l) => measureText(l.label, LANE_LABEL_SIZE, 'bold') + 3)),
  );
  const plotX = MARGIN + laneLabelW;
  const plotRight = PAGE.w - MARGIN;
  const columnW = (plotRight - plotX) / quarters.length;
  const geometry = { plotX, plotRight, columnW };
  const lanesMax = MAX_H - HEADING_H - HEADER_H;
  const pads = lanes.length * 2 * LANE_PAD;

  // Whole titles first, in rows as high as possible down to a readable size; then titles
  // beside the bars cut short, then only inside the bars, down to the smallest rows.
  const tries: { room: number; pitch: number }[] = [
    ...PITCHES.slice(0, 3).flatMap((pitch) => [Infinity, 48].map((room) => ({ room, pitch }))),
    ...[24, 0].flatMap((room) => PITCHES.map((pitch) => ({ room, pitch }))),
  ];
  let chosen: { pitch: number; packed: ReturnType<typeof packLanes>; caps: number[] } | null = null;
  for (const { room, pitch } of tries) {
    const packed = packLanes(lanes, entries, (e) => placeEntry(e, geometry, pitch, room));
    const needed = packed.map((l) => Math.max(1, ...l.rows.map((r) => r + 1)));
    if (needed.reduce((a, b) => a + b, 0) * pitch + pads <= lanesMax) {
      chosen = { pitch, packed, caps: needed };
      break;
    }
  }
  if (!chosen) {
    // More than the band holds even then: each lane keeps the rows it gets, the rest is counted.
    const pitch = PITCHES.at(-1)!;
    const packed = packLanes(lanes, entries, (e) => placeEntry(e, geometry, pitch, 0));
    const needed = packed.map((l) => Math.max(1, ...l.rows.map((r) => r + 1)));
    // Seven bouwstenen and "no bouwsteen" at one row each fit well within lanesMax.
    chosen = { pitch, packed, caps: rowCaps(needed, Math.floor((lanesMax - pads) / pitch)) };
  }

  const { pitch, packed, caps } = chosen;
  const lanesH = caps.reduce((a, b) => a + b, 0) * pitch + pads;
  const height = HEADING_H + HEADER_H + lanesH;
  const top = BODY_BOTTOM - height;
  const headerTop = top + HEADING_H;
  const barH = pitch * BAR_SHARE;
  let y = headerTop + HEADER_H;
  const bandLanes: BandLane[] = [];
  const marks: BandMark[] = [];
  let hidden = 0;
  lanes.forEach((lane, i) => {
    const { placed, rows } = packed[i]!;
    const h = caps[i]! * pitch + 2 * LANE_PAD;
    let laneHidden = 0;
    placed.forEach((p, j) => {
      const row = rows[j]!;
      if (row >= caps[i]!) {
        laneHidden++;
        return;
      }
      const markY = y + LANE_PAD + row * pitch + (pitch - barH) / 2;
      marks.push({ ...p.mark, y: markY, h: barH });
    });
    hidden += laneHidden;
    bandLanes.push({ key: lane.key, label: lane.label, y, h, hidden: laneHidden });
    y += h;
  });
  return {
    top,
    height,
    headerTop,
    laneLabelW,
    plotX,
    plotRight,
    columnW,
    quarters,
    horizonFrom: view.horizon[0],
    horizonTo: view.horizon[1],
    lanes: bandLanes,
    marks,
    hidden,
  };
}

export const BAND_HEADER = { heading: HEADING_H, year: YEAR_H, quarter: QUARTER_H };
