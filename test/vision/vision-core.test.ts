import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { coresDisposedAfterEach, rowsOfOpenFile as rows } from '../helpers/open-file.js';

// The vision (issue 13) through the contract, checked against the rows in the file itself.

const startCore = coresDisposedAfterEach();

async function engagement() {
  const c = await startCore();
  const open = await c.must('engagement:create', {
    fields: { clientName: 'Gemeente Dijkhaven', title: 'Visie' },
  });
  const engagementId = open.engagementId;
  const finding = async (statement: string, extra: Record<string, unknown> = {}) =>
    c.must('finding:create', {
      engagementId,
      source: { type: 'direct' },
      fields: { statement, kind: 'ambitie', ...extra },
    });
  return { ...c, engagementId, filePath: open.displayPath, finding };
}

describe('vision passages', () => {
  it('creates, updates, reorders and deletes passages, as the file holds them', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const kern = await e.must('visionPassage:create', {
      engagementId,
      fields: { kind: 'kernvisie', title: 'Kernvisie', body: 'Mensen besluiten; data informeren.' },
    });
    const ethiek = await e.must('visionPassage:create', {
      engagementId,
      fields: {
        kind: 'themavisie',
        title: 'Ethiek',
        forInhabitants: 'Voor inwoners',
        forStaff: 'Voor medewerkers',
        forBoard: 'Voor het bestuur',
      },
    });
    const waarde = await e.must('visionPassage:create', {
      engagementId,
      fields: { kind: 'kernwaarde', title: 'Openheid' },
      position: 0,
    });
    expect(
      await rows(e.filePath, 'SELECT title, kind, position FROM vision_passage ORDER BY position'),
    ).toEqual([
      { title: 'Openheid', kind: 'kernwaarde', position: 0 },
      { title: 'Kernvisie', kind: 'kernvisie', position: 1 },
      { title: 'Ethiek', kind: 'themavisie', position: 2 },
    ]);

    await e.must('visionPassage:update', {
      engagementId,
      id: ethiek.id,
      fields: {
        title: '  Ethiek en menselijke maat ',
        forBoard: 'Het college stelt het kader vast.',
      },
    });
    const moved = await e.must('visionPassage:move', { engagementId, id: waarde.id, position: 2 });
    expect(moved.map((p) => p.id)).toEqual([kern.id, ethiek.id, waarde.id]);
    expect(
      await rows(
        e.filePath,
        'SELECT title, for_inhabitants, for_staff, for_board, position FROM vision_passage WHERE id = ?',
        ethiek.id,
      ),
    ).toEqual([
      {
        title: 'Ethiek en menselijke maat',
        for_inhabitants: 'Voor inwoners',
        for_staff: 'Voor medewerkers',
        for_board: 'Het college stelt het kader vast.',
        position: 1,
      },
    ]);

    const removed = await e.must('visionPassage:delete', { engagementId, id: kern.id });
    expect(await rows(e.filePath, 'SELECT id FROM vision_passage WHERE id = ?', kern.id)).toEqual(
      [],
    );
    await e.must('undo:restore', { engagementId, token: removed.undoToken });
    expect(
      await rows(e.filePath, 'SELECT title FROM vision_passage WHERE id = ?', kern.id),
    ).toEqual([{ title: 'Kernvisie' }]);
    expect(
      await e.code('visionPassage:update', {
        engagementId,
        id: '00000000-0000-4000-8000-000000000000',
        fields: { title: 'x' },
      }),
    ).toBe('NOT_FOUND');
  });

  it('links a wethouder’s portfolio, and refuses someone who is not a wethouder', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const kuiper = await e.must('stakeholder:create', {
      engagementId,
      fields: { name: 'Gerard Kuiper', group: 'wethouder' },
    });
    const jan = await e.must('stakeholder:create', {
      engagementId,
      fields: { name: 'Jan de Vries', group: 'teammanager' },
    });
    const p = await e.must('visionPassage:create', {
      engagementId,
      fields: { kind: 'themavisie', title: 'Transparantie', portfolioHolderId: kuiper.id },
    });
    expect(p.portfolioHolderName).toBe('Gerard Kuiper');
    expect(
      await e.code('visionPassage:update', {
        engagementId,
        id: p.id,
        fields: { portfolioHolderId: jan.id },
      }),
    ).toBe('VISION_NOT_A_WETHOUDER');
    expect(
      await rows(e.filePath, 'SELECT portfolio_holder_id FROM vision_passage WHERE id = ?', p.id),
    ).toEqual([{ portfolio_holder_id: kuiper.id }]);
  });

  it('links findings in order, moves and unlinks them; a deleted finding lets go of its link', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const [f1, f2, f3] = [await e.finding('Een'), await e.finding('Twee'), await e.finding('Drie')];
    const p = await e.must('visionPassage:create', {
      engagementId,
      fields: { kind: 'ambitie', title: 'Eén bron' },
    });
    for (const f of [f1, f2])
      await e.must('visionPassage:linkFinding', {
        engagementId,
        passageId: p.id,
        findingId: f!.id,
      });
    await e.must('visionPassage:linkFinding', {
      engagementId,
      passageId: p.id,
      findingId: f3!.id,
      position: 0,
    });
    // Linking again only moves it.
    let after = await e.must('visionPassage:linkFinding', {
      engagementId,
      passageId: p.id,
      findingId: f1!.id,
      position: 2,
    });
    expect(after.findings.map((f) => f.statement)).toEqual(['Drie', 'Twee', 'Een']);
    after = await e.must('visionPassage:moveFinding', {
      engagementId,
      passageId: p.id,
      findingId: f2!.id,
      position: 0,
    });
    expect(after.findings.map((f) => f.statement)).toEqual(['Twee', 'Drie', 'Een']);
    await e.must('visionPassage:unlinkFinding', {
      engagementId,
      passageId: p.id,
      findingId: f3!.id,
    });
    expect(
      await rows(
        e.filePath,
        'SELECT finding_id, position FROM vision_passage_finding WHERE passage_id = ? ORDER BY position',
        p.id,
      ),
    ).toEqual([
      { finding_id: f2!.id, position: 0 },
      { finding_id: f1!.id, position: 1 },
    ]);
    expect(
      await e.code('visionPassage:unlinkFinding', {
        engagementId,
        passageId: p.id,
        findingId: f3!.id,
      }),
    ).toBe('NOT_FOUND');
    const gone = await e.must('finding:delete', { engagementId, id: f2!.id });
    let vision = await e.must('vision:get', { engagementId });
    expect(vision.passages[0]!.findings.map((f) => f.statement)).toEqual(['Een']);
    // Undoing the delete brings the link back in its place.
    await e.must('undo:restore', { engagementId, token: gone.undoToken });
    vision = await e.must('vision:get', { engagementId });
    expect(vision.passages[0]!.findings.map((f) => f.statement)).toEqual(['Twee', 'Een']);
  });

  it('shows the checks with the working copy, and sets the poster settings', async () => {
    const e = await engagement();
    const { engagementId } = e;
    await e.finding('Een ethisch normenkader is nodig', { kind: 'must-have' });
    await e.must('visionPassage:create', {
      engagementId,
      fields: { kind: 'kernvisie', title: 'Kern', body: 'Dijkhaven wordt datagestuurd.' },
    });
    const vision = await e.must('vision:get', { engagementId });
    expect(vision.checks.map((c) => c.code).sort()).toEqual([
      'finding-unaddressed',
      'jargon',
      'passage-unsupported',
    ]);
    const jargon = vision.checks.find((c) => c.code === 'jargon');
    expect(jargon).toMatchObject({ found: 'datagestuurd', preferred: 'datagedreven' });
    const english = await e.must('vision:checks', { engagementId, language: 'en' });
    expect(english.find((c) => c.code === 'jargon')).toMatchObject({ preferred: 'data-driven' });
    expect(vision.poster).toMatchObject({ title: '', layout: 'kolommen', format: 'A3' });
    const poster = await e.must('vision:setPoster', {
      engagementId,
      fields: { layout: 'kern', format: 'A0', title: 'Dijkhaven werkt datagedreven' },
    });
    expect(poster).toMatchObject({ layout: 'kern', format: 'A0' });
    expect(await rows(e.filePath, 'SELECT title, layout, format FROM vision_poster')).toEqual([
      { title: 'Dijkhaven werkt datagedreven', layout: 'kern', format: 'A0' },
    ]);
    const guide = await e.must('vision:guide', { engagementId });
    expect(guide.jargon.some((j) => j.word === 'datagestuurd')).toBe(true);
  });
});

