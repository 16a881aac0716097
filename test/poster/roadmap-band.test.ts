import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/shared/charts/svg.js';
import { measureText } from '../../src/shared/poster/measure-text.js';
import type { PosterElement } from '../../src/shared/poster/poster-elements.js';
import { BODY_BOTTOM, PAGE } from '../../src/shared/poster/poster-frame.js';
import type { PosterInput, PosterRoadmap } from '../../src/shared/poster/poster-input.js';
import { posterElements, posterSvg } from '../../src/shared/poster/poster-svg.js';
import { POSTER_TEXTS } from '../../src/shared/poster/poster-texts.js';
import { BAND_GAP, roadmapBandLayout } from '../../src/shared/poster/roadmap-band-layout.js';
import { posterRoadmapFromPlan } from '../../src/shared/poster/roadmap-poster-input.js';
import { versionPoster } from '../../src/shared/poster/version-poster.js';
import { showsRoadmapBand } from '../../src/shared/poster/vision-poster-input.js';
import type { VisionVersion } from '../../src/shared/domain/vision.js';
import { denHelderPoster } from './poster-fixtures.js';
import { crowdedRoadmap, dijkhavenRoadmap } from './roadmap-fixtures.js';

// The routekaart band on the vision poster: its titles in the SVG when it is on and none when
// off, nothing of the band or the body outside its room whatever the plan holds, the default
// (A0 with a plan), and a frozen version's poster made only of what the version holds.

const LAYOUTS = ['kolommen', 'raster', 'kern'] as const;
const EPS = 0.011;
type TextEl = PosterElement & { kind: 'text' };

const titlesOf = (roadmap: PosterRoadmap) => [
  ...roadmap.items.map((i) => i.title),
  ...roadmap.milestones.map((m) => m.title),
];

const hostileTitle = '<b>&"kapot"</b> ' + 'Zeerlangetitelzonderspaties'.repeat(12);
const plans: Record<string, PosterRoadmap> = {
  dijkhaven: dijkhavenRoadmap,
  crowded: crowdedRoadmap,
  one: { ...dijkhavenRoadmap, items: dijkhavenRoadmap.items.slice(0, 1), milestones: [] },
  milestonesOnly: { ...dijkhavenRoadmap, items: [], milestones: dijkhavenRoadmap.milestones },
  // Outside the horizon, without a known lane, ten years, hostile and empty titles.
  odd: {
    ...dijkhavenRoadmap,
    quarters: Array.from({ length: 40 }, (_, i) => `${2027 + Math.floor(i / 4)}-Q${(i % 4) + 1}`),
    items: [
      {
        kind: 'project',
        title: hostileTitle,
        startQuarter: '2025-Q1',
        endQuarter: '2040-Q4',
        lane: null,
      },
      { kind: 'doorlopend', title: '', startQuarter: '2027-Q1', endQuarter: '2027-Q1', lane: 'x' },
      {
        kind: 'activiteit',
        title: 'Kapotte kwartalen',
        startQuarter: 'nu',
        endQuarter: '??',
        lane: 'data-cultuur',
      },
    ],
    milestones: [{ title: hostileTitle, quarter: '2036-Q4', lane: 'data-cultuur' }],
  },
};

