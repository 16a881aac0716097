import { afterEach, describe, expect, it } from 'vitest';
import { startTempCore, type TempCore } from '../helpers/temp-core.js';

// The trace reaches from a quote through finding, passage and gap to the action (issue 16):
// a finding's trace lists the routekaart items serving its passages and closing the gaps whose
// agreed score it supports; a passage's trace lists the items serving it.

let disposers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const d of disposers) await d();
  disposers = [];
});

describe('trace to the action', () => {
  it('reaches the routekaart from a finding through its passage and its gap', async () => {
    const c: TempCore = await startTempCore();
    disposers.push(() => c.dispose());
    const { engagementId } = await c.must('engagement:create', {
      fields: { clientName: 'Gemeente Dijkhaven', title: 'Routekaart' },
    });
    const finding = await c.must('finding:create', {
      engagementId,
      source: { type: 'direct' },
      fields: {
        statement: 'Niemand weet wie eigenaar is van de basisregistraties.',
        kind: 'uitdaging',
        quote: 'Als het misgaat, kijkt iedereen naar elkaar.',
      },
    });
    const other = await c.must('finding:create', {
      engagementId,
      source: { type: 'direct' },
      fields: { statement: 'Dashboards worden nauwelijks gebruikt.', kind: 'uitdaging', quote: '' },
    });
    const passage = await c.must('visionPassage:create', {
      engagementId,
      fields: {
        kind: 'randvoorwaarde',
        title: 'Eigenaarschap van data',
        body: 'Elke bron heeft een eigenaar.',
      },
    });
    await c.must('visionPassage:linkFinding', {
      engagementId,
      passageId: passage.id,
      findingId: finding.id,
    });
    const assessment = await c.must('assessment:create', {
      engagementId,
      fields: { name: '0-meting', date: '2026-11-01' },
    });
    await c.must('agreed:set', {
      engagementId,
      assessmentId: assessment.id,
      dimensionId: 'governance',
      fields: {
        current: 1.5,
        desired: 4,
        rationale: 'Eigenaarschap ontbreekt.',
        findingIds: [finding.id],
      },
    });
    await c.must('agreed:set', {
      engagementId,
      assessmentId: assessment.id,
      dimensionId: 'cultuur',
      fields: { current: 2, desired: 3.5, rationale: '', findingIds: [other.id] },
    });
    const item = (title: string, startQuarter: string) =>
      c.must('roadmapItem:create', { engagementId, fields: { title, startQuarter } });
    const owners = await item('Data-eigenaarschap beleggen', '2027-Q1');
    const council = await item('Datagovernanceraad instellen', '2027-Q2');
    const culture = await item('Datacafés', '2027-Q2');
    const link = (id: string, gapDimensionIds: string[], passageIds: string[]) =>
      c.must('roadmapItem:setLinks', { engagementId, id, gapDimensionIds, passageIds });
    await link(owners.id, ['governance'], [passage.id]);
    await link(council.id, ['governance'], []);
    await link(culture.id, ['cultuur'], []);

    const trace = await c.must('trace:finding', { engagementId, findingId: finding.id });
    expect(trace.passages.map((p) => p.title)).toEqual(['Eigenaarschap van data']);
    expect(trace.gaps).toEqual([
      {
        dimensionId: 'governance',
        dimensionName: expect.any(String),
        current: 1.5,
        desired: 4,
        gap: 2.5,
      },
    ]);
    expect(trace.actions).toEqual([
      {
        id: owners.id,
        title: 'Data-eigenaarschap beleggen',
        startQuarter: '2027-Q1',
        endQuarter: '2027-Q1',
        via: 'passage',
      },
      {
        id: council.id,
        title: 'Datagovernanceraad instellen',
        startQuarter: '2027-Q2',
        endQuarter: '2027-Q2',
        via: 'gap',
      },
    ]);

    const back = await c.must('trace:passage', { engagementId, passageId: passage.id });
    expect(back.actions.map((a) => [a.title, a.via])).toEqual([
      ['Data-eigenaarschap beleggen', 'passage'],
    ]);

    const otherTrace = await c.must('trace:finding', { engagementId, findingId: other.id });
    expect(otherTrace.gaps.map((g) => g.dimensionId)).toEqual(['cultuur']);
    expect(otherTrace.actions.map((a) => a.title)).toEqual(['Datacafés']);
  });
});
