import { DOMParser } from '@xmldom/xmldom';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { timelineChart, type TimelineChartEvent } from '../../src/shared/charts/index.js';

const STEPS = ['Analyse', 'Werksessies', 'Visie', 'Vaststelling'] as const;
const chart = (events: TimelineChartEvent[]) =>
  timelineChart({
    events,
    stepLabels: STEPS,
    language: 'nl',
    emptyText: 'Nog geen gebeurtenissen',
  });

const parse = (svg: string) => {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      warning: () => undefined,
      error: (message: string) => errors.push(message),
      fatalError: (message: string) => errors.push(message),
    },
  }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  return doc;
};

const events: TimelineChartEvent[] = [
  { date: '2027-01-12', title: 'Coalitieakkoord toegevoegd', step: 1 },
  { date: '2027-01-20', title: 'Interview R01 gehouden', step: 1 },
  { date: '2027-01-21', title: 'Interview R02 gehouden', step: 1 },
  { date: '2027-01-21', title: 'Interview R03 gehouden', step: 1 },
  { date: '2027-02-10', title: 'World café datagedreven werken', step: 2 },
  { date: '2027-03-01', title: 'Versie 0.1 vastgelegd', step: 3 },
  { date: '2027-03-12', title: 'Gepresenteerd aan het MT (versie 0.2)', step: 4 },
  { date: '2027-03-26', title: 'Vastgesteld door het MT', step: 4 },
];

describe('timelineChart', () => {
  it('draws every event with its date and title, oldest first, in its step colour', () => {
    // Out of order in, in date order out; events on one day keep their order.
    const doc = parse(chart([...events.slice(4), ...events.slice(0, 4)]));
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    const titles = texts.filter((t) => /^\d{2}-\d{2} /.test(t));
    expect(titles).toEqual(
      events.map((e) => `${e.date.slice(8)}-${e.date.slice(5, 7)} ${e.title}`),
    );
    // The first tick carries the year.
    expect(texts).toContain('feb 2027');
    for (const step of STEPS) expect(texts).toContain(step);
    const dots = Array.from(doc.getElementsByTagName('circle')).slice(0, events.length);
    expect(new Set(dots.map((c) => c.getAttribute('fill'))).size).toBe(4);
  });

  it('keeps labels apart: no two labels in one lane overlap', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      date: `2027-02-${String((i % 20) + 1).padStart(2, '0')}`,
      title: `Gebeurtenis ${i + 1} met een wat langere omschrijving`,
      step: (i % 4) + 1,
    }));
    const doc = parse(chart(many));
    const boxes = Array.from(doc.getElementsByTagName('text'))
      .filter((t) => /^\d{2}-\d{2} /.test(t.textContent ?? ''))
      .map((t) => ({
        x: Number(t.getAttribute('x')),
        y: Number(t.getAttribute('y')),
        w: (t.textContent ?? '').length * 10 * 0.56,
      }));
    expect(boxes).toHaveLength(40);
    for (const a of boxes)
      for (const b of boxes)
        if (a !== b && a.y === b.y) expect(a.x + a.w <= b.x || b.x + b.w <= a.x).toBe(true);
  });

  it('renders hostile titles as text, and says so when there is nothing yet', () => {
    const svg = chart([
      { date: '2027-05-01', title: '<script>alert(1)</script> & "quotes" \u0007', step: 9 },
      { date: 'not a date', title: 'dropped', step: 1 },
    ]);
    const doc = parse(svg);
    expect(svg).not.toContain('<script>');
    expect(doc.documentElement!.textContent).toContain('<script>alert(1)</script> & "quotes"');
    expect(svg).not.toContain('dropped');
    const png = new Resvg(svg).render();
    expect(png.width).toBe(1000);
    expect(chart([])).toContain('Nog geen gebeurtenissen');
    // Deterministic: the same events give the same SVG.
    expect(chart(events)).toBe(chart(events));
  });

  it("draws the nulmeting's measurements and what is planned as open dots, with a legend", () => {
    const withFollowUp: TimelineChartEvent[] = [
      ...events,
      { date: '2026-03-02', title: '0-meting afgenomen', step: 4 },
      { date: '2027-03-30', title: '1-meting afgenomen', step: 4 },
      { date: '2027-06-30', title: 'Mijlpaal: Routekaart vastgesteld', step: 4, planned: true },
      { date: '2027-12-31', title: 'Mijlpaal: 2-meting datavolwassenheid', step: 4, planned: true },
    ];
    const svg = timelineChart({
      events: withFollowUp,
      stepLabels: STEPS,
      language: 'nl',
      emptyText: '',
      plannedLabel: 'Gepland',
    });
    const doc = parse(svg);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    for (const title of [
      '02-03 0-meting afgenomen',
      '30-03 1-meting afgenomen',
      '30-06 Mijlpaal: Routekaart vastgesteld',
      '31-12 Mijlpaal: 2-meting datavolwassenheid',
    ])
      expect(texts).toContain(title);
    // A span of almost two years: ticks per quarter, each new year named.
    expect(texts).toContain('jan 2027');
    const circles = Array.from(doc.getElementsByTagName('circle'));
    const open = circles.filter((c) => c.getAttribute('fill') === '#ffffff');
    // The two planned events and the legend's open dot; the held ones stay filled.
    expect(open).toHaveLength(3);
    expect(open.slice(0, 2).map((c) => c.getAttribute('stroke'))).toEqual(['#8e244d', '#8e244d']);
    const stems = Array.from(doc.getElementsByTagName('line')).filter((l) =>
      l.hasAttribute('stroke-dasharray'),
    );
    expect(stems).toHaveLength(2);
    expect(texts.at(-1)).toBe('Gepland');
    // Without a planned event the legend has no open dot.
    const held = chart(withFollowUp.filter((e) => !e.planned));
    expect(held).not.toContain('fill="#ffffff" stroke=');
    expect(held).toContain('1-meting afgenomen');
  });
});
