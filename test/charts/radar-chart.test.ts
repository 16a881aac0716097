import { DOMParser } from '@xmldom/xmldom';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { radarChart, radarGeometry, type RadarChartInput } from '../../src/shared/charts/index.js';
import { svgToPng } from '../../src/main/export/word/svg-png.js';

// The radar is read back as a reader sees it: where each point sits (at the ring of its level),
// which lines are filled, dashed or dotted, what the legend says, and that hostile text stays text.

interface Element {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<Element>;
}

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
const attr = (e: Element, name: string): number => Number(e.getAttribute(name));

const HOSTILE = '<script>alert("x")</script> & Zonen \'t Hoen';
const LEVELS = ['Verkennen', 'Ontdekken', 'Ontwikkelen', 'Verankeren', 'Excelleren'].map(
  (label, i) => ({ level: i + 1, label }),
);
const AXES = [
  'Leiderschap & strategie',
  'Cultuur',
  'Mensen & datavaardigheid',
  'Governance',
  'Privacy & ethiek',
  'Data',
  'Techniek & architectuur',
  'Agile werken & experimenteren',
];

const input = (over: Partial<RadarChartInput> = {}): RadarChartInput => ({
  title: '0-meting gemeente Dijkhaven',
  axes: AXES,
  levels: LEVELS,
  series: [
    { label: 'Huidig niveau', kind: 'current', values: [2, 2.5, 1.5, 2, 3, 2, 2.5, 1] },
    { label: 'Gewenst niveau', kind: 'desired', values: [4, 4, 3.5, 4, 4.5, 4, 3.5, 3] },
    { label: 'Bestuur', kind: 'group', values: [2.5, 3, 2, 2.5, 3, 2, 3, 1.5] },
    { label: 'Medewerkers', kind: 'group', values: [1.5, 2, 1, null, 2.5, 1.5, 2, 1] },
    { label: '0-meting 2025', kind: 'earlier', values: [1.5, 2, 1, 1.5, null, 1.5, 2, 1] },
  ],
  ...over,
});

const seriesOf = (root: Element, kind: string): Element => byClass(root, 'g', `radar-${kind}`)[0]!;

