import { describe, expect, it } from 'vitest';
import type { VisionVersionPassage } from '../../src/shared/domain/vision.js';
import { diffVisionContent, wordDiff } from '../../src/main/domains/vision/vision-diff.js';

// Two states of the vision compared passage by passage: a pure function.

const P = (id: string, position: number, over: Partial<VisionVersionPassage> = {}) =>
  ({
    id,
    kind: 'themavisie',
    title: `Passage ${id}`,
    body: '',
    forInhabitants: '',
    forStaff: '',
    forBoard: '',
    themeId: null,
    portfolioHolderId: null,
    portfolioHolderName: null,
    position,
    findings: [],
    ...over,
  }) satisfies VisionVersionPassage;

const poster = { title: '', layout: 'kolommen', format: 'A3' } as const;

describe('vision diff', () => {
  it('diffs a text word by word', () => {
    expect(
      wordDiff(
        'Dijkhaven wordt een datagestuurde gemeente.',
        'Dijkhaven wordt een datagedreven gemeente.',
      ),
    ).toEqual([
      { change: 'same', text: 'Dijkhaven wordt een ' },
      { change: 'removed', text: 'datagestuurde' },
      { change: 'added', text: 'datagedreven' },
      { change: 'same', text: ' gemeente.' },
    ]);
  });

  it('names added, removed, changed and unchanged passages, and which fields changed', () => {
    const a = 'aaaaaaaa-0000-4000-8000-000000000001';
    const b = 'aaaaaaaa-0000-4000-8000-000000000002';
    const c = 'aaaaaaaa-0000-4000-8000-000000000003';
    const d = 'aaaaaaaa-0000-4000-8000-000000000004';
    const f1 = { id: 'f1', statement: 'Een' };
    const f2 = { id: 'f2', statement: 'Twee' };
    const from = {
      passages: [
        P(a, 0, { body: 'Data helpen ons.', findings: [f1] }),
        P(b, 1),
        P(c, 2, { forStaff: 'Training voor iedereen.' }),
      ],
      poster,
    };
    const to = {
      passages: [
        P(a, 0, { body: 'Data helpen ons echt.', findings: [f1, f2] }),
        P(c, 1, { forStaff: 'Basistraining en verdieping.', kind: 'ambitie' }),
        P(d, 2),
      ],
      poster: { ...poster, format: 'A0' as const },
    };
    const diff = diffVisionContent(from, to);
    expect(diff.passages.map((p) => [p.passageId, p.change])).toEqual([
      [a, 'changed'],
      [b, 'removed'],
      [c, 'changed'],
      [d, 'added'],
    ]);
    const first = diff.passages[0]!;
    expect(first.changedFields).toEqual(['body', 'findings']);
    expect(first.findingsAdded).toEqual([f2]);
    expect(first.findingsRemoved).toEqual([]);
    expect(first.textDiffs.body).toEqual([
      { change: 'same', text: 'Data helpen ons ' },
      { change: 'added', text: 'echt' },
      { change: 'same', text: '.' },
    ]);
    expect(first.moved).toBe(false);
    const third = diff.passages[2]!;
    expect(third.changedFields).toEqual(['forStaff', 'kind']);
    expect(
      third.textDiffs
        .forStaff!.filter((p) => p.change === 'removed')
        .map((p) => p.text)
        .join('|'),
    ).toMatch(/Training/);
    expect(diff.posterChanged).toEqual(['format']);
  });

  it('marks only the passage that moved, not the ones it passed', () => {
    const ids = ['1', '2', '3', '4'].map((n) => `bbbbbbbb-0000-4000-8000-00000000000${n}`);
    const from = { passages: ids.map((id, i) => P(id, i)), poster };
    const order = [ids[3]!, ids[0]!, ids[1]!, ids[2]!];
    const to = { passages: order.map((id, i) => P(id, i)), poster };
    const diff = diffVisionContent(from, to);
    expect(diff.passages.map((p) => [p.passageId, p.change, p.moved])).toEqual([
      [ids[3], 'changed', true],
      [ids[0], 'unchanged', false],
      [ids[1], 'unchanged', false],
      [ids[2], 'unchanged', false],
    ]);
  });

  it('compares a state with itself as unchanged', () => {
    const side = {
      passages: [P('cccccccc-0000-4000-8000-000000000001', 0, { body: 'x' })],
      poster,
    };
    const diff = diffVisionContent(side, side);
    expect(diff.passages.map((p) => p.change)).toEqual(['unchanged']);
    expect(diff.posterChanged).toEqual([]);
  });

  it('names a changed routekaart band; a version from before the band counts as the default', () => {
    const passages = [P('dddddddd-0000-4000-8000-000000000001', 0)];
    // The poster of a version frozen before the band has no roadmapBand at all.
    const before = { passages, poster };
    expect(
      diffVisionContent(before, { passages, poster: { ...poster, roadmapBand: null } })
        .posterChanged,
    ).toEqual([]);
    expect(
      diffVisionContent(before, { passages, poster: { ...poster, roadmapBand: true } })
        .posterChanged,
    ).toEqual(['roadmapBand']);
  });
});
