import { textBox, usedHeight, type Box, type PosterElement } from './poster-elements.js';
import type { PosterTheme } from './poster-input.js';
import {
  BODY_TOP,
  MARGIN,
  PAGE,
  hasLists,
  listColumns,
  listBandTop,
  themeTextBoxes,
  type PosterContext,
} from './poster-frame.js';

// "Kern": the core vision in a circle at the heart of the page, the themes in two columns
// around it, each tied to the circle with a line, and the three lists along the bottom.

export function kernLayout(ctx: PosterContext): PosterElement[] {
  const { input, style, texts } = ctx;
  const out: PosterElement[] = [];
  const listsTop = listBandTop(ctx);
  const bottom = hasLists(ctx) ? listsTop - 10 : ctx.bodyBottom;
  const top = BODY_TOP + 2;
  const themes = input.themes;
  const cx = PAGE.w / 2;
  const cy = (top + bottom) / 2;
  const r = Math.min(themes.length === 0 ? 80 : 54, (bottom - top) / 2 - 2);

  const left = themes.slice(0, Math.ceil(themes.length / 2));
  const right = themes.slice(left.length);
  const colW = cx - r - 10 - MARGIN;
  const gap = 6;
  const placeColumn = (column: typeof themes, side: 'left' | 'right', offset: number) => {
    if (column.length === 0) return;
    const h = (bottom - top - gap * (column.length - 1)) / column.length;
    column.forEach((theme, j) => {
      const i = offset + j;
      const x = side === 'left' ? MARGIN : PAGE.w - MARGIN - colW;
      const y = top + j * (h + gap);
      // The connector runs from the box's inner edge to the circle's rim.
      const edgeX = side === 'left' ? x + colW : x;
      const midY = y + Math.min(h / 2, 12);
      const angle = Math.atan2(midY - cy, edgeX - cx);
      out.push({
        kind: 'line',
        x1: edgeX,
        y1: midY,
        x2: cx + Math.cos(angle) * (r + 3),
        y2: cy + Math.sin(angle) * (r + 3),
        stroke: style.secondary,
        width: 0.6,
      });
      out.push({ kind: 'rect', box: { x, y, w: colW, h }, fill: style.primaryTint, rx: 2 });
      out.push({
        kind: 'rect',
        box: { x: side === 'left' ? x + colW - 1.4 : x, y, w: 1.4, h },
        fill: style.secondary,
      });
      const title = textBox(
        `theme-title-${i + 1}`,
        { x: x + 4, y: y + 3.5, w: colW - 8, h: 10 },
        [{ text: theme.title, size: 4, weight: 'bold', fill: style.heading }],
        { minScale: 0.6, lineHeight: 1.15, maxLinesPerParagraph: 2 },
      );
      out.push(title);
      // The text starts under the title, however many lines the title took.
      const textTop = y + 3.5 + usedHeight(title) + 3;
      pending.push({
        role: `theme-${i + 1}`,
        box: { x: x + 4, y: textTop, w: colW - 8, h: y + h - 3 - textTop },
        theme,
      });
    });
  };
  const pending: { role: string; box: Box; theme: PosterTheme }[] = [];
  placeColumn(left, 'left', 0);
  placeColumn(right, 'right', left.length);
  out.push(...themeTextBoxes(ctx, pending, 3));

  out.push({ kind: 'circle', cx, cy, r: r + 3, fill: '#ffffff', stroke: style.secondary });
  out.push({ kind: 'circle', cx, cy, r, fill: style.primary });
  // The largest rectangle that reads well inside the circle: wide, and not too close to the rim.
  const boxW = r * 1.56;
  const boxH = r * 1.2;
  out.push(
    textBox(
      'kernvisie-heading',
      { x: cx - boxW / 2, y: cy - boxH / 2 - 2, w: boxW, h: 7 },
      [{ text: texts.kernvisie.toUpperCase(), size: 4, weight: 'bold', fill: style.onPrimary }],
      { anchor: 'middle', maxLinesPerParagraph: 1, lineHeight: 1.2 },
    ),
  );
  out.push(
    textBox(
      'kernvisie',
      { x: cx - boxW / 2, y: cy - boxH / 2 + 7, w: boxW, h: boxH - 7 },
      [{ text: input.kernvisie, size: 4.2, fill: style.onPrimary }],
      {
        anchor: 'middle',
        minScale: 0.5,
        maxScale: themes.length === 0 ? 1.8 : 1.25,
        lineHeight: 1.3,
      },
    ),
  );

  out.push(...listColumns(ctx, listsTop, ctx.bodyBottom));
  return out;
}