describe('vision versions', () => {
  async function drafted() {
    const e = await engagement();
    const { engagementId } = e;
    const f = await e.finding('Data moeten uitlegbaar zijn');
    const kern = await e.must('visionPassage:create', {
      engagementId,
      fields: {
        kind: 'kernvisie',
        title: 'Kern',
        body: 'Dijkhaven wordt een datagestuurde gemeente.',
      },
    });
    await e.must('visionPassage:linkFinding', {
      engagementId,
      passageId: kern.id,
      findingId: f.id,
    });
    const waarde = await e.must('visionPassage:create', {
      engagementId,
      fields: { kind: 'kernwaarde', title: 'Openheid' },
    });
    return { ...e, kern, waarde, f };
  }

  it('numbers versions 0.1, 0.2, 1.0, 1.1 and keeps each one read-only', async () => {
    const n = await drafted();
    const labels: string[] = [];
    for (const status of ['concept', 'concept', 'definitief', 'concept'] as const)
      labels.push((await n.must('vision:freeze', { engagementId: n.engagementId, status })).label);
    expect(labels).toEqual(['0.1', '0.2', '1.0', '1.1']);
    const list = await n.must('visionVersion:list', { engagementId: n.engagementId });
    expect(list.map((v) => [v.label, v.status])).toEqual([
      ['0.1', 'concept'],
      ['0.2', 'concept'],
      ['1.0', 'definitief'],
      ['1.1', 'concept'],
    ]);
    const v01 = list[0]!;
    expect(await n.code('visionVersion:delete', { engagementId: n.engagementId, id: v01.id })).toBe(
      'VISION_VERSION_FROZEN',
    );
    // Editing the working copy leaves the frozen content as it was.
    await n.must('visionPassage:update', {
      engagementId: n.engagementId,
      id: n.kern.id,
      fields: { body: 'Anders.' },
    });
    const frozen = await n.must('visionVersion:get', { engagementId: n.engagementId, id: v01.id });
    expect(frozen.content.passages.map((p) => p.body)).toEqual([
      'Dijkhaven wordt een datagestuurde gemeente.',
      '',
    ]);
    expect(frozen.content.passages[0]!.findings).toEqual([
      { id: n.f.id, statement: 'Data moeten uitlegbaar zijn' },
    ]);
    expect(frozen.content.houseStyle.fontName).toBe('Calibri');
    // Not even SQL can change a frozen version: the file's trigger refuses it.
    await sleep(150);
    const copy = `${n.filePath}.copy`;
    fs.copyFileSync(n.filePath, copy);
    const db = new BetterSqlite3(copy);
    try {
      expect(() => db.prepare("UPDATE vision_version SET note = 'x'").run()).toThrow(
        /VISION_VERSION_FROZEN/,
      );
      expect(() => db.prepare("DELETE FROM vision_version WHERE status = 'concept'").run()).toThrow(
        /VISION_VERSION_FROZEN/,
      );
    } finally {
      db.close();
      fs.rmSync(copy);
    }
  });

  it('refuses to freeze an empty vision', async () => {
    const e = await engagement();
    expect(await e.code('vision:freeze', { engagementId: e.engagementId, status: 'concept' })).toBe(
      'VISION_EMPTY',
    );
  });

  it('diffs a version with the working copy and with a later version, passage by passage', async () => {
    const e = await drafted();
    const { engagementId } = e;
    const v1 = await e.must('vision:freeze', { engagementId, status: 'concept' });
    await e.must('visionPassage:update', {
      engagementId,
      id: e.kern.id,
      fields: { body: 'Dijkhaven wordt een datagedreven gemeente.' },
    });
    await e.must('visionPassage:delete', { engagementId, id: e.waarde.id });
    const nieuw = await e.must('visionPassage:create', {
      engagementId,
      fields: { kind: 'ambitie', title: 'Eén bron' },
    });
    const working = await e.must('visionVersion:diff', { engagementId, fromId: v1.id });
    expect(working.to).toEqual({ versionId: null, label: null });
    expect(working.passages.map((p) => [p.title, p.change])).toEqual([
      ['Kern', 'changed'],
      ['Openheid', 'removed'],
      ['Eén bron', 'added'],
    ]);
    expect(working.passages[0]!.changedFields).toEqual(['body']);
    expect(working.passages[0]!.textDiffs.body).toEqual([
      { change: 'same', text: 'Dijkhaven wordt een ' },
      { change: 'removed', text: 'datagestuurde' },
      { change: 'added', text: 'datagedreven' },
      { change: 'same', text: ' gemeente.' },
    ]);
    const v2 = await e.must('vision:freeze', { engagementId, status: 'concept' });
    const between = await e.must('visionVersion:diff', {
      engagementId,
      fromId: v1.id,
      toId: v2.id,
    });
    expect(between.to.label).toBe('0.2');
    expect(between.passages.find((p) => p.passageId === nieuw.id)!.change).toBe('added');
  });

  it('restores a version, keeping what was there as a restore point that undoes it', async () => {
    const e = await drafted();
    const { engagementId } = e;
    await e.must('vision:setPoster', { engagementId, fields: { layout: 'raster' } });
    const v1 = await e.must('vision:freeze', { engagementId, status: 'concept' });
    await e.must('visionPassage:update', {
      engagementId,
      id: e.kern.id,
      fields: { body: 'Nieuw.' },
    });
    await e.must('visionPassage:unlinkFinding', {
      engagementId,
      passageId: e.kern.id,
      findingId: e.f.id,
    });
    await e.must('visionPassage:delete', { engagementId, id: e.waarde.id });
    await e.must('vision:setPoster', { engagementId, fields: { layout: 'kern' } });

    const restored = await e.must('visionVersion:restore', { engagementId, id: v1.id });
    expect(restored.restorePoint).toMatchObject({
      label: 'H1',
      status: 'herstelpunt',
      restoredLabel: '0.1',
    });
    expect(
      await rows(e.filePath, 'SELECT id, title, body FROM vision_passage ORDER BY position'),
    ).toEqual([
      { id: e.kern.id, title: 'Kern', body: 'Dijkhaven wordt een datagestuurde gemeente.' },
      { id: e.waarde.id, title: 'Openheid', body: '' },
    ]);
    expect(await rows(e.filePath, 'SELECT finding_id FROM vision_passage_finding')).toEqual([
      { finding_id: e.f.id },
    ]);
    expect(await rows(e.filePath, 'SELECT layout FROM vision_poster')).toEqual([
      { layout: 'raster' },
    ]);

    // Restoring the restore point undoes the restore.
    await e.must('visionVersion:restore', { engagementId, id: restored.restorePoint.id });
    expect(await rows(e.filePath, 'SELECT id, body FROM vision_passage ORDER BY position')).toEqual(
      [{ id: e.kern.id, body: 'Nieuw.' }],
    );
    expect(await rows(e.filePath, 'SELECT layout FROM vision_poster')).toEqual([
      { layout: 'kern' },
    ]);
    const labels = (await e.must('visionVersion:list', { engagementId })).map((v) => v.label);
    expect(labels).toEqual(['0.1', 'H1', 'H2']);
    // A restore point may go (and come back with undo).
    const gone = await e.must('visionVersion:delete', {
      engagementId,
      id: restored.restorePoint.id,
    });
    expect((await e.must('visionVersion:list', { engagementId })).map((v) => v.label)).toEqual([
      '0.1',
      'H2',
    ]);
    await e.must('undo:restore', { engagementId, token: gone.undoToken });
    expect((await e.must('visionVersion:list', { engagementId })).map((v) => v.label)).toEqual([
      '0.1',
      'H1',
      'H2',
    ]);
  });
});

