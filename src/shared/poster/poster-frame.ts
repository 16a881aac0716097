import { fitText, fittingScale, measureText, type Paragraph } from './measure-text.js';
import {
  textBox,
  textBoxesAlike,
  type Box,
  type PendingText,
  type PosterElement,
} from './poster-elements.js';
import type { PosterInput, PosterTheme } from './poster-input.js';
import type { PosterStyle } from './poster-style.js';
import type { PosterTexts } from './poster-texts.js';

// What every layout shares: the header with title and logo, the footer with the adoption line
// and the version, the CONCEPT mark, and the blocks for themes and the three lists. Sizes are
// millimetres on A3 (body text 3.3 mm ≈ 9.5 pt); A0 scales the whole drawing.

export const PAGE = { w: 297, h: 420 };
export const MARGIN = 14;
export const HEADER_H = 54;
export const BODY_TOP = HEADER_H + 12;
export const FOOTER_TOP = PAGE.h - 18;
export const BODY_BOTTOM = FOOTER_TOP - 8;
export const INK = '#1a1a1a';
export const MUTED = '#555555';

export interface PosterContext {
  input: PosterInput;
  style: PosterStyle;
  texts: PosterTexts;
  /** Where the layout's body ends: BODY_BOTTOM, or above the routekaart band when it is drawn. */
  bodyBottom: number;
}

/**
 * The height of a block around a text (`around` millimetres of heading and padding): as high as
 * `max` while the body has the whole page, and only as high as the text needs (at least `min`)
 * when the routekaart band takes the foot, so the themes keep their room.
 */
export function snugHeight(
  ctx: PosterContext,
  paragraphs: readonly Paragraph[],
  width: number,
  lineHeight: number,
  { around, min, max }: { around: number; min: number; max: number },
): number {
  if (ctx.bodyBottom >= BODY_BOTTOM) return max;
  const needed = fitText(paragraphs, { width, height: Infinity, lineHeight }).height;
  return Math.min(max, Math.max(min, Math.ceil(needed + around + 1)));
}

export function header({ input, style }: PosterContext): PosterElement[] {
  const out: PosterElement[] = [
    { kind: 'rect', box: { x: 0, y: 0, w: PAGE.w, h: HEADER_H }, fill: style.primary },
    { kind: 'rect', box: { x: 0, y: HEADER_H, w: PAGE.w, h: 2.5 }, fill: style.secondary },
  ];
  let textRight = PAGE.w - MARGIN;
  if (style.logoHref !== null) {
    // A white tile, so a logo made for white paper stays readable on the house colour.
    const tile: Box = { x: PAGE.w - MARGIN - 46, y: 9, w: 46, h: 36 };
    out.push({ kind: 'rect', box: tile, fill: '#ffffff', rx: 2 });
    out.push({ kind: 'image', box: inset(tile, 4), href: style.logoHref });
    textRight = tile.x - 8;
  }
  const w = textRight - MARGIN;
  out.push(
    textBox(
      'client',
      { x: MARGIN, y: 12, w, h: 8 },
      [{ text: input.clientName, size: 5, weight: 'bold', fill: style.onPrimary }],
      { minScale: 0.55, maxLinesPerParagraph: 1 },
    ),
  );
  out.push(
    textBox(
      'title',
      { x: MARGIN, y: 21, w, h: 26 },
      [{ text: input.title, size: 11, weight: 'bold', fill: style.onPrimary }],
      { minScale: 0.5, lineHeight: 1.15, maxLinesPerParagraph: 3 },
    ),
  );
  return out;
}

