import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { startTempCore, type TempCore } from '../helpers/temp-core.js';

// Issue 3, point 6: a deleted stakeholder, interview, document or finding leaves none of its
// text in the bytes of the closed engagement file (secure_delete, FTS5 secure-delete, WAL
// checkpoint). Every test also keeps a second record with its own canary and asserts that one
// IS found: the search of the bytes can fail.

let t: TempCore | undefined;
afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

/** One search-index token (letters and digits only), so the index holds it whole, lowercased. */
const canary = () => `KANARIE${randomBytes(16).toString('hex')}`;

/**
 * The forms a canary can take in the file: as written (UTF-8 and UTF-16), and its random tail,
 * which FTS5 stores literally even where it shares a prefix with a neighbouring term.
 */
function tracesOf(bytes: Buffer, value: string): string[] {
  const tail = value.slice(-16);
  const forms: [string, Buffer][] = [
    ['utf8', Buffer.from(value, 'utf8')],
    ['utf8-lower', Buffer.from(value.toLowerCase(), 'utf8')],
    ['utf16le', Buffer.from(value, 'utf16le')],
    ['utf16be', Buffer.from(value, 'utf16le').swap16()],
    ['tail', Buffer.from(tail, 'utf8')],
    ['tail-utf16le', Buffer.from(tail, 'utf16le')],
  ];
  return forms.filter(([, needle]) => bytes.includes(needle)).map(([name]) => name);
}

async function newEngagement(): Promise<{ engagementId: string; file: string }> {
  t = await startTempCore();
  const opened = await t.must('engagement:create', {
    fields: { clientName: 'Gemeente Dijkhaven', title: 'Visie datagedreven werken' },
    fileName: 'kanarie.koers',
  });
  return { engagementId: opened.engagementId, file: `${t.workspaceDir}/kanarie.koers` };
}

async function found(engagementId: string, value: string): Promise<number> {
  return (await t!.must('search:query', { engagementId, query: value })).length;
}

/** Closes the engagement and returns the file's bytes; a closed file has no side files. */
async function closedBytes(engagementId: string, file: string): Promise<Buffer> {
  await t!.must('engagement:close', { engagementId });
  for (const side of ['-wal', '-shm', '-journal'])
    expect(fs.existsSync(file + side), side).toBe(false);
  return fs.readFileSync(file);
}

function expectGone(bytes: Buffer, deleted: string, kept: string): void {
  expect(tracesOf(bytes, deleted), `verwijderde kanarie ${deleted}`).toEqual([]);
  expect(tracesOf(bytes, kept), `bewaarde kanarie ${kept}`).toContain('utf8');
}

async function addDocument(engagementId: string, bytes: Buffer, text: string) {
  const staged = await t!.core.stageUpload(Readable.from([bytes]), 'beleidsnota.pdf');
  if (!staged.ok) throw new Error(staged.error.message);
  return t!.must('document:add', {
    engagementId,
    uploadId: staged.value.uploadId,
    fields: {
      title: `Nota ${text}`,
      type: 'beleidsnota',
      author: `Afdeling ${text}`,
      summary: `Samenvatting: ${text}.`,
    },
  });
}

/** Random bytes with the canary every 40 kB, so some copies sit whole inside a page. */
function fileBytesWith(value: string, size = 2_500_000): Buffer {
  const bytes = randomBytes(size);
  for (let at = 1000; at + value.length < size; at += 40_000) bytes.write(value, at, 'latin1');
  return bytes;
}