describe('vision feedback', () => {
  it('keeps feedback per version and passage; “niet verwerkt” needs a reason', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const amrani = await e.must('stakeholder:create', {
      engagementId,
      fields: { name: 'Fatima Amrani', group: 'raadslid' },
    });
    const p = await e.must('visionPassage:create', {
      engagementId,
      fields: { kind: 'kernvisie', title: 'Kern' },
    });
    const v = await e.must('vision:freeze', { engagementId, status: 'concept' });
    const later = await e.must('visionPassage:create', {
      engagementId,
      fields: { kind: 'ambitie', title: 'Later' },
    });

    const item = await e.must('visionFeedback:create', {
      engagementId,
      versionId: v.id,
      fields: { text: 'Te abstract.', passageId: p.id, fromStakeholderId: amrani.id },
    });
    expect(item).toMatchObject({
      disposition: 'open',
      fromStakeholderName: 'Fatima Amrani',
      passageId: p.id,
    });
    expect(
      await e.code('visionFeedback:update', {
        engagementId,
        id: item.id,
        fields: { disposition: 'niet-verwerkt' },
      }),
    ).toBe('VISION_FEEDBACK_REASON_REQUIRED');
    expect(
      await e.code('visionFeedback:update', {
        engagementId,
        id: item.id,
        fields: { disposition: 'niet-verwerkt', reason: '   ' },
      }),
    ).toBe('VISION_FEEDBACK_REASON_REQUIRED');
    await e.must('visionFeedback:update', {
      engagementId,
      id: item.id,
      fields: { disposition: 'niet-verwerkt', reason: 'De kernvisie blijft bewust kort.' },
    });
    expect(
      await e.code('visionFeedback:create', {
        engagementId,
        versionId: v.id,
        fields: { text: 'Over een passage die er toen niet was', passageId: later.id },
      }),
    ).toBe('VISION_FEEDBACK_PASSAGE_MISSING');
    await e.must('visionFeedback:create', {
      engagementId,
      versionId: v.id,
      fields: { text: 'Helder!', fromText: 'Raadswerkgroep', disposition: 'verwerkt' },
    });
    expect(
      await rows(
        e.filePath,
        'SELECT text, from_text, disposition, reason FROM vision_feedback ORDER BY created_at, id',
      ),
    ).toEqual(
      expect.arrayContaining([
        {
          text: 'Te abstract.',
          from_text: '',
          disposition: 'niet-verwerkt',
          reason: 'De kernvisie blijft bewust kort.',
        },
        { text: 'Helder!', from_text: 'Raadswerkgroep', disposition: 'verwerkt', reason: '' },
      ]),
    );
    const versions = await e.must('visionVersion:list', { engagementId });
    expect(versions[0]).toMatchObject({ feedbackCount: 2, openFeedbackCount: 0 });
    const open = await e.must('visionFeedback:list', { engagementId, disposition: 'verwerkt' });
    expect(open.map((f) => f.text)).toEqual(['Helder!']);
    const full = await e.must('visionVersion:get', { engagementId, id: v.id });
    expect(full.feedback).toHaveLength(2);
  });
});

