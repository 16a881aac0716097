import { escapeXml, num } from '../charts/svg.js';
import { POSTER_FONT } from './font-metrics.js';
import { kernLayout } from './layout-kern.js';
import { kolommenLayout } from './layout-kolommen.js';
import { rasterLayout } from './layout-raster.js';
import type { PosterElement } from './poster-elements.js';
import {
  BODY_BOTTOM,
  PAGE,
  draftMark,
  footer,
  header,
  type PosterContext,
} from './poster-frame.js';
import {
  MAX_POSTER_THEMES,
  PAPER_MM,
  type PosterInput,
  type PosterOptions,
} from './poster-input.js';
import { posterStyle } from './poster-style.js';
import { POSTER_TEXTS } from './poster-texts.js';
import { roadmapBand } from './roadmap-band.js';
import { BAND_GAP, roadmapBandLayout } from './roadmap-band-layout.js';

// The vision poster as SVG: a pure function of its input, byte-for-byte the same for the same
// input (no dates, no random ids). The drawing is in A3 millimetres; A0 is the same drawing
// with a larger physical size, so both formats look alike.

const LAYOUTS = { kolommen: kolommenLayout, raster: rasterLayout, kern: kernLayout } as const;

/** The drawn elements, in A3 millimetres; posterSvg prints them. */
export function posterElements(input: PosterInput, options: PosterOptions): PosterElement[] {
  const texts = POSTER_TEXTS[input.language] ?? POSTER_TEXTS.nl;
  // The routekaart band takes the foot of the body; every layout fills what is left above it.
  const band = options.roadmapBand === true ? roadmapBandLayout(input.roadmap, texts) : null;
  const ctx: PosterContext = {
    input: { ...input, themes: input.themes.slice(0, MAX_POSTER_THEMES) },
    style: posterStyle(input.houseStyle),
    texts,
    bodyBottom: band ? band.top - BAND_GAP : BODY_BOTTOM,
  };
  const layout = LAYOUTS[options.layout] ?? kolommenLayout;
  return [
    { kind: 'rect', box: { x: 0, y: 0, w: PAGE.w, h: PAGE.h }, fill: '#ffffff' },
    ...header(ctx),
    ...layout(ctx),
    ...(band ? roadmapBand(ctx, band) : []),
    ...footer(ctx),
    ...draftMark(ctx),
  ];
}

function printElement(el: PosterElement): string {
  switch (el.kind) {
    case 'rect': {
      const { x, y, w, h } = el.box;
      const rx = el.rx ? ` rx="${num(el.rx)}"` : '';
      const opacity = el.opacity !== undefined ? ` fill-opacity="${num(el.opacity)}"` : '';
      return `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}"${rx} fill="${el.fill}"${opacity}/>`;
    }
    case 'circle': {
      const stroke = el.stroke ? ` stroke="${el.stroke}" stroke-width="1"` : '';
      return `<circle cx="${num(el.cx)}" cy="${num(el.cy)}" r="${num(el.r)}" fill="${el.fill}"${stroke}/>`;
    }
    case 'diamond': {
      const { cx, cy, r } = el;
      return `<path d="M${num(cx)} ${num(cy - r)} L${num(cx + r)} ${num(cy)} L${num(cx)} ${num(cy + r)} L${num(cx - r)} ${num(cy)} z" fill="${el.fill}"/>`;
    }
    case 'line':
      return `<line x1="${num(el.x1)}" y1="${num(el.y1)}" x2="${num(el.x2)}" y2="${num(el.y2)}" stroke="${el.stroke}" stroke-width="${num(el.width)}"/>`;
    case 'image': {
      const { x, y, w, h } = el.box;
      // Only data: URIs reach this point (posterStyle); escaped all the same.
      return `<image x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" preserveAspectRatio="xMidYMid meet" href="${escapeXml(el.href)}"/>`;
    }
    case 'text': {
      if (el.lines.length === 0) return '';
      const x = el.anchor === 'middle' ? el.box.x + el.box.w / 2 : el.box.x;
      const anchor = el.anchor === 'middle' ? ' text-anchor="middle"' : '';
      const spans = el.lines.map((line) => {
        const weight = line.weight === 'bold' ? ' font-weight="bold"' : '';
        const fill = line.fill ? ` fill="${line.fill}"` : '';
        return `<tspan x="${num(x)}" y="${num(el.box.y + line.baseline)}" font-size="${num(line.size)}"${weight}${fill}>${escapeXml(line.text)}</tspan>`;
      });
      return `<text class="${escapeXml(el.role)}" data-box-width="${num(el.box.w)}"${anchor}>${spans.join('')}</text>`;
    }
    case 'mark':
      return `<text class="draft-mark" x="${num(el.cx)}" y="${num(el.cy)}" font-size="${num(el.size)}" font-weight="bold" text-anchor="middle" fill="${el.fill}" fill-opacity="${num(el.opacity)}" transform="rotate(${num(el.rotate)} ${num(el.cx)} ${num(el.cy)})">${escapeXml(el.text)}</text>`;
  }
}

export function posterSvg(input: PosterInput, options: PosterOptions): string {
  const paper = PAPER_MM[options.format] ?? PAPER_MM.A3;
  const texts = POSTER_TEXTS[input.language] ?? POSTER_TEXTS.nl;
  const title = texts.posterTitle(input.title, input.clientName);
  const body = posterElements(input, options)
    .map(printElement)
    .filter((s) => s !== '');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${paper.width}mm" height="${paper.height}mm" viewBox="0 0 ${PAGE.w} ${PAGE.h}" role="img" font-family="${POSTER_FONT.family}">`,
    `<title>${escapeXml(title)}</title>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