export function footer({ input, style, texts }: PosterContext): PosterElement[] {
  const out: PosterElement[] = [
    {
      kind: 'line',
      x1: MARGIN,
      y1: FOOTER_TOP,
      x2: PAGE.w - MARGIN,
      y2: FOOTER_TOP,
      stroke: style.primary,
      width: 0.4,
    },
  ];
  const status = [input.footer?.status, input.footer?.date]
    .map((s) => s?.trim() ?? '')
    .filter((s) => s !== '')
    .join(' · ');
  const version = texts.version(input.versionLabel.trim() || '–');
  const versionW = Math.min(70, measureText(version, 3, 'bold') + 1);
  const right = PAGE.w - MARGIN;
  out.push(
    textBox(
      'version',
      { x: right - versionW, y: FOOTER_TOP + 3, w: versionW, h: 6 },
      [{ text: version, size: 3, weight: 'bold', fill: style.heading }],
      { maxLinesPerParagraph: 1, minScale: 0.6 },
    ),
  );
  let statusRight = right - versionW - 6;
  if (input.isDraft) {
    const label = texts.draftMark;
    const pillW = measureText(label, 2.8, 'bold') + 6;
    const pill: Box = { x: statusRight - pillW, y: FOOTER_TOP + 2.6, w: pillW, h: 6 };
    out.push({ kind: 'rect', box: pill, fill: DRAFT_RED, rx: 3 });
    out.push(
      textBox(
        'draft-label',
        { x: pill.x, y: pill.y + 1.3, w: pill.w, h: pill.h - 1.3 },
        [{ text: label, size: 2.8, weight: 'bold', fill: '#ffffff' }],
        { anchor: 'middle', maxLinesPerParagraph: 1, lineHeight: 1.2 },
      ),
    );
    statusRight = pill.x - 6;
  }
  if (status !== '') {
    out.push(
      textBox(
        'status',
        { x: MARGIN, y: FOOTER_TOP + 3, w: statusRight - MARGIN, h: 6 },
        [{ text: status, size: 3, fill: MUTED }],
        { maxLinesPerParagraph: 1, minScale: 0.7 },
      ),
    );
  }
  return out;
}

const DRAFT_RED = '#c0392b';

/** A large diagonal mark across the page, pale enough to read the poster through it. */
export function draftMark({ input, texts }: PosterContext): PosterElement[] {
  if (!input.isDraft) return [];
  const rotate = -30;
  // Sized so the rotated text stays well inside the page.
  const size = Math.min(48, 220 / measureText(texts.draftMark, 1, 'bold'));
  return [
    {
      kind: 'mark',
      text: texts.draftMark,
      cx: PAGE.w / 2,
      cy: PAGE.h / 2 + 20,
      size,
      rotate,
      fill: DRAFT_RED,
      opacity: 0.14,
      width: measureText(texts.draftMark, size, 'bold'),
    },
  ];
}

export const inset = (b: Box, d: number): Box => ({
  x: b.x + d,
  y: b.y + d,
  w: Math.max(0, b.w - 2 * d),
  h: Math.max(0, b.h - 2 * d),
});

/** A section heading in the house colour with a short accent line under it. */
export function sectionHeading(
  ctx: PosterContext,
  role: string,
  label: string,
  x: number,
  y: number,
  w: number,
  fill = ctx.style.heading,
): PosterElement[] {
  return [
    textBox(
      role,
      { x, y, w, h: 7 },
      [{ text: label.toUpperCase(), size: 4, weight: 'bold', fill }],
      {
        maxLinesPerParagraph: 1,
        minScale: 0.6,
        lineHeight: 1.2,
      },
    ),
    { kind: 'rect', box: { x, y: y + 7, w: Math.min(16, w), h: 0.9 }, fill: ctx.style.secondary },
  ];
}

/** Text, the three "what does this mean" lines and the portfolio of one theme. */
export function themeParagraphs(
  ctx: PosterContext,
  theme: PosterTheme,
  size = 3.3,
  compact = false,
): Paragraph[] {
  const { texts, style } = ctx;
  const out: Paragraph[] = [{ text: theme.text, size, fill: INK, spaceAfter: 0.2 }];
  const parts: [string, string | undefined][] = [
    [texts.forInhabitants, theme.forInhabitants],
    [texts.forStaff, theme.forStaff],
    [texts.forBestuur, theme.forBestuur],
  ];
  for (const [label, text] of compact ? [] : parts) {
    if (!text || text.trim() === '') continue;
    out.push({
      text: label,
      size: size * 0.82,
      weight: 'bold',
      fill: style.heading,
      spaceBefore: 0.5,
    });
    out.push({ text, size: size * 0.92, fill: INK });
  }
  if (theme.portfolio && theme.portfolio.trim() !== '') {
    out.push({
      text: `${texts.portfolio}: ${theme.portfolio}`,
      size: size * 0.82,
      fill: MUTED,
      spaceBefore: 0.6,
    });
  }
  return out;
}

