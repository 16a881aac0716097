import { describe, expect, it } from 'vitest';
import {
  addQuarters,
  horizonEnd,
  horizonQuarters,
  parseQuarter,
  quarterOf,
  quarterRange,
  quartersBetween,
  quarterEndDate,
  quarterWithin,
} from '../../src/shared/domain/quarter.js';

describe('quarters', () => {
  it('parses a quarter and refuses anything else', () => {
    expect(parseQuarter('2027-Q3')).toEqual({ year: 2027, quarter: 3 });
    for (const bad of ['2027-Q5', '2027-Q0', '27-Q1', '2027Q1', '', '2027-q1'])
      expect(() => parseQuarter(bad)).toThrow();
  });

  it('adds quarters across year ends, forwards and back', () => {
    expect(addQuarters('2027-Q1', 0)).toBe('2027-Q1');
    expect(addQuarters('2027-Q4', 1)).toBe('2028-Q1');
    expect(addQuarters('2027-Q2', 11)).toBe('2030-Q1');
    expect(addQuarters('2027-Q1', -1)).toBe('2026-Q4');
    expect(addQuarters('2027-Q1', -9)).toBe('2024-Q4');
  });

  it('counts the quarters between two quarters', () => {
    expect(quartersBetween('2027-Q1', '2027-Q1')).toBe(0);
    expect(quartersBetween('2027-Q3', '2028-Q2')).toBe(3);
    expect(quartersBetween('2028-Q2', '2027-Q3')).toBe(-3);
  });

  it('finds the quarter of a date or timestamp', () => {
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(quarterOf('2026-09-30')).toBe('2026-Q3');
    expect(quarterOf('2026-12-02T18:34:31.000Z')).toBe('2026-Q4');
    expect(() => quarterOf('2026-13-01')).toThrow();
    expect(() => quarterOf('gisteren')).toThrow();
  });

  it('lists the quarters of a horizon', () => {
    const three = horizonQuarters('2027-Q1', 3);
    expect(three).toHaveLength(12);
    expect(three[0]).toBe('2027-Q1');
    expect(three.at(-1)).toBe('2029-Q4');
    expect(horizonEnd('2026-Q3', 1)).toBe('2027-Q2');
    expect(horizonQuarters('2026-Q3', 1)).toEqual(['2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2']);
    expect(quarterRange('2027-Q2', '2027-Q1')).toEqual([]);
    expect(quarterRange('2027-Q2', '2027-Q2')).toEqual(['2027-Q2']);
  });

  it('sorts as text in time order and tests a span', () => {
    const shuffled = ['2028-Q1', '2027-Q4', '2027-Q1', '2030-Q2'];
    expect([...shuffled].sort()).toEqual(['2027-Q1', '2027-Q4', '2028-Q1', '2030-Q2']);
    expect(quarterWithin('2027-Q2', '2027-Q1', '2027-Q3')).toBe(true);
    expect(quarterWithin('2027-Q3', '2027-Q1', '2027-Q3')).toBe(true);
    expect(quarterWithin('2027-Q4', '2027-Q1', '2027-Q3')).toBe(false);
  });

  it("gives a quarter's last day, inside that quarter", () => {
    expect(['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'].map(quarterEndDate)).toEqual([
      '2027-03-31',
      '2027-06-30',
      '2027-09-30',
      '2027-12-31',
    ]);
    for (const q of ['2028-Q1', '2031-Q4']) expect(quarterOf(quarterEndDate(q))).toBe(q);
    expect(() => quarterEndDate('2027-Q5')).toThrow();
  });
});
