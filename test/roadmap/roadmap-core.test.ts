import { describe, expect, it } from 'vitest';
import { addQuarters, quarterOf } from '../../src/shared/domain/quarter.js';
import { coresDisposedAfterEach, rowsOfOpenFile as rows } from '../helpers/open-file.js';

// The routekaart (issue 16) through the contract, checked against the rows in the file itself:
// items with their defaults, moves and the end-before-start rule, links to gaps and passages,
// dependencies without cycles, progress updates that set the status, and undo of a delete.

const startCore = coresDisposedAfterEach();

const today = () => quarterOf(new Date().toISOString());

async function engagement() {
  const c = await startCore();
  const open = await c.must('engagement:create', {
    fields: { clientName: 'Gemeente Dijkhaven', title: 'Routekaart' },
  });
  const engagementId = open.engagementId;
  const passage = await c.must('visionPassage:create', {
    engagementId,
    fields: { kind: 'ambitie', title: 'Sturen op data', body: 'We sturen op feiten.' },
  });
  return { ...c, engagementId, filePath: open.displayPath, passage };
}

describe('roadmap settings', () => {
  it('starts the quarter after today over the method horizon until saved, then keeps what is saved', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const fresh = await e.must('roadmap:get', { engagementId });
    expect(fresh.settings).toEqual({ startQuarter: addQuarters(today(), 1), horizonYears: 3 });
    expect(fresh.items).toEqual([]);
    expect(await rows(e.filePath, 'SELECT * FROM roadmap_settings')).toEqual([]);

    const saved = await e.must('roadmap:updateSettings', {
      engagementId,
      settings: { startQuarter: '2027-Q1' },
    });
    expect(saved).toEqual({ startQuarter: '2027-Q1', horizonYears: 3 });
    await e.must('roadmap:updateSettings', { engagementId, settings: { horizonYears: 4 } });
    expect(
      await rows(e.filePath, 'SELECT start_quarter, horizon_years FROM roadmap_settings'),
    ).toEqual([{ start_quarter: '2027-Q1', horizon_years: 4 }]);
    expect((await e.must('roadmap:get', { engagementId })).settings).toEqual({
      startQuarter: '2027-Q1',
      horizonYears: 4,
    });
  });
});