interface ListSection {
  role: string;
  label: string;
  paragraphs: Paragraph[];
}

/** Ambitions, core values and preconditions: the lists that are not empty. */
export function listSections(ctx: PosterContext, size = 3.2): ListSection[] {
  const { input, texts } = ctx;
  const bullets = (items: string[]): Paragraph[] =>
    items
      .filter((t) => t.trim() !== '')
      .map((t) => ({ text: `•  ${t}`, size, fill: INK, spaceAfter: 0.35 }));
  const values: Paragraph[] = input.coreValues
    .filter((v) => v.title.trim() !== '' || v.text.trim() !== '')
    .flatMap((v) => [
      { text: v.title, size, weight: 'bold' as const, fill: ctx.style.heading },
      { text: v.text, size: size * 0.95, fill: INK, spaceAfter: 0.45 },
    ]);
  return [
    { role: 'ambitions', label: texts.ambitions, paragraphs: bullets(input.ambitions) },
    { role: 'core-values', label: texts.coreValues, paragraphs: values },
    { role: 'preconditions', label: texts.preconditions, paragraphs: bullets(input.preconditions) },
  ].filter((s) => s.paragraphs.length > 0);
}

/** Below this shared scale the theme texts drop their detail lines to stay readable. */
const READABLE_SCALE = 0.8;
const THEME_FIT = { minScale: 0.55, maxScale: 1.3 };

/**
 * The theme texts at one shared size. When the "what does this mean" lines would push that
 * size below readable (many themes, long texts), every theme shows only its text and portfolio.
 */
export function themeTextBoxes(
  ctx: PosterContext,
  items: readonly { role: string; box: Box; theme: PosterTheme }[],
  size: number,
): PosterElement[] {
  const pending = (compact: boolean): PendingText[] =>
    items.map((t) => ({
      role: t.role,
      box: t.box,
      paragraphs: themeParagraphs(ctx, t.theme, size, compact),
    }));
  const full = pending(false);
  const scale = Math.min(
    1,
    ...full.map((t) =>
      fittingScale(t.paragraphs, { ...THEME_FIT, width: t.box.w, height: t.box.h }),
    ),
  );
  return textBoxesAlike(scale >= READABLE_SCALE ? full : pending(true), THEME_FIT);
}

const LIST_GAP = 8;
const listWidth = (count: number) => (PAGE.w - 2 * MARGIN - LIST_GAP * (count - 1)) / count;

/**
 * Top of the band with the lists (kolommen, kern): as high as the longest list needs at its
 * normal size, between 40 and 86 mm, so short lists leave their room to the themes.
 */
export function listBandTop(ctx: PosterContext): number {
  const sections = listSections(ctx);
  if (sections.length === 0) return ctx.bodyBottom;
  const w = listWidth(sections.length);
  const needed = Math.max(
    ...sections.map((s) => fitText(s.paragraphs, { width: w, height: Infinity }).height),
  );
  return ctx.bodyBottom - Math.min(86, Math.max(40, needed + 11 + 4));
}

/** The lists side by side in one band (kolommen, kern). */
export function listColumns(ctx: PosterContext, top: number, bottom: number): PosterElement[] {
  const sections = listSections(ctx);
  if (sections.length === 0) return [];
  const gap = LIST_GAP;
  const w = listWidth(sections.length);
  const headings = sections.flatMap((s, i) =>
    sectionHeading(ctx, `${s.role}-heading`, s.label, MARGIN + i * (w + gap), top, w),
  );
  const bodies = textBoxesAlike(
    sections.map((s, i) => ({
      role: s.role,
      box: { x: MARGIN + i * (w + gap), y: top + 11, w, h: bottom - top - 11 },
      paragraphs: s.paragraphs,
    })),
    { minScale: 0.6, maxScale: 1.25 },
  );
  return [...headings, ...bodies];
}

/** Whether the band with the lists is drawn (the body grows when it is not). */
export const hasLists = (ctx: PosterContext): boolean => listSections(ctx).length > 0;