describe('radarChart', () => {
  it('puts every point at the radius of its level on its own spoke', () => {
    const chart = input();
    const root = parse(radarChart(chart));
    const g = radarGeometry(chart);
    const current = seriesOf(root, 'current');
    const points = byClass(current, 'circle', 'radar-point');
    expect(points).toHaveLength(8);
    for (const p of points) {
      const axis = attr(p, 'data-axis');
      const value = attr(p, 'data-value');
      expect(value).toBe(chart.series[0]!.values[axis]);
      const dx = attr(p, 'cx') - g.cx;
      const dy = attr(p, 'cy') - g.cy;
      // Level L on a ring of radius R × L / 5, at angle −90° + 45° × axis.
      expect(Math.hypot(dx, dy)).toBeCloseTo((g.radius * value) / 5, 1);
      const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
      expect(((angle + 90 + 360) % 360) - axis * 45).toBeCloseTo(0, 0);
    }
    // The rings: one per level, the level-3 ring through the level-3 radius on the top spoke.
    const rings = byClass(root, 'polygon', 'radar-ring');
    expect(rings.map((r) => r.getAttribute('data-level'))).toEqual(['1', '2', '3', '4', '5']);
    const top = rings[2]!.getAttribute('points')!.split(' ')[0]!.split(',').map(Number);
    expect(g.cy - top[1]!).toBeCloseTo((g.radius * 3) / 5, 1);
  });

  it('fills the current level, dashes the desired one, dots the earlier one, keeps groups thin', () => {
    const root = parse(radarChart(input()));
    const current = byClass(seriesOf(root, 'current'), 'polygon', 'radar-line')[0]!;
    expect(current.getAttribute('fill')).not.toBe('none');
    expect(current.getAttribute('stroke-dasharray') ?? '').toBe('');
    const desired = byClass(seriesOf(root, 'desired'), 'polygon', 'radar-line')[0]!;
    expect(desired.getAttribute('fill')).toBe('none');
    expect(desired.getAttribute('stroke-dasharray')).toBe('8 5');
    const groups = byClass(root, 'g', 'radar-group');
    expect(groups).toHaveLength(2);
    expect(Number(all(groups[0]!, 'polygon')[0]!.getAttribute('stroke-width'))).toBeLessThan(2);
    // Two groups, two colours.
    expect(all(groups[0]!, 'polygon')[0]!.getAttribute('stroke')).not.toBe(
      all(groups[1]!, 'polyline')[0]!.getAttribute('stroke'),
    );
    const earlier = byClass(seriesOf(root, 'earlier'), 'polyline', 'radar-line');
    expect(earlier.length).toBeGreaterThan(0);
    expect(earlier[0]!.getAttribute('stroke-dasharray')).toBe('1 5');
    // The earlier measurement is drawn after (over) the current one.
    const order = byClass(root, 'g', 'radar-series').map((e) => e.getAttribute('class'));
    expect(order.indexOf('radar-series radar-earlier')).toBeGreaterThan(
      order.indexOf('radar-series radar-current'),
    );
  });

  it('breaks the line at an unscored dimension instead of drawing it at level 0', () => {
    const root = parse(radarChart(input()));
    const g = radarGeometry(input());
    const medewerkers = byClass(root, 'g', 'radar-group')[1]!;
    expect(byClass(medewerkers, 'polygon', 'radar-line')).toHaveLength(0);
    const lines = byClass(medewerkers, 'polyline', 'radar-line');
    // Axis 3 is missing: one open line from axis 4 round to axis 2.
    expect(lines).toHaveLength(1);
    expect(lines[0]!.getAttribute('points')!.split(' ')).toHaveLength(7);
    const points = byClass(medewerkers, 'circle', 'radar-point');
    expect(points.map((p) => attr(p, 'data-axis'))).toEqual([0, 1, 2, 4, 5, 6, 7]);
    for (const pt of lines[0]!.getAttribute('points')!.split(' ')) {
      const [x, y] = pt.split(',').map(Number);
      expect(Math.hypot(x! - g.cx, y! - g.cy)).toBeGreaterThan(1);
    }
    // Only isolated points: no line at all, the points still there.
    const sparse = parse(
      radarChart(
        input({
          series: [{ label: 'x', kind: 'current', values: [2, null, 3, null, 4, null, 1, null] }],
        }),
      ),
    );
    expect(byClass(sparse, 'polyline', 'radar-line')).toHaveLength(0);
    expect(byClass(sparse, 'polygon', 'radar-line')).toHaveLength(0);
    expect(byClass(sparse, 'circle', 'radar-point')).toHaveLength(4);
  });

  it('names every series in the legend and wraps long dimension names', () => {
    const long = 'Agile werken en experimenteren met data in de hele organisatie en daarbuiten';
    const root = parse(radarChart(input({ axes: [...AXES.slice(0, 7), long] })));
    const legend = byClass(root, 'text', 'radar-legend').map((e) => e.textContent);
    expect(legend).toEqual([
      'Huidig niveau',
      'Gewenst niveau',
      'Bestuur',
      'Medewerkers',
      '0-meting 2025',
    ]);
    const labels = byClass(root, 'text', 'radar-axis-label');
    expect(labels).toHaveLength(8);
    const lines = all(labels[7]!, 'tspan').map((t) => t.textContent ?? '');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length).toBeLessThanOrEqual(3);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(20);
    expect(lines.join(' ')).toMatch(/^Agile werken en/);
    expect(byClass(root, 'text', 'radar-level').map((e) => e.textContent)).toContain(
      '3 Ontwikkelen',
    );
  });

  it('keeps hostile text as text and refuses colours that are not #rrggbb', () => {
    const svg = radarChart(
      input({
        title: HOSTILE,
        axes: [HOSTILE, 'B', 'C'],
        levels: [{ level: 1, label: HOSTILE }, ...LEVELS.slice(1)],
        series: [
          { label: HOSTILE, kind: 'current', values: [1, 2, 3], color: '"/><script>' },
          { label: 'x\u0000y', kind: 'desired', values: [2, 3, 4] },
        ],
      }),
    );
    expect(svg).not.toContain('<script>');
    const root = parse(svg);
    expect(all(root, 'title')[0]!.textContent).toBe(HOSTILE);
    expect(byClass(root, 'g', 'radar-current')[0]!.getAttribute('data-label')).toBe(HOSTILE);
    expect(byClass(root, 'text', 'radar-legend')[0]!.textContent).toContain('<script>');
    expect(byClass(root, 'text', 'radar-legend')[1]!.textContent).toBe('x\uFFFDy');
    expect(
      byClass(byClass(root, 'g', 'radar-current')[0]!, 'polygon', 'radar-line')[0]!.getAttribute(
        'stroke',
      ),
    ).toBe('#1f4e79');
  });

  it('shows the empty text without axes and is deterministic', () => {
    const root = parse(radarChart(input({ axes: [], emptyText: 'Nog geen dimensies' })));
    expect(all(root, 'text').map((e) => e.textContent)).toContain('Nog geen dimensies');
    expect(radarChart(input())).toBe(radarChart(input()));
  });

  it('rasterises through resvg with the lines in colour', () => {
    const png = svgToPng(radarChart(input()), 900);
    expect(png).not.toBeNull();
    expect(png!.subarray(1, 4).toString('latin1')).toBe('PNG');
    if (process.env.RADAR_PNG_DIR) {
      const dir = mkdtempSync(join(process.env.RADAR_PNG_DIR, 'radar-'));
      writeFileSync(join(dir, 'radar.png'), png!);
      const long = 'Agile werken en experimenteren met data in de hele organisatie en daarbuiten';
      writeFileSync(
        join(dir, 'radar-hostile.png'),
        svgToPng(radarChart(input({ title: HOSTILE, axes: [...AXES.slice(0, 7), long] })), 900)!,
      );
      console.log(`radar PNGs in ${dir}`);
    }
    expect(tmpdir()).toBeTruthy();
  });
});
