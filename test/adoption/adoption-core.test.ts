import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addQuarters, quarterEndDate, quarterOf } from '../../src/shared/domain/quarter.js';
import { coresDisposedAfterEach, rowsOfOpenFile as rows } from '../helpers/open-file.js';

// Step 4 (issue 14) through the contract, checked against the rows in the file itself: the
// presentations and their feedback, the decisions and the vision lock they cause, the borging
// checklist with the stakeholder tools' roles, the timeline and the trace.

const startCore = coresDisposedAfterEach();

/** An engagement with one passage resting on one finding, frozen as 0.1. */
async function engagement() {
  const c = await startCore();
  const open = await c.must('engagement:create', {
    fields: { clientName: 'Gemeente Dijkhaven', title: 'Visie' },
  });
  const engagementId = open.engagementId;
  const finding = await c.must('finding:create', {
    engagementId,
    source: { type: 'direct' },
    fields: {
      statement: 'Inwoners willen weten wat de gemeente met hun gegevens doet.',
      kind: 'ambitie',
      quote: 'Leg het gewoon uit.',
    },
  });
  const passage = await c.must('visionPassage:create', {
    engagementId,
    fields: { kind: 'kernvisie', title: 'Open over data', body: 'We leggen uit wat we doen.' },
  });
  await c.must('visionPassage:linkFinding', {
    engagementId,
    passageId: passage.id,
    findingId: finding.id,
  });
  const v01 = await c.must('vision:freeze', { engagementId, status: 'concept', note: '' });
  return { ...c, engagementId, filePath: open.displayPath, finding, passage, v01 };
}

const decision = (versionId: string | null, extra: Record<string, unknown> = {}) => ({
  body: 'mt',
  kind: 'vastgesteld',
  subject: 'visie',
  date: '2026-06-09',
  reference: 'MT-besluitenlijst 9 juni 2026, punt 4',
  versionId,
  documentId: null,
  notes: '',
  ...extra,
});

describe('presentations', () => {
  it('records feedback given at a presentation as vision feedback on the version shown', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const p = await e.must('presentation:create', {
      engagementId,
      fields: {
        audience: 'mt',
        date: '2026-05-19',
        versionId: e.v01.id,
        attendees: 'Frank Veenstra',
      },
    });
    expect(p.versionLabel).toBe('0.1');
    expect(p.processedInLabel).toBeNull();
    const withFeedback = await e.must('presentation:addFeedback', {
      engagementId,
      presentationId: p.id,
      fields: { text: 'Noem de GGD.', passageId: e.passage.id, disposition: 'verwerkt' },
    });
    expect(withFeedback.feedback.map((f) => [f.text, f.versionId, f.disposition])).toEqual([
      ['Noem de GGD.', e.v01.id, 'verwerkt'],
    ]);
    // The vision's own rule holds: a refusal needs its reason.
    expect(
      await e.code('presentation:addFeedback', {
        engagementId,
        presentationId: p.id,
        fields: { text: 'Nee', disposition: 'niet-verwerkt' },
      }),
    ).toBe('VISION_FEEDBACK_REASON_REQUIRED');
    expect(
      await rows(
        e.filePath,
        `SELECT f.text, f.version_id AS versionId, l.presentation_id AS presentationId
         FROM vision_feedback f JOIN presentation_feedback l ON l.feedback_id = f.id`,
      ),
    ).toEqual([{ text: 'Noem de GGD.', versionId: e.v01.id, presentationId: p.id }]);
    // The next version frozen after the presentation is where its feedback went.
    await e.must('visionPassage:update', {
      engagementId,
      id: e.passage.id,
      fields: { body: 'Met de GGD.' },
    });
    await e.must('vision:freeze', { engagementId, status: 'concept' });
    const [listed] = await e.must('presentation:list', { engagementId });
    expect(listed!.processedInLabel).toBe('0.2');
    expect((await e.must('visionFeedback:list', { engagementId })).length).toBe(1);
  });

  it('deletes a presentation with its feedback links, keeps the feedback, and undo brings the links back', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const p = await e.must('presentation:create', {
      engagementId,
      fields: { audience: 'raad', date: '2026-06-01', versionId: e.v01.id },
    });
    await e.must('presentation:addFeedback', {
      engagementId,
      presentationId: p.id,
      fields: { text: 'Graag korter.' },
    });
    const removed = await e.must('presentation:delete', { engagementId, id: p.id });
    expect(await rows(e.filePath, 'SELECT count(*) AS n FROM presentation_feedback')).toEqual([
      { n: 0 },
    ]);
    expect(await rows(e.filePath, 'SELECT text FROM vision_feedback')).toEqual([
      { text: 'Graag korter.' },
    ]);
    await e.must('undo:restore', { engagementId, token: removed.undoToken });
    const [back] = await e.must('presentation:list', { engagementId });
    expect(back!.feedback.map((f) => f.text)).toEqual(['Graag korter.']);
  });

  it('refuses feedback on a presentation without a version', async () => {
    const e = await engagement();
    const p = await e.must('presentation:create', {
      engagementId: e.engagementId,
      fields: { audience: 'college', date: '2026-05-26', title: 'Aanpak' },
    });
    expect(
      await e.code('presentation:addFeedback', {
        engagementId: e.engagementId,
        presentationId: p.id,
        fields: { text: 'Mooi' },
      }),
    ).toBe('ADOPTION_NO_VERSION');
    expect(await rows(e.filePath, 'SELECT count(*) AS n FROM vision_feedback')).toEqual([{ n: 0 }]);
  });
});

