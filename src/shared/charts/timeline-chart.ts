import { escapeXml, num, textWidth, truncate } from './svg.js';

// The engagement's timeline: every dated event of the four steps on one line, as the screen
// shows it and the adoption dossier prints it. Labels are placed in lanes above and below the
// line so none overlaps another, however many events fall close together. What is still planned
// has an open dot and a dashed stem, so it reads apart from what happened, in print too.

export interface TimelineChartEvent {
  /** yyyy-mm-dd. */
  date: string;
  title: string;
  /** The method step, 1–4: its colour. */
  step: number;
  /** Still to come (a planned measurement or milestone): drawn as an open dot, dashed. */
  planned?: boolean;
}

export interface TimelineChartInput {
  events: readonly TimelineChartEvent[];
  /** The names of steps 1–4 for the legend, in the document's language. */
  stepLabels: readonly [string, string, string, string];
  language: 'nl' | 'en';
  /** Shown when there are no events. */
  emptyText: string;
  /** The legend's word for an open dot ("Gepland"); shown when some event is planned. */
  plannedLabel?: string;
}

const WIDTH = 1000;
const PAD_X = 40;
const AXIS_GAP = 28;
const LANE_H = 30;
const FONT = 10;
const LABEL_MAX_CHARS = 42;
const LANES_PER_SIDE = 6;
const STEP_COLOURS = ['#1f4e79', '#2e7d32', '#b8860b', '#8e244d'];
// Fixed names, not Intl: the same input gives the same SVG on every machine.
const MONTHS = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

const dayNumber = (date: string): number =>
  Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