describe.each(Object.entries(plans))('the band with plan %s', (_name, roadmap) => {
  it.each(LAYOUTS)('%s: band and body keep to their room, every line fits', (layout) => {
    const input: PosterInput = { ...denHelderPoster, roadmap };
    const band = roadmapBandLayout(roadmap, POSTER_TEXTS.nl)!;
    expect(band.top).toBeGreaterThan(PAGE.h / 2);
    expect(band.top + band.height).toBeCloseTo(BODY_BOTTOM, 6);
    const elements = posterElements(input, { layout, format: 'A0', roadmapBand: true });
    const texts = elements.filter((e): e is TextEl => e.kind === 'text');
    const inBand = texts.filter((e) => e.role.startsWith('roadmap-'));
    expect(inBand.length).toBeGreaterThan(3);
    for (const el of inBand) {
      expect(el.box.x).toBeGreaterThanOrEqual(-EPS);
      expect(el.box.x + el.box.w).toBeLessThanOrEqual(PAGE.w + EPS);
      expect(el.box.y).toBeGreaterThanOrEqual(band.top - EPS);
      expect(el.box.y + el.box.h).toBeLessThanOrEqual(BODY_BOTTOM + EPS);
    }
    // The layout's texts end above the band (header and footer lie outside the body).
    const body = texts.filter(
      (e) =>
        !e.role.startsWith('roadmap-') &&
        !['client', 'title', 'version', 'status', 'draft-label'].includes(e.role),
    );
    expect(body.length).toBeGreaterThan(3);
    for (const el of body)
      expect(el.box.y + el.box.h, el.role).toBeLessThanOrEqual(band.top - BAND_GAP + EPS);
    for (const el of texts)
      for (const line of el.lines) {
        expect(measureText(line.text, line.size, line.weight), line.text).toBeLessThanOrEqual(
          el.box.w + EPS,
        );
        expect(line.baseline - line.size).toBeGreaterThanOrEqual(-EPS);
        expect(line.baseline + 0.3 * line.size).toBeLessThanOrEqual(el.box.h + EPS);
      }
    for (const el of elements) {
      if (el.kind === 'diamond') {
        expect(el.cx - el.r).toBeGreaterThanOrEqual(band.plotX - EPS);
        expect(el.cx + el.r).toBeLessThanOrEqual(band.plotRight + EPS);
        expect(el.cy - el.r).toBeGreaterThanOrEqual(band.top);
        expect(el.cy + el.r).toBeLessThanOrEqual(BODY_BOTTOM);
      } else if (el.kind === 'rect') {
        expect(el.box.x + el.box.w).toBeLessThanOrEqual(PAGE.w + EPS);
        expect(el.box.y + el.box.h).toBeLessThanOrEqual(PAGE.h + EPS);
      }
    }
    // Every bar and diamond lies inside its lane.
    for (const mark of band.marks) {
      const lane = band.lanes.find((l) => mark.y >= l.y && mark.y + mark.h <= l.y + l.h + EPS);
      expect(lane, mark.label?.text).toBeDefined();
    }
  });
});

