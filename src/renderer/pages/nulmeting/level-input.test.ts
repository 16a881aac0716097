import { describe, expect, it } from 'vitest';
import { formatLevel, formatNumber, parseLevelInput } from './level-input.js';

describe('a typed level', () => {
  it('takes whole levels and half steps in every way the grid allows', () => {
    for (const [text, value] of [
      ['1', 1],
      ['5', 5],
      ['2.5', 2.5],
      ['2,5', 2.5],
      ['2+', 2.5],
      ['2.', 2.5],
      ['4,', 4.5],
      [' 3 ', 3],
    ] as const)
      expect(parseLevelInput(text), text).toEqual({ ok: true, value });
    expect(parseLevelInput('')).toEqual({ ok: true, value: null });
  });

  it('refuses what is not a level from 1 to 5 in half steps', () => {
    for (const text of ['0', '7', '6', '5.5', '5+', '2.3', '2,25', 'a', '12', '-1', '2+5', '0.5'])
      expect(parseLevelInput(text), text).toEqual({ ok: false });
  });

  it('shows levels and means in the language of the UI', () => {
    expect(formatLevel(2.5, 'nl')).toBe('2,5');
    expect(formatLevel(2.5, 'en')).toBe('2.5');
    expect(formatLevel(null, 'nl')).toBe('');
    expect(formatNumber(2.333, 'nl')).toBe('2,3');
    expect(formatNumber(3, 'nl')).toBe('3');
    expect(formatNumber(null, 'nl')).toBe('–');
  });
});
