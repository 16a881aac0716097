import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import {
  cellAt,
  cellCentre,
  forceFieldChart,
  forceFieldGeometry,
  icebergChart,
  valueMapChart,
  wrapText,
  type ForceFieldChartInput,
} from '../../src/shared/charts/index.js';
import { escapeXml } from '../../src/shared/charts/svg.js';

// The SVG charts are parsed strictly (a stray '<' or '&' fails the parse) and checked on what a
// reader sees: where the dots are, which labels are shown, and that hostile text stays text.

/** What these tests read of a parsed element. */
interface Element {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<Element>;
}

/**
 * Parses strictly: xmldom 0.8 repairs some mistakes with only a warning and takes a bare '&'
 * silently, so warnings fail too and every '&' must start an entity.
 */
function parse(svg: string): Element {
  const bare = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(svg);
  if (bare) throw new Error(`SVG is not well-formed: bare & at ${bare.index}`);
  const refuse = (message: string) => {
    throw new Error(`SVG is not well-formed: ${message}`);
  };
  const doc = new DOMParser({
    errorHandler: { warning: refuse, error: refuse, fatalError: refuse },
  }).parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement as unknown as Element | null;
  if (!root || root.tagName !== 'svg') throw new Error('no <svg> root');
  return root;
}

const all = (root: Element, tag: string): Element[] => Array.from(root.getElementsByTagName(tag));
const byClass = (root: Element, tag: string, cls: string): Element[] =>
  all(root, tag).filter((e) => (e.getAttribute('class') ?? '').split(' ').includes(cls));
const textOf = (e: Element): string => e.textContent ?? '';
const attr = (e: Element, name: string): number => Number(e.getAttribute(name));

const HOSTILE = '<script>alert("x")</script> & Zonen \'t Hoen';

const quadrants: ForceFieldChartInput['quadrants'] = [
  { influence: 'high', attitude: 'positive', name: 'Sleutelspelers' },
  { influence: 'high', attitude: 'negative', name: 'Bewaken en overtuigen' },
  { influence: 'low', attitude: 'positive', name: 'Ambassadeurs' },
  { influence: 'low', attitude: 'negative', name: 'Monitoren' },
];

const forceField = (over: Partial<ForceFieldChartInput> = {}): ForceFieldChartInput => ({
  title: 'Krachtenveld gemeente Dijkhaven',
  influenceLabel: 'Invloed',
  attitudeLabel: 'Houding tegenover het programma',
  quadrants,
  parties: [
    { id: 'p-college', name: 'College van B&W', influence: 5, attitude: 2 },
    { id: 'p-ia', name: 'Afdeling I&A', influence: 4, attitude: -1 },
    { id: 'p-inwoners', name: 'Inwoners', influence: 2, attitude: 0 },
    { id: 'p-raad', name: 'Gemeenteraad', influence: 5, attitude: 2 },
  ],
  ...over,
});

const partyGroup = (root: Element, id: string): Element =>
  byClass(root, 'g', 'party').find((g) => g.getAttribute('data-party-id') === id)!;

