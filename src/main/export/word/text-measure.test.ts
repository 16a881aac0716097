import { describe, expect, it } from 'vitest';
import { boldTextWidth, lineCount, longestWordWidth } from './text-measure.js';
import { rotatedHeaderHeight } from './word-blocks.js';

describe('bold text width', () => {
  it('measures wide letters wider, accents as their base letter, in twips', () => {
    expect(boldTextWidth('WWW', 20)).toBeGreaterThan(boldTextWidth('iii', 20) * 2);
    expect(boldTextWidth('é', 20)).toBe(boldTextWidth('e', 20));
    // "m" is 1042/1000 em: 10 pt is 200 twips, plus the 10 % margin.
    expect(boldTextWidth('m', 20)).toBe(Math.ceil(1.042 * 200 * 1.1));
    expect(longestWordWidth('Externe partners', 20)).toBe(boldTextWidth('partners', 20));
  });

  it('counts the lines a header wraps into at spaces, never inside a word', () => {
    const word = boldTextWidth('Interviews', 17);
    expect(lineCount('Interviews zonder deelnemer', 17, word)).toBe(3);
    expect(lineCount('Interviews zonder deelnemer', 17, 100_000)).toBe(1);
    expect(lineCount('Beleidsmedewerkers', 17, 10)).toBe(1);
  });

  it('makes a rotated header row as high as its longest word', () => {
    const short = rotatedHeaderHeight([{ text: 'Totaal', width: 720 }]);
    const long = rotatedHeaderHeight([
      { text: 'Totaal', width: 720 },
      { text: 'Beleidsmedewerkers', width: 720 },
    ]);
    expect(short).toBe(1200);
    expect(long).toBeGreaterThanOrEqual(boldTextWidth('Beleidsmedewerkers', 17));
    // A narrow column holds one line: three words then need a row long enough for all three.
    const narrow = rotatedHeaderHeight([{ text: 'Interviews zonder deelnemer', width: 300 }]);
    expect(narrow).toBeGreaterThanOrEqual(boldTextWidth('Interviews zonder deelnemer', 17));
  });
});
