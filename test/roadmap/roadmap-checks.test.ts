import { describe, expect, it } from 'vitest';
import type { DimensionGap } from '../../src/shared/domain/nulmeting.js';
import {
  roadmapChecks,
  roadmapWarnings,
  type CheckedItem,
} from '../../src/shared/domain/roadmap-checks.js';

const settings = { startQuarter: '2027-Q1', horizonYears: 3 };
const limits = { gapThreshold: 2, ownerMaxItemsPerQuarter: 3 };

function item(id: string, over: Partial<CheckedItem> = {}): CheckedItem {
  return {
    id,
    kind: 'project',
    startQuarter: '2027-Q2',
    endQuarter: '2027-Q3',
    funding: 'geregeld',
    status: 'gepland',
    dependsOn: [],
    gapDimensionIds: ['data'],
    passageIds: [],
    ownerStakeholderId: null,
    ownerText: '',
    ownerLabel: '',
    ...over,
  };
}

function gap(dimensionId: string, size: number): DimensionGap {
  return {
    dimensionId,
    dimensionName: dimensionId,
    assessmentId: '00000000-0000-4000-8000-000000000001',
    current: 2,
    desired: 2 + size,
    gap: size,
  };
}

describe('roadmap warnings', () => {
  it('warns when an item starts before or in the quarter its dependency ends', () => {
    const items = [
      item('a', { startQuarter: '2027-Q1', endQuarter: '2027-Q3' }),
      item('b', { startQuarter: '2027-Q3', dependsOn: ['a'], endQuarter: '2027-Q4' }),
      item('c', { startQuarter: '2027-Q4', dependsOn: ['a'], endQuarter: '2027-Q4' }),
      item('d', { startQuarter: '2027-Q2', dependsOn: ['missing'] }),
    ];
    expect(roadmapWarnings(items, settings, '2026-Q4')).toEqual([
      { kind: 'starts-before-dependency', itemId: 'b', otherItemId: 'a' },
    ]);
  });

  it('does not warn about a dropped dependency, nor for items done or dropped', () => {
    const items = [
      item('a', { startQuarter: '2027-Q1', endQuarter: '2028-Q1', status: 'geschrapt' }),
      item('b', { startQuarter: '2027-Q2', dependsOn: ['a'] }),
      item('c', { startQuarter: '2027-Q1', endQuarter: '2027-Q4' }),
      item('d', { startQuarter: '2027-Q2', dependsOn: ['c'], status: 'gereed', funding: 'open' }),
    ];
    expect(roadmapWarnings(items, settings, '2027-Q3')).toEqual([]);
  });

  it('warns about open funding once the start quarter has come', () => {
    const items = [
      item('now', { funding: 'open', startQuarter: '2027-Q2' }),
      item('past', { funding: 'open', startQuarter: '2027-Q1' }),
      item('later', { funding: 'open', startQuarter: '2027-Q3' }),
      item('asked', { funding: 'aangevraagd', startQuarter: '2027-Q1' }),
    ];
    expect(roadmapWarnings(items, settings, '2027-Q2')).toEqual([
      { kind: 'funding-open-at-start', itemId: 'now', otherItemId: null },
      { kind: 'funding-open-at-start', itemId: 'past', otherItemId: null },
    ]);
  });

  it('warns about an item (partly) outside the horizon', () => {
    const items = [
      item('before', { startQuarter: '2026-Q4', endQuarter: '2027-Q1' }),
      item('edge', { startQuarter: '2027-Q1', endQuarter: '2029-Q4' }),
      item('after', { startQuarter: '2029-Q3', endQuarter: '2030-Q1' }),
    ];
    expect(roadmapWarnings(items, settings, '2026-Q1').map((w) => w.itemId)).toEqual([
      'before',
      'after',
    ]);
  });
});

describe('roadmap checks', () => {
  it('names the gaps of the threshold or more that no active item closes, largest first', () => {
    const items = [
      item('a', { gapDimensionIds: ['cultuur'] }),
      item('b', { gapDimensionIds: ['data'], status: 'geschrapt' }),
    ];
    const gaps = [gap('cultuur', 3), gap('data', 2), gap('techniek', 1.5), gap('governance', 2.5)];
    const checks = roadmapChecks(items, gaps, limits).filter((c) => c.kind === 'gap-without-item');
    expect(checks.map((c) => c.dimensionId)).toEqual(['governance', 'data']);
    expect(checks[0]).toEqual({
      kind: 'gap-without-item',
      dimensionId: 'governance',
      itemIds: [],
      owner: null,
      quarter: null,
    });
  });

  it('names an active item linked to neither a gap nor a passage', () => {
    const items = [
      item('gap'),
      item('passage', { gapDimensionIds: [], passageIds: ['p'] }),
      item('none', { gapDimensionIds: [] }),
      item('done', { gapDimensionIds: [], status: 'gereed' }),
    ];
    expect(roadmapChecks(items, [], limits)).toEqual([
      {
        kind: 'item-without-reason',
        dimensionId: null,
        itemIds: ['none'],
        owner: null,
        quarter: null,
      },
    ]);
  });

  it('finds the quarters in which one owner runs more items than the limit', () => {
    const owner = { ownerStakeholderId: 'cio', ownerLabel: 'Marieke de Vries' };
    const items = [
      item('1', { ...owner, startQuarter: '2027-Q1', endQuarter: '2027-Q4' }),
      item('2', { ...owner, startQuarter: '2027-Q2', endQuarter: '2027-Q3' }),
      item('3', { ...owner, startQuarter: '2027-Q3', endQuarter: '2027-Q3' }),
      item('4', { ...owner, startQuarter: '2027-Q2', endQuarter: '2027-Q3' }),
      // A milestone loads nobody; a finished item no longer runs.
      item('5', { ...owner, kind: 'mijlpaal', startQuarter: '2027-Q3', endQuarter: '2027-Q3' }),
      item('6', { ...owner, status: 'gereed', startQuarter: '2027-Q3', endQuarter: '2027-Q3' }),
      // Another owner in the same quarter.
      item('7', { ownerText: 'CIO', ownerLabel: 'CIO', startQuarter: '2027-Q3' }),
    ];
    const overloaded = roadmapChecks(items, [], limits).filter(
      (c) => c.kind === 'owner-overloaded',
    );
    expect(overloaded).toEqual([
      {
        kind: 'owner-overloaded',
        dimensionId: null,
        itemIds: ['1', '2', '3', '4'],
        owner: 'Marieke de Vries',
        quarter: '2027-Q3',
      },
    ]);
  });

  it('groups a typed role regardless of case and spaces', () => {
    const items = ['a', 'b', 'c', 'd'].map((id, i) =>
      item(id, {
        ownerText: i % 2 ? 'programmamanager  data' : 'Programmamanager data',
        ownerLabel: 'Programmamanager data',
      }),
    );
    const overloaded = roadmapChecks(items, [], limits).filter(
      (c) => c.kind === 'owner-overloaded',
    );
    expect(overloaded.map((c) => [c.quarter, c.itemIds.length])).toEqual([
      ['2027-Q2', 4],
      ['2027-Q3', 4],
    ]);
    // Without an owner nothing is counted.
    const nobody = ['a', 'b', 'c', 'd'].map((id) => item(id));
    expect(roadmapChecks(nobody, [], limits)).toEqual([]);
  });
});