describe('deleted text leaves the engagement file', () => {
  it('a stakeholder', async () => {
    const { engagementId, file } = await newEngagement();
    const [gone, kept] = [canary(), canary()];
    const ids: string[] = [];
    for (const value of [gone, kept]) {
      const s = await t!.must('stakeholder:create', {
        engagementId,
        fields: {
          name: `Anna ${value}`,
          group: 'beleidsmedewerker',
          jobTitle: `Adviseur ${value}`,
          department: `Afdeling ${value}`,
          consentNote: `Akkoord ${value}`,
        },
      });
      ids.push(s.id);
    }
    expect(await found(engagementId, gone)).toBe(1);
    await t!.must('stakeholder:delete', { engagementId, id: ids[0] });
    expect(await found(engagementId, gone)).toBe(0);
    expectGone(await closedBytes(engagementId, file), gone, kept);
  });

  it('an interview with its notes and the findings coded from them', async () => {
    const { engagementId, file } = await newEngagement();
    const person = await t!.must('stakeholder:create', {
      engagementId,
      fields: { name: 'Kees Brouwer', group: 'beheerder' },
    });
    const [gone, kept] = [canary(), canary()];
    const ids: string[] = [];
    for (const value of [gone, kept]) {
      const iv = await t!.must('interview:create', {
        engagementId,
        fields: {
          title: `Interview ${value}`,
          location: `Kamer ${value}`,
          participantIds: [person.id],
        },
      });
      const question = iv.questions[0]!;
      for (const round of [1, 2]) {
        // Saved twice like autosave does: the earlier version must not linger either.
        await t!.must('interview:saveNotes', {
          engagementId,
          interviewId: iv.id,
          questionId: question.id,
          notes: {
            json: JSON.stringify({ type: 'doc', text: `${round} ${value}` }),
            text: `Versie ${round}: de data ${value} klopt niet.`,
          },
        });
      }
      await t!.must('interview:saveNotes', {
        engagementId,
        interviewId: iv.id,
        questionId: null,
        notes: { json: `{"vrij":"${value}"}`, text: `Vrije notitie ${value}` },
      });
      await t!.must('finding:create', {
        engagementId,
        source: { type: 'interview', interviewId: iv.id, questionId: question.id },
        fields: { statement: `Bevinding ${value}`, quote: `de data ${value}`, kind: 'citaat' },
      });
      ids.push(iv.id);
    }
    expect(await found(engagementId, gone)).toBeGreaterThanOrEqual(3);
    await t!.must('interview:delete', { engagementId, id: ids[0] });
    expect(await found(engagementId, gone)).toBe(0);
    expect(await t!.must('finding:list', { engagementId })).toHaveLength(1);
    expectGone(await closedBytes(engagementId, file), gone, kept);
  });

  it('a document: its fields, its stored file, its passages and their findings', async () => {
    const { engagementId, file } = await newEngagement();
    const [gone, kept] = [canary(), canary()];
    const ids: string[] = [];
    for (const value of [gone, kept]) {
      const doc = await addDocument(engagementId, fileBytesWith(value), value);
      const passage = await t!.must('passage:create', {
        engagementId,
        documentId: doc.id,
        fields: { text: `Wij gaan ${value} datagedreven werken`, page: 3, note: `Let op ${value}` },
      });
      await t!.must('finding:create', {
        engagementId,
        source: { type: 'passage', passageId: passage.id },
        fields: { statement: `Ambitie ${value}`, quote: `gaan ${value}`, kind: 'ambitie' },
      });
      ids.push(doc.id);
    }
    expect(await found(engagementId, gone)).toBeGreaterThanOrEqual(3);
    await t!.must('document:delete', { engagementId, id: ids[0] });
    expect(await found(engagementId, gone)).toBe(0);
    expectGone(await closedBytes(engagementId, file), gone, kept);
  });

  it('a passage on its own, the document staying', async () => {
    const { engagementId, file } = await newEngagement();
    const doc = await addDocument(
      engagementId,
      Buffer.from('Coalitieakkoord 2026-2030'),
      'akkoord',
    );
    const [gone, kept] = [canary(), canary()];
    const ids: string[] = [];
    for (const value of [gone, kept]) {
      const p = await t!.must('passage:create', {
        engagementId,
        documentId: doc.id,
        fields: { text: `Fragment ${value}`, note: value },
      });
      ids.push(p.id);
    }
    await t!.must('passage:delete', { engagementId, id: ids[0] });
    expectGone(await closedBytes(engagementId, file), gone, kept);
  });

  it('a finding', async () => {
    const { engagementId, file } = await newEngagement();
    const themes = await t!.must('theme:list', { engagementId });
    const [gone, kept] = [canary(), canary()];
    const ids: string[] = [];
    for (const value of [gone, kept]) {
      const f = await t!.must('finding:create', {
        engagementId,
        source: { type: 'direct' },
        fields: {
          statement: `Uitdaging ${value}`,
          quote: `"${value}"`,
          kind: 'uitdaging',
          themeIds: [themes[0]!.id],
          group: 'inwoner',
        },
      });
      ids.push(f.id);
    }
    expect(await found(engagementId, gone)).toBe(1);
    await t!.must('finding:delete', { engagementId, id: ids[0] });
    expectGone(await closedBytes(engagementId, file), gone, kept);
  });

  it('the text a note had before it was overwritten', async () => {
    const { engagementId, file } = await newEngagement();
    const iv = await t!.must('interview:create', {
      engagementId,
      fields: { title: 'Programmateam' },
    });
    const [gone, kept] = [canary(), canary()];
    const save = (text: string) =>
      t!.must('interview:saveNotes', {
        engagementId,
        interviewId: iv.id,
        questionId: iv.questions[1]!.id,
        notes: { json: '{}', text },
      });
    await save(`Eerste versie met ${gone} erin.`);
    await save(`Nieuwe versie met ${kept} erin.`);
    expect(await found(engagementId, gone)).toBe(0);
    expectGone(await closedBytes(engagementId, file), gone, kept);
  });
});
