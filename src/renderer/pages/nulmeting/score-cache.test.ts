import { describe, expect, it } from 'vitest';
import type { AssessmentView } from '../../../shared/domain/nulmeting.js';
import { withScore } from './score-cache.js';

const view: AssessmentView = {
  assessment: {
    id: 'a',
    name: '0-meting',
    date: '2026-03-10',
    horizonYears: 5,
    notes: '',
    conclusions: '',
    respondentCount: 1,
    agreedCount: 0,
    createdAt: '',
    updatedAt: '',
  },
  respondents: [],
  scores: [
    {
      respondentId: 'r1',
      dimensionId: 'data',
      current: 2,
      desired: 4,
      evidence: 'Zo gezegd',
      confidence: 'hoog',
    },
  ],
  agreed: [],
  summary: [],
};

describe('a score changed in the cached view before the core answers', () => {
  it('changes only the field given and keeps the rest of the score', () => {
    const next = withScore(view, 'r1', 'data', { current: 2.5 });
    expect(next.scores).toEqual([{ ...view.scores[0], current: 2.5 }]);
    expect(view.scores[0]!.current).toBe(2);
    // The summary is never recomputed here: it stays the core's until its answer arrives.
    expect(next.summary).toBe(view.summary);
  });

  it('adds a score not given before, empty but for the field', () => {
    const next = withScore(view, 'r2', 'cultuur', { desired: 5 });
    expect(next.scores[1]).toEqual({
      respondentId: 'r2',
      dimensionId: 'cultuur',
      current: null,
      desired: 5,
      evidence: '',
      confidence: null,
    });
  });
});
