import { describe, expect, it } from 'vitest';
import { formatDate } from './word-document.js';

describe('Word document helpers', () => {
  it('writes dates as readers do, in the document language, without shifting a typed local time', () => {
    expect(formatDate('2026-11-24T09:15:00.000Z', 'nl')).toBe('24 november 2026');
    expect(formatDate('2026-11-24T23:30:00.000Z', 'nl')).toBe('25 november 2026');
    expect(formatDate('2026-11-24T09:15:00.000Z', 'en')).toBe('24 November 2026');
    expect(formatDate('2026-04-21T09:30', 'nl')).toBe('21 april 2026, 09:30');
    expect(formatDate('2026-03-12', 'nl')).toBe('12 maart 2026');
    expect(formatDate(null, 'nl')).toBe('');
  });
});
