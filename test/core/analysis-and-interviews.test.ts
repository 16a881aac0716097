import fs from 'node:fs';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../src/shared/domain/search.js';
import type { OutputOf } from '../../src/shared/contract.js';
import { startTempCore, tempDir, type TempCore } from '../helpers/temp-core.js';
import { exportThroughCore } from '../exports/export-run.js';
import { loadWorkbook, sheetRows } from '../exports/xlsx-read.js';

let t: TempCore | undefined;
afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

async function engagementWithPeople(): Promise<{
  t: TempCore;
  engagementId: string;
  wethouder: string;
  beheerder: string;
}> {
  const core = await startTempCore();
  t = core;
  const { engagementId } = await core.must('engagement:create', {
    fields: { clientName: 'Gemeente Dijkhaven', title: 'Visie' },
  });
  const wethouder = (
    await core.must('stakeholder:create', {
      engagementId,
      fields: { name: 'Ilse Vermeer', group: 'wethouder' },
    })
  ).id;
  const beheerder = (
    await core.must('stakeholder:create', {
      engagementId,
      fields: { name: 'Kees Brouwer', group: 'beheerder' },
    })
  ).id;
  return { t: core, engagementId, wethouder, beheerder };
}

class Collect extends Writable {
  chunks: Buffer[] = [];
  override _write(chunk: Buffer, _enc: string, done: () => void) {
    this.chunks.push(chunk);
    done();
  }
}

