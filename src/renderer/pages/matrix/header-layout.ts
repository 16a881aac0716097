// No imports: a pure estimate, tested under NodeNext (header-layout.test.ts).

/** Widths in CSS pixels of the matrix's fixed parts (matrix.module.css). */
export const THEME_COLUMN = 205;
export const TOTAL_COLUMN = 76;
/** A column never gets narrower than a count needs. */
export const MIN_COLUMN = 52;
/** Average width of a character of a column head (12 px, semi-bold), and its padding. */
const CHAR_WIDTH = 7.2;
const HEAD_PADDING = 2 * 8;
const SPACING = 3;

/** The width a column head needs to stand level without breaking a word: its longest word. */
export function headWidth(label: string): number {
  const longest = Math.max(0, ...label.split(/\s+/u).map((word) => word.length));
  return Math.max(MIN_COLUMN, Math.ceil(longest * CHAR_WIDTH) + HEAD_PADDING);
}

/**
 * Whether the column heads stand upright (turned a quarter) rather than level: only when the
 * level heads, each as wide as its longest word, would not fit beside each other. Words are
 * never broken either way; a level head wraps only between words.
 */
export function rotateHeads(labels: readonly string[], available: number): boolean {
  if (available <= 0) return false;
  const needed =
    THEME_COLUMN +
    TOTAL_COLUMN +
    labels.reduce((sum, label) => sum + headWidth(label), 0) +
    SPACING * (labels.length + 3);
  return needed > available;
}
