import { describe, expect, it } from 'vitest';
import {
  dragModeAt,
  dragSpan,
  keySpan,
  laneKeyOf,
  linkedItemToShow,
  quarterOptions,
  quarterSteps,
  todayIso,
} from './roadmap-view.js';

const project = { kind: 'project' as const, startQuarter: '2027-Q3', endQuarter: '2028-Q1' };
const milestone = { kind: 'mijlpaal' as const, startQuarter: '2027-Q4', endQuarter: '2027-Q4' };

describe('the timeline arithmetic', () => {
  it('moves a bar, or one of its ends, by whole quarters across years', () => {
    expect(dragSpan(project, 'move', 2)).toEqual({
      startQuarter: '2028-Q1',
      endQuarter: '2028-Q3',
    });
    expect(dragSpan(project, 'move', -3)).toEqual({
      startQuarter: '2026-Q4',
      endQuarter: '2027-Q2',
    });
    expect(dragSpan(project, 'end', 1)).toEqual({ startQuarter: '2027-Q3', endQuarter: '2028-Q2' });
    // An end never passes the other end.
    expect(dragSpan(project, 'end', -5)).toEqual({
      startQuarter: '2027-Q3',
      endQuarter: '2027-Q3',
    });
    expect(dragSpan(project, 'start', 4)).toEqual({
      startQuarter: '2028-Q1',
      endQuarter: '2028-Q1',
    });
    // A milestone only moves.
    expect(dragSpan(milestone, 'end', 2)).toEqual({
      startQuarter: '2028-Q2',
      endQuarter: '2028-Q2',
    });
  });

  it('maps the keys: arrows move, Shift+arrows change the end, other keys nothing', () => {
    expect(keySpan(project, 'ArrowRight', false)).toEqual({
      startQuarter: '2027-Q4',
      endQuarter: '2028-Q2',
    });
    expect(keySpan(project, 'ArrowLeft', true)).toEqual({
      startQuarter: '2027-Q3',
      endQuarter: '2027-Q4',
    });
    expect(keySpan(project, 'Enter', false)).toBeNull();
    expect(keySpan(milestone, 'ArrowRight', true)).toBeNull();
    const one = { ...project, endQuarter: '2027-Q3' };
    expect(keySpan(one, 'ArrowLeft', true)).toBeNull();
  });

  it('snaps at half a column and finds the handles at the ends of a bar', () => {
    expect(quarterSteps(100, 134, 70)).toBe(0);
    expect(quarterSteps(100, 136, 70)).toBe(1);
    expect(quarterSteps(300, 90, 70)).toBe(-3);
    const bar = { x: 100, width: 140 };
    expect(dragModeAt(bar, 103, false)).toBe('start');
    expect(dragModeAt(bar, 170, false)).toBe('move');
    expect(dragModeAt(bar, 236, false)).toBe('end');
    expect(dragModeAt(bar, 103, true)).toBe('move');
  });

  it('offers the horizon and a year either side, and the local day as today', () => {
    const list = quarterOptions({ startQuarter: '2027-Q1', horizonYears: 3 }, ['2035-Q2']);
    expect(list[0]).toBe('2026-Q1');
    expect(list).toContain('2030-Q4');
    expect(list.at(-1)).toBe('2035-Q2');
    expect(todayIso(new Date(2027, 4, 9, 23, 30))).toBe('2027-05-09');
  });

  it('puts an item in its bouwsteen lane, or its dimension, else the first gap it closes', () => {
    const item = {
      bouwsteen: 'data-cultuur' as const,
      dimensionId: null,
      gapDimensionIds: ['cultuur', 'data'],
    };
    expect(laneKeyOf(item, 'bouwsteen')).toBe('data-cultuur');
    expect(laneKeyOf(item, 'dimensie')).toBe('cultuur');
    expect(laneKeyOf({ ...item, dimensionId: 'governance' }, 'dimensie')).toBe('governance');
    expect(laneKeyOf({ ...item, gapDimensionIds: [] }, 'dimensie')).toBeNull();
  });

  it('selects the action a trace link names once the plan holds it, and only once', () => {
    const items = [{ id: 'a' }, { id: 'b' }];
    // Still loading, then loaded: the linked action is to be shown.
    expect(linkedItemToShow(undefined, 'b', null)).toBeNull();
    expect(linkedItemToShow(items, 'b', null)).toBe('b');
    // Shown once; a reload of the plan does not take a later click back.
    expect(linkedItemToShow(items, 'b', 'b')).toBeNull();
    // A link to another action (browser back, another trace link) is shown in turn.
    expect(linkedItemToShow(items, 'a', 'b')).toBe('a');
    // No link, or an action deleted since: nothing to select.
    expect(linkedItemToShow(items, undefined, null)).toBeNull();
    expect(linkedItemToShow(items, 'gone', null)).toBeNull();
  });
});