describe('decisions and the vision lock', () => {
  it('needs a version to adopt the vision, and one that exists', async () => {
    const e = await engagement();
    const { engagementId } = e;
    expect(await e.code('decision:create', { engagementId, fields: decision(null) })).toBe(
      'ADOPTION_VERSION_REQUIRED',
    );
    expect(
      await e.code('decision:create', {
        engagementId,
        fields: decision('00000000-0000-4000-8000-000000000000'),
      }),
    ).toBe('NOT_FOUND');
    // A restore point was never sent round: nothing is decided on it.
    await e.must('visionVersion:restore', { engagementId, id: e.v01.id });
    const point = (await e.must('visionVersion:list', { engagementId })).find(
      (v) => v.status === 'herstelpunt',
    )!;
    expect(await e.code('decision:create', { engagementId, fields: decision(point.id) })).toBe(
      'ADOPTION_RESTORE_POINT',
    );
    // Not adopting (kennisgenomen) or not about the vision: no version needed.
    await e.must('decision:create', {
      engagementId,
      fields: decision(null, { kind: 'kennisgenomen' }),
    });
    await e.must('decision:create', {
      engagementId,
      fields: decision(null, { subject: 'aanpak', kind: 'afgestemd', body: 'college' }),
    });
    expect(await e.must('adoption:visionStatus', { engagementId })).toBeNull();
    expect(
      await rows(
        e.filePath,
        'SELECT subject, kind, version_id AS v FROM decision ORDER BY subject',
      ),
    ).toEqual([
      { subject: 'aanpak', kind: 'afgestemd', v: null },
      { subject: 'visie', kind: 'kennisgenomen', v: null },
    ]);
  });

  it('locks the working copy once adopted, keeps reading, freezing and feedback, and unlocks on a revision', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const mt = await e.must('decision:create', { engagementId, fields: decision(e.v01.id) });
    expect(mt.adopts).toBe(true);
    expect(mt.versionLabel).toBe('0.1');
    const raad = await e.must('decision:create', {
      engagementId,
      fields: decision(e.v01.id, {
        body: 'raad',
        kind: 'bekrachtigd',
        date: '2026-06-23',
        reference: 'RB 2026-047',
      }),
    });
    expect(await e.must('adoption:visionStatus', { engagementId })).toEqual({
      versionId: e.v01.id,
      versionLabel: '0.1',
      decisions: [
        { body: 'mt', kind: 'vastgesteld', date: '2026-06-09' },
        { body: 'raad', kind: 'bekrachtigd', date: '2026-06-23' },
      ],
    });
    // Every edit of the working copy is refused with the code and a message naming the decision.
    const refused = await e.core.call('visionPassage:update', {
      engagementId,
      id: e.passage.id,
      fields: { body: 'Anders' },
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('ADOPTION_VISION_ADOPTED');
      expect(refused.error.message).toContain(
        'Versie 0.1 is vastgesteld door het MT en de raad op 23 juni 2026',
      );
    }
    const edits: [string, Record<string, unknown>][] = [
      ['visionPassage:create', { fields: { kind: 'ambitie', title: 'Nieuw' } }],
      ['visionPassage:move', { id: e.passage.id, position: 0 }],
      ['visionPassage:delete', { id: e.passage.id }],
      ['visionPassage:linkFinding', { passageId: e.passage.id, findingId: e.finding.id }],
      ['visionPassage:unlinkFinding', { passageId: e.passage.id, findingId: e.finding.id }],
      [
        'visionPassage:moveFinding',
        { passageId: e.passage.id, findingId: e.finding.id, position: 0 },
      ],
      ['vision:setPoster', { fields: { title: 'Anders' } }],
      ['visionVersion:restore', { id: e.v01.id }],
    ];
    for (const [op, input] of edits)
      expect(await e.code(op as never, { engagementId, ...input }), op).toBe(
        'ADOPTION_VISION_ADOPTED',
      );
    expect(await rows(e.filePath, 'SELECT title, body FROM vision_passage')).toEqual([
      { title: 'Open over data', body: 'We leggen uit wat we doen.' },
    ]);
    // Reading, freezing and feedback stay allowed.
    expect((await e.must('vision:get', { engagementId })).passages.length).toBe(1);
    await e.must('visionFeedback:create', {
      engagementId,
      versionId: e.v01.id,
      fields: { text: 'Later' },
    });
    const v02 = await e.must('vision:freeze', { engagementId, status: 'definitief' });
    expect(v02.label).toBe('1.0');

    // A revision opens the working copy again, until a new adopting decision is recorded.
    await e.must('adoption:startRevision', { engagementId });
    expect(await e.must('adoption:visionStatus', { engagementId })).toBeNull();
    await e.must('visionPassage:update', {
      engagementId,
      id: e.passage.id,
      fields: { body: 'Herzien.' },
    });
    expect(await e.code('adoption:startRevision', { engagementId })).toBe('ADOPTION_NOT_ADOPTED');
    expect(await rows(e.filePath, 'SELECT decision_id AS d FROM adoption_revision')).toEqual([
      { d: raad.id },
    ]);
    // Deleting the decision the revision reopened keeps the vision open (the MT's is older).
    await e.must('decision:delete', { engagementId, id: raad.id });
    expect(await e.must('adoption:visionStatus', { engagementId })).toBeNull();
    const again = await e.must('decision:create', {
      engagementId,
      fields: decision(v02.id, { date: '2026-09-01' }),
    });
    expect((await e.must('adoption:visionStatus', { engagementId }))?.versionLabel).toBe('1.0');
    expect(
      await e.code('visionPassage:move', { engagementId, id: e.passage.id, position: 0 }),
    ).toBe('ADOPTION_VISION_ADOPTED');
    // Deleting the adopting decision unlocks; undo locks again.
    const removed = await e.must('decision:delete', { engagementId, id: again.id });
    expect(await e.must('adoption:visionStatus', { engagementId })).toBeNull();
    await e.must('visionPassage:update', {
      engagementId,
      id: e.passage.id,
      fields: { title: 'Open' },
    });
    await e.must('undo:restore', { engagementId, token: removed.undoToken });
    expect((await e.must('adoption:visionStatus', { engagementId }))?.versionLabel).toBe('1.0');
  });

  it('refuses to undo a passage delete into the adopted working copy, and allows it after a revision', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const removed = await e.must('visionPassage:delete', { engagementId, id: e.passage.id });
    await e.must('decision:create', { engagementId, fields: decision(e.v01.id) });
    expect(await e.code('undo:restore', { engagementId, token: removed.undoToken })).toBe(
      'ADOPTION_VISION_ADOPTED',
    );
    expect(await rows(e.filePath, 'SELECT title FROM vision_passage')).toEqual([]);
    // The refusal did not use up the token: after a revision the passage comes back.
    await e.must('adoption:startRevision', { engagementId });
    await e.must('undo:restore', { engagementId, token: removed.undoToken });
    expect(await rows(e.filePath, 'SELECT title FROM vision_passage')).toEqual([
      { title: 'Open over data' },
    ]);
  });

  it('unlocks when the only adopting decision is deleted or changed to a non-adopting kind', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const d = await e.must('decision:create', { engagementId, fields: decision(e.v01.id) });
    expect(await e.code('vision:setPoster', { engagementId, fields: { title: 'X' } })).toBe(
      'ADOPTION_VISION_ADOPTED',
    );
    await e.must('decision:update', {
      engagementId,
      id: d.id,
      fields: decision(e.v01.id, { kind: 'aangehouden' }),
    });
    await e.must('vision:setPoster', { engagementId, fields: { title: 'X' } });
    await e.must('decision:update', { engagementId, id: d.id, fields: decision(e.v01.id) });
    expect(await e.code('vision:setPoster', { engagementId, fields: { title: 'Y' } })).toBe(
      'ADOPTION_VISION_ADOPTED',
    );
    await e.must('decision:delete', { engagementId, id: d.id });
    await e.must('vision:setPoster', { engagementId, fields: { title: 'Y' } });
    expect(await rows(e.filePath, 'SELECT title FROM vision_poster')).toEqual([{ title: 'Y' }]);
  });
});