describe('forceFieldChart', () => {
  it('puts every party as a labelled dot in its cell and names the quadrants', () => {
    const root = parse(forceFieldChart(forceField()));
    const g = forceFieldGeometry();
    expect(root.getAttribute('viewBox')).toBe('0 0 800 600');
    expect(byClass(root, 'text', 'quadrant-name').map(textOf)).toEqual([
      'Sleutelspelers',
      'Bewaken en overtuigen',
      'Ambassadeurs',
      'Monitoren',
    ]);
    for (const [id, influence, attitude] of [
      ['p-ia', 4, -1],
      ['p-inwoners', 2, 0],
    ] as const) {
      const circle = all(partyGroup(root, id), 'circle')[0]!;
      // The dot lies in the cell of its influence and attitude.
      expect(cellAt(g, attr(circle, 'cx'), attr(circle, 'cy'))).toEqual({ influence, attitude });
    }
    expect(textOf(byClass(partyGroup(root, 'p-ia'), 'text', 'party-label')[0]!)).toBe(
      'Afdeling I&A',
    );
    // Two parties in one cell stand one under the other, sorted by name.
    const college = all(partyGroup(root, 'p-college'), 'circle')[0]!;
    const raad = all(partyGroup(root, 'p-raad'), 'circle')[0]!;
    expect(attr(college, 'cx')).toBe(attr(raad, 'cx'));
    expect(attr(college, 'cy')).toBeLessThan(attr(raad, 'cy'));
    expect(cellAt(g, attr(raad, 'cx'), attr(raad, 'cy'))).toEqual({ influence: 5, attitude: 2 });
    // High-influence quadrants lie above the split, positive ones right of it.
    const rect = (key: string) =>
      byClass(root, 'rect', 'quadrant').find((r) => r.getAttribute('data-quadrant') === key)!;
    expect(attr(rect('high/positive'), 'x')).toBeCloseTo(cellCentre(g, 3, 1).x - g.cellWidth / 2);
    expect(attr(rect('low/negative'), 'y')).toBeCloseTo(cellCentre(g, 2, 0).y - g.cellHeight / 2);
  });

  it('draws an arrow only for a party that moved since the earlier snapshot', () => {
    const svg = forceFieldChart(
      forceField({
        previous: [
          { partyId: 'p-ia', influence: 4, attitude: -2 },
          { partyId: 'p-inwoners', influence: 2, attitude: 0 },
          { partyId: 'p-gone', influence: 1, attitude: 1 },
        ],
        movementLabel: 'Pijl: verschuiving sinds 1 februari 2026',
      }),
    );
    const root = parse(svg);
    const arrows = byClass(root, 'line', 'movement');
    expect(arrows.map((a) => a.getAttribute('data-party-id'))).toEqual(['p-ia']);
    const g = forceFieldGeometry();
    const [arrow] = arrows;
    expect(cellAt(g, attr(arrow!, 'x1'), attr(arrow!, 'y1'))).toEqual({
      influence: 4,
      attitude: -2,
    });
    expect(cellAt(g, attr(arrow!, 'x2'), attr(arrow!, 'y2'))).toEqual({
      influence: 4,
      attitude: -1,
    });
    expect(textOf(byClass(root, 'text', 'movement-label')[0]!)).toContain('1 februari 2026');
    // Without an earlier snapshot there is no arrow and no marker.
    expect(forceFieldChart(forceField())).not.toContain('marker');
  });

  it('keeps hostile and long names as text, cut to the cell with the full name as tooltip', () => {
    const long = 'Stichting Samenwerkende Woningcorporaties Regio Dijkhaven en Omstreken';
    const svg = forceFieldChart(
      forceField({
        title: HOSTILE,
        parties: [
          { id: 'x"><script>', name: HOSTILE, influence: 3, attitude: 1 },
          { id: 'p-long', name: long, influence: 1, attitude: -2 },
        ],
        dotColor: 'red"/><script>',
      }),
    );
    expect(svg).not.toContain('<script>');
    const root = parse(svg);
    expect(all(root, 'script')).toHaveLength(0);
    expect(textOf(all(root, 'title')[0]!)).toBe(HOSTILE);
    const hostile = partyGroup(root, 'x"><script>');
    expect(textOf(all(hostile, 'title')[0]!)).toBe(HOSTILE);
    expect(all(hostile, 'circle')[0]!.getAttribute('fill')).toBe('#1f4e79');
    const label = textOf(byClass(partyGroup(root, 'p-long'), 'text', 'party-label')[0]!);
    expect(label.endsWith('…')).toBe(true);
    expect(long.startsWith(label.slice(0, -1))).toBe(true);
    expect(textOf(all(partyGroup(root, 'p-long'), 'title')[0]!)).toBe(long);
  });

  it('draws an empty grid, and puts the quadrant lines where the method says', () => {
    const empty = parse(forceFieldChart(forceField({ parties: [] })));
    expect(byClass(empty, 'g', 'party')).toHaveLength(0);
    expect(byClass(empty, 'rect', 'quadrant')).toHaveLength(4);
    const g = forceFieldGeometry();
    const root = parse(forceFieldChart(forceField({ highFrom: 4, positiveFrom: 0 })));
    const rect = (key: string) =>
      byClass(root, 'rect', 'quadrant').find((r) => r.getAttribute('data-quadrant') === key)!;
    // Influence 4 and 5 are high: two rows; attitude 0 and up is positive: three columns.
    expect(attr(rect('high/positive'), 'height')).toBeCloseTo(2 * g.cellHeight);
    expect(attr(rect('high/positive'), 'width')).toBeCloseTo(3 * g.cellWidth);
    expect(attr(rect('low/negative'), 'width')).toBeCloseTo(2 * g.cellWidth);
  });

  it('gives the same bytes for the same input, whatever the order of the parties', () => {
    const a = forceFieldChart(forceField());
    const b = forceFieldChart(forceField({ parties: [...forceField().parties].reverse() }));
    expect(a).toBe(b);
    expect(a).not.toMatch(/\d\.\d{3,}/);
  });
});

