import { escapeXml, num, safeColor, text, textWidth, truncate, wrapText } from './svg.js';

// The nulmeting's radar: one spoke per dimension of the maturity model, rings at the levels
// 1–5, and a line per series: the agreed current level (filled), the desired level (dashed),
// each respondent group's means (thin) and an earlier measurement (dotted, drawn over the
// current one so the growth since then shows). The screen shows it inline; the Word report and
// the workbook rasterise it. Every text comes in from the caller, so the chart is the same in
// Dutch and English.

export type RadarSeriesKind = 'current' | 'desired' | 'group' | 'earlier';

export interface RadarChartSeries {
  label: string;
  /** One per axis, in the axes' order; null where nothing was scored (a gap in the line). */
  values: readonly (number | null)[];
  kind: RadarSeriesKind;
  /** #rrggbb; otherwise the kind's colour. */
  color?: string;
}

export interface RadarChartInput {
  /** The dimension names, clockwise from the top. */
  axes: readonly string[];
  /** The levels, lowest first (1 … 5), with a short label each ("Verkennen"). */
  levels: readonly { level: number; label: string }[];
  series: readonly RadarChartSeries[];
  title?: string;
  width?: number;
  height?: number;
  /** Shown when there are no axes. */
  emptyText?: string;
}

const FONT = 12;
const LINE_H = 14;
const LABEL_CHARS = 20;
const LABEL_LINES = 3;
const LEGEND_FONT = 12;
const LEGEND_ROW = 20;
const KIND_COLOURS: Record<RadarSeriesKind, string> = {
  current: '#1f4e79',
  desired: '#c0392b',
  group: '#7b8794',
  earlier: '#b8860b',
};
// Distinct from the current and desired colours, so a group line is not read as one of those.
const GROUP_COLOURS = ['#2e7d32', '#8e44ad', '#d35400', '#00838f', '#6d4c41', '#ad1457', '#546e7a'];
// Drawn in this order: the filled current level at the bottom, the earlier measurement on top.
const KIND_ORDER: RadarSeriesKind[] = ['current', 'group', 'desired', 'earlier'];

interface Style {
  colour: string;
  width: number;
  dash: string | null;
  fillOpacity: number;
  pointRadius: number;
}

function styleOf(series: RadarChartSeries, groupIndex: number): Style {
  switch (series.kind) {
    case 'current':
      return {
        colour: safeColor(series.color, KIND_COLOURS.current),
        width: 2.5,
        dash: null,
        fillOpacity: 0.22,
        pointRadius: 4,
      };
    case 'desired':
      return {
        colour: safeColor(series.color, KIND_COLOURS.desired),
        width: 2.5,
        dash: '8 5',
        fillOpacity: 0,
        pointRadius: 3.5,
      };
    case 'earlier':
      return {
        colour: safeColor(series.color, KIND_COLOURS.earlier),
        width: 2.5,
        dash: '1 5',
        fillOpacity: 0,
        pointRadius: 3,
      };
    case 'group':
      return {
        colour: safeColor(series.color, GROUP_COLOURS[groupIndex % GROUP_COLOURS.length]!),
        width: 1.2,
        dash: null,
        fillOpacity: 0,
        pointRadius: 2,
      };
  }
}

export interface RadarGeometry {
  width: number;
  height: number;
  cx: number;
  cy: number;
  /** The radius of the highest level. */
  radius: number;
  maxLevel: number;
  /** Where a value on an axis is drawn. */
  pointAt(axis: number, value: number): { x: number; y: number };
}

/** The layout, also for tests: a level L sits at radius × L / maxLevel from the centre. */
export function radarGeometry(input: RadarChartInput): RadarGeometry {
  const width = Math.max(200, input.width ?? 760);
  const height = Math.max(200, input.height ?? 680);
  const titleH = input.title ? 34 : 8;
  const legendH = legendRows(input.series, width).length * LEGEND_ROW + 16;
  const marginX = textWidth('x'.repeat(LABEL_CHARS), FONT) + 18;
  const marginY = LABEL_LINES * LINE_H + 18;
  const plotH = height - titleH - legendH;
  const radius = Math.max(20, Math.min((width - 2 * marginX) / 2, (plotH - 2 * marginY) / 2));
  const cx = width / 2;
  const cy = titleH + plotH / 2;
  const maxLevel = Math.max(1, ...input.levels.map((l) => l.level));
  const n = Math.max(1, input.axes.length);
  return {
    width,
    height,
    cx,
    cy,
    radius,
    maxLevel,
    pointAt(axis, value) {
      const angle = -Math.PI / 2 + (2 * Math.PI * axis) / n;
      const r = (radius * Math.min(Math.max(value, 0), maxLevel)) / maxLevel;
      return { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) };
    },
  };
}