describe('borging', () => {
  it('merges the method items with their state and the holders of the fitting role', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const ingrid = await e.must('stakeholder:create', {
      engagementId,
      fields: { name: 'Ingrid Hoekstra', group: 'programmateam' },
    });
    await e.must('role:assign', { engagementId, stakeholderId: ingrid.id, roleId: 'eigenaar' });
    const method = JSON.parse(fs.readFileSync('resources/method/borging.json', 'utf8')) as {
      items: { id: string; title: { nl: string; en: string }; roleId: string | null }[];
    };
    const list = await e.must('borging:list', { engagementId });
    expect(list.map((i) => [i.id, i.title])).toEqual(method.items.map((i) => [i.id, i.title.nl]));
    expect(list.every((i) => i.status === 'open' && i.updatedAt === null)).toBe(true);
    const owner = list.find((i) => i.id === 'eigenaar')!;
    expect(owner.roleName).toBe('Eigenaar');
    expect(owner.roleHolders).toEqual([{ stakeholderId: ingrid.id, name: 'Ingrid Hoekstra' }]);
    const updated = await e.must('borging:update', {
      engagementId,
      itemId: 'eigenaar',
      fields: {
        status: 'gereed',
        ownerStakeholderId: ingrid.id,
        dueDate: '2026-07-01',
        notes: 'Belegd.',
      },
      language: 'en',
    });
    expect(updated).toMatchObject({
      status: 'gereed',
      ownerName: 'Ingrid Hoekstra',
      title: method.items.find((i) => i.id === 'eigenaar')!.title.en,
      roleName: 'Owner',
    });
    await e.must('borging:update', {
      engagementId,
      itemId: 'eigenaar',
      fields: { notes: 'Nu echt.' },
    });
    expect(
      await rows(
        e.filePath,
        'SELECT item_id, status, owner_stakeholder_id AS o, due_date, notes FROM borging_item_state',
      ),
    ).toEqual([
      {
        item_id: 'eigenaar',
        status: 'gereed',
        o: ingrid.id,
        due_date: '2026-07-01',
        notes: 'Nu echt.',
      },
    ]);
    expect(
      await e.code('borging:update', {
        engagementId,
        itemId: 'bestaat-niet',
        fields: { status: 'bezig' },
      }),
    ).toBe('NOT_FOUND');
    // The engagement keeps its own copy of the checklist.
    expect(
      (
        await rows<{ part: string }>(
          e.filePath,
          "SELECT part FROM method_snapshot WHERE part = 'borging'",
        )
      ).length,
    ).toBe(1);
  });
});

