import fs from 'node:fs';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { coresDisposedAfterEach } from '../helpers/open-file.js';

const startCore = coresDisposedAfterEach();

const TABLES = [
  'stakeholder',
  'interview',
  'interview_participant',
  'interview_question',
  'finding',
  'finding_theme',
  'document',
  'document_chunk',
  'document_page',
  'passage',
  'search_ref',
];

/**
 * Every row of the tables a delete touches, read from the file itself (not through the core):
 * from a copy taken after the idle checkpoint, as the open file is locked exclusively.
 */
async function dump(filePath: string): Promise<Record<string, unknown[]>> {
  await sleep(150);
  const copy = `${filePath}.${Math.random().toString(36).slice(2)}.copy`;
  fs.copyFileSync(filePath, copy);
  const db = new BetterSqlite3(copy, { readonly: true });
  try {
    return Object.fromEntries(
      TABLES.map((table) => [
        table,
        // The index's own rowids are internal and new after a restore; what it points at counts.
        table === 'search_ref'
          ? db.prepare('SELECT kind, ref_id FROM search_ref ORDER BY kind, ref_id').all()
          : db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all(),
      ]),
    );
  } finally {
    db.close();
  }
}

async function engagementWithWork() {
  const core = await startCore();
  const open = await core.must('engagement:create', {
    fields: { clientName: 'Gemeente Dijkhaven', title: 'Visie' },
  });
  const { engagementId } = open;
  const jan = await core.must('stakeholder:create', {
    engagementId,
    fields: { name: 'Jan de Vries', group: 'wethouder', jobTitle: 'Wethouder', consentNote: 'ja' },
  });
  const loose = await core.must('stakeholder:create', {
    engagementId,
    fields: { name: 'Kees Brouwer', group: 'beheerder' },
  });
  const themes = await core.must('theme:list', { engagementId });
  const interviews = [];
  for (const title of ['Wethouder', 'Wethouder vervolg'])
    interviews.push(
      await core.must('interview:create', {
        engagementId,
        fields: { title, participantIds: [jan.id] },
      }),
    );
  for (let i = 0; i < 5; i++)
    await core.must('finding:create', {
      engagementId,
      source: {
        type: 'interview',
        interviewId: interviews[i % 2]!.id,
        questionId: interviews[i % 2]!.questions[0]!.id,
      },
      fields: { statement: `Bevinding ${i}`, kind: 'ambitie', themeIds: [themes[0]!.id] },
    });
  const staged = await core.core.stageUpload(
    Readable.from([Buffer.from('Wij willen datagedreven werken.')]),
    'coalitieakkoord.txt',
  );
  if (!staged.ok) throw new Error(staged.error.message);
  const doc = await core.must('document:add', {
    engagementId,
    uploadId: staged.value.uploadId,
    fields: { type: 'coalitieakkoord' },
  });
  const passage = await core.must('passage:create', {
    engagementId,
    documentId: doc.id,
    fields: { text: 'datagedreven werken', page: 1 },
  });
  await core.must('finding:create', {
    engagementId,
    source: { type: 'passage', passageId: passage.id },
    fields: { statement: 'Ambitie in akkoord', kind: 'ambitie', themeIds: [themes[1]!.id] },
  });
  return { core, engagementId, filePath: open.displayPath, jan, loose, interviews, doc, passage };
}

