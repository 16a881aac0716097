import { formatQuarter, parseQuarter } from '../domain/quarter.js';
import { QUARTER_PATTERN } from '../domain/roadmap.js';
import { escapeXml, num, svgDocument, text, textWidth, truncate } from './svg.js';

// The routekaart as a timeline: quarters across, swimlanes (per bouwsteen or per dimension)
// down, a bar per item coloured by its kind, a diamond per milestone, arrows from the end of
// what an item depends on to its start, and a line for today. The same SVG is shown on screen
// (where the user drags bars), printed in the implementatieplan and on the poster's roadmap
// band. The geometry lives in roadmapTimelineLayout, so the screen hit-tests with the very
// rectangles the chart draws instead of a second copy of the arithmetic.

export type RoadmapTimelineKind =
  'project' | 'activiteit' | 'quick-win' | 'doorlopend' | 'mijlpaal';
export type RoadmapTimelineStatus = 'gepland' | 'lopend' | 'gereed' | 'gepauzeerd' | 'geschrapt';
export type RoadmapTimelineZoom = 'year' | 'quarter';

export interface RoadmapTimelineItem {
  id: string;
  title: string;
  kind: RoadmapTimelineKind;
  status: RoadmapTimelineStatus;
  /** '2027-Q1'. */
  startQuarter: string;
  endQuarter: string;
  /** The key of the lane it is drawn in; null or an unknown key: the "other" lane. */
  laneKey: string | null;
  /** Ids of the items it depends on (unknown ids are ignored). */
  dependsOn: readonly string[];
  /** A warning badge on the bar (the core's warnings for this item). */
  warning?: boolean;
}

export interface RoadmapTimelineLane {
  key: string;
  label: string;
}

export interface RoadmapTimelineLabels {
  title: string;
  kinds: Record<RoadmapTimelineKind, string>;
  /** The lane for items without (a known) lane. */
  otherLane: string;
  today: string;
  dependency: string;
  conflict: string;
  /** Shown when there are no items. */
  empty: string;
}

export interface RoadmapTimelineInput {
  items: readonly RoadmapTimelineItem[];
  /** The lanes in the order drawn; empty lanes are drawn too, so the plan shows its gaps. */
  lanes: readonly RoadmapTimelineLane[];
  /** The plan's first quarter and length (the horizon); items outside it widen the view. */
  startQuarter: string;
  horizonYears: number;
  zoom: RoadmapTimelineZoom;
  /** yyyy-mm-dd, or null for no today line (an export of a plan in the past). */
  today: string | null;
  labels: RoadmapTimelineLabels;
  /** Outlined thicker (the screen's focused or dragged item). */
  selectedId?: string | null;
  fontFamily?: string;
}

export interface RoadmapTimelineBar {
  id: string;
  laneKey: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The quarters as drawn (a malformed end is taken as the start). */
  startIndex: number;
  endIndex: number;
  /** The title does not fit inside: it stands right of the bar (the row keeps that room free). */
  labelOutside: boolean;
}

export interface RoadmapTimelineLaneBox {
  key: string;
  label: string;
  y: number;
  height: number;
}

export interface RoadmapTimelineLayout {
  width: number;
  height: number;
  /** Where the quarter columns start (left of it: the lane labels). */
  plotX: number;
  plotY: number;
  plotBottom: number;
  columnWidth: number;
  /** Every quarter shown, in order. */
  quarters: string[];
  /** The horizon's quarters are [horizonFrom, horizonTo) as indexes into quarters. */
  horizonFrom: number;
  horizonTo: number;
  lanes: RoadmapTimelineLaneBox[];
  bars: RoadmapTimelineBar[];
  todayX: number | null;
  /** The left edge of a quarter's column (also for quarters beyond the view). */
  xOfQuarter: (quarter: string) => number;
  /** The quarter whose column holds x, clamped to the quarters shown. */
  quarterAt: (x: number) => string;
  /** The quarter `steps` after (or before, when negative) a quarter. */
  shiftQuarter: (quarter: string, steps: number) => string;
}

// ---- Quarters: '2027-Q3' as a running number, for the arithmetic of columns ----