describe('roadmap items', () => {
  it('creates an item with the defaults and reads every field back from the file', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const owner = await e.must('stakeholder:create', {
      engagementId,
      fields: { name: 'Marieke de Vries', group: 'programmateam' },
    });
    const bare = await e.must('roadmapItem:create', {
      engagementId,
      fields: { title: 'Portaal met bestaande dashboards', startQuarter: '2027-Q1' },
    });
    expect(bare).toMatchObject({
      kind: 'project',
      endQuarter: '2027-Q1',
      funding: 'open',
      phase: 'begin',
      level: 'tactisch',
      status: 'gepland',
      ownerLabel: '',
      position: 0,
      dependsOn: [],
      updates: [],
    });
    const full = await e.must('roadmapItem:create', {
      engagementId,
      fields: {
        kind: 'quick-win',
        title: 'Training datawijsheid',
        description: 'Drie middagen voor teamleiders.',
        goal: 'Teamleiders lezen een dashboard kritisch.',
        dimensionId: 'mensen-datavaardigheid',
        bouwsteen: 'data-expertise',
        startQuarter: '2027-Q2',
        endQuarter: '2027-Q3',
        ownerStakeholderId: owner.id,
        ownerText: '',
        effort: '€ 12.000',
        funding: 'geregeld',
        phase: 'ontwikkel',
        level: 'strategisch',
        status: 'lopend',
      },
    });
    expect(full.ownerLabel).toBe('Marieke de Vries');
    expect(full.position).toBe(1);
    const [row] = await rows(e.filePath, 'SELECT * FROM roadmap_item WHERE id = ?', full.id);
    expect(row).toMatchObject({
      kind: 'quick-win',
      title: 'Training datawijsheid',
      goal: 'Teamleiders lezen een dashboard kritisch.',
      dimension_id: 'mensen-datavaardigheid',
      bouwsteen: 'data-expertise',
      start_quarter: '2027-Q2',
      end_quarter: '2027-Q3',
      owner_stakeholder_id: owner.id,
      effort: '€ 12.000',
      funding: 'geregeld',
      phase: 'ontwikkel',
      level: 'strategisch',
      status: 'lopend',
    });

    // Reordering puts the named ids first.
    const order = await e.must('roadmapItem:reorder', { engagementId, ids: [full.id] });
    expect(order.map((i) => i.title)).toEqual([
      'Training datawijsheid',
      'Portaal met bestaande dashboards',
    ]);
    expect(await rows(e.filePath, 'SELECT title FROM roadmap_item ORDER BY position')).toEqual([
      { title: 'Training datawijsheid' },
      { title: 'Portaal met bestaande dashboards' },
    ]);

    // The owner going lets go of the item, which keeps its typed role.
    await e.must('stakeholder:delete', { engagementId, id: owner.id });
    const after = (await e.must('roadmap:get', { engagementId })).items.find(
      (i) => i.id === full.id,
    );
    expect(after?.ownerStakeholderId).toBeNull();
  });

  it('moves an item and refuses an end before the start, also after merging a partial update', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const item = await e.must('roadmapItem:create', {
      engagementId,
      fields: {
        title: 'Architectuur optimaliseren',
        startQuarter: '2027-Q2',
        endQuarter: '2027-Q4',
      },
    });
    expect(
      await e.code('roadmapItem:create', {
        engagementId,
        fields: { title: 'Terug in de tijd', startQuarter: '2027-Q3', endQuarter: '2027-Q1' },
      }),
    ).toBe('ROADMAP_END_BEFORE_START');
    expect(
      await e.code('roadmapItem:update', {
        engagementId,
        id: item.id,
        fields: { startQuarter: '2028-Q1' },
      }),
    ).toBe('ROADMAP_END_BEFORE_START');
    expect(
      await e.code('roadmapItem:update', {
        engagementId,
        id: item.id,
        fields: { endQuarter: '2027-Q1' },
      }),
    ).toBe('ROADMAP_END_BEFORE_START');
    const moved = await e.must('roadmapItem:update', {
      engagementId,
      id: item.id,
      fields: { startQuarter: '2028-Q1', endQuarter: '2028-Q3' },
    });
    expect([moved.startQuarter, moved.endQuarter]).toEqual(['2028-Q1', '2028-Q3']);
    expect(
      await rows(e.filePath, 'SELECT start_quarter, end_quarter, title FROM roadmap_item'),
    ).toEqual([
      { start_quarter: '2028-Q1', end_quarter: '2028-Q3', title: 'Architectuur optimaliseren' },
    ]);
  });

  it('keeps hostile strings exactly as typed', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const hostile = `Robert'); DROP TABLE roadmap_item;-- <script>alert("x")</script> ${'\u202e'}€ 😀`;
    const item = await e.must('roadmapItem:create', {
      engagementId,
      fields: {
        title: hostile,
        description: hostile,
        ownerText: hostile,
        effort: hostile,
        startQuarter: '2027-Q1',
      },
    });
    expect(item.ownerLabel).toBe(hostile);
    const updated = await e.must('roadmapUpdate:add', {
      engagementId,
      itemId: item.id,
      fields: { date: '2027-02-01', text: hostile, status: null },
    });
    expect(updated.updates[0]?.text).toBe(hostile);
    expect(
      await rows(e.filePath, 'SELECT title, description, owner_text FROM roadmap_item'),
    ).toEqual([{ title: hostile, description: hostile, owner_text: hostile }]);
    expect(await rows(e.filePath, 'SELECT text FROM roadmap_update')).toEqual([{ text: hostile }]);
    // Garbage in the quarter or the enums never reaches the file.
    for (const fields of [
      { title: 'x', startQuarter: '2027-Q5' },
      { title: 'x', startQuarter: "2027-Q1' OR 1=1" },
      { title: 'x', startQuarter: '2027-Q1', kind: 'droom' },
      { title: '', startQuarter: '2027-Q1' },
    ])
      expect(await e.code('roadmapItem:create', { engagementId, fields })).toBe('INVALID_INPUT');
    expect(await rows(e.filePath, 'SELECT count(*) AS n FROM roadmap_item')).toEqual([{ n: 1 }]);
  });
});

