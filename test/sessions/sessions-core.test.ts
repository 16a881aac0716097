import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { coresDisposedAfterEach, rowsOfOpenFile as rows } from '../helpers/open-file.js';

// Work sessions (issue 11) through the contract, checked against the rows in the file itself.

const startCore = coresDisposedAfterEach();

async function engagement() {
  const c = await startCore();
  const open = await c.must('engagement:create', {
    fields: { clientName: 'Gemeente Dijkhaven', title: 'Visie' },
  });
  return { ...c, engagementId: open.engagementId, filePath: open.displayPath };
}

async function worldCafe() {
  const e = await engagement();
  const { engagementId } = e;
  const jan = await e.must('stakeholder:create', {
    engagementId,
    fields: { name: 'Jan de Vries', group: 'teammanager' },
  });
  let session = await e.must('session:create', {
    engagementId,
    type: 'world-cafe',
    fields: {
      title: 'World café',
      goal: 'Ophalen wat er in de visie moet',
      scheduledAt: '2026-03-19T13:30',
      room: 'Kantine',
      facilitators: ['Marloes'],
      audienceGroups: ['teammanager', 'beleidsmedewerker'],
      participantCount: 28,
      participantIds: [jan.id],
    },
  });
  for (const title of ['Ethiek', 'Privacy', 'Governance'])
    session = await e.must('session:addPart', {
      engagementId,
      sessionId: session.id,
      kind: 'tafel',
      fields: { title, host: 'Gastheer', rounds: 2 },
    });
  const tables = session.parts.filter((p) => p.kind === 'tafel');
  return { ...e, session, tables, jan };
}

