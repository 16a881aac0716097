import { fitText, measureText, type FitOptions, type Paragraph } from './measure-text.js';
import { textBox, type Box, type PosterElement } from './poster-elements.js';
import { INK, MARGIN, MUTED, PAGE, sectionHeading, type PosterContext } from './poster-frame.js';
import type { PosterRoadmapBarKind } from './poster-input.js';
import { luminance, tint, type PosterStyle } from './poster-style.js';
import { BAND_HEADER, type BandLayout, type BandMark } from './roadmap-band-layout.js';

// The routekaart band at the foot of the poster, drawn from its layout (roadmap-band-layout.ts):
// the heading with a legend of the kinds shown, years and quarters, a lane per bouwsteen, bars
// and diamonds. The timeline chart's picture (shared/charts/roadmap-timeline-chart.ts) in the
// house colours: two colours and their tints, so the kinds differ by shade and shape.

type Kind = PosterRoadmapBarKind | 'mijlpaal';
const KINDS: readonly Kind[] = ['project', 'activiteit', 'quick-win', 'doorlopend', 'mijlpaal'];
const GRID = '#c9d0d7';
const GRID_FAINT = '#e4e8ec';
const OUTSIDE = '#f0f2f4';
const LEGEND_SIZE = 2.6;

/** Mixes a colour with black: share 0 is the colour, 1 black. */
function shade(hex: string, share: number): string {
  const channel = (i: number) =>
    Math.round(parseInt(hex.slice(i, i + 2), 16) * (1 - share))
      .toString(16)
      .padStart(2, '0');
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

/** White or ink on a bar, whichever contrasts more (the small titles need every bit). */
function titleOn(hex: string): string {
  const l = luminance(hex);
  return 1.05 / (l + 0.05) >= (l + 0.05) / (luminance(INK) + 0.05) ? '#ffffff' : INK;
}

export function kindColour(style: PosterStyle, kind: Kind): string {
  switch (kind) {
    case 'project':
      return style.primary;
    case 'activiteit':
      return tint(style.primary, 0.55);
    case 'quick-win':
      return style.secondary;
    case 'doorlopend':
      return tint(style.primary, 0.25);
    case 'mijlpaal':
      return shade(style.primary, 0.35);
  }
}

/** A text box shrunk to its lines and centred in `box` vertically (one or two lines). */
function centredText(
  role: string,
  box: Box,
  paragraphs: readonly Paragraph[],
  options: Omit<FitOptions, 'width' | 'height'>,
): PosterElement {
  const used = fitText(paragraphs, { ...options, width: box.w, height: box.h }).height;
  const y = box.y + Math.max(0, (box.h - used) / 2);
  return textBox(role, { x: box.x, y, w: box.w, h: Math.min(box.h, used) }, paragraphs, options);
}

function legend(ctx: PosterContext, band: BandLayout, left: number): PosterElement[] {
  const shown = KINDS.filter((k) => band.marks.some((m) => m.kind === k));
  const entries = shown.map((kind) => {
    const label = ctx.texts.roadmapKinds[kind];
    return { kind, label, w: 5 + measureText(label, LEGEND_SIZE) + 0.2 };
  });
  const gap = 4;
  const total = entries.reduce((n, e) => n + e.w, 0) + gap * Math.max(0, entries.length - 1);
  // No room beside the heading (a long English heading on a narrow page): no legend.
  if (PAGE.w - MARGIN - total < left) return [];
  const out: PosterElement[] = [];
  let x = PAGE.w - MARGIN - total;
  const y = band.top + 1.2;
  const mid = y + (LEGEND_SIZE * 1.3) / 2;
  for (const e of entries) {
    const colour = kindColour(ctx.style, e.kind);
    if (e.kind === 'mijlpaal')
      out.push({ kind: 'diamond', cx: x + 1.7, cy: mid, r: 1.7, fill: colour });
    else
      out.push({ kind: 'rect', box: { x, y: mid - 1.3, w: 3.6, h: 2.6 }, fill: colour, rx: 0.5 });
    out.push(
      textBox(
        'roadmap-legend',
        { x: x + 5, y, w: e.w - 5, h: LEGEND_SIZE * 1.3 },
        [{ text: e.label, size: LEGEND_SIZE, fill: MUTED }],
        { maxLinesPerParagraph: 1, minScale: 1 },
      ),
    );
    x += e.w + gap;
  }
  return out;
}

function header(ctx: PosterContext, band: BandLayout, bottom: number): PosterElement[] {
  const out: PosterElement[] = [];
  const { plotX, columnW, quarters, headerTop } = band;
  const lanesTop = headerTop + BAND_HEADER.year + BAND_HEADER.quarter;
  quarters.forEach((quarter, i) => {
    if (i >= band.horizonFrom && i < band.horizonTo) return;
    out.push({
      kind: 'rect',
      box: { x: plotX + i * columnW, y: lanesTop, w: columnW, h: bottom - lanesTop },
      fill: OUTSIDE,
    });
  });
  quarters.forEach((quarter, i) => {
    const x = plotX + i * columnW;
    const q = Number(quarter.slice(6));
    const yearStart = q === 1 || i === 0;
    if (yearStart) {
      const columns = Math.min(quarters.length - i, 5 - q);
      const year = quarter.slice(0, 4);
      const w = columns * columnW;
      if (measureText(year, 3.2, 'bold') <= w - 1)
        out.push(
          textBox(
            'roadmap-year',
            { x, y: headerTop, w, h: BAND_HEADER.year },
            [{ text: year, size: 3.2, weight: 'bold', fill: ctx.style.heading }],
            { anchor: 'middle', maxLinesPerParagraph: 1, minScale: 1 },
          ),
        );
    }
    const label = `${ctx.texts.quarterPrefix}${q}`;
    if (measureText(label, 2.4) <= columnW - 0.6)
      out.push(
        textBox(
          'roadmap-quarter',
          { x, y: headerTop + BAND_HEADER.year + 0.6, w: columnW, h: BAND_HEADER.quarter - 0.6 },
          [{ text: label, size: 2.4, fill: MUTED }],
          { anchor: 'middle', maxLinesPerParagraph: 1, minScale: 1 },
        ),
      );
    out.push({
      kind: 'line',
      x1: x,
      y1: yearStart ? headerTop : lanesTop,
      x2: x,
      y2: bottom,
      stroke: yearStart ? GRID : GRID_FAINT,
      width: yearStart ? 0.3 : 0.2,
    });
  });
  out.push({
    kind: 'line',
    x1: band.plotRight,
    y1: headerTop,
    x2: band.plotRight,
    y2: bottom,
    stroke: GRID,
    width: 0.3,
  });
  return out;
}

function mark(ctx: PosterContext, m: BandMark): PosterElement[] {
  const colour = kindColour(ctx.style, m.kind);
  const out: PosterElement[] =
    m.kind === 'mijlpaal'
      ? [{ kind: 'diamond', cx: m.x + m.w / 2, cy: m.y + m.h / 2, r: m.h / 2, fill: colour }]
      : [{ kind: 'rect', box: { x: m.x, y: m.y, w: m.w, h: m.h }, fill: colour, rx: 0.8 }];
  if (m.label) {
    const size = m.label.size;
    const h = size * 1.3;
    out.push(
      textBox(
        m.kind === 'mijlpaal' ? 'roadmap-milestone' : 'roadmap-item',
        { x: m.label.x, y: m.y + (m.h - h) / 2, w: m.label.w, h },
        [{ text: m.label.text, size, fill: m.label.inside ? titleOn(colour) : INK }],
        { maxLinesPerParagraph: 1, minScale: 1 },
      ),
    );
  }
  return out;
}

export function roadmapBand(ctx: PosterContext, band: BandLayout): PosterElement[] {
  const { texts, style } = ctx;
  const bottom = band.top + band.height;
  const out: PosterElement[] = [];
  const headingW = measureText(texts.roadmap.toUpperCase(), 4, 'bold') + 1;
  out.push(...sectionHeading(ctx, 'roadmap-heading', texts.roadmap, MARGIN, band.top, headingW));
  const legendEls = legend(ctx, band, MARGIN + headingW + 8);
  out.push(...legendEls);
  if (band.hidden > 0) {
    // Between the heading and the legend: that not every item is on the poster.
    const legendLeft = Math.min(
      PAGE.w - MARGIN,
      ...legendEls.flatMap((e) =>
        e.kind === 'rect' ? [e.box.x] : e.kind === 'diamond' ? [e.cx - e.r] : [],
      ),
    );
    const x = MARGIN + headingW + 6;
    out.push(
      textBox(
        'roadmap-hidden',
        { x, y: band.top + 1.2, w: Math.max(0, legendLeft - 6 - x), h: LEGEND_SIZE * 1.3 },
        [{ text: texts.roadmapHidden(band.hidden), size: LEGEND_SIZE, fill: MUTED }],
        { maxLinesPerParagraph: 1, minScale: 0.8 },
      ),
    );
  }

  band.lanes.forEach((lane, i) => {
    out.push({
      kind: 'rect',
      box: { x: MARGIN, y: lane.y, w: band.plotRight - MARGIN, h: lane.h },
      fill: i % 2 === 0 ? tint(style.primary, 0.06) : '#ffffff',
    });
  });
  out.push(...header(ctx, band, bottom));
  band.lanes.forEach((lane) => {
    out.push({
      kind: 'line',
      x1: MARGIN,
      y1: lane.y,
      x2: band.plotRight,
      y2: lane.y,
      stroke: GRID,
      width: 0.25,
    });
    const paragraphs: Paragraph[] = [
      { text: lane.label, size: 2.7, weight: 'bold', fill: style.heading },
    ];
    if (lane.hidden > 0) paragraphs.push({ text: `+${lane.hidden}`, size: 2.3, fill: MUTED });
    out.push(
      centredText(
        'roadmap-lane',
        { x: MARGIN + 1.5, y: lane.y + 0.4, w: band.laneLabelW - 3, h: lane.h - 0.8 },
        paragraphs,
        { maxLinesPerParagraph: 2, minScale: 0.6, lineHeight: 1.1 },
      ),
    );
  });
  out.push({
    kind: 'line',
    x1: MARGIN,
    y1: bottom,
    x2: band.plotRight,
    y2: bottom,
    stroke: GRID,
    width: 0.25,
  });
  for (const m of band.marks) out.push(...mark(ctx, m));
  return out;
}