const isDate = (date: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(date) && Number.isFinite(dayNumber(date));

interface Placed {
  event: TimelineChartEvent;
  x: number;
  label: string;
  width: number;
  /** Negative: above the line (−1 nearest); positive: below. */
  lane: number;
}

/** Puts each label in the nearest lane, alternating sides, where it does not overlap. */
function placeLabels(events: { event: TimelineChartEvent; x: number }[]): Placed[] {
  const laneEnds = new Map<number, number>();
  const placed: Placed[] = [];
  events.forEach(({ event, x }, i) => {
    const label = truncate(event.title, LABEL_MAX_CHARS);
    // The date (dd-mm) goes before the title.
    const width = textWidth(`00-00 ${label}`, FONT) + 8;
    const start = Math.min(Math.max(x - 4, PAD_X / 2), WIDTH - PAD_X / 2 - width);
    const sides = i % 2 === 0 ? [-1, 1] : [1, -1];
    let lane = 0;
    for (let depth = 1; lane === 0; depth++) {
      for (const side of sides) {
        const candidate = side * depth;
        if ((laneEnds.get(candidate) ?? -Infinity) < start) {
          lane = candidate;
          break;
        }
      }
      // Past the lanes drawn for, lanes keep growing: the chart gets taller, never cluttered.
      if (depth > LANES_PER_SIDE * 10) lane = sides[0]! * depth;
    }
    laneEnds.set(lane, start + width + 6);
    placed.push({ event, x, label, width, lane });
  });
  return placed;
}

export function timelineChart(input: TimelineChartInput): string {
  const events = input.events
    .filter((e) => isDate(e.date))
    .slice()
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const legendY = (h: number) => h - 18;
  if (events.length === 0) {
    const h = 80;
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${h}" width="${WIDTH}" height="${h}" font-family="Open Sans, Arial, sans-serif" role="img">`,
      `<line x1="${PAD_X}" y1="30" x2="${WIDTH - PAD_X}" y2="30" stroke="#9aa5b1" stroke-width="2"/>`,
      `<text x="${WIDTH / 2}" y="${legendY(h) - 10}" text-anchor="middle" font-size="${FONT + 2}" fill="#52606d">${escapeXml(input.emptyText)}</text>`,
      '</svg>',
    ].join('\n');
  }
  const first = dayNumber(events[0]!.date);
  const last = dayNumber(events[events.length - 1]!.date);
  // A little room either side, and at least a month, so one event is not squeezed to an edge.
  const span = Math.max(last - first, 30);
  const from = first - span * 0.04;
  const to = first + span * 1.04;
  const xOf = (day: number) => PAD_X + ((day - from) / (to - from)) * (WIDTH - 2 * PAD_X);

  const placed = placeLabels(events.map((event) => ({ event, x: xOf(dayNumber(event.date)) })));
  const above = Math.max(1, ...placed.map((p) => (p.lane < 0 ? -p.lane : 0)));
  const below = Math.max(1, ...placed.map((p) => (p.lane > 0 ? p.lane : 0)));
  const axisY = 16 + above * LANE_H + AXIS_GAP;
  const height = axisY + AXIS_GAP + below * LANE_H + 52;
  const laneY = (lane: number) =>
    lane < 0 ? axisY - AXIS_GAP - (-lane - 1) * LANE_H : axisY + AXIS_GAP + (lane - 1) * LANE_H;

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${num(height)}" width="${WIDTH}" height="${num(height)}" font-family="Open Sans, Arial, sans-serif" role="img">`,
    `<rect x="0" y="0" width="${WIDTH}" height="${num(height)}" fill="#ffffff"/>`,
    `<line x1="${PAD_X}" y1="${num(axisY)}" x2="${WIDTH - PAD_X}" y2="${num(axisY)}" stroke="#9aa5b1" stroke-width="2"/>`,
  ];
  // Month ticks: every month when the span is short, every quarter when it is long; the year
  // on the first tick and on each January.
  const months = MONTHS[input.language];
  const startDate = new Date(Math.floor(from) * 86_400_000);
  const quarterly = span > 500;
  let firstTick = true;
  for (let k = startDate.getUTCFullYear() * 12 + startDate.getUTCMonth(); ; k++) {
    const year = Math.floor(k / 12);
    const month = k % 12;
    const day = Math.floor(Date.UTC(year, month, 1) / 86_400_000);
    if (day > to) break;
    if (day < from || (quarterly && month % 3 !== 0)) continue;
    const x = xOf(day);
    const label = firstTick || month === 0 ? `${months[month]} ${year}` : months[month]!;
    firstTick = false;
    out.push(
      `<line x1="${num(x)}" y1="${num(axisY - 4)}" x2="${num(x)}" y2="${num(axisY + 4)}" stroke="#9aa5b1"/>`,
      `<text x="${num(x)}" y="${num(axisY + 16)}" text-anchor="middle" font-size="${FONT - 1}" fill="#7b8794">${escapeXml(label)}</text>`,
    );
  }
  for (const p of placed) {
    const colour = STEP_COLOURS[Math.min(Math.max(p.event.step, 1), 4) - 1]!;
    const y = laneY(p.lane);
    const start = Math.min(Math.max(p.x - 4, PAD_X / 2), WIDTH - PAD_X / 2 - p.width);
    const textY = p.lane < 0 ? y - 4 : y + 12;
    const planned = p.event.planned === true;
    out.push(
      `<line x1="${num(p.x)}" y1="${num(axisY)}" x2="${num(p.x)}" y2="${num(p.lane < 0 ? y + 2 : y)}" stroke="${colour}" stroke-width="1" stroke-opacity="0.5"${planned ? ' stroke-dasharray="3 2"' : ''}/>`,
      planned
        ? `<circle cx="${num(p.x)}" cy="${num(axisY)}" r="4.5" fill="#ffffff" stroke="${colour}" stroke-width="2"/>`
        : `<circle cx="${num(p.x)}" cy="${num(axisY)}" r="5" fill="${colour}"/>`,
      `<text x="${num(start + 4)}" y="${num(textY)}" font-size="${FONT}" fill="#1f2933"><tspan font-weight="bold" fill="${colour}">${escapeXml(p.event.date.slice(8, 10))}-${escapeXml(p.event.date.slice(5, 7))}</tspan> ${escapeXml(p.label)}</text>`,
    );
  }
  let x = PAD_X;
  input.stepLabels.forEach((label, i) => {
    const text = truncate(label, 40);
    out.push(
      `<circle cx="${num(x + 5)}" cy="${num(legendY(height) - 4)}" r="5" fill="${STEP_COLOURS[i]}"/>`,
      `<text x="${num(x + 14)}" y="${num(legendY(height))}" font-size="${FONT}" fill="#3e4c59">${escapeXml(text)}</text>`,
    );
    x += 24 + textWidth(text, FONT);
  });
  if (input.plannedLabel && events.some((e) => e.planned)) {
    const text = truncate(input.plannedLabel, 40);
    out.push(
      `<circle cx="${num(x + 5)}" cy="${num(legendY(height) - 4)}" r="4.5" fill="#ffffff" stroke="#52606d" stroke-width="2"/>`,
      `<text x="${num(x + 14)}" y="${num(legendY(height))}" font-size="${FONT}" fill="#3e4c59">${escapeXml(text)}</text>`,
    );
  }
  out.push('</svg>');
  return out.join('\n');
}
