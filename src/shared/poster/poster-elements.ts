import {
  fitText,
  fittingScale,
  type FitOptions,
  type FittedLine,
  type Paragraph,
} from './measure-text.js';

// The poster as a list of drawn elements in page millimetres (A3 design units). Layouts build
// this list; posterSvg only prints it. Tests read the same list to check that every line fits
// its box and that nothing lies outside the page.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type PosterElement =
  | { kind: 'rect'; box: Box; fill: string; rx?: number; opacity?: number }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; stroke?: string }
  /** A square on its point (a milestone of the routekaart): r from the centre to each point. */
  | { kind: 'diamond'; cx: number; cy: number; r: number; fill: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number }
  | { kind: 'image'; box: Box; href: string }
  | {
      kind: 'text';
      /** The box the lines were fitted into; baselines are relative to its top. */
      box: Box;
      anchor: 'start' | 'middle';
      lines: FittedLine[];
      role: string;
    }
  | {
      kind: 'mark';
      text: string;
      cx: number;
      cy: number;
      size: number;
      rotate: number;
      fill: string;
      opacity: number;
      /** Width of the text, for the page-bounds check. */
      width: number;
    };

/** Fits paragraphs into a box and returns the text element (empty lines when nothing fits). */
export function textBox(
  role: string,
  box: Box,
  paragraphs: readonly Paragraph[],
  options: Omit<FitOptions, 'width' | 'height'> & { anchor?: 'start' | 'middle' } = {},
): PosterElement & { kind: 'text' } {
  const fitted = fitText(paragraphs, { ...options, width: box.w, height: box.h });
  return { kind: 'text', box, anchor: options.anchor ?? 'start', lines: fitted.lines, role };
}

/** The height a text element really uses (for stacking boxes below it). */
export const usedHeight = (el: PosterElement & { kind: 'text' }): number => {
  const last = el.lines[el.lines.length - 1];
  return last === undefined ? 0 : last.baseline + last.size * 0.3;
};

export interface PendingText {
  role: string;
  box: Box;
  paragraphs: readonly Paragraph[];
}

/**
 * Text boxes of one kind (the theme texts, the three lists) fitted at one shared scale, so the
 * columns of a poster never show three different letter sizes side by side.
 */
export function textBoxesAlike(
  items: readonly PendingText[],
  options: Omit<FitOptions, 'width' | 'height'> = {},
): (PosterElement & { kind: 'text' })[] {
  const scale = Math.min(
    options.maxScale ?? 1,
    ...items.map((t) =>
      fittingScale(t.paragraphs, { ...options, width: t.box.w, height: t.box.h }),
    ),
  );
  return items.map((t) =>
    textBox(t.role, t.box, t.paragraphs, { ...options, minScale: scale, maxScale: scale }),
  );
}
