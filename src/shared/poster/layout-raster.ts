import {
  textBox,
  textBoxesAlike,
  type Box,
  type PendingText,
  type PosterElement,
} from './poster-elements.js';
import type { PosterTheme } from './poster-input.js';
import {
  BODY_TOP,
  INK,
  MARGIN,
  MUTED,
  PAGE,
  inset,
  listSections,
  sectionHeading,
  snugHeight,
  themeTextBoxes,
  type PosterContext,
} from './poster-frame.js';
import { tint } from './poster-style.js';

// "Raster": the core vision in a framed box, the themes as numbered cards in a grid, and the
// three lists stacked in a side panel on the right.

export function rasterLayout(ctx: PosterContext): PosterElement[] {
  const { input, style, texts } = ctx;
  const out: PosterElement[] = [];
  const contentW = PAGE.w - 2 * MARGIN;

  const kernvisie = [{ text: input.kernvisie, size: 4.8, fill: INK }];
  const visionH = snugHeight(ctx, kernvisie, contentW - 14, 1.35, { around: 22, min: 40, max: 56 });
  const visionBox = { x: MARGIN, y: BODY_TOP, w: contentW, h: visionH };
  out.push({ kind: 'rect', box: visionBox, fill: tint(style.secondary, 0.16), rx: 3 });
  out.push(
    ...sectionHeading(
      ctx,
      'kernvisie-heading',
      texts.kernvisie,
      visionBox.x + 7,
      visionBox.y + 6,
      contentW - 14,
    ),
  );
  out.push(
    textBox(
      'kernvisie',
      { x: visionBox.x + 7, y: visionBox.y + 17, w: contentW - 14, h: visionBox.h - 22 },
      kernvisie,
      { minScale: 0.55, lineHeight: 1.35 },
    ),
  );

  const top = visionBox.y + visionBox.h + 10;
  const sections = listSections(ctx);
  const panelW = sections.length > 0 ? 78 : 0;
  const panelGap = sections.length > 0 ? 8 : 0;
  const gridW = contentW - panelW - panelGap;

  // Side panel with the lists, each getting room in proportion to its text (at least a fifth).
  if (sections.length > 0) {
    const panel = { x: PAGE.w - MARGIN - panelW, y: top, w: panelW, h: ctx.bodyBottom - top };
    out.push({ kind: 'rect', box: panel, fill: style.primaryTint, rx: 3 });
    const inner = inset(panel, 6);
    const weights = sections.map((s) =>
      Math.max(
        0.2,
        s.paragraphs.reduce((n, p) => n + p.text.length + 60, 0),
      ),
    );
    const total = weights.reduce((a, b) => a + b, 0);
    const shares = weights.map((w) => Math.max(0.2, w / total));
    const shareSum = shares.reduce((a, b) => a + b, 0);
    const gap = 6;
    const free = inner.h - gap * (sections.length - 1);
    let y = inner.y;
    const lists: PendingText[] = [];
    sections.forEach((s, i) => {
      const h = (free * shares[i]!) / shareSum;
      out.push(...sectionHeading(ctx, `${s.role}-heading`, s.label, inner.x, y, inner.w));
      lists.push({
        role: s.role,
        box: { x: inner.x, y: y + 11, w: inner.w, h: h - 11 },
        paragraphs: s.paragraphs,
      });
      y += h + gap;
    });
    out.push(...textBoxesAlike(lists, { minScale: 0.55, maxScale: 1.15 }));
  }

  out.push(...sectionHeading(ctx, 'themes-heading', texts.themes, MARGIN, top, gridW));
  const gridTop = top + 12;
  const themes = input.themes;
  if (themes.length === 0) {
    out.push(
      textBox('no-themes', { x: MARGIN, y: gridTop, w: gridW, h: 10 }, [
        { text: texts.noThemes, size: 3.6, fill: MUTED },
      ]),
    );
    return out;
  }
  const cols = themes.length === 1 ? 1 : panelW === 0 && themes.length > 4 ? 3 : 2;
  const rows = Math.ceil(themes.length / cols);
  const gap = 6;
  const cardW = (gridW - gap * (cols - 1)) / cols;
  const cardH = (ctx.bodyBottom - gridTop - gap * (rows - 1)) / rows;
  const themeTexts: { role: string; box: Box; theme: PosterTheme }[] = [];
  themes.forEach((theme, i) => {
    const x = MARGIN + (i % cols) * (cardW + gap);
    const y = gridTop + Math.floor(i / cols) * (cardH + gap);
    out.push({ kind: 'rect', box: { x, y, w: cardW, h: cardH }, fill: '#ffffff', rx: 2 });
    out.push({ kind: 'rect', box: { x, y, w: cardW, h: cardH }, fill: style.primaryTint, rx: 2 });
    out.push({ kind: 'rect', box: { x, y, w: cardW, h: 1.6 }, fill: style.secondary });
    const r = 4.2;
    out.push({ kind: 'circle', cx: x + 4 + r, cy: y + 6 + r, r, fill: style.primary });
    out.push(
      textBox(
        `theme-number-${i + 1}`,
        { x: x + 4, y: y + 6 + r - 2.8, w: 2 * r, h: 5.6 },
        [{ text: String(i + 1), size: 4, weight: 'bold', fill: style.onPrimary }],
        { anchor: 'middle', lineHeight: 1.2, maxLinesPerParagraph: 1 },
      ),
    );
    const titleX = x + 4 + 2 * r + 3;
    out.push(
      textBox(
        `theme-title-${i + 1}`,
        { x: titleX, y: y + 5, w: x + cardW - 4 - titleX, h: 11 },
        [{ text: theme.title, size: 4.2, weight: 'bold', fill: style.heading }],
        { minScale: 0.6, lineHeight: 1.15, maxLinesPerParagraph: 2 },
      ),
    );
    themeTexts.push({
      role: `theme-${i + 1}`,
      box: { x: x + 4, y: y + 18, w: cardW - 8, h: cardH - 21 },
      theme,
    });
  });
  out.push(...themeTextBoxes(ctx, themeTexts, 3.1));
  return out;
}
