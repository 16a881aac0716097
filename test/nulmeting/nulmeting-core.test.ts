import { describe, expect, it } from 'vitest';
import { coresDisposedAfterEach, rowsOfOpenFile as rows } from '../helpers/open-file.js';

// The nulmeting (issue 15) through the contract, checked against the rows in the file itself:
// measurements, respondents, scores in half steps, agreed scores with their findings, the
// proposal from the median, the gaps, and deletes with their undo.

const startCore = coresDisposedAfterEach();

async function engagement() {
  const c = await startCore();
  const open = await c.must('engagement:create', {
    fields: { clientName: 'Gemeente Dijkhaven', title: 'Nulmeting' },
  });
  const engagementId = open.engagementId;
  const eva = await c.must('stakeholder:create', {
    engagementId,
    fields: { name: 'Eva de Wit', group: 'directie' },
  });
  const finding = await c.must('finding:create', {
    engagementId,
    source: { type: 'direct' },
    fields: { statement: 'Eigenaarschap van gegevens is nergens belegd.', kind: 'uitdaging' },
  });
  const model = await c.must('maturity:model', { engagementId });
  return { ...c, engagementId, filePath: open.displayPath, eva, finding, model };
}

type E = Awaited<ReturnType<typeof engagement>>;

async function measurement(e: E, name = '0-meting', date = '2026-03-02') {
  return e.must('assessment:create', { engagementId: e.engagementId, fields: { name, date } });
}