const quarterIndex = (quarter: string): number | null => {
  if (!QUARTER_PATTERN.test(quarter)) return null;
  const { year, quarter: q } = parseQuarter(quarter);
  return year * 4 + q - 1;
};
const quarterName = (index: number): string =>
  formatQuarter({ year: Math.floor(index / 4), quarter: (index % 4) + 1 });
/** A date as a fractional quarter index: 15 Feb is a bit past the middle of Q1. */
function dateQuarterPosition(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const month = Number(m[2]) - 1;
  const day = Number(m[3]);
  if (month < 0 || month > 11 || day < 1 || day > 31) return null;
  return Number(m[1]) * 4 + Math.floor(month / 3) + ((month % 3) + (day - 1) / 31) / 3;
}

// ---- Geometry ----

const LABEL_W = 170;
const PAD = 12;
const HEADER_H = 44;
const BAR_H = 22;
const ROW_H = 30;
const LANE_PAD = 6;
/** The legend's first line below the plot (the today label goes between). */
const LEGEND_TOP = 34;
const LEGEND_LINE = 20;
const COLUMN = { year: 26, quarter: 70 } as const;
const FONT = 11;

/** A colour per kind: the bars here, the quarter cells of the planning workbook. */
export const KIND_COLOURS: Record<RoadmapTimelineKind, string> = {
  project: '#1f4e79',
  activiteit: '#2e7d32',
  'quick-win': '#b8860b',
  doorlopend: '#6b5b95',
  mijlpaal: '#8e244d',
};
const WARNING = '#c2410c';
const ARROW = '#52606d';
const KINDS: RoadmapTimelineKind[] = [
  'project',
  'activiteit',
  'quick-win',
  'doorlopend',
  'mijlpaal',
];

const OTHER_LANE = '\u0000other';
const outsideLabel = (title: string) => truncate(title, 32);

interface LegendEntry {
  kind: RoadmapTimelineKind | 'arrow';
  label: string;
  colour: string;
  /** Relative to the legend's top left: x from the chart's left, y from the plot's bottom. */
  x: number;
  y: number;
}

/** The legend's entries placed in lines that fit the chart's width. */
function legendEntries(labels: RoadmapTimelineLabels, width: number): LegendEntry[] {
  const raw: Omit<LegendEntry, 'x' | 'y'>[] = [
    ...KINDS.map((kind) => ({
      kind,
      label: truncate(labels.kinds[kind], 28),
      colour: KIND_COLOURS[kind],
    })),
    { kind: 'arrow' as const, label: truncate(labels.dependency, 40), colour: ARROW },
    { kind: 'arrow' as const, label: truncate(labels.conflict, 40), colour: WARNING },
  ];
  let x = PAD + 4;
  let y = LEGEND_TOP;
  return raw.map((entry) => {
    const w = (entry.kind === 'arrow' ? 44 : 30) + textWidth(entry.label, FONT);
    if (x > PAD + 4 && x + w > width - PAD) {
      x = PAD + 4;
      y += LEGEND_LINE;
    }
    const placed = { ...entry, x, y };
    x += w;
    return placed;
  });
}

/**
 * Rows for spans, first fit in the order given: each span goes in the first row whose last span
 * ends before it starts (`to` includes the room its title takes beside it). The timeline packs
 * quarters, the poster's roadmap band millimetres; both with this one rule.
 */
export function packRows(spans: readonly { from: number; to: number }[]): number[] {
  const rowEnds: number[] = [];
  return spans.map(({ from, to }) => {
    let row = rowEnds.findIndex((end) => end < from);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = to;
    return row;
  });
}