describe('step 1 in the core', () => {
  it('stores a document in chunks and gives back the same bytes', async () => {
    const { t, engagementId } = await engagementWithPeople();
    const bytes = Buffer.alloc(2_500_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7) & 0xff;
    const staged = await t.core.stageUpload(
      Readable.from([bytes.subarray(0, 1_000_000), bytes.subarray(1_000_000)]),
      'I&A-strategie 2026.pdf',
    );
    expect(staged.ok).toBe(true);
    if (!staged.ok) return;
    expect(staged.value.sizeBytes).toBe(bytes.length);
    const doc = await t.must('document:add', {
      engagementId,
      uploadId: staged.value.uploadId,
      fields: {
        title: 'I&A-strategie',
        type: 'ia-strategie',
        summary: 'Informatievoorziening op orde.',
      },
    });
    expect(doc.sizeBytes).toBe(bytes.length);
    expect(doc.mimeType).toBe('application/pdf');
    expect(doc.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const out = new Collect();
    const written = await t.core.writeDocument(engagementId, doc.id, out);
    expect(written.ok).toBe(true);
    expect(Buffer.concat(out.chunks).equals(bytes)).toBe(true);
    // The upload id is spent: it cannot add the same file twice.
    const again = await t.core.call('document:add', {
      engagementId,
      uploadId: staged.value.uploadId,
      fields: {},
    });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe('NOT_FOUND');
  });

  it('keeps passages with their document and removes them with it', async () => {
    const { t, engagementId } = await engagementWithPeople();
    const staged = await t.core.stageUpload(
      Readable.from([Buffer.from('Coalitieakkoord tekst')]),
      'coalitieakkoord.txt',
    );
    if (!staged.ok) throw new Error(staged.error.message);
    const doc = await t.must('document:add', {
      engagementId,
      uploadId: staged.value.uploadId,
      fields: { type: 'coalitieakkoord' },
    });
    expect(doc.title).toBe('coalitieakkoord');
    const passage = await t.must('passage:create', {
      engagementId,
      documentId: doc.id,
      fields: { text: 'Wij willen datagedreven werken', page: 12 },
    });
    const detail = await t.must('document:get', { engagementId, id: doc.id });
    expect(detail.passages.map((p) => [p.text, p.page])).toEqual([
      ['Wij willen datagedreven werken', 12],
    ]);
    await t.must('finding:create', {
      engagementId,
      source: { type: 'passage', passageId: passage.id },
      fields: { statement: 'Ambitie in akkoord', kind: 'ambitie' },
    });
    await t.must('document:delete', { engagementId, id: doc.id });
    expect(await t.must('finding:list', { engagementId })).toEqual([]);
    expect(await t.must('document:list', { engagementId })).toEqual([]);
  });

  it('plans an interview from the guide, saves notes durably and walks the statuses', async () => {
    const { t, engagementId, wethouder } = await engagementWithPeople();
    const guide = await t.must('interview:guide', { engagementId });
    expect(guide.length).toBeGreaterThanOrEqual(10);
    const interview = await t.must('interview:create', {
      engagementId,
      fields: {
        title: 'Interview wethouder',
        scheduledAt: '2026-03-10T10:00',
        location: 'Stadhuis',
        interviewers: ['Sanne'],
        participantIds: [wethouder],
      },
    });
    expect(interview.questions.map((q) => q.text)).toEqual(guide.map((g) => g.text));
    expect(interview.participants.map((p) => p.pseudonym)).toEqual(['R01']);
    const q = interview.questions[1]!;
    const saved = await t.must('interview:saveNotes', {
      engagementId,
      interviewId: interview.id,
      questionId: q.id,
      notes: { json: '{"type":"doc"}', text: 'De grootste uitdaging is de woningbouw.' },
    });
    expect(saved.questionId).toBe(q.id);
    await t.must('interview:saveNotes', {
      engagementId,
      interviewId: interview.id,
      questionId: null,
      notes: { json: '{}', text: 'Vrije notitie' },
    });
    await t.must('interview:setStatus', { engagementId, id: interview.id, status: 'afgenomen' });
    await t.must('engagement:close', { engagementId });
    const reopened = await t.must('engagement:openRecent', {
      recentId: (await t.must('recent:list', {}))[0]!.id,
    });
    const back = await t.must('interview:get', {
      engagementId: reopened.engagementId,
      id: interview.id,
    });
    expect(back.questions[1]!.notes.text).toBe('De grootste uitdaging is de woningbouw.');
    expect(back.freeNotes.text).toBe('Vrije notitie');
    expect(back.status).toBe('afgenomen');
    expect(Object.keys(back.statusDates).sort()).toEqual(['afgenomen', 'gepland']);
  });

  it('adapts the guide per interview: add, move, rename and remove questions', async () => {
    const { t, engagementId } = await engagementWithPeople();
    const guide = await t.must('interview:guide', { engagementId });
    const interview = await t.must('interview:create', {
      engagementId,
      fields: { title: 'Kort' },
      guideQuestionIds: [guide[0]!.id, guide[1]!.id],
    });
    let now = await t.must('interview:addQuestion', {
      engagementId,
      interviewId: interview.id,
      text: 'Wat vindt u van de dashboards?',
      position: 0,
    });
    expect(now.questions.map((q) => q.text)).toEqual([
      'Wat vindt u van de dashboards?',
      guide[0]!.text,
      guide[1]!.text,
    ]);
    now = await t.must('interview:moveQuestion', {
      engagementId,
      questionId: now.questions[0]!.id,
      position: 2,
    });
    expect(now.questions[2]!.text).toBe('Wat vindt u van de dashboards?');
    now = await t.must('interview:updateQuestion', {
      engagementId,
      questionId: now.questions[2]!.id,
      text: 'Welke dashboards gebruikt u?',
    });
    now = await t.must('interview:removeQuestion', {
      engagementId,
      questionId: now.questions[0]!.id,
    });
    expect(now.questions.map((q) => [q.position, q.text])).toEqual([
      [0, guide[1]!.text],
      [1, 'Welke dashboards gebruikt u?'],
    ]);
  });

  it('codes findings from a note with two themes, derives the group, and counts them in the matrix', async () => {
    const { t, engagementId, wethouder, beheerder } = await engagementWithPeople();
    const themes = await t.must('theme:list', { engagementId });
    const [a, b] = [themes[0]!, themes[1]!];
    const iv = await t.must('interview:create', {
      engagementId,
      fields: { title: 'Wethouder', participantIds: [wethouder] },
    });
    const iv2 = await t.must('interview:create', {
      engagementId,
      fields: { title: 'Beheer', participantIds: [beheerder] },
    });
    const f1 = await t.must('finding:create', {
      engagementId,
      source: { type: 'interview', interviewId: iv.id, questionId: iv.questions[0]!.id },
      fields: {
        statement: 'Data helpt bij woningbouw',
        quote: 'woningbouw',
        kind: 'ambitie',
        themeIds: [a.id, b.id],
        importance: 3,
      },
    });
    expect(f1.group).toBe('wethouder');
    expect(f1.source.pseudonyms).toEqual(['R01']);
    expect(f1.source.questionNumber).toBe(1);
    expect(new Set(f1.themeIds)).toEqual(new Set([a.id, b.id]));
    await t.must('finding:create', {
      engagementId,
      source: { type: 'interview', interviewId: iv2.id, questionId: null },
      fields: { statement: 'Datakwaliteit wisselt', kind: 'uitdaging', themeIds: [a.id] },
    });
    await t.must('finding:create', {
      engagementId,
      source: { type: 'direct' },
      fields: {
        statement: 'Inwoners willen transparantie',
        kind: 'must-have',
        group: 'inwoner',
        themeIds: [b.id],
      },
    });
    const matrix = await t.must('finding:matrix', { engagementId });
    expect(matrix.totalFindings).toBe(3);
    expect(matrix.groups).toEqual(['wethouder', 'beheerder', 'inwoner']);
    expect(matrix.counts[a.id]).toEqual({ wethouder: 1, beheerder: 1 });
    expect(matrix.counts[b.id]).toEqual({ wethouder: 1, inwoner: 1 });
    const filtered = await t.must('finding:list', {
      engagementId,
      filter: { themeId: b.id, group: 'inwoner' },
    });
    expect(filtered.map((f) => f.statement)).toEqual(['Inwoners willen transparantie']);
    const byText = await t.must('finding:list', { engagementId, filter: { text: 'kwaliteit' } });
    expect(byText.map((f) => f.statement)).toEqual(['Datakwaliteit wisselt']);
  });

  it('re-themes in bulk and merges two themes', async () => {
    const { t, engagementId } = await engagementWithPeople();
    const [a, b, c] = await t.must('theme:list', { engagementId });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push(
        (
          await t.must('finding:create', {
            engagementId,
            source: { type: 'direct' },
            fields: { statement: `F${i}`, kind: 'risico', themeIds: [a!.id] },
          })
        ).id,
      );
    }
    const result = await t.must('finding:retheme', {
      engagementId,
      ids,
      addThemeIds: [b!.id],
      removeThemeIds: [a!.id],
    });
    expect(result.updated).toBe(3);
    for (const f of await t.must('finding:list', { engagementId }))
      expect(f.themeIds).toEqual([b!.id]);
    await t.must('finding:update', {
      engagementId,
      id: ids[0]!,
      fields: { themeIds: [b!.id, c!.id] },
    });
    await t.must('theme:merge', { engagementId, sourceId: c!.id, targetId: b!.id });
    const themesAfter = await t.must('theme:list', { engagementId });
    expect(themesAfter.map((x) => x.id)).not.toContain(c!.id);
    const merged = await t.must('finding:list', { engagementId, filter: { themeId: b!.id } });
    expect(merged).toHaveLength(3);
    const renamed = await t.must('theme:update', {
      engagementId,
      id: b!.id,
      fields: { name: 'Privacy & AVG', color: '#123456' },
    });
    expect([renamed.name, renamed.color]).toEqual(['Privacy & AVG', '#123456']);
  });

  it('searches notes, passages, findings and people, diacritics-insensitive, with highlights', async () => {
    const { t, engagementId, wethouder } = await engagementWithPeople();
    const iv = await t.must('interview:create', {
      engagementId,
      fields: { title: 'Wethouder Vermeer', participantIds: [wethouder] },
    });
    await t.must('interview:saveNotes', {
      engagementId,
      interviewId: iv.id,
      questionId: iv.questions[2]!.id,
      notes: {
        json: '{}',
        text: 'Zij benadrukt dat privé-gegevens van inwoners veilig moeten blijven.',
      },
    });
    await t.must('finding:create', {
      engagementId,
      source: { type: 'direct' },
      fields: { statement: 'Café-gesprekken over ethiek', kind: 'citaat' },
    });
    const hits = await t.must('search:query', { engagementId, query: 'prive' });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      kind: 'interview-notes',
      parentId: iv.id,
      questionId: iv.questions[2]!.id,
      parentTitle: 'Wethouder Vermeer',
    });
    expect(hits[0]!.snippet).toContain(`${HIGHLIGHT_START}privé${HIGHLIGHT_END}`);
    expect(
      (await t.must('search:query', { engagementId, query: 'cafe' })).map((h) => h.kind),
    ).toEqual(['finding']);
    expect(
      (await t.must('search:query', { engagementId, query: 'Verm' })).map((h) => h.kind).sort(),
    ).toEqual(['interview-notes', 'stakeholder']);
    // Hostile query syntax is just text.
    for (const q of ['"', 'NEAR(', 'a OR', '*', 'title:x', ')', '-privé', '^']) {
      const r = await t.core.call('search:query', { engagementId, query: q });
      expect(r.ok, q).toBe(true);
    }
    // The index follows edits and deletes.
    await t.must('interview:saveNotes', {
      engagementId,
      interviewId: iv.id,
      questionId: iv.questions[2]!.id,
      notes: { json: '{}', text: 'Niets meer.' },
    });
    expect(await t.must('search:query', { engagementId, query: 'prive' })).toEqual([]);
  });

  it('ranks own notes, findings and passages above guide questions, and shows a repeated question once', async () => {
    const { t, engagementId } = await engagementWithPeople();
    const guide = await t.must('interview:guide', { engagementId });
    // A word of the guide's first question that the other questions do not use.
    const words = (q: string): string[] => q.toLowerCase().match(/\p{L}{6,}/gu) ?? [];
    const word = words(guide[0]!.text).find((w) =>
      guide.slice(1).every((q) => !words(q.text).includes(w)),
    );
    if (!word) throw new Error(`no distinctive word in "${guide[0]!.text}"`);
    const interviews: OutputOf<'interview:create'>[] = [];
    for (const title of ['Eerste', 'Tweede', 'Derde'])
      interviews.push(await t.must('interview:create', { engagementId, fields: { title } }));
    const finding = await t.must('finding:create', {
      engagementId,
      source: { type: 'direct' },
      fields: { statement: `Over ${word} zijn de meningen verdeeld`, kind: 'uitdaging' },
    });
    // Notes under the same question that use the word are the user's own text too.
    await t.must('interview:saveNotes', {
      engagementId,
      interviewId: interviews[1]!.id,
      questionId: interviews[1]!.questions[0]!.id,
      notes: { json: '{}', text: `Zij noemt ${word} als eerste punt.` },
    });
    const hits = await t.must('search:query', { engagementId, query: word });
    const guideOnly = hits.filter(
      (h) =>
        h.kind === 'interview-notes' && h.questionId !== null && h.parentId !== interviews[1]!.id,
    );
    expect(hits.map((h) => h.kind)).toEqual(['finding', 'interview-notes', 'interview-notes']);
    expect(hits[0]!.id).toBe(finding.id);
    expect(hits[1]).toMatchObject({ parentId: interviews[1]!.id });
    // The question itself, asked in all three interviews, is listed once and last.
    expect(guideOnly).toHaveLength(1);
    expect(hits[2]).toBe(guideOnly[0]);
    expect(hits[2]!.title).toBe(guide[0]!.text);
  });

  it('gives snippets for a 1 MB note and never lets stored control marks fake a highlight', async () => {
    const { t, engagementId } = await engagementWithPeople();
    const iv = await t.must('interview:create', { engagementId, fields: { title: 'Lang' } });
    const long = `${'Over de woningbouw en data. '.repeat(38_000)}Slot: ethiek.`;
    await t.must('interview:saveNotes', {
      engagementId,
      interviewId: iv.id,
      questionId: iv.questions[0]!.id,
      notes: { json: '{}', text: long },
    });
    const fake = `Tekst met ${HIGHLIGHT_START}nep${HIGHLIGHT_END} markering over governance.`;
    await t.must('interview:saveNotes', {
      engagementId,
      interviewId: iv.id,
      questionId: iv.questions[1]!.id,
      notes: { json: '{}', text: fake },
    });
    const hits = await t.must('search:query', { engagementId, query: 'woningbouw' });
    expect(hits).toHaveLength(1);
    expect(hits[0]!.snippet).toContain(`${HIGHLIGHT_START}woningbouw${HIGHLIGHT_END}`);
    expect(hits[0]!.snippet.length).toBeLessThan(400);
    const governance = await t.must('search:query', { engagementId, query: 'governance' });
    expect(governance[0]!.snippet).toContain(`${HIGHLIGHT_START}governance${HIGHLIGHT_END}`);
    expect(governance[0]!.snippet).not.toContain(`${HIGHLIGHT_START}nep`);
    expect(governance[0]!.snippet).toContain('nep');
  });

  it('refuses findings with sources or themes that do not exist', async () => {
    const { t, engagementId } = await engagementWithPeople();
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const source of [
      { type: 'interview', interviewId: missing, questionId: null },
      { type: 'passage', passageId: missing },
    ]) {
      const r = await t.core.call('finding:create', {
        engagementId,
        source,
        fields: { statement: 'x', kind: 'risico' },
      });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('NOT_FOUND');
    }
    const r = await t.core.call('finding:create', {
      engagementId,
      source: { type: 'direct' },
      fields: { statement: 'x', kind: 'risico', themeIds: [missing] },
    });
    expect(r.ok).toBe(false);
    expect(await t.must('finding:list', { engagementId })).toEqual([]);
  });

  it('stages a file picked in a dialog without copying it', async () => {
    const { t, engagementId } = await engagementWithPeople();
    const dir = tempDir();
    const file = path.join(dir, 'Visie op dienstverlening.docx');
    fs.writeFileSync(file, 'PK fake docx');
    const staged = await t.core.stagePath(file);
    if (!staged.ok) throw new Error(staged.error.message);
    const doc = await t.must('document:add', {
      engagementId,
      uploadId: staged.value.uploadId,
      fields: {},
    });
    expect(doc.title).toBe('Visie op dienstverlening');
    // The user's own file is never removed.
    expect(fs.readFileSync(file, 'utf8')).toBe('PK fake docx');
  });
});