describe('the maturity model', () => {
  it('is the engagement copy, in the language asked, with eight dimensions and five levels', async () => {
    const e = await engagement();
    expect(e.model.dimensions.map((d) => d.id)).toEqual([
      'leiderschap-strategie',
      'cultuur',
      'mensen-datavaardigheid',
      'governance',
      'privacy-ethiek',
      'data',
      'techniek-architectuur',
      'agile-experimenteren',
    ]);
    expect(e.model.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
    for (const d of e.model.dimensions) expect(d.levels).toHaveLength(5);
    const en = await e.must('maturity:model', { engagementId: e.engagementId, language: 'en' });
    expect(en.dimensions[1]!.name).not.toBe(e.model.dimensions[1]!.name);
    // The copy is in the file: a measurement keeps the model it was measured with.
    const copy = await rows<{ content_json: string }>(
      e.filePath,
      "SELECT content_json FROM method_snapshot WHERE part = 'maturity'",
    );
    expect(JSON.parse(copy[0]!.content_json).dimensions).toHaveLength(8);
  });
});

describe('measurements, respondents and scores', () => {
  it('stores a measurement with its respondents and half-step scores, read back from the file', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const a = await e.must('assessment:create', {
      engagementId,
      fields: { name: '0-meting', date: '2026-03-02', notes: 'Workshop' },
    });
    expect(a).toMatchObject({ name: '0-meting', horizonYears: 5, respondentCount: 0 });
    // A stakeholder without a label is named after the stakeholder; a group keeps its label.
    const r1 = await e.must('respondent:create', {
      engagementId,
      assessmentId: a.id,
      fields: { stakeholderId: e.eva.id, label: '', group: 'mt' },
    });
    expect(r1.label).toBe('Eva de Wit');
    const r2 = await e.must('respondent:create', {
      engagementId,
      assessmentId: a.id,
      fields: { label: 'Team Sociaal Domein', group: 'medewerkers' },
    });
    const s = await e.must('score:set', {
      engagementId,
      respondentId: r1.id,
      dimensionId: 'cultuur',
      fields: { current: 2.5, desired: 4, evidence: 'Cijfers komen te laat.', confidence: 'hoog' },
    });
    expect(s).toMatchObject({ current: 2.5, desired: 4, confidence: 'hoog' });
    // A partial update keeps the other fields.
    await e.must('score:set', {
      engagementId,
      respondentId: r1.id,
      dimensionId: 'cultuur',
      fields: { desired: 4.5 },
    });
    await e.must('score:set', {
      engagementId,
      respondentId: r2.id,
      dimensionId: 'cultuur',
      fields: { current: 1.5, desired: 3 },
    });
    expect(
      await rows(
        e.filePath,
        `SELECT r.label, r.respondent_group, r.stakeholder_id, s.dimension_id, s.current_level,
                s.desired_level, s.evidence, s.confidence
         FROM assessment_score s JOIN assessment_respondent r ON r.id = s.respondent_id
         ORDER BY r.position`,
      ),
    ).toEqual([
      {
        label: 'Eva de Wit',
        respondent_group: 'mt',
        stakeholder_id: e.eva.id,
        dimension_id: 'cultuur',
        current_level: 2.5,
        desired_level: 4.5,
        evidence: 'Cijfers komen te laat.',
        confidence: 'hoog',
      },
      {
        label: 'Team Sociaal Domein',
        respondent_group: 'medewerkers',
        stakeholder_id: null,
        dimension_id: 'cultuur',
        current_level: 1.5,
        desired_level: 3,
        evidence: '',
        confidence: null,
      },
    ]);
    const view = await e.must('assessment:get', { engagementId, id: a.id });
    expect(view.assessment.respondentCount).toBe(2);
    const cultuur = view.summary.find((d) => d.dimensionId === 'cultuur')!;
    expect(cultuur.spreadCurrent).toEqual({ min: 1.5, max: 2.5, mean: 2, n: 2 });
    expect(cultuur.byGroup.map((g) => [g.group, g.current])).toEqual([
      ['mt', 2.5],
      ['medewerkers', 1.5],
    ]);
    expect(view.summary.map((d) => d.dimensionId)).toEqual(e.model.dimensions.map((d) => d.id));
  });

  it('refuses a dimension the model does not have, and levels off the half steps', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const a = await measurement(e);
    const r = await e.must('respondent:create', {
      engagementId,
      assessmentId: a.id,
      fields: { label: 'Groep', group: 'overig' },
    });
    expect(
      await e.code('score:set', {
        engagementId,
        respondentId: r.id,
        dimensionId: 'astrologie',
        fields: { current: 2 },
      }),
    ).toBe('NULMETING_UNKNOWN_DIMENSION');
    expect(
      await e.code('agreed:set', {
        engagementId,
        assessmentId: a.id,
        dimensionId: 'astrologie',
        fields: { current: 2 },
      }),
    ).toBe('NULMETING_UNKNOWN_DIMENSION');
    for (const current of [2.25, 0.5, 5.5])
      expect(
        await e.code('score:set', {
          engagementId,
          respondentId: r.id,
          dimensionId: 'cultuur',
          fields: { current },
        }),
      ).toBe('INVALID_INPUT');
    // Unknown records: NOT_FOUND.
    const ghost = '5d0c3f2e-8a61-4b7e-9c2d-1f3a4b5c6d7e';
    expect(
      await e.code('respondent:create', {
        engagementId,
        assessmentId: a.id,
        fields: { stakeholderId: ghost, group: 'mt' },
      }),
    ).toBe('NOT_FOUND');
    expect(
      await e.code('agreed:set', {
        engagementId,
        assessmentId: a.id,
        dimensionId: 'cultuur',
        fields: { findingIds: [ghost] },
      }),
    ).toBe('NOT_FOUND');
    expect(await rows(e.filePath, 'SELECT * FROM assessment_score')).toEqual([]);
    expect(await rows(e.filePath, 'SELECT * FROM assessment_agreed')).toEqual([]);
  });

  it('lists measurements newest first with their counts', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const zero = await measurement(e, '0-meting', '2025-03-01');
    const one = await measurement(e, '1-meting', '2026-03-01');
    await e.must('respondent:create', {
      engagementId,
      assessmentId: zero.id,
      fields: { label: 'MT', group: 'mt' },
    });
    await e.must('agreed:set', {
      engagementId,
      assessmentId: zero.id,
      dimensionId: 'data',
      fields: { current: 2, desired: 4 },
    });
    // Only current agreed: does not count.
    await e.must('agreed:set', {
      engagementId,
      assessmentId: zero.id,
      dimensionId: 'cultuur',
      fields: { current: 2 },
    });
    const list = await e.must('assessment:list', { engagementId });
    expect(list.map((a) => [a.id, a.respondentCount, a.agreedCount])).toEqual([
      [one.id, 0, 0],
      [zero.id, 1, 1],
    ]);
    const updated = await e.must('assessment:update', {
      engagementId,
      id: one.id,
      fields: { date: '2024-01-01', conclusions: 'Vroeg' },
    });
    expect(updated.conclusions).toBe('Vroeg');
    expect((await e.must('assessment:list', { engagementId })).map((a) => a.id)).toEqual([
      zero.id,
      one.id,
    ]);
  });
});