describe('hostile input', () => {
  it('keeps hostile strings exactly and refuses what is too long or malformed', async () => {
    const e = await engagement();
    const { engagementId } = e;
    const nasty = "<img src=x onerror=alert(1)>'); DROP TABLE vision_passage;-- \u202e{{x}} 💥";
    const p = await e.must('visionPassage:create', {
      engagementId,
      fields: { kind: 'themavisie', title: nasty, body: `${nasty}\n${'é'.repeat(19_000)}` },
    });
    expect(await rows(e.filePath, 'SELECT title FROM vision_passage WHERE id = ?', p.id)).toEqual([
      { title: nasty },
    ]);
    expect(
      await e.code('visionPassage:create', {
        engagementId,
        fields: { kind: 'themavisie', title: 'x'.repeat(301) },
      }),
    ).toBe('INVALID_INPUT');
    expect(
      await e.code('visionPassage:create', { engagementId, fields: { kind: 'visie', title: 'x' } }),
    ).toBe('INVALID_INPUT');
    expect(
      await e.code('visionPassage:create', {
        engagementId,
        fields: { kind: 'kernvisie', title: '   ' },
      }),
    ).toBe('INVALID_INPUT');
    expect(await e.code('vision:setPoster', { engagementId, fields: { format: 'A4' } })).toBe(
      'INVALID_INPUT',
    );
    expect(await e.code('vision:freeze', { engagementId, status: 'herstelpunt' })).toBe(
      'INVALID_INPUT',
    );
    expect(await e.code('visionPassage:move', { engagementId, id: p.id, position: -1 })).toBe(
      'INVALID_INPUT',
    );
    const v = await e.must('vision:freeze', { engagementId, status: 'concept', note: nasty });
    expect(
      (await e.must('visionVersion:get', { engagementId, id: v.id })).content.passages[0]!.title,
    ).toBe(nasty);
    expect(
      await e.code('visionFeedback:create', {
        engagementId,
        versionId: v.id,
        fields: { text: 'x', disposition: 'weg' },
      }),
    ).toBe('INVALID_INPUT');
    expect(await rows(e.filePath, 'SELECT count(*) AS n FROM vision_passage')).toEqual([{ n: 1 }]);
  });
});
