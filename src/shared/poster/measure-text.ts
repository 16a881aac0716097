import { POSTER_FONT, type FontWidthTable } from './font-metrics.js';

// Measuring, wrapping and fitting text with the shipped font's advance widths, so a line that
// fits here fits in every renderer that draws the same font. Kerning is ignored: it only ever
// makes Open Sans lines a little narrower, never wider.

export type FontWeight = 'normal' | 'bold';

function lookup(table: FontWidthTable): Map<number, number> {
  const map = new Map<number, number>();
  for (const [first, ...widths] of table.runs) {
    widths.forEach((w, i) => map.set(first! + i, w));
  }
  return map;
}

const WIDTHS = { normal: lookup(POSTER_FONT.regular), bold: lookup(POSTER_FONT.bold) };
const AVERAGE = { normal: POSTER_FONT.regular.average, bold: POSTER_FONT.bold.average };

/** Width of one character (a code point) in em. */
function charEm(cp: number, weight: FontWeight): number {
  // Combining marks and zero-width characters take no room of their own.
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfe0f) return 0;
  return (WIDTHS[weight].get(cp) ?? AVERAGE[weight]) / POSTER_FONT.unitsPerEm;
}

/** Width of a text on one line at `size` (the unit of the size: mm, px …). */
export function measureText(text: string, size: number, weight: FontWeight = 'normal'): number {
  let em = 0;
  for (const ch of text) em += charEm(ch.codePointAt(0)!, weight);
  return em * size;
}

/** Collapses white space; the poster prints texts as flowing paragraphs. */
export const normaliseSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Breaks a text into lines no wider than `width`: at spaces, and inside a word only when the
 * word alone is wider than a line (a long URL, a hostile string without spaces).
 */
export function wrapLines(
  text: string,
  width: number,
  size: number,
  weight: FontWeight = 'normal',
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of normaliseSpace(text).split(' ')) {
    if (word === '') continue;
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measureText(candidate, size, weight) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    for (const ch of word) {
      if (line !== '' && measureText(line + ch, size, weight) > width) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A line cut to `width` with an ellipsis at its end (the ellipsis always fits). */
export function withEllipsis(
  line: string,
  width: number,
  size: number,
  weight: FontWeight = 'normal',
): string {
  const chars = [...line.replace(/[\s.…]+$/u, '')];
  while (chars.length > 0 && measureText(`${chars.join('')}…`, size, weight) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** One paragraph of a text box: its own size (before shrinking), weight and colour. */
export interface Paragraph {
  text: string;
  size: number;
  weight?: FontWeight;
  fill?: string;
  /** Room after the paragraph, in em of its size. */
  spaceAfter?: number;
  /** Extra room before the paragraph, in em of its size (not at the top of a box). */
  spaceBefore?: number;
}

export interface FittedLine {
  text: string;
  /** Baseline, measured from the box's top. */
  baseline: number;
  size: number;
  weight: FontWeight;
  fill?: string;
}

export interface FittedText {
  lines: FittedLine[];
  /** Factor the sizes were multiplied by (1 = as asked). */
  scale: number;
  /** Height the lines take, from the box's top to below the last line. */
  height: number;
  /** True when text had to be cut off with an ellipsis. */
  truncated: boolean;
}

export interface FitOptions {
  width: number;
  height: number;
  /** Smallest factor the sizes may shrink to before text is cut. */
  minScale?: number;
  /** Largest factor: short texts grow up to it to fill their box (default 1). */
  maxScale?: number;
  lineHeight?: number;
  /** At most this many lines per paragraph (a title on two lines, say). */
  maxLinesPerParagraph?: number;
}

const LINE_HEIGHT = 1.3;

function layout(paragraphs: readonly Paragraph[], o: FitOptions, scale: number): FittedText {
  const lineHeight = o.lineHeight ?? LINE_HEIGHT;
  const lines: FittedLine[] = [];
  let y = 0;
  let truncated = false;
  paragraphs.forEach((p, index) => {
    if (normaliseSpace(p.text) === '') return;
    const size = p.size * scale;
    const weight = p.weight ?? 'normal';
    if (index > 0 && lines.length > 0) y += (p.spaceBefore ?? 0) * size;
    let wrapped = wrapLines(p.text, o.width, size, weight);
    const max = o.maxLinesPerParagraph ?? Infinity;
    if (wrapped.length > max) {
      wrapped = wrapped.slice(0, max);
      wrapped[max - 1] = withEllipsis(wrapped[max - 1]!, o.width, size, weight);
      truncated = true;
    }
    for (const text of wrapped) {
      // The baseline sits 1 em below the line's top, whatever the line height: room for
      // Open Sans' accented capitals (about 0.93 em); descenders take 0.3 em below it.
      lines.push({ text, baseline: y + size, size, weight, fill: p.fill });
      y += size * lineHeight;
    }
    y += (p.spaceAfter ?? 0) * size;
  });
  const last = lines[lines.length - 1];
  const height = last === undefined ? 0 : last.baseline + last.size * 0.3;
  return { lines, scale, height, truncated };
}

/**
 * Fits paragraphs into a box: first at their own sizes, then shrinking all of them together
 * in small steps down to `minScale`, and only then cutting the last line that fits with an
 * ellipsis. The result never reaches outside the box.
 */
export function fitText(paragraphs: readonly Paragraph[], o: FitOptions): FittedText {
  const minScale = Math.min(o.minScale ?? 0.6, o.maxScale ?? 1);
  let scale = o.maxScale ?? 1;
  for (;;) {
    const attempt = layout(paragraphs, o, scale);
    // A paragraph cut to its line limit does not count as fitting while it may still shrink.
    if (attempt.height <= o.height && (!attempt.truncated || scale <= minScale + 1e-9))
      return attempt;
    if (scale <= minScale + 1e-9) break;
    scale = Math.max(minScale, scale - 0.05);
  }
  const full = layout(paragraphs, o, minScale);
  const kept = full.lines.filter((l) => l.baseline + l.size * 0.3 <= o.height);
  if (kept.length === 0) return { lines: [], scale: minScale, height: 0, truncated: true };
  const last = kept[kept.length - 1]!;
  kept[kept.length - 1] = {
    ...last,
    text: withEllipsis(last.text, o.width, last.size, last.weight),
  };
  const height = last.baseline + last.size * 0.3;
  return { lines: kept, scale: minScale, height, truncated: true };
}

/** The scale fitText would use (before cutting text) for these paragraphs in this box. */
export const fittingScale = (paragraphs: readonly Paragraph[], o: FitOptions): number =>
  fitText(paragraphs, o).scale;