describe('agreed scores and gaps', () => {
  it('proposes the median of the scores on a half step, keeps what is agreed, and gives the gaps largest first', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const a = await measurement(e);
    const levels: [number, number][] = [
      [1.5, 4],
      [2, 4.5],
      [3, 3.5],
      [2.5, 4],
    ];
    for (const [i, [current, desired]] of levels.entries()) {
      const r = await e.must('respondent:create', {
        engagementId,
        assessmentId: a.id,
        fields: { label: `R${i}`, group: 'medewerkers' },
      });
      await e.must('score:set', {
        engagementId,
        respondentId: r.id,
        dimensionId: 'governance',
        fields: { current, desired },
      });
      await e.must('score:set', {
        engagementId,
        respondentId: r.id,
        dimensionId: 'data',
        fields: { current: current + 0.5, desired },
      });
    }
    // Agreed before the proposal: stays.
    await e.must('agreed:set', {
      engagementId,
      assessmentId: a.id,
      dimensionId: 'data',
      fields: {
        current: 3,
        desired: 3.5,
        rationale: 'Afgesproken in de workshop.',
        findingIds: [e.finding.id],
      },
    });
    const view = await e.must('agreed:proposeFromScores', { engagementId, assessmentId: a.id });
    const agreed = new Map(view.agreed.map((x) => [x.dimensionId, x]));
    // Median of 1.5, 2, 2.5, 3 = 2.25 → 2.5; of 3.5, 4, 4, 4.5 = 4.
    expect(agreed.get('governance')).toMatchObject({ current: 2.5, desired: 4, rationale: '' });
    expect(agreed.get('data')).toMatchObject({
      current: 3,
      desired: 3.5,
      rationale: 'Afgesproken in de workshop.',
      findingIds: [e.finding.id],
    });
    // Dimensions nobody scored get nothing.
    expect(agreed.has('cultuur')).toBe(false);
    expect(
      await rows(
        e.filePath,
        'SELECT dimension_id, current_level, desired_level FROM assessment_agreed ORDER BY dimension_id',
      ),
    ).toEqual([
      { dimension_id: 'data', current_level: 3, desired_level: 3.5 },
      { dimension_id: 'governance', current_level: 2.5, desired_level: 4 },
    ]);
    expect(
      await rows(
        e.filePath,
        'SELECT dimension_id, finding_id, position FROM assessment_agreed_finding',
      ),
    ).toEqual([{ dimension_id: 'data', finding_id: e.finding.id, position: 0 }]);
    const gaps = await e.must('nulmeting:gaps', { engagementId });
    expect(gaps.map((g) => [g.dimensionId, g.current, g.desired, g.gap])).toEqual([
      ['governance', 2.5, 4, 1.5],
      ['data', 3, 3.5, 0.5],
    ]);
    expect(gaps[0]!.dimensionName).toBe(
      e.model.dimensions.find((d) => d.id === 'governance')!.name,
    );
    const en = await e.must('nulmeting:gaps', { engagementId, language: 'en' });
    expect(en[0]!.dimensionName).toBe('Governance');
    expect(view.summary.find((d) => d.dimensionId === 'governance')!.gap).toBe(1.5);
  });

  it('takes the latest measurement with agreed scores, not a newer empty one', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const zero = await measurement(e, '0-meting', '2025-03-01');
    const one = await measurement(e, '1-meting', '2026-03-01');
    await measurement(e, '2-meting', '2027-03-01');
    const agree = (assessmentId: string, dimensionId: string, current: number, desired: number) =>
      e.must('agreed:set', {
        engagementId,
        assessmentId,
        dimensionId,
        fields: { current, desired },
      });
    await agree(zero.id, 'cultuur', 1.5, 4);
    await agree(one.id, 'cultuur', 2.5, 4);
    await agree(one.id, 'data', 2, 2);
    const gaps = await e.must('nulmeting:gaps', { engagementId });
    expect(gaps.map((g) => [g.assessmentId, g.dimensionId, g.gap])).toEqual([
      [one.id, 'cultuur', 1.5],
      [one.id, 'data', 0],
    ]);
    const earlier = await e.must('nulmeting:gaps', { engagementId, assessmentId: zero.id });
    expect(earlier.map((g) => [g.dimensionId, g.gap])).toEqual([['cultuur', 2.5]]);
  });
});

