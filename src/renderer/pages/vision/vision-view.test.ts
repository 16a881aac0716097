import { describe, expect, it } from 'vitest';
import { DEFAULT_HOUSE_STYLE } from '../../../shared/domain/engagement.js';
import type { VisionPassage, VisionPassageKind } from '../../../shared/domain/vision.js';
import { workingCopyPosterSvg } from './poster-preview.js';
import {
  checkPassageId,
  diffCounts,
  groupPassages,
  insertPosition,
  neighbourPosition,
  nextVersionLabel,
} from './vision-view.js';

const passage = (
  id: string,
  kind: VisionPassageKind,
  position: number,
  title = id,
): VisionPassage => ({
  id,
  kind,
  position,
  title,
  body: '',
  forInhabitants: '',
  forStaff: '',
  forBoard: '',
  themeId: null,
  portfolioHolderId: null,
  portfolioHolderName: null,
  findings: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

// Deliberately out of kind order: the core keeps the consultant's order, the editor groups.
const list = [
  passage('t1', 'themavisie', 0),
  passage('k1', 'kernvisie', 1),
  passage('a1', 'ambitie', 2),
  passage('t2', 'themavisie', 3),
  passage('t3', 'themavisie', 4),
];

describe('groupPassages', () => {
  it('puts the kernvisie first and keeps each kind in its own order', () => {
    const groups = groupPassages(list);
    expect(groups.map((g) => g.kind)).toEqual(['kernvisie', 'themavisie', 'ambitie']);
    expect(groups[1]!.passages.map((p) => p.id)).toEqual(['t1', 't2', 't3']);
  });
  it('leaves out kinds without passages, and nothing for no passages', () => {
    expect(groupPassages([])).toEqual([]);
  });
});

describe('neighbourPosition', () => {
  it('moves up to the place of the previous passage of the same kind', () => {
    expect(neighbourPosition(list, 't2', 'up')).toBe(0);
    expect(neighbourPosition(list, 't3', 'up')).toBe(3);
  });
  it('moves down to the place of the next passage of the same kind', () => {
    expect(neighbourPosition(list, 't1', 'down')).toBe(3);
  });
  it('answers null at the edge of a group or for an unknown passage', () => {
    expect(neighbourPosition(list, 't1', 'up')).toBeNull();
    expect(neighbourPosition(list, 't3', 'down')).toBeNull();
    expect(neighbourPosition(list, 'k1', 'down')).toBeNull();
    expect(neighbourPosition(list, 'nope', 'up')).toBeNull();
  });
});

describe('insertPosition', () => {
  it('puts a new passage before the first passage of a later kind', () => {
    expect(
      insertPosition([passage('k', 'kernvisie', 0), passage('a', 'ambitie', 1)], 'themavisie'),
    ).toBe(1);
    expect(insertPosition([passage('k', 'kernvisie', 0)], 'randvoorwaarde')).toBe(1);
    expect(insertPosition([], 'kernvisie')).toBe(0);
  });
});

describe('nextVersionLabel', () => {
  it('counts concepts on from the last version and makes definitief the next whole number', () => {
    expect(nextVersionLabel([], 'concept')).toBe('0.1');
    expect(nextVersionLabel([], 'definitief')).toBe('1.0');
    const made = [
      { label: '0.1', status: 'concept' as const },
      { label: '0.2', status: 'concept' as const },
      { label: 'H1', status: 'herstelpunt' as const },
    ];
    expect(nextVersionLabel(made, 'concept')).toBe('0.3');
    expect(nextVersionLabel([...made, { label: '1.0', status: 'definitief' }], 'concept')).toBe(
      '1.1',
    );
    expect(nextVersionLabel([...made, { label: '1.0', status: 'definitief' }], 'definitief')).toBe(
      '2.0',
    );
  });
});

describe('checkPassageId and diffCounts', () => {
  it('points passage checks at their passage and theme checks nowhere', () => {
    expect(checkPassageId({ code: 'passage-unsupported', passageId: 'p' })).toBe('p');
    expect(
      checkPassageId({
        code: 'theme-uncovered',
        themeId: 't',
        themeName: 'Data',
        findingCount: 4,
        threshold: 3,
      }),
    ).toBeNull();
  });
  it('counts added, changed and removed passages', () => {
    const base = {
      kind: 'ambitie' as const,
      title: '',
      changedFields: [],
      moved: false,
      textDiffs: {},
      findingsAdded: [],
      findingsRemoved: [],
    };
    expect(
      diffCounts([
        { ...base, passageId: '1', change: 'added' },
        { ...base, passageId: '2', change: 'changed' },
        { ...base, passageId: '3', change: 'changed' },
        { ...base, passageId: '4', change: 'unchanged' },
      ]),
    ).toEqual({ added: 1, changed: 2, removed: 0 });
  });
});

describe('workingCopyPosterSvg', () => {
  const engagement = {
    clientName: 'Gemeente Zuiderhaven',
    title: 'Datagedreven werken',
    language: 'nl' as const,
    houseStyle: DEFAULT_HOUSE_STYLE,
  };
  const passages = [
    { ...passage('k', 'kernvisie', 0, 'Kern'), body: 'Wij sturen op feiten & <inzichten>' },
    { ...passage('t', 'themavisie', 1, 'Sociaal domein'), body: 'Eén beeld van het huishouden' },
  ];
  it('shows the passages, escaped, under the engagement title when the poster has none', () => {
    const svg = workingCopyPosterSvg(
      engagement,
      passages,
      { title: '', layout: 'kolommen', format: 'A3' },
      [],
      null,
    );
    expect(svg).toContain('Sociaal domein');
    expect(svg).toContain('&amp;');
    expect(svg).not.toContain('<inzichten>');
    expect(svg).toContain('Datagedreven werken');
  });
  it('follows the layout and the format', () => {
    const a = workingCopyPosterSvg(
      engagement,
      passages,
      { title: 'X', layout: 'kolommen', format: 'A3' },
      [],
      null,
    );
    const b = workingCopyPosterSvg(
      engagement,
      passages,
      { title: 'X', layout: 'kern', format: 'A0' },
      [],
      null,
    );
    expect(a).toContain('297mm');
    expect(b).toContain('841mm');
    expect(a).not.toEqual(b.replace(/841mm/, '297mm').replace(/1189mm/, '420mm'));
  });
});