describe('valueMapChart', () => {
  const input = {
    title: 'Waardenkaart',
    values: [
      { id: 'privacy', name: 'Privacy' },
      { id: 'efficientie', name: 'Efficiëntie' },
      { id: 'innovatie', name: 'Innovatie' },
    ],
    parties: [
      { id: 'p1', name: 'Gemeente Dijkhaven' },
      { id: 'p2', name: HOSTILE },
    ],
    weights: [
      { partyId: 'p1', valueId: 'privacy', weight: 3 },
      { partyId: 'p1', valueId: 'efficientie', weight: 0 },
      { partyId: 'p2', valueId: 'innovatie', weight: 2 },
    ],
    weightLabels: ['niet belangrijk', 'enigszins', 'belangrijk', 'zeer belangrijk'] as [
      string,
      string,
      string,
      string,
    ],
    notScoredLabel: 'niet gescoord',
  };

  it('colours each party × value cell by its weight and leaves unscored cells empty', () => {
    const root = parse(valueMapChart(input));
    const cells = byClass(root, 'g', 'cell');
    expect(cells).toHaveLength(6);
    const cell = (p: string, v: string) =>
      cells.find(
        (c) => c.getAttribute('data-party-id') === p && c.getAttribute('data-value-id') === v,
      )!;
    expect(cell('p1', 'privacy').getAttribute('data-weight')).toBe('3');
    expect(textOf(all(cell('p1', 'privacy'), 'text')[0]!)).toBe('3');
    expect(textOf(all(cell('p1', 'efficientie'), 'text')[0]!)).toBe('0');
    expect(cell('p1', 'innovatie').getAttribute('data-weight')).toBe('');
    expect(textOf(all(cell('p1', 'innovatie'), 'text')[0]!)).toBe('\u2013');
    const fill = (p: string, v: string) => all(cell(p, v), 'rect')[0]!.getAttribute('fill');
    expect(fill('p1', 'innovatie')).toBe('#ffffff');
    expect(fill('p1', 'privacy')).toBe('#1f4e79');
    expect(
      new Set([fill('p1', 'privacy'), fill('p1', 'efficientie'), fill('p2', 'innovatie')]).size,
    ).toBe(3);
    // Same row, same y; next value, next column.
    const x = (p: string, v: string) => attr(all(cell(p, v), 'rect')[0]!, 'x');
    expect(x('p1', 'efficientie')).toBeGreaterThan(x('p1', 'privacy'));
    expect(attr(all(cell('p2', 'privacy'), 'rect')[0]!, 'y')).toBeGreaterThan(
      attr(all(cell('p1', 'privacy'), 'rect')[0]!, 'y'),
    );
    expect(byClass(root, 'g', 'value-header').map((h) => textOf(all(h, 'text')[0]!))).toEqual([
      'Privacy',
      'Efficiëntie',
      'Innovatie',
    ]);
    // The slanted headers stay inside the chart, also the last one.
    const width = attr(root, 'width');
    for (const header of byClass(root, 'g', 'value-header')) {
      const label = all(header, 'text')[0]!;
      expect(attr(label, 'x') + textOf(label).length * 12 * 0.56 * 0.71).toBeLessThan(width);
    }
    expect(byClass(root, 'g', 'legend-entry').map((e) => textOf(all(e, 'text')[0]!))).toEqual([
      '0 niet belangrijk',
      '1 enigszins',
      '2 belangrijk',
      '3 zeer belangrijk',
      '\u2013 niet gescoord',
    ]);
  });

  it('keeps a hostile party name as text and ignores a hostile colour', () => {
    const svg = valueMapChart({ ...input, color: 'url(javascript:alert(1))' });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('javascript');
    const root = parse(svg);
    const row = byClass(root, 'g', 'party-row').find(
      (r) => r.getAttribute('data-party-id') === 'p2',
    )!;
    expect(textOf(all(row, 'title')[0]!)).toBe(HOSTILE);
    // Wrapped over at most two lines; what is shown is the name's own words.
    const shown = byClass(row, 'text', '').length;
    expect(shown).toBeGreaterThan(0);
    expect(valueMapChart(input)).toBe(valueMapChart(input));
  });
});