export function roadmapTimelineLayout(input: RoadmapTimelineInput): RoadmapTimelineLayout {
  const columnWidth = COLUMN[input.zoom] ?? COLUMN.quarter;
  const planFrom = quarterIndex(input.startQuarter) ?? 0;
  const planTo = planFrom + Math.max(1, Math.round(input.horizonYears)) * 4;

  const spans = input.items.map((item) => {
    const start = quarterIndex(item.startQuarter) ?? planFrom;
    const end = quarterIndex(item.endQuarter) ?? start;
    return { item, start, end: Math.max(start, end) };
  });
  // Items before or after the horizon widen the view, so nothing the user planned disappears;
  // so does today when it lies within a year of the plan (a plan that starts next quarter).
  const todayPos = input.today === null ? null : dateQuarterPosition(input.today);
  const todayIndex = todayPos === null ? null : Math.floor(todayPos);
  const near = todayIndex !== null && todayIndex >= planFrom - 4 && todayIndex < planTo + 4;
  const from = Math.min(planFrom, ...spans.map((s) => s.start), near ? todayIndex : planFrom);
  // A milestone at the plan's end keeps room for its title after it.
  const reach = (s: (typeof spans)[number]) =>
    s.end +
    1 +
    (s.item.kind === 'mijlpaal'
      ? // The diamond reaches half its width into the next quarter, the title starts after it.
        Math.ceil((textWidth(outsideLabel(s.item.title), FONT - 1) + 12 + BAR_H / 2) / columnWidth)
      : 0);
  const to = Math.max(planTo, ...spans.map(reach), near ? todayIndex + 1 : planTo);
  const quarters = Array.from({ length: to - from }, (_, i) => quarterName(from + i));

  const plotX = PAD + LABEL_W;
  const plotY = PAD + HEADER_H;
  const width = plotX + quarters.length * columnWidth + PAD;
  const xOfIndex = (index: number) => plotX + (index - from) * columnWidth;

  // Lanes in the order given, then the other lane when some item has no known lane.
  const known = new Set(input.lanes.map((l) => l.key));
  const laneOf = (item: RoadmapTimelineItem) =>
    item.laneKey !== null && known.has(item.laneKey) ? item.laneKey : OTHER_LANE;
  const laneList: RoadmapTimelineLane[] = [...input.lanes];
  if (spans.some((s) => laneOf(s.item) === OTHER_LANE)) {
    laneList.push({ key: OTHER_LANE, label: input.labels.otherLane });
  }

  const lanes: RoadmapTimelineLaneBox[] = [];
  const bars: RoadmapTimelineBar[] = [];
  let y = plotY;
  for (const lane of laneList) {
    // Rows inside the lane: each item in the first row where it does not overlap, in the
    // order given (the plan's position order), so a drag moves one bar, not the whole lane.
    const laneSpans = spans
      .filter((s) => laneOf(s.item) === lane.key)
      .map((span) => {
        // A milestone's title stands right of its diamond, and so does a title too long for its
        // bar: the row keeps those quarters free too, so no title runs into the next bar.
        const milestone = span.item.kind === 'mijlpaal';
        const labelWidth =
          textWidth(outsideLabel(span.item.title), milestone ? FONT - 1 : FONT) + 8;
        const barWidth = (span.end - span.start + 1) * columnWidth - 4;
        const outside =
          milestone ||
          textWidth(span.item.title, FONT) + 12 + (span.item.warning ? 14 : 0) > barWidth;
        const labelQuarters = outside ? Math.ceil(labelWidth / columnWidth) : 0;
        return { span, outside, from: span.start, to: span.end + labelQuarters };
      });
    const rowOf = packRows(laneSpans);
    const placed = laneSpans.map((s, i) => ({ span: s.span, row: rowOf[i]!, outside: s.outside }));
    const rows = Math.max(1, ...rowOf.map((r) => r + 1));
    const height = rows * ROW_H + 2 * LANE_PAD;
    for (const { span, row, outside } of placed) {
      const barY = y + LANE_PAD + row * ROW_H + (ROW_H - BAR_H) / 2;
      const milestone = span.item.kind === 'mijlpaal';
      // A milestone is a diamond at the end of its quarter: the moment it is reached.
      const x = milestone ? xOfIndex(span.end + 1) - BAR_H / 2 - 2 : xOfIndex(span.start) + 2;
      const w = milestone ? BAR_H : (span.end - span.start + 1) * columnWidth - 4;
      bars.push({
        id: span.item.id,
        laneKey: lane.key,
        x,
        y: barY,
        width: w,
        height: BAR_H,
        startIndex: span.start,
        endIndex: span.end,
        labelOutside: outside,
      });
    }
    lanes.push({ key: lane.key, label: lane.label, y, height });
    y += height;
  }
  const plotBottom = y;
  const legend = legendEntries(input.labels, width);
  const height = plotBottom + (legend.at(-1)?.y ?? LEGEND_TOP) + PAD;

  const todayX =
    todayPos !== null && todayPos >= from && todayPos <= to ? xOfIndex(todayPos) : null;

  return {
    width,
    height,
    plotX,
    plotY,
    plotBottom,
    columnWidth,
    quarters,
    horizonFrom: planFrom - from,
    horizonTo: planTo - from,
    lanes,
    bars,
    todayX,
    xOfQuarter: (quarter) => xOfIndex(quarterIndex(quarter) ?? from),
    quarterAt: (x) => {
      const i = Math.floor((x - plotX) / columnWidth);
      return quarters[Math.min(Math.max(i, 0), quarters.length - 1)]!;
    },
    shiftQuarter: (quarter, steps) => quarterName((quarterIndex(quarter) ?? from) + steps),
  };
}

