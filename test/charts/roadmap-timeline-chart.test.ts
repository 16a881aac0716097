import { DOMParser } from '@xmldom/xmldom';
import { Resvg } from '@resvg/resvg-js';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  roadmapTimelineChart,
  roadmapTimelineLayout,
  type RoadmapTimelineInput,
  type RoadmapTimelineItem,
} from '../../src/shared/charts/index.js';

const labels: RoadmapTimelineInput['labels'] = {
  title: 'Routekaart',
  kinds: {
    project: 'Project',
    activiteit: 'Activiteit',
    'quick-win': 'Quick win',
    doorlopend: 'Doorlopend',
    mijlpaal: 'Mijlpaal',
  },
  otherLane: 'Overig',
  today: 'Vandaag',
  dependency: 'Afhankelijkheid',
  conflict: 'Begint te vroeg',
  empty: 'Nog geen acties',
};
const lanes = [
  { key: 'data-cultuur', label: 'Datacultuur' },
  { key: 'data-expertise', label: 'Data-expertise' },
  { key: 'data-architectuur', label: 'Data-architectuur' },
];
const item = (over: Partial<RoadmapTimelineItem> & { id: string }): RoadmapTimelineItem => ({
  title: `Actie ${over.id}`,
  kind: 'project',
  status: 'gepland',
  startQuarter: '2027-Q1',
  endQuarter: '2027-Q2',
  laneKey: 'data-cultuur',
  dependsOn: [],
  ...over,
});
const items: RoadmapTimelineItem[] = [
  item({
    id: 'a',
    title: 'Portaal met bestaande dashboards',
    startQuarter: '2027-Q1',
    endQuarter: '2027-Q3',
    laneKey: 'data-architectuur',
  }),
  item({
    id: 'b',
    title: 'Architectuur optimaliseren',
    startQuarter: '2027-Q4',
    endQuarter: '2028-Q4',
    laneKey: 'data-architectuur',
    dependsOn: ['a'],
  }),
  item({
    id: 'c',
    title: 'Datawijsheid-training',
    kind: 'activiteit',
    startQuarter: '2027-Q2',
    endQuarter: '2027-Q3',
    laneKey: 'data-expertise',
    status: 'gereed',
  }),
  item({
    id: 'd',
    title: 'Ethisch kader',
    kind: 'quick-win',
    startQuarter: '2027-Q2',
    endQuarter: '2027-Q2',
    laneKey: 'data-cultuur',
    dependsOn: ['c'],
    warning: true,
  }),
  item({
    id: 'e',
    title: 'Datagedreven werken vastgesteld',
    kind: 'mijlpaal',
    startQuarter: '2028-Q2',
    endQuarter: '2028-Q2',
    laneKey: 'data-cultuur',
    dependsOn: ['d'],
  }),
  item({
    id: 'f',
    title: 'Oude datawarehouse',
    status: 'geschrapt',
    startQuarter: '2028-Q1',
    endQuarter: '2028-Q3',
    laneKey: null,
  }),
  item({
    id: 'g',
    title: 'Communiteit van datagebruikers',
    kind: 'doorlopend',
    startQuarter: '2027-Q1',
    endQuarter: '2029-Q4',
    laneKey: 'data-cultuur',
  }),
];
const input = (over: Partial<RoadmapTimelineInput> = {}): RoadmapTimelineInput => ({
  items,
  lanes,
  startQuarter: '2027-Q1',
  horizonYears: 3,
  zoom: 'quarter',
  today: '2027-05-15',
  labels,
  ...over,
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
const groups = (doc: Document) =>
  Array.from(doc.getElementsByTagName('g')).filter((g) => g.getAttribute('data-item-id'));
const barRect = (doc: Document, id: string) => {
  const g = groups(doc).find((x) => x.getAttribute('data-item-id') === id)!;
  return g.getElementsByTagName('rect')[0]!;
};

describe('roadmapTimelineChart', () => {
  it('puts a bar at the x of its start quarter and as wide as its quarters', () => {
    const layout = roadmapTimelineLayout(input());
    const doc = parse(roadmapTimelineChart(input()));
    // The header names every quarter of the three years, in order.
    const quarters = Array.from(doc.getElementsByTagName('text'))
      .filter((t) => t.getAttribute('data-quarter'))
      .map((t) => t.getAttribute('data-quarter'));
    expect(quarters).toHaveLength(12);
    expect(quarters[0]).toBe('2027-Q1');
    expect(quarters[11]).toBe('2029-Q4');
    const b = barRect(doc, 'b');
    const x = Number(b.getAttribute('x'));
    expect(x).toBeCloseTo(layout.xOfQuarter('2027-Q4') + 2, 1);
    expect(Number(b.getAttribute('width'))).toBeCloseTo(5 * layout.columnWidth - 4, 1);
    expect(layout.quarterAt(x + 1)).toBe('2027-Q4');
    expect(layout.quarterAt(x + 4 * layout.columnWidth + 1)).toBe('2028-Q4');
    // The layout's rectangles are the ones drawn.
    const bar = layout.bars.find((r) => r.id === 'b')!;
    expect(bar.x).toBeCloseTo(x, 1);
    expect(Number(b.getAttribute('y'))).toBeCloseTo(bar.y, 1);
    // Shifting a quarter crosses years.
    expect(layout.shiftQuarter('2027-Q4', 1)).toBe('2028-Q1');
    expect(layout.shiftQuarter('2027-Q1', -1)).toBe('2026-Q4');
  });

  it('draws lanes in order, an other lane for items without one, and items in their lane', () => {
    const layout = roadmapTimelineLayout(input());
    expect(layout.lanes.map((l) => l.label)).toEqual([
      'Datacultuur',
      'Data-expertise',
      'Data-architectuur',
      'Overig',
    ]);
    const laneOf = (id: string) => layout.bars.find((b) => b.id === id)!.laneKey;
    expect(laneOf('a')).toBe('data-architectuur');
    expect(laneOf('f')).toBe(layout.lanes[3]!.key);
    // Overlapping items in one lane get their own row: no two bars of a lane overlap.
    for (const lane of layout.lanes) {
      const bars = layout.bars.filter((b) => b.laneKey === lane.key);
      for (const p of bars)
        for (const q of bars)
          if (p !== q && p.y === q.y)
            expect(p.x + p.width <= q.x || q.x + q.width <= p.x).toBe(true);
      for (const b of bars) {
        expect(b.y).toBeGreaterThanOrEqual(lane.y);
        expect(b.y + b.height).toBeLessThanOrEqual(lane.y + lane.height);
      }
    }
  });

  it('draws dependency arrows, the conflicting one in the warning colour', () => {
    const doc = parse(roadmapTimelineChart(input()));
    const arrows = Array.from(doc.getElementsByTagName('path')).filter((p) =>
      (p.getAttribute('class') ?? '').includes('rtc-dependency'),
    );
    const byPair = new Map(
      arrows.map((a) => [`${a.getAttribute('data-from')}>${a.getAttribute('data-to')}`, a]),
    );
    expect([...byPair.keys()].sort()).toEqual(['a>b', 'c>d', 'd>e']);
    // a ends 2027-Q3, b starts 2027-Q4: fine. c ends 2027-Q3, d starts 2027-Q2: conflict.
    expect(byPair.get('a>b')!.getAttribute('class')).not.toContain('rtc-conflict');
    expect(byPair.get('c>d')!.getAttribute('class')).toContain('rtc-conflict');
    expect(byPair.get('c>d')!.getAttribute('stroke')).toBe('#c2410c');
    // The arrow starts at the end of a and ends at the start of b.
    const layout = roadmapTimelineLayout(input());
    const a = layout.bars.find((r) => r.id === 'a')!;
    const d = byPair.get('a>b')!.getAttribute('d')!;
    expect(Number(/^M([\d.]+)/.exec(d)![1])).toBeCloseTo(a.x + a.width, 1);
  });

  it('shows milestones as diamonds, the status, the warning badge and the today line', () => {
    const doc = parse(roadmapTimelineChart(input({ selectedId: 'a' })));
    const g = (id: string) => groups(doc).find((x) => x.getAttribute('data-item-id') === id)!;
    expect(g('e').getElementsByTagName('rect')).toHaveLength(0);
    expect(g('e').getElementsByTagName('path')).toHaveLength(1);
    expect(g('f').getAttribute('opacity')).toBe('0.35');
    expect(g('f').getElementsByTagName('line')).toHaveLength(1);
    expect(g('c').getElementsByTagName('text')[0]!.textContent).toMatch(/^✓ /);
    expect(g('d').getElementsByTagName('circle')).toHaveLength(1);
    expect(g('a').getElementsByTagName('rect')[0]!.getAttribute('stroke-width')).toBe('2.5');
    const layout = roadmapTimelineLayout(input());
    // 15 May: in Q2, a bit past the middle of its second month.
    expect(layout.todayX!).toBeGreaterThan(layout.xOfQuarter('2027-Q2') + layout.columnWidth / 3);
    expect(layout.todayX!).toBeLessThan(layout.xOfQuarter('2027-Q3'));
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toContain('Vandaag');
    expect(roadmapTimelineChart(input({ today: null }))).not.toContain('rtc-today');
    // A plan starting next quarter shows this quarter too (shaded), with today in it.
    const early = roadmapTimelineLayout(input({ today: '2026-12-02' }));
    expect(early.quarters[0]).toBe('2026-Q4');
    expect(early.horizonFrom).toBe(1);
    expect(early.todayX!).toBeGreaterThan(early.xOfQuarter('2026-Q4'));
    // Today years away: no line, and the view stays the plan's.
    const far = roadmapTimelineLayout(input({ today: '2035-01-01' }));
    expect(far.todayX).toBeNull();
    expect(far.quarters[0]).toBe('2027-Q1');
  });

  it('zooms: the year view is narrower and names only the years', () => {
    const year = roadmapTimelineLayout(input({ zoom: 'year' }));
    const quarter = roadmapTimelineLayout(input({ zoom: 'quarter' }));
    expect(year.width).toBeLessThan(quarter.width);
    const doc = parse(roadmapTimelineChart(input({ zoom: 'year' })));
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['2027', '2028', '2029']));
    expect(texts).not.toContain('Q2');
  });

  it('widens the view for items outside the horizon and shades those quarters', () => {
    const late = [...items, item({ id: 'z', startQuarter: '2030-Q2', endQuarter: '2030-Q3' })];
    const layout = roadmapTimelineLayout(input({ items: late }));
    expect(layout.quarters.at(-1)).toBe('2030-Q3');
    expect(layout.horizonTo).toBe(12);
    const svg = roadmapTimelineChart(input({ items: late }));
    expect(svg.match(/rtc-outside/g)).toHaveLength(3);
  });

  it('escapes hostile titles and lane labels', () => {
    const hostile = '<script>alert("x")</script> & \u0001 </svg>';
    const doc = parse(
      roadmapTimelineChart(
        input({
          items: [
            item({ id: 'x"><b', title: hostile, startQuarter: '2027-Q1', endQuarter: '2029-Q4' }),
          ],
          lanes: [{ key: 'k"', label: hostile }],
        }),
      ),
    );
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    const g = groups(doc)[0]!;
    expect(g.getAttribute('data-item-id')).toBe('x"><b');
    expect(g.getElementsByTagName('title')[0]!.textContent).toBe(
      '<script>alert("x")</script> & \uFFFD </svg>',
    );
  });

  it('draws an empty plan with its message, and renders to a PNG', () => {
    const empty = roadmapTimelineChart(input({ items: [] }));
    expect(parse(empty).documentElement!.textContent).toContain('Nog geen acties');
    for (const zoom of ['quarter', 'year'] as const) {
      const svg = roadmapTimelineChart(input({ zoom, selectedId: 'b' }));
      const png = new Resvg(svg, { font: { loadSystemFonts: true } }).render().asPng();
      expect(png.length).toBeGreaterThan(1000);
      if (process.env.RTC_PNG) writeFileSync(`${process.env.RTC_PNG}/timeline-${zoom}.png`, png);
    }
  });
});
