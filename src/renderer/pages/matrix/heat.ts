/**
 * Cell shading for the matrix: a blue whose strength follows the count, on a square-root
 * scale so a few large cells do not wash out the rest. Text turns white where the blue is
 * dark enough to keep a contrast of at least 4.5:1.
 */
export function heat(count: number, max: number): { background: string; color: string } | null {
  if (count <= 0 || max <= 0) return null;
  const ratio = Math.sqrt(count / max);
  const alpha = 0.1 + 0.8 * ratio;
  return {
    background: `rgba(25, 113, 194, ${alpha.toFixed(3)})`,
    color: alpha >= 0.6 ? '#ffffff' : '#0b2440',
  };
}