// ---- Drawing ----

/** A dependency is a conflict when the dependent starts before, or in, the quarter the other ends. */
const conflicts = (dependent: RoadmapTimelineBar, dependency: RoadmapTimelineBar) =>
  dependent.startIndex <= dependency.endIndex;

function arrowPath(from: RoadmapTimelineBar, to: RoadmapTimelineBar): string {
  const x1 = from.x + from.width;
  const y1 = from.y + from.height / 2;
  const x2 = to.x;
  const y2 = to.y + to.height / 2;
  // A smooth S: out to the right of the end, in from the left of the start, also when the
  // dependent starts earlier (then the curve loops back, which is what makes the conflict visible).
  const bend = Math.max(18, Math.min(60, Math.abs(x2 - x1) / 2));
  return `M${num(x1)} ${num(y1)} C${num(x1 + bend)} ${num(y1)} ${num(x2 - bend)} ${num(y2)} ${num(x2 - 1)} ${num(y2)}`;
}

export function roadmapTimelineChart(input: RoadmapTimelineInput): string {
  const layout = roadmapTimelineLayout(input);
  const { plotX, plotY, plotBottom, columnWidth, quarters } = layout;
  const out: string[] = [
    '<defs>',
    `<marker id="rtc-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0 L8 4 L0 8 z" fill="${ARROW}"/></marker>`,
    `<marker id="rtc-arrow-warning" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0 L8 4 L0 8 z" fill="${WARNING}"/></marker>`,
    '</defs>',
  ];

  // Outside the horizon: a grey band, so an item planned past the plan's end stands out.
  quarters.forEach((_, i) => {
    if (i >= layout.horizonFrom && i < layout.horizonTo) return;
    out.push(
      `<rect x="${num(plotX + i * columnWidth)}" y="${num(plotY)}" width="${num(columnWidth)}" height="${num(plotBottom - plotY)}" fill="#f0f2f4" class="rtc-outside"/>`,
    );
  });

  // Header: the years on top, the quarters below them (at the quarter zoom), and grid lines.
  const headerTop = plotY - 40;
  quarters.forEach((quarter, i) => {
    const x = plotX + i * columnWidth;
    const q = quarter.slice(5);
    const yearStart = q === 'Q1' || i === 0;
    const left = Math.min(quarters.length - i, q === 'Q1' ? 4 : 5 - Number(q.slice(1)));
    // A year with too few columns shown for its number (a single quarter at the year zoom) goes unnamed.
    if (yearStart && left * columnWidth >= 36) {
      out.push(
        text(quarter.slice(0, 4), {
          x: x + (left * columnWidth) / 2,
          y: headerTop + 14,
          size: FONT + 1,
          anchor: 'middle',
          weight: 'bold',
          fill: '#1f2933',
        }),
      );
    }
    if (input.zoom === 'quarter') {
      out.push(
        `<text x="${num(x + columnWidth / 2)}" y="${num(headerTop + 34)}" font-size="${FONT}" text-anchor="middle" fill="#52606d" class="rtc-quarter" data-quarter="${quarter}">${q}</text>`,
      );
    }
    out.push(
      `<line x1="${num(x)}" y1="${num(yearStart ? headerTop : plotY - 18)}" x2="${num(x)}" y2="${num(plotBottom)}" stroke="${yearStart ? '#9aa5b1' : '#e4e7eb'}" stroke-width="1"/>`,
    );
  });
  out.push(
    `<line x1="${num(plotX + quarters.length * columnWidth)}" y1="${num(headerTop)}" x2="${num(plotX + quarters.length * columnWidth)}" y2="${num(plotBottom)}" stroke="#9aa5b1"/>`,
  );

  // Lanes: alternating backgrounds and the label on the left.
  layout.lanes.forEach((lane, i) => {
    out.push(
      `<rect x="${PAD}" y="${num(lane.y)}" width="${num(layout.width - 2 * PAD)}" height="${num(lane.height)}" fill="${i % 2 === 0 ? '#f8fafc' : '#ffffff'}" fill-opacity="0.6" class="rtc-lane" data-lane="${escapeXml(lane.key)}"/>`,
      `<line x1="${PAD}" y1="${num(lane.y)}" x2="${num(layout.width - PAD)}" y2="${num(lane.y)}" stroke="#cbd2d9"/>`,
      text(truncate(lane.label, 26), {
        x: PAD + 4,
        y: lane.y + Math.min(lane.height / 2, ROW_H / 2 + LANE_PAD) + 4,
        size: FONT,
        weight: 'bold',
        fill: '#3e4c59',
      }),
    );
  });
  out.push(
    `<line x1="${PAD}" y1="${num(plotBottom)}" x2="${num(layout.width - PAD)}" y2="${num(plotBottom)}" stroke="#cbd2d9"/>`,
  );

  // Arrows under the bars.
  const barById = new Map(layout.bars.map((b) => [b.id, b]));
  for (const item of input.items) {
    const to = barById.get(item.id);
    if (!to) continue;
    for (const dependencyId of item.dependsOn) {
      const from = barById.get(dependencyId);
      if (!from || from === to) continue;
      const conflict = conflicts(to, from);
      out.push(
        `<path d="${arrowPath(from, to)}" fill="none" stroke="${conflict ? WARNING : ARROW}" stroke-width="${conflict ? 2 : 1.2}"${conflict ? ' stroke-dasharray="5 3"' : ''} marker-end="url(#${conflict ? 'rtc-arrow-warning' : 'rtc-arrow'})" class="rtc-dependency${conflict ? ' rtc-conflict' : ''}" data-from="${escapeXml(from.id)}" data-to="${escapeXml(to.id)}"/>`,
      );
    }
  }

  // Bars.
  const itemById = new Map(input.items.map((i) => [i.id, i]));
  for (const bar of layout.bars) {
    const item = itemById.get(bar.id)!;
    const colour = KIND_COLOURS[item.kind] ?? KIND_COLOURS.project;
    const done = item.status === 'gereed';
    const dropped = item.status === 'geschrapt';
    const paused = item.status === 'gepauzeerd';
    const selected = input.selectedId === item.id;
    const opacity = dropped ? 0.35 : done ? 0.6 : 1;
    const stroke = selected ? ' stroke="#111827" stroke-width="2.5"' : '';
    const cy = bar.y + bar.height / 2;
    const parts: string[] = [];
    if (item.kind === 'mijlpaal') {
      const cx = bar.x + bar.width / 2;
      const r = bar.height / 2;
      parts.push(
        `<path d="M${num(cx)} ${num(bar.y)} L${num(cx + r)} ${num(cy)} L${num(cx)} ${num(bar.y + bar.height)} L${num(cx - r)} ${num(cy)} z" fill="${colour}"${stroke}/>`,
      );
      // The title right of the diamond (the layout kept that room free), cut at the plot's end.
      const labelX = bar.x + bar.width + 4;
      const room = layout.plotX + quarters.length * columnWidth - labelX - 2;
      const label = truncate(outsideLabel(item.title), Math.floor(room / ((FONT - 1) * 0.56)));
      if (room > 30) {
        parts.push(text(label, { x: labelX, y: cy + 4, size: FONT - 1, fill: '#1f2933' }));
      }
    } else {
      parts.push(
        `<rect x="${num(bar.x)}" y="${num(bar.y)}" width="${num(bar.width)}" height="${num(bar.height)}" rx="4" fill="${colour}"${stroke}${paused ? ' stroke-dasharray="4 3" fill-opacity="0.55"' : ''}/>`,
      );
      const prefix = done ? '✓ ' : '';
      if (bar.labelOutside) {
        const labelX = bar.x + bar.width + (item.warning ? 10 : 4);
        const room = layout.plotX + quarters.length * columnWidth - labelX - 2;
        if (room > 30)
          parts.push(
            text(truncate(prefix + outsideLabel(item.title), Math.floor(room / (FONT * 0.56))), {
              x: labelX,
              y: cy + 4,
              size: FONT,
              fill: '#1f2933',
            }),
          );
      }
      const max = Math.floor((bar.width - 10 - (item.warning ? 14 : 0)) / (FONT * 0.56));
      if (!bar.labelOutside && max >= 2) {
        parts.push(
          text(truncate(prefix + item.title, max), {
            x: bar.x + 5,
            y: cy + 4,
            size: FONT,
            fill: '#ffffff',
          }),
        );
      }
    }
    if (dropped) {
      parts.push(
        `<line x1="${num(bar.x - 2)}" y1="${num(cy)}" x2="${num(bar.x + bar.width + 2)}" y2="${num(cy)}" stroke="#1f2933" stroke-width="1.5" class="rtc-struck"/>`,
      );
    }
    if (item.warning) {
      const bx = bar.x + bar.width - (item.kind === 'mijlpaal' ? 2 : 8);
      parts.push(
        `<g class="rtc-warning"><circle cx="${num(bx)}" cy="${num(bar.y + 2)}" r="7" fill="${WARNING}" stroke="#ffffff" stroke-width="1.5"/>`,
        `<text x="${num(bx)}" y="${num(bar.y + 6)}" font-size="10" font-weight="bold" text-anchor="middle" fill="#ffffff">!</text></g>`,
      );
    }
    out.push(
      `<g class="rtc-item rtc-${item.kind} rtc-status-${item.status}" data-item-id="${escapeXml(item.id)}" opacity="${opacity}">`,
      `<title>${escapeXml(item.title)}</title>`,
      ...parts,
      '</g>',
    );
  }

  // Today.
  if (layout.todayX !== null) {
    out.push(
      `<line x1="${num(layout.todayX)}" y1="${num(plotY - 18)}" x2="${num(layout.todayX)}" y2="${num(plotBottom)}" stroke="#d64545" stroke-width="1.5" class="rtc-today"/>`,
      text(input.labels.today, {
        x: layout.todayX,
        y: plotBottom + 13,
        anchor: 'middle',
        size: FONT - 1,
        fill: '#d64545',
        weight: 'bold',
      }),
    );
  }

  if (input.items.length === 0) {
    out.push(
      text(input.labels.empty, {
        x: plotX + (quarters.length * columnWidth) / 2,
        y: plotY + 20,
        size: FONT + 1,
        anchor: 'middle',
        fill: '#52606d',
      }),
    );
  }

  // Legend: the kinds, the dependency arrow and the conflict arrow, in as many lines as needed.
  for (const entry of legendEntries(input.labels, layout.width)) {
    const lx = entry.x;
    const ly = plotBottom + entry.y;
    if (entry.kind === 'arrow') {
      const warn = entry.colour === WARNING;
      out.push(
        `<line x1="${num(lx)}" y1="${num(ly - 4)}" x2="${num(lx + 24)}" y2="${num(ly - 4)}" stroke="${entry.colour}" stroke-width="1.5"${warn ? ' stroke-dasharray="5 3"' : ''} marker-end="url(#${warn ? 'rtc-arrow-warning' : 'rtc-arrow'})"/>`,
        text(entry.label, { x: lx + 30, y: ly, size: FONT, fill: '#3e4c59' }),
      );
    } else {
      out.push(
        entry.kind === 'mijlpaal'
          ? `<path d="M${num(lx + 6)} ${num(ly - 10)} L${num(lx + 12)} ${num(ly - 4)} L${num(lx + 6)} ${num(ly + 2)} L${num(lx)} ${num(ly - 4)} z" fill="${entry.colour}"/>`
          : `<rect x="${num(lx)}" y="${num(ly - 10)}" width="14" height="12" rx="2" fill="${entry.colour}"/>`,
        text(entry.label, { x: lx + 18, y: ly, size: FONT, fill: '#3e4c59' }),
      );
    }
  }

  return svgDocument({
    width: layout.width,
    height: layout.height,
    title: input.labels.title,
    fontFamily: input.fontFamily,
    className: 'roadmap-timeline-chart',
    body: out,
  });
}