describe('links, dependencies and updates', () => {
  it('replaces the gaps and passages an item is linked to', async () => {
    const e = await engagement();
    const { engagementId, passage } = e;
    const item = await e.must('roadmapItem:create', {
      engagementId,
      fields: { title: 'Ethisch kader', startQuarter: '2027-Q1' },
    });
    const linked = await e.must('roadmapItem:setLinks', {
      engagementId,
      id: item.id,
      gapDimensionIds: ['privacy-ethiek', 'governance'],
      passageIds: [passage.id],
    });
    expect(linked.gapDimensionIds).toEqual(['governance', 'privacy-ethiek']);
    expect(linked.passageIds).toEqual([passage.id]);
    expect(
      await rows(e.filePath, 'SELECT dimension_id FROM roadmap_item_gap ORDER BY dimension_id'),
    ).toEqual([{ dimension_id: 'governance' }, { dimension_id: 'privacy-ethiek' }]);
    expect(await rows(e.filePath, 'SELECT passage_id FROM roadmap_item_passage')).toEqual([
      { passage_id: passage.id },
    ]);
    expect(
      await e.code('roadmapItem:setLinks', {
        engagementId,
        id: item.id,
        gapDimensionIds: [],
        passageIds: ['00000000-0000-4000-8000-000000000009'],
      }),
    ).toBe('NOT_FOUND');
    await e.must('roadmapItem:setLinks', {
      engagementId,
      id: item.id,
      gapDimensionIds: ['data'],
      passageIds: [],
    });
    expect(await rows(e.filePath, 'SELECT dimension_id FROM roadmap_item_gap')).toEqual([
      { dimension_id: 'data' },
    ]);
    expect(await rows(e.filePath, 'SELECT * FROM roadmap_item_passage')).toEqual([]);

    // Deleting the passage drops the link, not the item.
    await e.must('roadmapItem:setLinks', {
      engagementId,
      id: item.id,
      gapDimensionIds: [],
      passageIds: [passage.id],
    });
    await e.must('visionPassage:delete', { engagementId, id: passage.id });
    expect(await rows(e.filePath, 'SELECT * FROM roadmap_item_passage')).toEqual([]);
    expect(await rows(e.filePath, 'SELECT title FROM roadmap_item')).toEqual([
      { title: 'Ethisch kader' },
    ]);
  });

  it('refuses a gap or a dimension the maturity model does not have, in Dutch, and keeps the links', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const item = await e.must('roadmapItem:create', {
      engagementId,
      fields: { title: 'Datastrategie', startQuarter: '2027-Q1' },
    });
    await e.must('roadmapItem:setLinks', {
      engagementId,
      id: item.id,
      gapDimensionIds: ['governance'],
      passageIds: [],
    });
    // A well-formed id (the schema lets it through) of a dimension this model does not have.
    const refused = await e.core.call('roadmapItem:setLinks', {
      engagementId,
      id: item.id,
      gapDimensionIds: ['data', 'astrologie'],
      passageIds: [],
    });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'ROADMAP_UNKNOWN_DIMENSION',
        message:
          'Een actie hoort bij de dimensies van het volwassenheidsmodel van deze opdracht; "astrologie" staat daar niet in.',
      },
    });
    expect(await rows(e.filePath, 'SELECT dimension_id FROM roadmap_item_gap')).toEqual([
      { dimension_id: 'governance' },
    ]);
    // The dimension an item is planned under is held to the same model.
    expect(
      await e.code('roadmapItem:update', {
        engagementId,
        id: item.id,
        fields: { dimensionId: 'astrologie' },
      }),
    ).toBe('ROADMAP_UNKNOWN_DIMENSION');
    expect(
      await e.code('roadmapItem:create', {
        engagementId,
        fields: { title: 'Horoscoop', startQuarter: '2027-Q1', dimensionId: 'astrologie' },
      }),
    ).toBe('ROADMAP_UNKNOWN_DIMENSION');
    await e.must('roadmapItem:update', {
      engagementId,
      id: item.id,
      fields: { dimensionId: 'data' },
    });
    expect(await rows(e.filePath, 'SELECT title, dimension_id FROM roadmap_item')).toEqual([
      { title: 'Datastrategie', dimension_id: 'data' },
    ]);
  });

  it('refuses a dependency on itself and one that closes a cycle, and warns about the order', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const make = (title: string, startQuarter: string, endQuarter: string) =>
      e.must('roadmapItem:create', {
        engagementId,
        fields: { title, startQuarter, endQuarter, funding: 'geregeld' },
      });
    const a = await make('Datastrategie vaststellen', '2027-Q1', '2027-Q2');
    const b = await make('Datateam inrichten', '2027-Q2', '2027-Q4');
    const c = await make('Portaal met dashboards', '2028-Q1', '2028-Q2');
    await e.must('roadmap:updateSettings', {
      engagementId,
      settings: { startQuarter: '2027-Q1', horizonYears: 3 },
    });
    expect(
      await e.code('roadmapDependency:add', { engagementId, itemId: a.id, dependsOnId: a.id }),
    ).toBe('ROADMAP_DEPENDENCY_SELF');
    const bOnA = await e.must('roadmapDependency:add', {
      engagementId,
      itemId: b.id,
      dependsOnId: a.id,
    });
    expect(bOnA.dependsOn).toEqual([a.id]);
    await e.must('roadmapDependency:add', { engagementId, itemId: c.id, dependsOnId: b.id });
    expect(
      await e.code('roadmapDependency:add', { engagementId, itemId: a.id, dependsOnId: c.id }),
    ).toBe('ROADMAP_DEPENDENCY_CYCLE');
    expect(
      await e.code('roadmapDependency:add', { engagementId, itemId: b.id, dependsOnId: c.id }),
    ).toBe('ROADMAP_DEPENDENCY_CYCLE');
    expect(
      await rows(
        e.filePath,
        'SELECT i.title AS item, o.title AS on_ FROM roadmap_dependency d JOIN roadmap_item i ON i.id = d.item_id JOIN roadmap_item o ON o.id = d.depends_on_id ORDER BY i.position',
      ),
    ).toEqual([
      { item: 'Datateam inrichten', on_: 'Datastrategie vaststellen' },
      { item: 'Portaal met dashboards', on_: 'Datateam inrichten' },
    ]);
    // b starts in the quarter a ends: a warning, not a refusal.
    const plan = await e.must('roadmap:get', { engagementId });
    expect(plan.warnings.filter((w) => w.kind === 'starts-before-dependency')).toEqual([
      { kind: 'starts-before-dependency', itemId: b.id, otherItemId: a.id },
    ]);
    // Every item serves nothing yet.
    expect(plan.checks.filter((ch) => ch.kind === 'item-without-reason')).toHaveLength(3);

    const removed = await e.must('roadmapDependency:remove', {
      engagementId,
      itemId: b.id,
      dependsOnId: a.id,
    });
    expect(removed.dependsOn).toEqual([]);
    expect((await e.must('roadmap:get', { engagementId })).warnings).toEqual([]);
  });

  it('warns about open funding once the start quarter has come', async () => {
    const e = await engagement();
    const { engagementId } = e;
    await e.must('roadmap:updateSettings', {
      engagementId,
      settings: { startQuarter: today(), horizonYears: 3 },
    });
    const now = await e.must('roadmapItem:create', {
      engagementId,
      fields: { title: 'Nu beginnen', startQuarter: today() },
    });
    await e.must('roadmapItem:create', {
      engagementId,
      fields: { title: 'Later beginnen', startQuarter: addQuarters(today(), 2) },
    });
    expect((await e.must('roadmap:get', { engagementId })).warnings).toEqual([
      { kind: 'funding-open-at-start', itemId: now.id, otherItemId: null },
    ]);
  });

  it('adds progress updates newest first; an update with a status sets the item status', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const item = await e.must('roadmapItem:create', {
      engagementId,
      fields: { title: 'Portaal met bestaande dashboards', startQuarter: '2027-Q1' },
    });
    await e.must('roadmapUpdate:add', {
      engagementId,
      itemId: item.id,
      fields: { date: '2027-02-10', text: 'Gestart met de inventarisatie.', status: 'lopend' },
    });
    const later = await e.must('roadmapUpdate:add', {
      engagementId,
      itemId: item.id,
      fields: { date: '2027-03-20', text: 'Twaalf dashboards gevonden.', status: null },
    });
    expect(later.status).toBe('lopend');
    expect(later.updates.map((u) => u.text)).toEqual([
      'Twaalf dashboards gevonden.',
      'Gestart met de inventarisatie.',
    ]);
    expect(await rows(e.filePath, 'SELECT status FROM roadmap_item')).toEqual([
      { status: 'lopend' },
    ]);
    const gone = await e.must('roadmapUpdate:delete', {
      engagementId,
      id: later.updates[0]!.id,
    });
    expect(await rows(e.filePath, 'SELECT text FROM roadmap_update')).toEqual([
      { text: 'Gestart met de inventarisatie.' },
    ]);
    await e.must('undo:restore', { engagementId, token: gone.undoToken });
    expect(await rows(e.filePath, 'SELECT count(*) AS n FROM roadmap_update')).toEqual([{ n: 2 }]);
  });

  it('deletes an item with its links, dependencies and updates, and undo brings all back', async () => {
    const e = await engagement();
    const { engagementId, passage } = e;
    const a = await e.must('roadmapItem:create', {
      engagementId,
      fields: { title: 'Ethisch kader', startQuarter: '2027-Q1' },
    });
    const b = await e.must('roadmapItem:create', {
      engagementId,
      fields: { title: 'Algoritmeregister', startQuarter: '2027-Q3' },
    });
    await e.must('roadmapItem:setLinks', {
      engagementId,
      id: a.id,
      gapDimensionIds: ['privacy-ethiek'],
      passageIds: [passage.id],
    });
    await e.must('roadmapDependency:add', { engagementId, itemId: b.id, dependsOnId: a.id });
    await e.must('roadmapUpdate:add', {
      engagementId,
      itemId: a.id,
      fields: { date: '2027-01-15', text: 'Werkgroep gestart.', status: 'lopend' },
    });
    const counts = async () =>
      (
        await rows<Record<string, number>>(
          e.filePath,
          `SELECT (SELECT count(*) FROM roadmap_item) AS items,
                  (SELECT count(*) FROM roadmap_dependency) AS deps,
                  (SELECT count(*) FROM roadmap_item_gap) AS gaps,
                  (SELECT count(*) FROM roadmap_item_passage) AS passages,
                  (SELECT count(*) FROM roadmap_update) AS updates`,
        )
      )[0];
    expect(await counts()).toEqual({ items: 2, deps: 1, gaps: 1, passages: 1, updates: 1 });
    const removed = await e.must('roadmapItem:delete', { engagementId, id: a.id });
    expect(await counts()).toEqual({ items: 1, deps: 0, gaps: 0, passages: 0, updates: 0 });
    await e.must('undo:restore', { engagementId, token: removed.undoToken });
    expect(await counts()).toEqual({ items: 2, deps: 1, gaps: 1, passages: 1, updates: 1 });
    const back = (await e.must('roadmap:get', { engagementId })).items.find((i) => i.id === a.id);
    expect(back).toMatchObject({
      title: 'Ethisch kader',
      status: 'lopend',
      gapDimensionIds: ['privacy-ethiek'],
      passageIds: [passage.id],
    });
    expect(
      await e.code('roadmapItem:delete', {
        engagementId,
        id: '00000000-0000-4000-8000-000000000009',
      }),
    ).toBe('NOT_FOUND');
  });

  it('checks the latest measurement: a gap of two levels or more without an item, until one closes it', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const assessment = await e.must('assessment:create', {
      engagementId,
      fields: { name: '0-meting', date: '2026-11-01' },
    });
    const agree = (dimensionId: string, current: number, desired: number) =>
      e.must('agreed:set', {
        engagementId,
        assessmentId: assessment.id,
        dimensionId,
        fields: { current, desired, rationale: '', findingIds: [] },
      });
    await agree('governance', 1.5, 4);
    await agree('cultuur', 2, 4);
    await agree('data', 2.5, 4);
    const gapChecks = async () =>
      (await e.must('roadmap:get', { engagementId })).checks
        .filter((c) => c.kind === 'gap-without-item')
        .map((c) => c.dimensionId);
    expect(await gapChecks()).toEqual(['governance', 'cultuur']);
    const item = await e.must('roadmapItem:create', {
      engagementId,
      fields: { title: 'Datagovernance inrichten', startQuarter: '2027-Q1' },
    });
    await e.must('roadmapItem:setLinks', {
      engagementId,
      id: item.id,
      gapDimensionIds: ['governance'],
      passageIds: [],
    });
    expect(await gapChecks()).toEqual(['cultuur']);
  });
});
