import { textBox, type Box, type PosterElement } from './poster-elements.js';
import type { PosterTheme } from './poster-input.js';
import {
  BODY_TOP,
  INK,
  MARGIN,
  MUTED,
  PAGE,
  hasLists,
  inset,
  listColumns,
  sectionHeading,
  listBandTop,
  snugHeight,
  themeTextBoxes,
  type PosterContext,
} from './poster-frame.js';

// "Kolommen": the core vision as a wide band under the header, the themes as columns below it
// (two rows from five themes on), and the three lists side by side at the bottom.

export function kolommenLayout(ctx: PosterContext): PosterElement[] {
  const { input, style, texts } = ctx;
  const out: PosterElement[] = [];
  const bandTop = BODY_TOP - 4;
  const textX = MARGIN + 7;
  const textW = PAGE.w - MARGIN - textX;
  const kernvisie = [{ text: input.kernvisie, size: 5, fill: INK }];
  const bandH = snugHeight(ctx, kernvisie, textW, 1.35, { around: 24, min: 44, max: 64 });
  out.push({
    kind: 'rect',
    box: { x: 0, y: bandTop, w: PAGE.w, h: bandH },
    fill: style.primaryTint,
  });
  out.push({
    kind: 'rect',
    box: { x: MARGIN, y: bandTop + 8, w: 1.6, h: bandH - 16 },
    fill: style.secondary,
  });
  out.push(...sectionHeading(ctx, 'kernvisie-heading', texts.kernvisie, textX, bandTop + 7, textW));
  out.push(
    textBox('kernvisie', { x: textX, y: bandTop + 18, w: textW, h: bandH - 24 }, kernvisie, {
      minScale: 0.55,
      lineHeight: 1.35,
    }),
  );

  const themesTop = bandTop + bandH + 9;
  const listsTop = listBandTop(ctx);
  const themesBottom = hasLists(ctx) ? listsTop - 8 : ctx.bodyBottom;
  out.push(
    ...sectionHeading(ctx, 'themes-heading', texts.themes, MARGIN, themesTop, PAGE.w - 2 * MARGIN),
  );
  const gridTop = themesTop + 12;
  const themes = input.themes;
  if (themes.length === 0) {
    out.push(
      textBox('no-themes', { x: MARGIN, y: gridTop, w: PAGE.w - 2 * MARGIN, h: 10 }, [
        { text: texts.noThemes, size: 3.6, fill: MUTED },
      ]),
    );
  }
  const rows = themes.length <= 4 ? 1 : 2;
  const cols = Math.ceil(themes.length / rows);
  const gap = 6;
  const colW = (PAGE.w - 2 * MARGIN - gap * (cols - 1)) / Math.max(1, cols);
  const rowH = (themesBottom - gridTop - gap * (rows - 1)) / rows;
  const barH = 15;
  const pending: { role: string; box: Box; theme: PosterTheme }[] = [];
  themes.forEach((theme, i) => {
    const x = MARGIN + (i % cols) * (colW + gap);
    const y = gridTop + Math.floor(i / cols) * (rowH + gap);
    out.push({ kind: 'rect', box: { x, y, w: colW, h: barH }, fill: style.primary });
    out.push({
      kind: 'rect',
      box: { x, y: y + barH, w: colW, h: rowH - barH },
      fill: style.primaryTint,
    });
    out.push(
      textBox(
        `theme-title-${i + 1}`,
        inset({ x, y, w: colW, h: barH }, 2.5),
        [{ text: theme.title, size: 4.2, weight: 'bold', fill: style.onPrimary }],
        { minScale: 0.6, lineHeight: 1.15, maxLinesPerParagraph: 2 },
      ),
    );
    pending.push({
      role: `theme-${i + 1}`,
      box: inset({ x, y: y + barH, w: colW, h: rowH - barH }, 3.5),
      theme,
    });
  });
  out.push(...themeTextBoxes(ctx, pending, cols >= 4 ? 3 : 3.3));

  out.push(...listColumns(ctx, listsTop, ctx.bodyBottom));
  return out;
}
