import { describe, expect, it } from 'vitest';
import { locateQuote } from './locate-quote.js';

const NOTES =
  'Wij werken nog veel in Excel.\nDe grootste  uitdaging is de\nwoningbouw, zegt de wethouder. ‘Zo’n plan’ kost tijd.';

const marked = (text: string, quote: string): string | null => {
  const range = locateQuote(text, quote);
  return range ? text.slice(range.start, range.end) : null;
};

describe('locateQuote', () => {
  it('finds the quote where it stands', () => {
    expect(locateQuote(NOTES, 'Wij werken')).toEqual({ start: 0, end: 10 });
    expect(marked(NOTES, 'nog veel in Excel')).toBe('nog veel in Excel');
  });

  it('ignores case and the amount of white space, line breaks included', () => {
    expect(marked(NOTES, 'de grootste uitdaging is de woningbouw')).toBe(
      'De grootste  uitdaging is de\nwoningbouw',
    );
    expect(marked(NOTES, '  DE GROOTSTE\n\nUITDAGING  ')).toBe('De grootste  uitdaging');
    expect(marked(NOTES, 'excel. de grootste')).toBe('Excel.\nDe grootste');
  });

  it('ignores the quotation marks and ellipses typed around the quote', () => {
    expect(marked(NOTES, '„De grootste uitdaging”')).toBe('De grootste  uitdaging');
    expect(marked(NOTES, '"…uitdaging is de woningbouw…"')).toBe('uitdaging is de\nwoningbouw');
    expect(marked(NOTES, '...werken nog veel...')).toBe('werken nog veel');
  });

  it('treats curly and straight marks alike', () => {
    expect(marked(NOTES, "'Zo'n plan' kost tijd")).toBe('‘Zo’n plan’ kost tijd');
  });

  it('marks the first place a quote occurs', () => {
    expect(locateQuote('ja, ja en nog eens ja', 'ja')).toEqual({ start: 0, end: 2 });
  });

  it('gives no place when the quote is not in the text, or is empty', () => {
    expect(locateQuote(NOTES, 'de grootste kans')).toBeNull();
    expect(locateQuote(NOTES, 'grootsteuitdaging')).toBeNull();
    expect(locateQuote(NOTES, '')).toBeNull();
    expect(locateQuote(NOTES, '  "" ')).toBeNull();
    expect(locateQuote(NOTES, '…')).toBeNull();
    expect(locateQuote('', 'Excel')).toBeNull();
  });

  it('keeps offsets right around characters that lower-case to two', () => {
    const text = 'İstanbul en Den Haag';
    expect(marked(text, 'den haag')).toBe('Den Haag');
    expect(marked(text, 'İstanbul')).toBe('İstanbul');
  });
});