describe('sessions: plan, capture, tally', () => {
  it('creates a session with its type’s agenda and stores every field', async () => {
    const { must, engagementId, filePath, session, tables, jan } = await worldCafe();
    const types = await must('session:types', { engagementId });
    expect(types.map((t) => t.id)).toEqual([
      'raadssessie',
      'world-cafe',
      'stellingensessie',
      'inspiratiesessie',
      'visiesessie',
      'cultuursessie',
    ]);
    const cafeType = types.find((t) => t.id === 'world-cafe')!;
    expect(session.parts.filter((p) => p.kind === 'agendapunt').map((p) => p.title)).toEqual(
      cafeType.agenda.map((a) => a.title),
    );
    expect(tables.map((t) => [t.title, t.position, t.rounds])).toEqual([
      ['Ethiek', cafeType.agenda.length, 2],
      ['Privacy', cafeType.agenda.length + 1, 2],
      ['Governance', cafeType.agenda.length + 2, 2],
    ]);
    const [row] = await rows(filePath, 'SELECT * FROM session');
    expect(row).toMatchObject({
      session_type: 'world-cafe',
      title: 'World café',
      room: 'Kantine',
      participant_count: 28,
      status: 'gepland',
      audience_groups_json: '["teammanager","beleidsmedewerker"]',
      facilitators_json: '["Marloes"]',
    });
    expect(await rows(filePath, 'SELECT stakeholder_id FROM session_participant')).toEqual([
      { stakeholder_id: jan.id },
    ]);
    const minutes = await rows<{ minutes: number }>(
      filePath,
      "SELECT minutes FROM session_part WHERE kind = 'agendapunt' ORDER BY position",
    );
    expect(minutes.map((m) => m.minutes)).toEqual(cafeType.agenda.map((a) => a.minutes));
  });

  it('captures inputs per round with autosave, votes, and refuses a round that does not exist', async () => {
    const { must, code, engagementId, filePath, tables } = await worldCafe();
    const ethiek = tables[0]!;
    const first = await must('session:addInput', {
      engagementId,
      partId: ethiek.id,
      round: 1,
      text: '',
    });
    const saved = await must('session:saveInput', {
      engagementId,
      inputId: first.id,
      text: 'Een ethisch normenkader waar we echt mee werken',
    });
    expect(saved).toMatchObject({ id: first.id, partId: ethiek.id, round: 1 });
    await must('session:addInput', {
      engagementId,
      partId: ethiek.id,
      round: 2,
      text: 'Ronde twee',
    });
    expect(
      await code('session:addInput', { engagementId, partId: ethiek.id, round: 3, text: 'x' }),
    ).toBe('SESSION_ROUND_MISSING');
    for (let i = 0; i < 3; i++)
      await must('session:voteInput', { engagementId, inputId: first.id, delta: 1 });
    const voted = await must('session:voteInput', { engagementId, inputId: first.id, delta: -1 });
    expect(voted.votes).toBe(2);
    expect(
      await rows(filePath, 'SELECT round, text, votes FROM session_input ORDER BY round'),
    ).toEqual([
      { round: 1, text: 'Een ethisch normenkader waar we echt mee werken', votes: 2 },
      { round: 2, text: 'Ronde twee', votes: 0 },
    ]);
    // Fewer rounds would hide round 2's input.
    expect(
      await code('session:updatePart', { engagementId, partId: ethiek.id, fields: { rounds: 1 } }),
    ).toBe('SESSION_ROUND_IN_USE');
  });

  it('tallies a statement per round, hidden until revealed, and resets a round', async () => {
    const { must, code, engagementId, filePath, session, tables } = await worldCafe();
    const bank = await must('session:statementBank', { engagementId, themeId: 'ethiek' });
    expect(bank.length).toBeGreaterThanOrEqual(4);
    const withStatement = await must('session:addStatementFromBank', {
      engagementId,
      sessionId: session.id,
      statementId: bank[0]!.id,
      position: 0,
    });
    const statement = withStatement.parts[0]!;
    expect(statement).toMatchObject({
      kind: 'stelling',
      title: bank[0]!.text,
      rounds: 2,
      bankStatementId: bank[0]!.id,
    });
    for (const answer of ['eens', 'eens', 'oneens', 'neutraal'] as const)
      await must('session:tallyIncrement', {
        engagementId,
        partId: statement.id,
        round: 1,
        answer,
      });
    const taken = await must('session:tallyIncrement', {
      engagementId,
      partId: statement.id,
      round: 1,
      answer: 'eens',
      delta: -1,
    });
    expect(taken).toMatchObject({ eens: 1, oneens: 1, neutraal: 1, revealed: false });
    const set = await must('session:tallySet', {
      engagementId,
      partId: statement.id,
      round: 2,
      eens: 12,
      oneens: 3,
      neutraal: 0,
    });
    expect(set.revealed).toBe(false);
    await must('session:tallyReveal', {
      engagementId,
      partId: statement.id,
      round: 2,
      revealed: true,
    });
    expect(
      await rows(filePath, 'SELECT round, eens, oneens, neutraal, revealed FROM statement_tally'),
    ).toEqual([
      { round: 1, eens: 1, oneens: 1, neutraal: 1, revealed: 0 },
      { round: 2, eens: 12, oneens: 3, neutraal: 0, revealed: 1 },
    ]);
    const reset = await must('session:tallyReset', {
      engagementId,
      partId: statement.id,
      round: 2,
    });
    expect(reset).toMatchObject({ eens: 0, oneens: 0, neutraal: 0, revealed: false });
    expect(
      await code('session:tallyIncrement', {
        engagementId,
        partId: tables[0]!.id,
        round: 1,
        answer: 'eens',
      }),
    ).toBe('SESSION_NOT_A_STATEMENT');
    const got = await must('session:get', { engagementId, id: session.id });
    expect(got.parts[0]!.tallies.map((t) => [t.round, t.eens, t.revealed])).toEqual([
      [1, 1, false],
      [2, 0, false],
    ]);
  });

  it('moves parts and keeps status dates, editable afterwards', async () => {
    const { must, engagementId, filePath, session, tables } = await worldCafe();
    const moved = await must('session:movePart', {
      engagementId,
      partId: tables[2]!.id,
      position: 0,
    });
    expect(moved.parts[0]!.title).toBe('Governance');
    expect(moved.parts.map((p) => p.position)).toEqual(moved.parts.map((_, i) => i));
    await must('session:setStatus', {
      engagementId,
      id: session.id,
      status: 'gehouden',
      date: '2026-03-19',
    });
    const corrected = await must('session:setStatusDate', {
      engagementId,
      id: session.id,
      status: 'gepland',
      date: '2026-02-01',
    });
    expect(corrected.status).toBe('gehouden');
    expect(corrected.statusDates).toEqual({ gepland: '2026-02-01', gehouden: '2026-03-19' });
    await must('session:setChecklistItem', {
      engagementId,
      id: session.id,
      itemId: 'wc-tafels',
      done: true,
    });
    const [row] = await rows(
      filePath,
      'SELECT status, status_dates_json, checklist_json FROM session',
    );
    expect(row).toEqual({
      status: 'gehouden',
      status_dates_json: '{"gepland":"2026-02-01","gehouden":"2026-03-19"}',
      checklist_json: '["wc-tafels"]',
    });
  });
});

