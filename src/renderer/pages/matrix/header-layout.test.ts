import { describe, expect, it } from 'vitest';
import { MIN_COLUMN, headWidth, rotateHeads } from './header-layout.js';

const DUTCH = [
  'Programmateam',
  'Teammanager',
  'Directie',
  'Wethouder',
  'Raadslid',
  '(Data)beheerder',
  'Beleidsmedewerker',
  'Externe partij',
  'Inwoner',
  'Documenten',
];

describe('matrix column heads', () => {
  it('are as wide as their longest word, and never narrower than a count', () => {
    expect(headWidth('Beleidsmedewerker')).toBeGreaterThan(headWidth('Externe partij'));
    expect(headWidth('Externe partij')).toBe(headWidth('Externe'));
    expect(headWidth('Ja')).toBe(MIN_COLUMN);
  });

  it('stand level when they fit beside each other, upright when they do not', () => {
    expect(rotateHeads(DUTCH.slice(0, 4), 1000)).toBe(false);
    expect(rotateHeads(DUTCH, 1000)).toBe(true);
    expect(rotateHeads(DUTCH, 1500)).toBe(false);
  });

  it('stand level before the width is known', () => {
    expect(rotateHeads(DUTCH, 0)).toBe(false);
  });
});
