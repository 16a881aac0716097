import { describe, expect, it } from 'vitest';
import { fitText, measureText, wrapLines } from '../../src/shared/poster/measure-text.js';

describe('measuring and fitting text with the poster font', () => {
  it('measures with Open Sans widths: bold is wider, unknown characters get an average width', () => {
    // Open Sans: "i" is 518/2048 em, "m" 1905/2048 em.
    expect(measureText('i', 2048)).toBe(518);
    expect(measureText('m', 2048)).toBe(1905);
    expect(measureText('Kernvisie', 10, 'bold')).toBeGreaterThan(measureText('Kernvisie', 10));
    expect(measureText('漢', 10)).toBeGreaterThan(4);
    expect(measureText('e\u0301', 10)).toBe(measureText('e', 10)); // combining accent
  });

  it('wraps at spaces and breaks a word only when it is wider than a line', () => {
    const lines = wrapLines('Den Helder gebruikt data om inwoners beter te helpen', 40, 4);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measureText(line, 4)).toBeLessThanOrEqual(40);
    expect(lines.join(' ')).toBe('Den Helder gebruikt data om inwoners beter te helpen');
    const long = wrapLines('x'.repeat(500), 30, 4);
    expect(long.join('')).toBe('x'.repeat(500));
    for (const line of long) expect(measureText(line, 4)).toBeLessThanOrEqual(30);
  });

  it('shrinks text to fit, down to the minimum, and only then ends it with an ellipsis', () => {
    const text = 'Een alinea die net niet past. '.repeat(6);
    const fits = fitText([{ text, size: 4 }], { width: 60, height: 25, minScale: 0.5 });
    expect(fits.truncated).toBe(false);
    expect(fits.scale).toBeLessThan(1);
    expect(fits.scale).toBeGreaterThanOrEqual(0.5);
    expect(fits.height).toBeLessThanOrEqual(25);

    const cut = fitText([{ text: text.repeat(10), size: 4 }], {
      width: 60,
      height: 40,
      minScale: 0.5,
    });
    expect(cut.truncated).toBe(true);
    expect(cut.scale).toBe(0.5);
    expect(cut.height).toBeLessThanOrEqual(40);
    expect(cut.lines[cut.lines.length - 1]!.text.endsWith('…')).toBe(true);
    for (const line of cut.lines) expect(measureText(line.text, line.size)).toBeLessThanOrEqual(60);
  });

  it('shrinks a one-line text rather than cutting it, while it may', () => {
    const name = 'Gemeente Súdwest-Fryslân en Waadhoeke Samenwerkingsverband Noordwest-Friesland';
    const fitted = fitText([{ text: name, size: 5, weight: 'bold' }], {
      width: 180,
      height: 8,
      minScale: 0.55,
      maxLinesPerParagraph: 1,
    });
    expect(fitted.lines.map((l) => l.text)).toEqual([name]);
    expect(fitted.truncated).toBe(false);
    expect(fitted.scale).toBeLessThan(1);
  });

  it('gives nothing rather than overflowing a box too small for one line', () => {
    expect(
      fitText([{ text: 'Tekst', size: 10 }], { width: 50, height: 2, minScale: 0.5 }).lines,
    ).toEqual([]);
  });
});