describe('sessions: an example with its attachment', () => {
  it('links an example to one of the engagement’s documents, refuses an unknown one, and keeps the example when the document goes', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const staged = await e.core.stageUpload(
      Readable.from([Buffer.from('Visie datagedreven werken Waterstede, 2023.')]),
      'Visie Waterstede.txt',
    );
    if (!staged.ok) throw new Error(staged.error.message);
    const doc = await e.must('document:add', {
      engagementId,
      uploadId: staged.value.uploadId,
      fields: {},
    });
    let session = await e.must('session:create', {
      engagementId,
      type: 'raadssessie',
      fields: { title: 'Raadssessie' },
      withAgenda: false,
    });
    session = await e.must('session:addPart', {
      engagementId,
      sessionId: session.id,
      kind: 'voorbeeld',
      fields: { title: 'Visie Waterstede', municipality: 'Waterstede', documentId: doc.id },
    });
    const example = session.parts.find((p) => p.kind === 'voorbeeld')!;
    expect(example.documentId).toBe(doc.id);
    expect(
      await rows(e.filePath, 'SELECT document_id FROM session_part WHERE id = ?', example.id),
    ).toEqual([{ document_id: doc.id }]);

    expect(
      await e.code('session:updatePart', {
        engagementId,
        partId: example.id,
        fields: { documentId: '00000000-0000-4000-8000-000000000000' },
      }),
    ).toBe('NOT_FOUND');

    await e.must('document:delete', { engagementId, id: doc.id });
    const after = await e.must('session:get', { engagementId, id: session.id });
    const kept = after.parts.find((p) => p.id === example.id)!;
    expect(kept.title).toBe('Visie Waterstede');
    expect(kept.documentId).toBeNull();
  });
});

describe('sessions: input → finding, matrix and search', () => {
  it('turns an input into a finding with the session as source, in the Sessies column and in search', async () => {
    const { must, engagementId, filePath, session, tables } = await worldCafe();
    const privacy = tables[1]!;
    const input = await must('session:addInput', {
      engagementId,
      partId: privacy.id,
      round: 2,
      text: 'De privacyfunctionaris wordt te laat betrokken bij nieuwe dataprojecten',
    });
    const themes = await must('theme:list', { engagementId });
    const finding = await must('session:inputToFinding', {
      engagementId,
      inputId: input.id,
      fields: { themeIds: [themes[0]!.id], kind: 'uitdaging' },
    });
    expect(finding.statement).toBe(
      'De privacyfunctionaris wordt te laat betrokken bij nieuwe dataprojecten',
    );
    expect(finding.source.type).toBe('session');
    expect(finding.source.session).toEqual({
      sessionId: session.id,
      partId: privacy.id,
      inputId: input.id,
      sessionTitle: 'World café',
      partTitle: 'Privacy',
      round: 2,
    });
    expect(finding.group).toBeNull();
    const [row] = await rows(
      filePath,
      'SELECT source_type, session_id, session_part_id, session_input_id FROM finding',
    );
    expect(row).toEqual({
      source_type: 'session',
      session_id: session.id,
      session_part_id: privacy.id,
      session_input_id: input.id,
    });

    const matrix = await must('finding:matrix', { engagementId });
    expect(matrix.groups).toEqual(['session']);
    expect(matrix.counts[themes[0]!.id]).toEqual({ session: 1 });
    const bySource = await must('finding:list', {
      engagementId,
      filter: { sourceType: 'session' },
    });
    expect(bySource.map((f) => f.id)).toEqual([finding.id]);

    const hits = await must('search:query', { engagementId, query: 'privacyfunctionaris' });
    const inputHit = hits.find((h) => h.kind === 'session-input');
    expect(inputHit).toMatchObject({
      id: input.id,
      parentId: session.id,
      questionId: privacy.id,
      title: 'Privacy',
      parentTitle: 'World café',
    });
    // The autosave keeps the index in step: the old word is gone, the new one found.
    await must('session:saveInput', { engagementId, inputId: input.id, text: 'Iets anders' });
    const after = await must('search:query', { engagementId, query: 'privacyfunctionaris' });
    expect(after.filter((h) => h.kind === 'session-input')).toEqual([]);
    expect(
      (await must('search:query', { engagementId, query: 'anders' })).map((h) => h.kind),
    ).toContain('session-input');
    const summary = (await must('session:list', { engagementId }))[0]!;
    expect(summary).toMatchObject({ findingCount: 1, inputCount: 1 });
  });

  it('refuses an empty input as a finding unless it is given a statement', async () => {
    const { must, code, engagementId, tables } = await worldCafe();
    const input = await must('session:addInput', {
      engagementId,
      partId: tables[0]!.id,
      round: 1,
      text: '   ',
    });
    expect(await code('session:inputToFinding', { engagementId, inputId: input.id })).toBe(
      'SESSION_INPUT_EMPTY',
    );
    const f = await must('session:inputToFinding', {
      engagementId,
      inputId: input.id,
      fields: { statement: 'Zelf geformuleerd' },
    });
    expect(f.statement).toBe('Zelf geformuleerd');
  });
});