/** The legend entries laid out in rows that fit the width. */
function legendRows(series: readonly RadarChartSeries[], width: number): RadarChartSeries[][] {
  const rows: RadarChartSeries[][] = [];
  let row: RadarChartSeries[] = [];
  let x = 0;
  for (const s of series) {
    const w = legendEntryWidth(s);
    if (row.length > 0 && x + w > width - 40) {
      rows.push(row);
      row = [];
      x = 0;
    }
    row.push(s);
    x += w;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

const legendLabel = (s: RadarChartSeries): string => truncate(s.label, 40);
const legendEntryWidth = (s: RadarChartSeries): number =>
  36 + textWidth(legendLabel(s), LEGEND_FONT) + 20;

const strokeAttrs = (st: Style): string =>
  [
    `stroke="${st.colour}"`,
    `stroke-width="${num(st.width)}"`,
    st.dash ? `stroke-dasharray="${st.dash}"` : '',
    'stroke-linecap="round"',
    'stroke-linejoin="round"',
  ]
    .filter(Boolean)
    .join(' ');

const usable = (v: number | null | undefined): v is number =>
  typeof v === 'number' && Number.isFinite(v);

/**
 * The runs of consecutive scored axes, going round: a null breaks the line, so a dimension
 * nobody scored never looks like level 0.
 */
function runs(values: readonly (number | null)[], n: number): number[][] {
  const scored = Array.from({ length: n }, (_, i) => usable(values[i]));
  if (scored.every(Boolean)) return [Array.from({ length: n }, (_, i) => i)];
  const start = scored.indexOf(false);
  const out: number[][] = [];
  let run: number[] = [];
  for (let k = 1; k <= n; k++) {
    const i = (start + k) % n;
    if (scored[i]) run.push(i);
    else if (run.length > 0) {
      out.push(run);
      run = [];
    }
  }
  if (run.length > 0) out.push(run);
  return out;
}

function seriesSvg(s: RadarChartSeries, st: Style, g: RadarGeometry, n: number): string[] {
  const point = (i: number) => g.pointAt(i, s.values[i] as number);
  const pts = (idx: number[]) =>
    idx
      .map(point)
      .map((p) => `${num(p.x)},${num(p.y)}`)
      .join(' ');
  const parts: string[] = [];
  const groups = runs(s.values, n);
  const complete = groups.length === 1 && groups[0]!.length === n;
  if (complete && n >= 3) {
    const fill =
      st.fillOpacity > 0 ? `fill="${st.colour}" fill-opacity="${st.fillOpacity}"` : 'fill="none"';
    parts.push(
      `<polygon class="radar-line" points="${pts(groups[0]!)}" ${fill} ${strokeAttrs(st)}/>`,
    );
  } else {
    for (const run of groups) {
      if (run.length >= 2) {
        parts.push(
          `<polyline class="radar-line" points="${pts(run)}" fill="none" ${strokeAttrs(st)}/>`,
        );
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const v = s.values[i];
    if (!usable(v)) continue;
    const p = point(i);
    // A desired point is hollow, so it stays visible where it meets the current point.
    const fill = s.kind === 'desired' ? '#ffffff' : st.colour;
    parts.push(
      `<circle class="radar-point" data-axis="${i}" data-value="${num(v)}" cx="${num(p.x)}" cy="${num(p.y)}" r="${num(st.pointRadius)}" fill="${fill}" stroke="${st.colour}" stroke-width="1.5"/>`,
    );
  }
  return [
    `<g class="radar-series radar-${s.kind}" data-label="${escapeXml(s.label)}">`,
    ...parts,
    '</g>',
  ];
}

export function radarChart(input: RadarChartInput): string {
  const g = radarGeometry(input);
  const n = input.axes.length;
  const body: string[] = [];
  if (input.title) {
    body.push(
      text(truncate(input.title, 90), {
        x: g.width / 2,
        y: 24,
        size: 16,
        anchor: 'middle',
        weight: 'bold',
        fill: '#1f2933',
        className: 'radar-title',
      }),
    );
  }
  if (n === 0) {
    body.push(
      text(input.emptyText ?? '', {
        x: g.cx,
        y: g.cy,
        size: FONT + 2,
        anchor: 'middle',
        fill: '#52606d',
      }),
    );
    return document(input, g, body);
  }

  // Rings: a polygon per level (a circle with fewer than three axes).
  const levels = input.levels.slice().sort((a, b) => a.level - b.level);
  for (const level of levels) {
    const ring =
      n >= 3
        ? `<polygon class="radar-ring" data-level="${num(level.level)}" points="${Array.from(
            { length: n },
            (_, i) => {
              const p = g.pointAt(i, level.level);
              return `${num(p.x)},${num(p.y)}`;
            },
          ).join(' ')}" fill="none" stroke="#cbd2d9" stroke-width="1"/>`
        : `<circle class="radar-ring" data-level="${num(level.level)}" cx="${num(g.cx)}" cy="${num(g.cy)}" r="${num((g.radius * level.level) / g.maxLevel)}" fill="none" stroke="#cbd2d9" stroke-width="1"/>`;
    body.push(ring);
  }
  // Spokes and the dimension names around them.
  for (let i = 0; i < n; i++) {
    const end = g.pointAt(i, g.maxLevel);
    body.push(
      `<line class="radar-axis" x1="${num(g.cx)}" y1="${num(g.cy)}" x2="${num(end.x)}" y2="${num(end.y)}" stroke="#cbd2d9" stroke-width="1"/>`,
    );
    body.push(...axisLabel(input.axes[i]!, i, n, g));
  }
  // Level labels beside the top spoke, between the rings, under the lines.
  for (const level of levels) {
    const p = g.pointAt(0, level.level);
    body.push(
      text(truncate(`${num(level.level)} ${level.label}`, 24), {
        x: p.x + 5,
        y: p.y - 3,
        size: FONT - 2,
        fill: '#7b8794',
        className: 'radar-level',
      }),
    );
  }

  let groupIndex = 0;
  const styles = new Map<RadarChartSeries, Style>();
  for (const s of input.series) {
    styles.set(s, styleOf(s, s.kind === 'group' ? groupIndex++ : 0));
  }
  for (const kind of KIND_ORDER) {
    for (const s of input.series) {
      if (s.kind === kind) body.push(...seriesSvg(s, styles.get(s)!, g, n));
    }
  }
  body.push(...legend(input.series, styles, g));
  return document(input, g, body);
}

function axisLabel(label: string, i: number, n: number, g: RadarGeometry): string[] {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const r = g.radius + 12;
  const x = g.cx + r * cos;
  const y = g.cy + r * sin;
  const anchor = cos > 0.25 ? 'start' : cos < -0.25 ? 'end' : 'middle';
  const lines = wrapText(label, LABEL_CHARS, LABEL_LINES);
  // Above the chart the last line sits at the spoke's end; below it the first line does;
  // beside it the lines are centred on the spoke.
  const blockH = lines.length * LINE_H;
  const top =
    sin < -0.5 ? y - blockH + LINE_H - 4 : sin > 0.5 ? y + LINE_H - 2 : y - blockH / 2 + LINE_H - 3;
  const tspans = lines
    .map(
      (line, k) => `<tspan x="${num(x)}" y="${num(top + k * LINE_H)}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  const anchorAttr = anchor === 'start' ? '' : ` text-anchor="${anchor}"`;
  return [
    `<text class="radar-axis-label" data-axis="${i}" font-size="${FONT}" font-weight="bold" fill="#1f2933"${anchorAttr}>${tspans}</text>`,
  ];
}

function legend(
  series: readonly RadarChartSeries[],
  styles: Map<RadarChartSeries, Style>,
  g: RadarGeometry,
): string[] {
  const rows = legendRows(series, g.width);
  const out: string[] = [];
  rows.forEach((row, r) => {
    const y = g.height - 12 - (rows.length - 1 - r) * LEGEND_ROW;
    const rowWidth = row.reduce((sum, s) => sum + legendEntryWidth(s), 0) - 20;
    let x = (g.width - rowWidth) / 2;
    for (const s of row) {
      const st = styles.get(s)!;
      const label = legendLabel(s);
      out.push(
        `<g class="radar-legend-entry radar-legend-${s.kind}">`,
        `<line x1="${num(x)}" y1="${num(y - 4)}" x2="${num(x + 28)}" y2="${num(y - 4)}" ${strokeAttrs(st)}/>`,
        text(label, {
          x: x + 34,
          y,
          size: LEGEND_FONT,
          fill: '#3e4c59',
          className: 'radar-legend',
        }),
        '</g>',
      );
      x += legendEntryWidth(s);
    }
  });
  return out;
}

function document(input: RadarChartInput, g: RadarGeometry, body: string[]): string {
  const title = input.title ?? input.series.map((s) => s.label).join(', ');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(g.width)}" height="${num(g.height)}" viewBox="0 0 ${num(g.width)} ${num(g.height)}" role="img" class="radar-chart" font-family="Arial, Helvetica, sans-serif">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0" y="0" width="${num(g.width)}" height="${num(g.height)}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}