describe('the routekaart band', () => {
  it('shows every title of a plan that fits when on, and none of it when off', () => {
    const input: PosterInput = { ...denHelderPoster, roadmap: dijkhavenRoadmap };
    for (const layout of LAYOUTS) {
      const on = posterSvg(input, { layout, format: 'A0', roadmapBand: true });
      for (const title of titlesOf(dijkhavenRoadmap)) expect(on, title).toContain(escapeXml(title));
      expect(on).toContain('>ROUTEKAART<');
      expect(on).toContain('>Data-architectuur<');
      expect(on).toContain('>K3<');
      expect(on).not.toContain('alleen in het implementatieplan');
      const off = posterSvg(input, { layout, format: 'A0', roadmapBand: false });
      for (const title of titlesOf(dijkhavenRoadmap)) expect(off, title).not.toContain(title);
      expect(off).not.toContain('roadmap-');
      // Off is the poster as it was before the band existed.
      expect(off).toBe(posterSvg(denHelderPoster, { layout, format: 'A0' }));
    }
  });

  it('leaves items off a plan too large for it, and says so per lane and on the band', () => {
    const band = roadmapBandLayout(crowdedRoadmap, POSTER_TEXTS.nl)!;
    const total = titlesOf(crowdedRoadmap).length;
    expect(band.hidden).toBeGreaterThan(0);
    expect(band.marks.length + band.hidden).toBe(total);
    expect(band.lanes.reduce((n, l) => n + l.hidden, 0)).toBe(band.hidden);
    const svg = posterSvg(
      { ...denHelderPoster, roadmap: crowdedRoadmap },
      { layout: 'kolommen', format: 'A0', roadmapBand: true },
    );
    expect(svg).toContain(`${band.hidden} acties staan alleen in het implementatieplan`);
    expect(svg).toMatch(/>\+\d+<\/tspan>/);
  });

  it('is on by default for A0 with a plan, off for A3, and as chosen otherwise', () => {
    expect(showsRoadmapBand(null, 'A0', dijkhavenRoadmap)).toBe(true);
    expect(showsRoadmapBand(undefined, 'A0', dijkhavenRoadmap)).toBe(true);
    expect(showsRoadmapBand(null, 'A3', dijkhavenRoadmap)).toBe(false);
    expect(showsRoadmapBand(true, 'A3', dijkhavenRoadmap)).toBe(true);
    expect(showsRoadmapBand(false, 'A0', dijkhavenRoadmap)).toBe(false);
    // Nothing to show: no band, whatever was chosen.
    expect(showsRoadmapBand(true, 'A0', null)).toBe(false);
    expect(showsRoadmapBand(true, 'A0', { ...dijkhavenRoadmap, items: [], milestones: [] })).toBe(
      false,
    );
  });

  it('maps the plan per bouwsteen, milestones apart, cancelled items left off', () => {
    const item = (kind: 'project' | 'mijlpaal', title: string, position: number, extra = {}) => ({
      kind,
      title,
      position,
      startQuarter: '2027-Q2',
      endQuarter: '2027-Q4',
      bouwsteen: 'data-cultuur' as const,
      status: 'gepland' as const,
      ...extra,
    });
    const mapped = posterRoadmapFromPlan(
      {
        settings: { startQuarter: '2027-Q1', horizonYears: 3 },
        items: [
          item('project', 'Tweede', 2),
          item('mijlpaal', 'Besluit', 1),
          item('project', 'Eerste', 0, { bouwsteen: null }),
          item('project', 'Geschrapt', 3, { status: 'geschrapt' }),
        ],
      },
      'en',
      (t) => t.toUpperCase(),
    )!;
    expect(mapped.quarters).toHaveLength(12);
    expect(mapped.quarters[0]).toBe('2027-Q1');
    expect(mapped.lanes[0]).toEqual({ key: 'data-cultuur', label: 'Data culture' });
    expect(mapped.items.map((i) => [i.title, i.lane])).toEqual([
      ['EERSTE', null],
      ['TWEEDE', 'data-cultuur'],
    ]);
    expect(mapped.milestones).toEqual([
      { title: 'BESLUIT', quarter: '2027-Q4', lane: 'data-cultuur' },
    ]);
    const none = posterRoadmapFromPlan(
      { settings: { startQuarter: '2027-Q1', horizonYears: 3 }, items: [] },
      'nl',
    );
    expect(none).toBeNull();
  });

  it('draws a frozen version from what it holds: its own routekaart, or none', () => {
    const version = (roadmap?: PosterRoadmap): VisionVersion => ({
      id: 'v1',
      label: '1.0',
      status: 'definitief',
      frozenAt: '2027-03-01T00:00:00.000Z',
      note: '',
      restoredLabel: null,
      passageCount: 1,
      feedbackCount: 0,
      openFeedbackCount: 0,
      feedback: [],
      content: {
        passages: [
          {
            id: '00000000-0000-4000-8000-000000000001',
            kind: 'kernvisie',
            title: 'Kernvisie',
            body: 'Samen werken we met data.',
            forInhabitants: '',
            forStaff: '',
            forBoard: '',
            themeId: null,
            portfolioHolderId: null,
            portfolioHolderName: null,
            position: 0,
            findings: [],
          },
        ],
        poster: { title: 'Visie', layout: 'raster', format: 'A0', roadmapBand: null },
        houseStyle: {
          primaryColor: '#004b87',
          secondaryColor: '#f2a900',
          fontName: 'Open Sans',
          logo: null,
        },
        ...(roadmap ? { roadmap } : {}),
      },
    });
    const engagement = { clientName: 'Gemeente Den Helder', title: 'Traject', language: 'nl' };
    const withPlan = versionPoster(engagement, version(dijkhavenRoadmap), null);
    expect(withPlan.options).toEqual({ layout: 'raster', format: 'A0', roadmapBand: true });
    const svg = posterSvg(withPlan.input, withPlan.options);
    expect(svg).toContain('Datateam inrichten');
    // Definitief: no CONCEPT mark.
    expect(svg).not.toContain('CONCEPT');
    // A version frozen before the band existed (no routekaart, no setting) has none.
    const older = version();
    delete (older.content.poster as { roadmapBand?: boolean | null }).roadmapBand;
    const old = versionPoster(engagement, older, null);
    expect(old.options.roadmapBand).toBe(false);
    expect(posterSvg(old.input, old.options)).not.toContain('roadmap-');
  });
});