describe('sessions: delete and undo', () => {
  it('deletes a session with parts, inputs, tallies and findings, and undo puts back the same rows', async () => {
    const { must, engagementId, filePath, session, tables } = await worldCafe();
    const input = await must('session:addInput', {
      engagementId,
      partId: tables[0]!.id,
      round: 1,
      text: 'Normenkader',
    });
    const themes = await must('theme:list', { engagementId });
    await must('session:inputToFinding', {
      engagementId,
      inputId: input.id,
      fields: { themeIds: [themes[0]!.id] },
    });
    const st = await must('session:addStatementFromBank', {
      engagementId,
      sessionId: session.id,
      statementId: 'privacy-1',
    });
    await must('session:tallySet', {
      engagementId,
      partId: st.parts.at(-1)!.id,
      round: 1,
      eens: 1,
      oneens: 2,
      neutraal: 3,
    });
    const tables_ = [
      'session',
      'session_participant',
      'session_part',
      'session_input',
      'statement_tally',
      'finding',
      'finding_theme',
    ];
    const dump = async () =>
      Object.fromEntries(
        await Promise.all(
          tables_.map(async (t) => [t, await rows(filePath, `SELECT * FROM ${t} ORDER BY 1, 2`)]),
        ),
      );
    const refs = () =>
      rows(
        filePath,
        "SELECT ref_id FROM search_ref WHERE kind IN ('session-input', 'finding') ORDER BY 1",
      );
    const before = await dump();
    const refsBefore = await refs();
    expect(refsBefore).toHaveLength(2);

    const removed = await must('session:delete', { engagementId, id: session.id });
    const gone = await dump();
    for (const t of tables_) expect(gone[t]).toEqual([]);
    expect(await refs()).toEqual([]);

    await must('undo:restore', { engagementId, token: removed.undoToken });
    expect(await dump()).toEqual(before);
    expect(await refs()).toEqual(refsBefore);
  });

  it('deletes a part or an input with what hangs on it, and undo restores it in place', async () => {
    const { must, engagementId, filePath, session, tables } = await worldCafe();
    const input = await must('session:addInput', {
      engagementId,
      partId: tables[1]!.id,
      round: 1,
      text: 'Input',
    });
    await must('session:inputToFinding', { engagementId, inputId: input.id });
    const removedInput = await must('session:deleteInput', { engagementId, inputId: input.id });
    expect(await rows(filePath, 'SELECT id FROM finding')).toEqual([]);
    await must('undo:restore', { engagementId, token: removedInput.undoToken });
    expect(await rows(filePath, 'SELECT session_input_id FROM finding')).toEqual([
      { session_input_id: input.id },
    ]);

    const removedPart = await must('session:deletePart', { engagementId, partId: tables[1]!.id });
    expect(await rows(filePath, 'SELECT id FROM session_input')).toEqual([]);
    await must('undo:restore', { engagementId, token: removedPart.undoToken });
    const got = await must('session:get', { engagementId, id: session.id });
    expect(got.parts.map((p) => p.title)).toEqual(session.parts.map((p) => p.title));
    expect(got.parts.find((p) => p.id === tables[1]!.id)!.inputs[0]!.findingIds).toHaveLength(1);
  });
});

describe('sessions: hostile text', () => {
  it('stores and finds hostile strings unchanged', async () => {
    const { must, engagementId, filePath, session, tables } = await worldCafe();
    const hostile = [
      '<script>alert(1)</script> & "quotes" \'apos\'',
      "Robert'); DROP TABLE session;--",
      '\u202eRTL override\u202c and \u200bzero-width',
      'emoji 👍🏽idee and NUL-free \u0001 control',
      'ﬁ ligature ß Ǆ İstanbul',
      ']]><!-- -->{{t}} ${x}',
    ];
    for (const text of hostile)
      await must('session:addInput', { engagementId, partId: tables[0]!.id, round: 1, text });
    await must('session:update', {
      engagementId,
      id: session.id,
      fields: { title: hostile[0], notes: hostile.join('\n') },
    });
    const stored = await rows<{ text: string }>(
      filePath,
      'SELECT text FROM session_input ORDER BY created_at, rowid',
    );
    expect(stored.map((r) => r.text).sort()).toEqual([...hostile].sort());
    const [s] = await rows(filePath, 'SELECT title, notes FROM session');
    expect(s).toEqual({ title: hostile[0], notes: hostile.join('\n') });
    const hits = await must('search:query', { engagementId, query: 'idee' });
    expect(hits.some((h) => h.kind === 'session-input')).toBe(true);
    for (const query of ['"', "'); DROP", '*', 'NEAR(', '👍🏽']) {
      const result = await must('search:query', { engagementId, query }).catch((e: Error) => e);
      if (result instanceof Error) expect(result.message).toMatch(/INVALID_INPUT/);
    }
  });
});
