import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EngagementProgress, TimelineEvent } from '../../../shared/domain/adoption.js';
import { uiI18nOptions } from '../../../shared/i18n/resources.js';
import { progressNumbers } from '../overview/progress-numbers.js';
import { adoptionSentence, decisionSummary, presentationName } from './adoption-text.js';
import { eventHref, eventsOfStep, stepLabels, stepsWithEvents } from './timeline-view.js';

const ENG = '11111111-1111-4111-8111-111111111111';
const REF = '22222222-2222-4222-8222-222222222222';

const t = i18next.createInstance();
beforeAll(async () => {
  await t.init({ ...uiI18nOptions(), lng: 'nl', interpolation: { escapeValue: false } });
});

describe('adoption sentences', () => {
  it('names the version, each adopting body and its date, in natural Dutch', () => {
    const text = adoptionSentence(
      t.t,
      {
        versionId: REF,
        versionLabel: '0.3',
        decisions: [
          { body: 'mt', kind: 'vastgesteld', date: '2026-03-12' },
          { body: 'raad', kind: 'bekrachtigd', date: '2026-04-02' },
        ],
      },
      'nl',
    );
    expect(text).toBe(
      'Versie 0.3 is vastgesteld door het MT op 12 maart 2026 en bekrachtigd door de raad op 2 april 2026.',
    );
  });

  it('says it in English too', async () => {
    const en = i18next.createInstance();
    await en.init({ ...uiI18nOptions(), lng: 'en', interpolation: { escapeValue: false } });
    const text = adoptionSentence(
      en.t,
      {
        versionId: REF,
        versionLabel: '1.0',
        decisions: [{ body: 'college', kind: 'vastgesteld', date: '2026-03-12' }],
      },
      'en',
    );
    expect(text).toBe('Version 1.0 was adopted by the executive board on 12 March 2026.');
  });

  it('summarises a decision and names a presentation without a title', () => {
    expect(decisionSummary(t.t, { kind: 'bekrachtigd', body: 'raad' })).toBe(
      'Bekrachtigd door de raad',
    );
    expect(presentationName(t.t, { title: '', audience: 'mt', date: '2026-03-12' }, 'nl')).toBe(
      'MT · 12 maart 2026',
    );
    expect(
      presentationName(t.t, { title: 'MT-overleg', audience: 'mt', date: '2026-03-12' }, 'nl'),
    ).toBe('MT-overleg');
  });
});

describe('the timeline screen', () => {
  const events: TimelineEvent[] = [
    { date: '2026-01-10', kind: 'document', step: 1, title: 'Coalitieakkoord', refId: REF },
    { date: '2026-01-20', kind: 'interview', step: 1, title: 'Interview R01', refId: REF },
    { date: '2026-02-01', kind: 'session', step: 2, title: 'World café', refId: REF },
    { date: '2026-03-12', kind: 'decision', step: 4, title: 'MT stelt 0.3 vast', refId: REF },
  ];

  it('filters on a step and offers only the steps that have events', () => {
    expect(eventsOfStep(events, 1).map((e) => e.title)).toEqual([
      'Coalitieakkoord',
      'Interview R01',
    ]);
    expect(eventsOfStep(events, null)).toHaveLength(4);
    expect(stepsWithEvents(events)).toEqual([1, 2, 4]);
  });

  it('opens each event on its record where it has a page', () => {
    expect(eventHref(ENG, events[0]!)).toBe(`#/e/${ENG}/documents/${REF}`);
    expect(eventHref(ENG, events[1]!)).toBe(`#/e/${ENG}/interviews/${REF}`);
    expect(eventHref(ENG, events[2]!)).toBe(`#/e/${ENG}/sessions/${REF}`);
    expect(eventHref(ENG, events[3]!)).toBe(`#/e/${ENG}/vaststelling`);
    expect(eventHref(ENG, { ...events[3]!, kind: 'vision-version', step: 3 })).toBe(
      `#/e/${ENG}/visie`,
    );
    expect(eventHref(ENG, { ...events[3]!, kind: 'measurement', planned: false })).toBe(
      `#/e/${ENG}/nulmeting`,
    );
    expect(eventHref(ENG, { ...events[3]!, kind: 'milestone', planned: true })).toBe(
      `#/e/${ENG}/routekaart`,
    );
  });

  it('names the steps from the method, with a fallback', () => {
    expect(stepLabels([{ number: 2, title: 'Ophalen' }], (n) => `Stap ${n}`)).toEqual([
      'Stap 1',
      'Ophalen',
      'Stap 3',
      'Stap 4',
    ]);
  });
});

describe('the overview numbers', () => {
  const progress: EngagementProgress = {
    step1: { documents: 4, interviews: 5, interviewsHeld: 3, findings: 40, themes: 6 },
    step2: { sessions: 2, sessionsHeld: 2, participants: 31, stakeholderPositions: 8, roles: 3 },
    step3: {
      passages: 7,
      unsupportedPassages: 2,
      versions: 3,
      latestVersionLabel: '0.3',
      openFeedback: 1,
    },
    step4: {
      presentations: 2,
      decisions: 2,
      adoptedVersionLabel: '0.3',
      borgingDone: 2,
      borgingTotal: 8,
    },
    nulmeting: { measurements: 0, dimensions: 8, latest: null },
    roadmap: { items: 0, milestones: 0, nextMilestone: null, warnings: 0, checks: 0 },
  };

  it('shows per step what exists and what is open', () => {
    const one = progressNumbers(t.t, progress, 1);
    expect(one.find((x) => x.label === 'Interviews')).toMatchObject({
      value: '5',
      detail: '3 van 5 gehouden',
      open: true,
    });
    const three = progressNumbers(t.t, progress, 3);
    expect(three.find((x) => x.label === 'Passages')).toMatchObject({
      value: '7',
      detail: '2 zonder onderbouwing',
      open: true,
    });
    const four = progressNumbers(t.t, progress, 4);
    expect(four.map((x) => [x.label, x.value])).toEqual([
      ['Presentaties', '2'],
      ['Besluiten', '2'],
      ['Vastgesteld', 'versie 0.3'],
      ['Borging', '2/8'],
    ]);
    expect(progressNumbers(t.t, progress, 9)).toEqual([]);
  });
});