describe('deletes and their undo', () => {
  it('deletes a measurement with everything in it, and undo puts every row back', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const a = await measurement(e);
    const r = await e.must('respondent:create', {
      engagementId,
      assessmentId: a.id,
      fields: { stakeholderId: e.eva.id, group: 'bestuur' },
    });
    await e.must('score:set', {
      engagementId,
      respondentId: r.id,
      dimensionId: 'data',
      fields: { current: 2, desired: 4, evidence: 'Drie lijsten.' },
    });
    await e.must('agreed:set', {
      engagementId,
      assessmentId: a.id,
      dimensionId: 'data',
      fields: { current: 2, desired: 4, rationale: 'Eens.', findingIds: [e.finding.id] },
    });
    const all = async () => ({
      assessment: await rows(e.filePath, 'SELECT * FROM assessment'),
      respondent: await rows(e.filePath, 'SELECT * FROM assessment_respondent'),
      score: await rows(e.filePath, 'SELECT * FROM assessment_score'),
      agreed: await rows(e.filePath, 'SELECT * FROM assessment_agreed'),
      links: await rows(e.filePath, 'SELECT * FROM assessment_agreed_finding'),
    });
    const before = await all();
    expect(Object.values(before).map((list) => list.length)).toEqual([1, 1, 1, 1, 1]);
    const removed = await e.must('assessment:delete', { engagementId, id: a.id });
    expect(Object.values(await all()).map((list) => list.length)).toEqual([0, 0, 0, 0, 0]);
    expect(await e.must('assessment:list', { engagementId })).toEqual([]);
    await e.must('undo:restore', { engagementId, token: removed.undoToken });
    expect(await all()).toEqual(before);
    const view = await e.must('assessment:get', { engagementId, id: a.id });
    expect(view.agreed[0]!.findingIds).toEqual([e.finding.id]);
  });

  it('deletes a respondent with its scores; a deleted finding or stakeholder lets go', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const a = await measurement(e);
    const r = await e.must('respondent:create', {
      engagementId,
      assessmentId: a.id,
      fields: { stakeholderId: e.eva.id, group: 'mt' },
    });
    await e.must('score:set', {
      engagementId,
      respondentId: r.id,
      dimensionId: 'cultuur',
      fields: { current: 3 },
    });
    const removed = await e.must('respondent:delete', { engagementId, id: r.id });
    expect(await rows(e.filePath, 'SELECT * FROM assessment_score')).toEqual([]);
    await e.must('undo:restore', { engagementId, token: removed.undoToken });
    expect(
      await rows(e.filePath, 'SELECT dimension_id, current_level FROM assessment_score'),
    ).toEqual([{ dimension_id: 'cultuur', current_level: 3 }]);

    await e.must('agreed:set', {
      engagementId,
      assessmentId: a.id,
      dimensionId: 'cultuur',
      fields: { current: 3, findingIds: [e.finding.id] },
    });
    const gone = await e.must('finding:delete', { engagementId, id: e.finding.id });
    expect(await rows(e.filePath, 'SELECT * FROM assessment_agreed_finding')).toEqual([]);
    await e.must('undo:restore', { engagementId, token: gone.undoToken });
    expect(await rows(e.filePath, 'SELECT finding_id FROM assessment_agreed_finding')).toEqual([
      { finding_id: e.finding.id },
    ]);

    await e.must('stakeholder:delete', { engagementId, id: e.eva.id });
    expect(
      await rows(e.filePath, 'SELECT label, stakeholder_id FROM assessment_respondent'),
    ).toEqual([{ label: 'Eva de Wit', stakeholder_id: null }]);
  });
});

