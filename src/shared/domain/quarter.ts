import { QUARTER_PATTERN, type Quarter } from './roadmap.js';

// Quarters written '2027-Q1': the routekaart counts time in them. The text sorts in time order,
// so comparing two quarters is comparing two strings; these helpers do the arithmetic.

export interface QuarterParts {
  year: number;
  /** 1 to 4. */
  quarter: number;
}

/** '2027-Q3' → { year: 2027, quarter: 3 }; throws on anything else (inputs are parsed before). */
export function parseQuarter(q: Quarter): QuarterParts {
  if (!QUARTER_PATTERN.test(q)) throw new Error(`not a quarter: ${JSON.stringify(q)}`);
  return { year: Number(q.slice(0, 4)), quarter: Number(q.slice(6)) };
}

export function formatQuarter({ year, quarter }: QuarterParts): Quarter {
  return `${String(year).padStart(4, '0')}-Q${quarter}`;
}

/** The quarter n quarters later (n may be negative). */
export function addQuarters(q: Quarter, n: number): Quarter {
  const { year, quarter } = parseQuarter(q);
  const index = year * 4 + (quarter - 1) + n;
  return formatQuarter({ year: Math.floor(index / 4), quarter: (((index % 4) + 4) % 4) + 1 });
}

/** How many quarters lie from a to b (b - a; 0 for the same quarter). */
export function quartersBetween(a: Quarter, b: Quarter): number {
  const pa = parseQuarter(a);
  const pb = parseQuarter(b);
  return pb.year * 4 + pb.quarter - (pa.year * 4 + pa.quarter);
}

/** The quarter a date (yyyy-mm-dd, or an ISO timestamp) falls in. */
export function quarterOf(date: string): Quarter {
  const match = /^(\d{4})-(\d{2})/.exec(date);
  if (!match) throw new Error(`not a date: ${JSON.stringify(date)}`);
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw new Error(`not a date: ${JSON.stringify(date)}`);
  return formatQuarter({ year: Number(match[1]), quarter: Math.ceil(month / 3) });
}

/** The last day of a quarter, yyyy-mm-dd: '2027-Q1' → '2027-03-31' (a milestone's day). */
export function quarterEndDate(q: Quarter): string {
  const { year, quarter } = parseQuarter(q);
  const month = quarter * 3;
  // Day 0 of the next month is the last day of this one (UTC: no time zone moves the day).
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${day}`;
}

/** The last quarter of a plan that starts at `start` and runs `years` years. */
export function horizonEnd(start: Quarter, years: number): Quarter {
  return addQuarters(start, years * 4 - 1);
}

/** Every quarter from a to b, both included (empty when b lies before a). */
export function quarterRange(a: Quarter, b: Quarter): Quarter[] {
  const count = quartersBetween(a, b) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addQuarters(a, i));
}

/** The quarters of the plan's horizon, in order. */
export function horizonQuarters(start: Quarter, years: number): Quarter[] {
  return quarterRange(start, horizonEnd(start, years));
}

/** Whether the quarter q lies in the span start–end (both included). */
export const quarterWithin = (q: Quarter, start: Quarter, end: Quarter): boolean =>
  q >= start && q <= end;