describe('icebergChart', () => {
  const layers = [
    {
      id: 'gebeurtenissen',
      name: 'Gebeurtenissen',
      items: ['Inwoner levert gegevens drie keer aan'],
    },
    { id: 'patronen', name: 'Patronen', items: ['Elke afdeling bouwt eigen Excel-lijsten'] },
    { id: 'structuren', name: 'Structuren', items: [] },
    {
      id: 'mentale-modellen',
      name: 'Mentale modellen',
      items: ['"Mijn data is van mij"', `${HOSTILE} ${'heel lang verhaal '.repeat(30)}`],
    },
  ];

  it('draws the four layers top to bottom with their items, the first above the waterline', () => {
    const root = parse(
      icebergChart({
        title: 'Data wordt niet gedeeld tussen afdelingen',
        layers,
        waterlineLabel: 'waterlijn',
        emptyLabel: '(nog niets ingevuld)',
      }),
    );
    const groups = byClass(root, 'g', 'layer');
    expect(groups.map((g) => g.getAttribute('data-layer'))).toEqual(layers.map((l) => l.id));
    expect(groups.map((g) => textOf(byClass(g, 'text', 'layer-name')[0]!))).toEqual([
      'Gebeurtenissen',
      'Patronen',
      'Structuren',
      'Mentale modellen',
    ]);
    const nameY = groups.map((g) => attr(byClass(g, 'text', 'layer-name')[0]!, 'y'));
    expect([...nameY].sort((a, b) => a - b)).toEqual(nameY);
    const water = attr(byClass(root, 'line', 'waterline')[0]!, 'y1');
    expect(nameY[0]!).toBeLessThan(water);
    expect(nameY[1]!).toBeGreaterThan(water);
    expect(textOf(byClass(groups[0]!, 'text', 'layer-item')[0]!)).toBe(
      '\u2022 Inwoner levert gegevens drie keer aan',
    );
    expect(textOf(byClass(groups[2]!, 'text', 'layer-empty')[0]!)).toBe('(nog niets ingevuld)');
    // Deeper bands are wider.
    const widthOf = (g: Element) => {
      const xs = all(g, 'polygon')[0]!
        .getAttribute('points')!
        .split(' ')
        .map((p) => Number(p.split(',')[0]));
      return Math.max(...xs) - Math.min(...xs);
    };
    expect(widthOf(groups[3]!)).toBeGreaterThan(widthOf(groups[0]!));
  });

  it('wraps long and hostile items into at most four lines that fit the band', () => {
    const svg = icebergChart({ title: HOSTILE, layers });
    expect(svg).not.toContain('<script>');
    const root = parse(svg);
    expect(all(root, 'title').map(textOf)).toEqual([HOSTILE]);
    const deep = byClass(root, 'g', 'layer')[3]!;
    const lines = byClass(deep, 'text', 'layer-item').map(textOf);
    expect(lines[0]).toBe('\u2022 "Mijn data is van mij"');
    // One line for the first item, four for the long one, the last ending in an ellipsis.
    expect(lines).toHaveLength(5);
    expect(lines[1]).toContain('<script>alert("x")</script>');
    expect(lines[4]!.endsWith('…')).toBe(true);
    const maxChars = Math.max(...lines.map((l) => [...l].length));
    expect(maxChars).toBeLessThan(90);
    expect(icebergChart({ title: 'x', layers })).toBe(icebergChart({ title: 'x', layers }));
  });
});

describe('text helpers', () => {
  it('has a parser that refuses what is not well-formed', () => {
    expect(() =>
      parse('<svg xmlns="http://www.w3.org/2000/svg"><text>a & b</text></svg>'),
    ).toThrow();
    expect(() => parse('<svg xmlns="http://www.w3.org/2000/svg"><text>a</svg>')).toThrow();
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href='x'>&amp;</a>`)).toBe(
      '&lt;a href=&#39;x&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
    expect(escapeXml('a\u0000b\u001bc\ud800d')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
    expect(escapeXml('😀 €')).toBe('😀 €');
  });

  it('wraps at spaces and splits a word longer than a line', () => {
    expect(wrapText('Data wordt niet gedeeld tussen afdelingen', 16)).toEqual([
      'Data wordt niet',
      'gedeeld tussen',
      'afdelingen',
    ]);
    expect(wrapText('Informatiebeveiligingsbeleid', 10)).toEqual([
      'Informatie',
      'beveiligin',
      'gsbeleid',
    ]);
    expect(wrapText('een twee drie vier vijf', 5, 2)).toEqual(['een', 'twee…']);
  });
});