describe('timeline and trace', () => {
  it('puts every dated event on one line, oldest first, in the requested language', async () => {
    const e = await engagement();
    const { engagementId } = e;
    await e.must('presentation:create', {
      engagementId,
      fields: { audience: 'mt', date: '2026-05-19', versionId: e.v01.id },
    });
    await e.must('decision:create', {
      engagementId,
      fields: decision(e.v01.id, { body: 'raad', kind: 'bekrachtigd', date: '2026-06-23' }),
    });
    const interview = await e.must('interview:create', {
      engagementId,
      fields: { title: 'R01 gesprek' },
    });
    await e.must('interview:setStatus', { engagementId, id: interview.id, status: 'afgenomen' });
    await e.must('interview:setStatusDates', {
      engagementId,
      id: interview.id,
      dates: { gepland: '2026-02-01', afgenomen: '2026-02-10' },
    });
    const nl = await e.must('timeline:list', { engagementId });
    const today = new Date().toISOString().slice(0, 10);
    expect(nl.map((x) => [x.date, x.kind, x.step, x.title])).toEqual(
      [
        ['2026-02-10', 'interview', 1, 'Interview R01 gesprek gehouden'],
        ['2026-05-19', 'presentation', 4, 'Visie 0.1 gepresenteerd aan het MT'],
        ['2026-06-23', 'decision', 4, 'Visie (versie 0.1) bekrachtigd door de raad'],
        [today, 'vision-version', 3, 'Visie versie 0.1 vastgelegd'],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    const en = await e.must('timeline:list', { engagementId, language: 'en' });
    expect(en.find((x) => x.kind === 'decision')!.title).toBe(
      'Vision (version 0.1) ratified by the council',
    );
  });

  it('takes the measurements and milestones the nulmeting and the routekaart contribute', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const today = new Date().toISOString().slice(0, 10);
    const inSixtyDays = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    const quarter = quarterOf(today);
    const zero = await e.must('assessment:create', {
      engagementId,
      fields: { name: '0-meting', date: '2025-03-01' },
    });
    const one = await e.must('assessment:create', {
      engagementId,
      fields: { name: '1-meting', date: inSixtyDays },
    });
    const milestone = async (title: string, q: string, status = 'gepland') =>
      e.must('roadmapItem:create', {
        engagementId,
        fields: { kind: 'mijlpaal', title, startQuarter: q, endQuarter: q, status },
      });
    const overdue = await milestone('Visie vastgesteld', addQuarters(quarter, -2));
    const reached = await milestone('Budget geregeld', addQuarters(quarter, -1));
    await e.must('roadmapUpdate:add', {
      engagementId,
      itemId: reached.id,
      fields: { date: '2025-11-14', text: 'In de begroting opgenomen.', status: 'gereed' },
    });
    const ahead = await milestone('2-meting', addQuarters(quarter, 4));
    await milestone('Geschrapt', addQuarters(quarter, 1), 'geschrapt');
    // A project runs over quarters: no single day, so not on this timeline.
    await e.must('roadmapItem:create', {
      engagementId,
      fields: { title: 'Datateam inrichten', startQuarter: quarter },
    });

    const contributed = (await e.must('timeline:list', { engagementId }))
      .filter((x) => x.kind === 'measurement' || x.kind === 'milestone')
      .map((x) => [x.date, x.kind, x.step, x.title, x.planned, x.refId]);
    expect(contributed).toEqual(
      [
        ['2025-03-01', 'measurement', 4, '0-meting afgenomen', false, zero.id],
        ['2025-11-14', 'milestone', 4, 'Mijlpaal bereikt: Budget geregeld', false, reached.id],
        [
          quarterEndDate(addQuarters(quarter, -2)),
          'milestone',
          4,
          'Mijlpaal nog open: Visie vastgesteld',
          true,
          overdue.id,
        ],
        [inSixtyDays, 'measurement', 4, '1-meting gepland', true, one.id],
        [
          quarterEndDate(addQuarters(quarter, 4)),
          'milestone',
          4,
          'Mijlpaal: 2-meting',
          true,
          ahead.id,
        ],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    const en = await e.must('timeline:list', { engagementId, language: 'en' });
    expect(en.map((x) => x.title)).toEqual(
      expect.arrayContaining([
        '0-meting carried out',
        '1-meting planned',
        'Milestone reached: Budget geregeld',
        'Milestone still open: Visie vastgesteld',
        'Milestone: 2-meting',
      ]),
    );
  });

  it('walks from a finding to its passages and versions, and from a passage back to its findings', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const trace = await e.must('trace:finding', { engagementId, findingId: e.finding.id });
    expect(trace.finding).toMatchObject({
      statement: e.finding.statement,
      quote: 'Leg het gewoon uit.',
      sourceLabel: 'Direct',
    });
    expect(trace.passages).toEqual([
      { id: e.passage.id, kind: 'kernvisie', title: 'Open over data' },
    ]);
    expect(trace.versions).toEqual([{ id: e.v01.id, label: '0.1' }]);
    const back = await e.must('trace:passage', { engagementId, passageId: e.passage.id });
    expect(back.passage.title).toBe('Open over data');
    expect(back.findings.map((f) => f.id)).toEqual([e.finding.id]);
    expect(await e.code('trace:passage', { engagementId, passageId: e.finding.id })).toBe(
      'NOT_FOUND',
    );
  });

  it('shows the findings a passage rests on, with source and themes, and no other finding', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const interview = await e.must('interview:create', {
      engagementId,
      fields: { title: 'Gesprek informatiebeheer' },
    });
    const themes = await e.must('theme:list', { engagementId });
    expect(themes.length).toBeGreaterThan(1);
    const [first, second] = [themes[0]!, themes[1]!];
    const linked = await e.must('finding:create', {
      engagementId,
      source: { type: 'interview', interviewId: interview.id, questionId: null },
      fields: {
        statement: 'Niemand weet welke registers er zijn.',
        kind: 'uitdaging',
        quote: 'Dat staat in een Excel bij Henk.',
        // Out of order: the trace lists themes in the theme list's order.
        themeIds: [second.id, first.id],
      },
    });
    const unlinked = await e.must('finding:create', {
      engagementId,
      source: { type: 'direct' },
      fields: { statement: 'Aan geen passage gekoppeld.', kind: 'ambitie' },
    });
    await e.must('visionPassage:linkFinding', {
      engagementId,
      passageId: e.passage.id,
      findingId: linked.id,
    });

    const back = await e.must('trace:passage', { engagementId, passageId: e.passage.id });
    expect(back.findings.map((f) => f.id)).toEqual([e.finding.id, linked.id]);
    expect(back.findings[1]).toEqual({
      id: linked.id,
      statement: 'Niemand weet welke registers er zijn.',
      quote: 'Dat staat in een Excel bij Henk.',
      sourceLabel: 'Interview – · vrije notities',
      themes: [first.name, second.name],
    });
    expect(back.findings.some((f) => f.id === unlinked.id)).toBe(false);

    // A finding on no passage still traces to itself, with nothing behind it.
    const alone = await e.must('trace:finding', { engagementId, findingId: unlinked.id });
    expect(alone.finding).toMatchObject({ statement: 'Aan geen passage gekoppeld.', themes: [] });
    expect(alone.passages).toEqual([]);
    expect(alone.versions).toEqual([]);
  });
});

describe('hostile strings', () => {
  it('keeps quotes, markup, emoji and right-to-left text exactly as typed', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const hostile = `'; DROP TABLE decision; -- <script>alert(1)</script> {{label}} ‮ 👩🏽‍💻 \u0000`;
    const p = await e.must('presentation:create', {
      engagementId,
      fields: {
        audience: 'overig',
        date: '2026-05-01',
        title: hostile,
        attendees: hostile,
        notes: hostile,
      },
    });
    const d = await e.must('decision:create', {
      engagementId,
      fields: decision(null, {
        kind: 'kennisgenomen',
        reference: hostile.slice(0, 150),
        notes: hostile,
      }),
    });
    expect(p.title).toBe(hostile);
    expect(d.notes).toBe(hostile);
    expect(await rows(e.filePath, 'SELECT title, notes FROM presentation')).toEqual([
      { title: hostile, notes: hostile },
    ]);
    const timeline = await e.must('timeline:list', { engagementId });
    expect(timeline.find((x) => x.kind === 'presentation')!.title).toContain(hostile);
  });
});
