import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NulmetingProgress, RoadmapProgress } from '../../../shared/domain/adoption.js';
import { uiI18nOptions } from '../../../shared/i18n/resources.js';
import { followUpNumbers } from './follow-up-numbers.js';

const nl = i18next.createInstance();
const en = i18next.createInstance();
beforeAll(async () => {
  await nl.init({ ...uiI18nOptions(), lng: 'nl', interpolation: { escapeValue: false } });
  await en.init({ ...uiI18nOptions(), lng: 'en', interpolation: { escapeValue: false } });
});

const day = (d: string) => `[${d}]`;
const nothing = {
  nulmeting: { measurements: 0, dimensions: 8, latest: null } satisfies NulmetingProgress,
  roadmap: {
    items: 0,
    milestones: 0,
    nextMilestone: null,
    warnings: 0,
    checks: 0,
  } satisfies RoadmapProgress,
};

describe("the overview's nulmeting and routekaart", () => {
  it('has no numbers while an area is empty, so the card says how to begin', () => {
    expect(followUpNumbers(nl.t, nothing, day)).toEqual({ nulmeting: [], roadmap: [] });
  });

  it('counts the measurements, the newest one and what it still has to agree', () => {
    const { nulmeting } = followUpNumbers(
      nl.t,
      {
        ...nothing,
        nulmeting: {
          measurements: 2,
          dimensions: 8,
          latest: { name: '1-meting', date: '2026-04-28', agreedDimensions: 5 },
        },
      },
      day,
    );
    expect(nulmeting).toEqual([
      {
        label: 'Metingen',
        value: '2',
        detail: 'laatste: 1-meting, [2026-04-28]',
        open: false,
      },
      { label: 'Dimensies afgesproken', value: '5/8', detail: '3 nog af te spreken', open: true },
    ]);
  });

  it('counts the actions, names the next milestone and adds up warnings and checks', () => {
    const roadmap: RoadmapProgress = {
      items: 24,
      milestones: 4,
      nextMilestone: { title: 'Routekaart vastgesteld door het MT', quarter: '2026-Q3' },
      warnings: 1,
      checks: 2,
    };
    expect(followUpNumbers(nl.t, { ...nothing, roadmap }, day).roadmap).toEqual([
      { label: 'Acties', value: '24', detail: '', open: false },
      {
        label: 'Mijlpalen',
        value: '4',
        detail: 'volgende: Routekaart vastgesteld door het MT (2026-Q3)',
        open: false,
      },
      {
        label: 'Aandachtspunten',
        value: '3',
        detail: '1 waarschuwing, 2 controles',
        open: true,
      },
    ]);
    // A clean plan says so, and is not marked as waiting.
    const clean = followUpNumbers(
      en.t,
      { ...nothing, roadmap: { ...roadmap, warnings: 0, checks: 0, nextMilestone: null } },
      day,
    ).roadmap;
    expect(clean.map((n) => [n.label, n.value, n.detail, n.open])).toEqual([
      ['Actions', '24', '', false],
      ['Milestones', '4', '', false],
      ['Points of attention', '0', 'the planning holds', false],
    ]);
  });
});
