import { describe, expect, it } from 'vitest';
import { contrast, heat } from './heat.js';

const rgb = (css: string) => css.match(/\d+/g)!.map(Number);
const hex = (css: string) => [1, 3, 5].map((i) => parseInt(css.slice(i, i + 2), 16));

describe('matrix heat', () => {
  it('leaves empty cells unshaded and darkens with the count', () => {
    expect(heat(0, 5)).toBeNull();
    const light = rgb(heat(1, 9)!.background);
    const dark = rgb(heat(9, 9)!.background);
    expect(light[0]!).toBeGreaterThan(dark[0]!);
    expect(dark).toEqual([24, 100, 171]);
  });

  it('keeps the count readable (at least 4.5:1) at every strength', () => {
    for (let n = 1; n <= 40; n++) {
      const shade = heat(n, 40)!;
      expect(
        contrast(rgb(shade.background), hex(shade.color)),
        `count ${n}`,
      ).toBeGreaterThanOrEqual(4.5);
    }
  });
});