describe('the demo engagement, step 1', () => {
  it('has documents with passages, interviews with notes and coded findings', async () => {
    t = await startTempCore();
    const demo = await t.must('demo:create', {});
    const engagementId = demo.engagementId;
    const documents = await t.must('document:list', { engagementId });
    expect(documents.length).toBeGreaterThanOrEqual(4);
    expect(documents.every((d) => d.mimeType === 'application/pdf' && d.sizeBytes > 500)).toBe(
      true,
    );
    expect(documents.reduce((n, d) => n + d.passageCount, 0)).toBeGreaterThanOrEqual(8);
    const interviews = await t.must('interview:list', { engagementId });
    expect(interviews.length).toBeGreaterThanOrEqual(8);
    expect(new Set(interviews.map((i) => i.status)).size).toBe(5);
    const accepted = interviews.find((i) => i.status === 'geaccordeerd')!;
    expect(Object.keys(accepted.statusDates)).toHaveLength(5);
    // Dates like a real engagement's: held on the day of the interview, not the day of the demo.
    const today = new Date().toISOString().slice(0, 10);
    const held = accepted.scheduledAt!.slice(0, 10);
    expect(accepted.statusDates.afgenomen).toBe(`${held < today ? held : today}T12:00:00.000Z`);
    expect(accepted.statusDates.gepland! < accepted.statusDates.geaccordeerd!).toBe(held < today);
    const full = await t.must('interview:get', { engagementId, id: accepted.id });
    expect(full.questions.filter((q) => q.notes.text.length > 100).length).toBeGreaterThanOrEqual(
      3,
    );
    const findings = await t.must('finding:list', { engagementId });
    expect(findings.length).toBeGreaterThanOrEqual(60);
    // Every quote from an interview occurs in that interview's notes.
    for (const f of findings
      .filter((x) => x.source.type === 'interview' && x.quote !== '')
      .slice(0, 20)) {
      const iv = await t.must('interview:get', { engagementId, id: f.source.interviewId! });
      const text = f.source.questionId
        ? iv.questions.find((q) => q.id === f.source.questionId)!.notes.text
        : iv.freeNotes.text;
      expect(text).toContain(f.quote);
    }
    const matrix = await t.must('finding:matrix', { engagementId });
    expect(matrix.groups.length).toBeGreaterThanOrEqual(6);
    expect(
      (await t.must('search:query', { engagementId, query: 'woningbouw' })).length,
    ).toBeGreaterThan(0);
  });
});

