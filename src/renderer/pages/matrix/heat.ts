const BASE = [24, 100, 171] as const; // Mantine blue-8: dark enough for white text at full strength
// Black, not a softer navy: only black and white together keep 4.5:1 across every shade.
const DARK_TEXT = '#000000';

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: readonly number[]) =>
  0.2126 * channel(r ?? 0) + 0.7152 * channel(g ?? 0) + 0.0722 * channel(b ?? 0);
export const contrast = (a: readonly number[], b: readonly number[]): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/**
 * Cell shading for the matrix: a blue whose strength follows the count, on a square-root
 * scale so one large cell does not wash out the rest. The text colour is whichever of white
 * and dark navy contrasts more with the blended background.
 */
export function heat(count: number, max: number): { background: string; color: string } | null {
  if (count <= 0 || max <= 0) return null;
  const alpha = 0.12 + 0.88 * Math.sqrt(Math.min(1, count / max));
  const blended = BASE.map((c) => Math.round(255 + (c - 255) * alpha));
  const dark = [0, 0, 0];
  const white = [255, 255, 255];
  return {
    background: `rgb(${blended.join(', ')})`,
    color: contrast(blended, white) > contrast(blended, dark) ? '#ffffff' : DARK_TEXT,
  };
}