describe('deleting a linked stakeholder', () => {
  it('says what hangs on them and refuses a plain delete', async () => {
    const { core, engagementId, filePath, jan } = await engagementWithWork();
    expect(await core.must('stakeholder:links', { engagementId, id: jan.id })).toEqual({
      interviews: 2,
      findings: 5,
    });
    const before = await dump(filePath);
    const refused = await core.core.call('stakeholder:delete', { engagementId, id: jan.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('STAKEHOLDER_LINKED');
      expect(refused.error.message).toContain('Jan de Vries');
    }
    expect(await dump(filePath)).toEqual(before);
  });

  it('erases the name but keeps the pseudonym, interviews and findings: no orphans', async () => {
    const { core, engagementId, filePath, jan } = await engagementWithWork();
    const before = await dump(filePath);
    const removed = await core.must('stakeholder:delete', {
      engagementId,
      id: jan.id,
      linked: 'erase-name',
    });
    expect(removed.outcome).toBe('name-erased');
    const after = await dump(filePath);
    const row = (after.stakeholder as { id: string }[]).find((s) => s.id === jan.id);
    expect(row).toMatchObject({ name: 'R01', job_title: '', department: '', consent_note: '' });
    expect(JSON.stringify(after)).not.toContain('Jan de Vries');
    expect(after.interview_participant).toEqual(before.interview_participant);
    expect(after.finding).toEqual(before.finding);
    const findings = await core.must('finding:list', { engagementId });
    const fromInterviews = findings.filter((f) => f.source.type === 'interview');
    expect(fromInterviews).toHaveLength(5);
    for (const f of fromInterviews) {
      expect(f.source.pseudonyms).toEqual(['R01']);
      expect(f.group).toBe('wethouder');
    }
    // Undo puts the name back exactly.
    await core.must('undo:restore', { engagementId, token: removed.undoToken });
    expect(await dump(filePath)).toEqual(before);
  });

  it('deletes an unlinked stakeholder outright, and undo brings back the same row', async () => {
    const { core, engagementId, filePath, loose } = await engagementWithWork();
    const before = await dump(filePath);
    const removed = await core.must('stakeholder:delete', { engagementId, id: loose.id });
    expect(removed.outcome).toBe('deleted');
    const after = await dump(filePath);
    expect((after.stakeholder as { id: string }[]).map((s) => s.id)).not.toContain(loose.id);
    await core.must('undo:restore', { engagementId, token: removed.undoToken });
    expect(await dump(filePath)).toEqual(before);
    const hits = await core.must('search:query', { engagementId, query: 'Brouwer' });
    expect(hits.some((h) => h.kind === 'stakeholder')).toBe(true);
  });
});

describe('undo after a delete', () => {
  it.each(['finding', 'passage', 'document', 'interview'] as const)(
    'restores a deleted %s with the same ids, timestamps and links',
    async (kind) => {
      const { core, engagementId, filePath, interviews, doc, passage } = await engagementWithWork();
      const before = await dump(filePath);
      const findings = await core.must('finding:list', { engagementId });
      const op = `${kind}:delete` as const;
      const id = {
        finding: findings[0]!.id,
        passage: passage.id,
        document: doc.id,
        interview: interviews[0]!.id,
      }[kind];
      const removed = await core.must(op, { engagementId, id });
      expect(await dump(filePath)).not.toEqual(before);
      const { restored } = await core.must('undo:restore', {
        engagementId,
        token: removed.undoToken,
      });
      expect(restored).toBeGreaterThan(0);
      expect(await dump(filePath)).toEqual(before);
      // A token is good once.
      const again = await core.core.call('undo:restore', {
        engagementId,
        token: removed.undoToken,
      });
      expect(again.ok ? null : again.error.code).toBe('UNDO_UNAVAILABLE');
    },
  );

  it('refuses to restore a finding whose interview has gone since, and changes nothing', async () => {
    const { core, engagementId, filePath, interviews } = await engagementWithWork();
    const findings = await core.must('finding:list', { engagementId });
    const f = findings.find((x) => x.source.interviewId === interviews[0]!.id)!;
    const removed = await core.must('finding:delete', { engagementId, id: f.id });
    await core.must('interview:delete', { engagementId, id: interviews[0]!.id });
    const before = await dump(filePath);
    const result = await core.core.call('undo:restore', { engagementId, token: removed.undoToken });
    expect(result.ok ? null : result.error.code).toBe('UNDO_UNAVAILABLE');
    expect(await dump(filePath)).toEqual(before);
  });
});
