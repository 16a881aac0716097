import { describe, expect, it } from 'vitest';
import { quoted, unquote } from './quote.js';

describe('quoted', () => {
  it('puts a plain quote between one pair of marks', () => {
    expect(quoted('Er is geen visie')).toBe('“Er is geen visie”');
    expect(quoted('  Er is geen visie \n')).toBe('“Er is geen visie”');
  });

  it.each([
    ['"Er is geen visie"'],
    ['„Er is geen visie”'],
    ['„Er is geen visie“'],
    ['“Er is geen visie”'],
    ['”Er is geen visie”'],
    ["'Er is geen visie'"],
    ['‘Er is geen visie’'],
    ['‚Er is geen visie‘'],
    ['«Er is geen visie»'],
    ['»Er is geen visie«'],
    ['‹Er is geen visie›'],
    ['  " Er is geen visie "  '],
    ['""Er is geen visie""'],
    ['“‘Er is geen visie’”'],
  ])('never shows two pairs for %s', (typed) => {
    expect(quoted(typed)).toBe('“Er is geen visie”');
  });

  it('keeps the full stop typed after the closing mark, inside', () => {
    expect(quoted('"Er is geen visie".')).toBe('“Er is geen visie.”');
    expect(quoted('"Is er een visie?".')).toBe('“Is er een visie?”');
  });

  it('takes off a lone mark when the other one was forgotten', () => {
    expect(quoted('"Er is geen visie')).toBe('“Er is geen visie”');
    expect(quoted('Er is geen visie”')).toBe('“Er is geen visie”');
    expect(quoted('«Er is geen visie')).toBe('“Er is geen visie”');
  });

  it('keeps marks that belong to the text', () => {
    expect(quoted('"Dit" en "dat" zijn verschillend')).toBe('“"Dit" en "dat" zijn verschillend”');
    expect(quoted('"Dit" en "dat"')).toBe('“"Dit" en "dat"”');
    expect(quoted('„Dit” en „dat”')).toBe('“„Dit” en „dat””');
    expect(quoted('«Dit» en «dat»')).toBe('“«Dit» en «dat»”');
    expect(quoted('Hij zei "nee" tegen het plan')).toBe('“Hij zei "nee" tegen het plan”');
    expect(quoted('"Hij zei "nee" tegen het plan"')).toBe('“Hij zei "nee" tegen het plan”');
  });

  it('leaves apostrophes alone', () => {
    expect(quoted("'t Is zo'n plan")).toBe("“'t Is zo'n plan”");
    expect(quoted('’t Is zo’n plan')).toBe('“’t Is zo’n plan”');
    expect(quoted("'Zo'n plan, 't werkt niet'")).toBe("“Zo'n plan, 't werkt niet”");
    expect(quoted("De auto's van de gemeente")).toBe("“De auto's van de gemeente”");
  });

  it('gives nothing for an empty quote, or one of only marks', () => {
    expect(quoted('')).toBe('');
    expect(quoted('   ')).toBe('');
    expect(quoted('""')).toBe('');
    expect(quoted('„ ”')).toBe('');
  });

  it('uses other marks when asked', () => {
    expect(quoted('"Er is geen visie"', { open: '‘', close: '’' })).toBe('‘Er is geen visie’');
  });
});

describe('unquote', () => {
  it('takes off the outer marks and nothing else', () => {
    expect(unquote('“Er is geen visie”')).toBe('Er is geen visie');
    expect(unquote('Er is "geen" visie')).toBe('Er is "geen" visie');
  });
});
