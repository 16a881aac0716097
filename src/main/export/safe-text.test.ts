import { describe, expect, it } from 'vitest';
import {
  EXCEL_CELL_MAX,
  TextCleaner,
  TRUNCATION_MARKER,
  fitExcelCell,
  looksLikeFormula,
  sheetName,
} from './safe-text.js';

describe('safe text for exports', () => {
  it('removes exactly the characters XML 1.0 forbids and counts them', () => {
    const cleaner = new TextCleaner();
    const input = `a\u0000b\u0008c\td\ne\rf\u000bg\u001fh\uFFFEi\uFFFFj\uD800k\uDC00l😀m`;
    expect(cleaner.xml(input)).toBe('abc\td\ne\rfghijkl😀m');
    expect(cleaner.removed).toBe(8);
  });

  it('knows which text Excel would take for a formula', () => {
    for (const t of ['=SUM(A1)', '+31 6', '-5', '@Marieke', '  =1+1', '\t=x', '\r=x'])
      expect(looksLikeFormula(t), t).toBe(true);
    for (const t of ['Privacy', '5 - 3', 'a=b', '', ' '])
      expect(looksLikeFormula(t), t).toBe(false);
  });

  it('fits a cell into 32,767 characters with a marker, never splitting an emoji', () => {
    expect(fitExcelCell('kort')).toEqual({ text: 'kort', truncated: false });
    const long = '😀'.repeat(20_000);
    const fitted = fitExcelCell(long);
    expect(fitted.truncated).toBe(true);
    expect(fitted.text.length).toBeLessThanOrEqual(EXCEL_CELL_MAX);
    expect(fitted.text.endsWith(TRUNCATION_MARKER)).toBe(true);
    expect(fitted.text.slice(0, -TRUNCATION_MARKER.length)).toMatch(/^(😀)+$/u);
  });

  it('makes valid, unique sheet names from hostile client names', () => {
    const used = new Set<string>();
    const a = sheetName("'s-Hertogenbosch – bevindingen per thema en groep", used);
    const b = sheetName("'s-Hertogenbosch – bevindingen per thema en groep (2025)", used);
    const c = sheetName('Risico*s? [concept] a/b\\c:d', used);
    const d = sheetName('', used);
    const e = sheetName('RISICO S CONCEPT A B C D', used);
    for (const name of [a, b, c, d, e]) {
      expect(name.length).toBeGreaterThan(0);
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[*?:\\/[\]]/);
      expect(name.startsWith("'")).toBe(false);
      expect(name.endsWith("'")).toBe(false);
    }
    expect(new Set([a, b, c, d, e].map((n) => n.toLowerCase())).size).toBe(5);
    expect(a).toBe('s-Hertogenbosch – bevindingen p');
    expect(b).toBe('s-Hertogenbosch – bevinding (2)');
  });
});