describe('texts and updates', () => {
  it('keeps hostile strings exactly, renames a respondent, and refuses what is too long', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const hostile = `'; DROP TABLE assessment; -- <script>alert(1)</script> {{dimension}} \u202e 👩🏽‍💻`;
    const a = await e.must('assessment:create', {
      engagementId,
      fields: { name: hostile, date: '2026-03-02', conclusions: hostile },
    });
    const r = await e.must('respondent:create', {
      engagementId,
      assessmentId: a.id,
      fields: { stakeholderId: e.eva.id, group: 'mt' },
    });
    // A typed label wins over the stakeholder's name; emptied, the name comes back.
    expect(
      (
        await e.must('respondent:update', {
          engagementId,
          id: r.id,
          fields: { label: hostile, group: 'bestuur' },
        })
      ).label,
    ).toBe(hostile);
    await e.must('score:set', {
      engagementId,
      respondentId: r.id,
      dimensionId: 'data',
      fields: { evidence: hostile },
    });
    await e.must('agreed:set', {
      engagementId,
      assessmentId: a.id,
      dimensionId: 'data',
      fields: { rationale: hostile },
    });
    expect(
      await rows(
        e.filePath,
        `SELECT a.name, a.conclusions, r.label, r.respondent_group, s.evidence, g.rationale
         FROM assessment a JOIN assessment_respondent r ON r.assessment_id = a.id
         JOIN assessment_score s ON s.respondent_id = r.id
         JOIN assessment_agreed g ON g.assessment_id = a.id`,
      ),
    ).toEqual([
      {
        name: hostile,
        conclusions: hostile,
        label: hostile,
        respondent_group: 'bestuur',
        evidence: hostile,
        rationale: hostile,
      },
    ]);
    expect(
      (await e.must('respondent:update', { engagementId, id: r.id, fields: { label: '' } })).label,
    ).toBe('Eva de Wit');
    // Another stakeholder: a label that was only Eva's name follows; a typed one stays.
    const bas = await e.must('stakeholder:create', {
      engagementId,
      fields: { name: 'Bas Koopmans', group: 'programmateam' },
    });
    expect(
      (
        await e.must('respondent:update', {
          engagementId,
          id: r.id,
          fields: { stakeholderId: bas.id },
        })
      ).label,
    ).toBe('Bas Koopmans');
    await e.must('respondent:update', { engagementId, id: r.id, fields: { label: 'Namens I&A' } });
    expect(
      (
        await e.must('respondent:update', {
          engagementId,
          id: r.id,
          fields: { stakeholderId: e.eva.id },
        })
      ).label,
    ).toBe('Namens I&A');
    expect(
      await e.code('assessment:update', {
        engagementId,
        id: a.id,
        fields: { notes: 'x'.repeat(3_000_000) },
      }),
    ).toBe('INVALID_INPUT');
    expect(
      await e.code('assessment:update', {
        engagementId,
        id: a.id,
        fields: { horizonYears: 0 },
      }),
    ).toBe('INVALID_INPUT');
    const ghost = '5d0c3f2e-8a61-4b7e-9c2d-1f3a4b5c6d7e';
    for (const [op, input] of [
      ['assessment:get', { engagementId, id: ghost }],
      ['assessment:update', { engagementId, id: ghost, fields: { name: 'x' } }],
      ['assessment:delete', { engagementId, id: ghost }],
      ['respondent:update', { engagementId, id: ghost, fields: { label: 'x' } }],
      ['respondent:delete', { engagementId, id: ghost }],
      ['score:set', { engagementId, respondentId: ghost, dimensionId: 'data', fields: {} }],
      ['agreed:proposeFromScores', { engagementId, assessmentId: ghost }],
      ['nulmeting:gaps', { engagementId, assessmentId: ghost }],
    ] as const)
      expect(await e.code(op, input), op).toBe('NOT_FOUND');
  });
});