describe('interview status dates', () => {
  it('corrects the date a reached status was reached; the file and the interview log read it back', async () => {
    const { t, engagementId } = await engagementWithPeople();
    const interview = await t.must('interview:create', {
      engagementId,
      fields: { title: 'Gesprek met de wethouder' },
    });
    await t.must('interview:setStatus', { engagementId, id: interview.id, status: 'uitgewerkt' });
    const clicked = (await t.must('interview:get', { engagementId, id: interview.id })).statusDates
      .uitgewerkt;
    const corrected = await t.must('interview:setStatusDates', {
      engagementId,
      id: interview.id,
      dates: { gepland: '2026-04-01', afgenomen: '2026-04-28' },
    });
    expect(corrected.statusDates.afgenomen).toBe('2026-04-28T12:00:00.000Z');

    // Refused: a status not reached, a date that does not exist, a date that is no date.
    for (const dates of [
      { geaccordeerd: '2026-05-01' },
      { afgenomen: '2026-02-30' },
      { afgenomen: '28-04-2026' },
      { afgenomen: '2026-04-28T10:00' },
    ]) {
      const refused = await t.core.call('interview:setStatusDates', {
        engagementId,
        id: interview.id,
        dates,
      } as never);
      expect(refused.ok, JSON.stringify(dates)).toBe(false);
      if (!refused.ok) expect(refused.error.code).toBe('INVALID_INPUT');
    }

    await t.must('engagement:close', { engagementId });
    const reopened = await t.must('engagement:openRecent', {
      recentId: (await t.must('recent:list', {}))[0]!.id,
    });
    const back = await t.must('interview:get', {
      engagementId: reopened.engagementId,
      id: interview.id,
    });
    expect(back.status).toBe('uitgewerkt');
    expect(back.statusDates).toEqual({
      gepland: '2026-04-01T12:00:00.000Z',
      afgenomen: '2026-04-28T12:00:00.000Z',
      uitgewerkt: clicked,
    });

    // The interview log shows the corrected days.
    const { bytes } = await exportThroughCore(t, reopened.engagementId, 'interview-log');
    const sheet = (await loadWorkbook(bytes)).worksheets[0]!;
    const row = sheetRows(sheet).find((r) => r[1]?.value === 'Gesprek met de wethouder');
    const day = (cell: number) => (row?.[cell]?.value as Date).toISOString().slice(0, 10);
    expect(day(8)).toBe('2026-04-01');
    expect(day(9)).toBe('2026-04-28');
    expect(row?.[11]?.value ?? null).toBeNull();
  });
});
