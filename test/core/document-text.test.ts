import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../src/shared/domain/search.js';
import { startTempCore, tempDir, type TempCore } from '../helpers/temp-core.js';

// Documents are read on import: the text of PDF, Word and text files is stored per page,
// searchable with its page, and travels with the interchange file. Real files, made here.

const started: TempCore[] = [];
afterEach(async () => {
  for (const t of started.splice(0)) await t.dispose();
});

async function engagement(): Promise<{ t: TempCore; engagementId: string }> {
  const t = await startTempCore();
  started.push(t);
  const { engagementId } = await t.must('engagement:create', {
    fields: { clientName: 'Gemeente Dijkhaven', title: 'Visie datagedreven werken' },
  });
  return { t, engagementId };
}

/** A PDF with the given lines on each page, in a standard font (so pdfjs can read it back). */
async function pdfWith(pages: string[][]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    lines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 20, size: 12, font }));
  }
  return Buffer.from(await doc.save());
}

/** A PDF as a scanner makes it: shapes (here: rectangles), no text. */
async function pdfWithoutText(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < 2; i++) {
    const page = doc.addPage([595, 842]);
    page.drawRectangle({ x: 40, y: 40, width: 500, height: 700, color: rgb(0.9, 0.9, 0.85) });
  }
  return Buffer.from(await doc.save());
}

async function add(
  t: TempCore,
  engagementId: string,
  fileName: string,
  bytes: Buffer,
  fields: Record<string, unknown> = {},
) {
  const staged = await t.core.stageUpload(Readable.from([bytes]), fileName);
  if (!staged.ok) throw new Error(staged.error.message);
  return t.must('document:add', { engagementId, uploadId: staged.value.uploadId, fields });
}

const PAGE_1 = ['Coalitieakkoord 2022-2026', 'Samen bouwen aan Dijkhaven'];
const PAGE_2 = [
  'Hoofdstuk 2: Dienstverlening',
  'Wij investeren in een gemeentelijke datawerkplaats.',
];

describe('document text', () => {
  it('reads a PDF page by page, finds a phrase with its page, and suggests the kind', async () => {
    const { t, engagementId } = await engagement();
    const doc = await add(t, engagementId, 'scan-0042.pdf', await pdfWith([PAGE_1, PAGE_2]));
    expect(doc.textStatus).toBe('extracted');
    expect(doc.pageCount).toBe(2);
    // No kind given: the first page says what it is.
    expect(doc.type).toBe('coalitieakkoord');
    // Stored all the same: the original is intact.
    expect(doc.sizeBytes).toBeGreaterThan(500);

    const { pages, textStatus, pageCount } = await t.must('document:pages', {
      engagementId,
      documentId: doc.id,
    });
    expect(textStatus).toBe('extracted');
    expect(pageCount).toBe(2);
    expect(pages.map((p) => p.page)).toEqual([1, 2]);
    expect(pages[0]!.text).toBe(PAGE_1.join('\n'));
    expect(pages[1]!.text).toBe(PAGE_2.join('\n'));

    const hits = await t.must('search:query', {
      engagementId,
      query: 'gemeentelijke datawerkplaats',
    });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kind: 'document', id: doc.id, page: 2, title: 'scan-0042' });
    expect(hits[0]!.snippet).toContain(`${HIGHLIGHT_START}datawerkplaats${HIGHLIGHT_END}`);
    // A word on page 1 points at page 1.
    const first = await t.must('search:query', { engagementId, query: 'bouwen' });
    expect(first.map((h) => [h.id, h.page])).toEqual([[doc.id, 1]]);
  });

  it('gives one hit per document, at its best page, next to a match in its title', async () => {
    const { t, engagementId } = await engagement();
    const doc = await add(
      t,
      engagementId,
      'Woningbouw.pdf',
      await pdfWith([['Woningbouw in de wijk'], ['Meer woningbouw'], ['Nog meer woningbouw']]),
      { type: 'beleidsnota' },
    );
    expect(doc.type).toBe('beleidsnota');
    const hits = await t.must('search:query', { engagementId, query: 'woningbouw' });
    expect(hits.filter((h) => h.id === doc.id)).toHaveLength(1);
    expect(hits[0]!.page).toBeGreaterThanOrEqual(1);
  });

  it('reads a Word file and a text file as one page each', async () => {
    const { t, engagementId } = await engagement();
    const word = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('Visie op dienstverlening')] }),
            new Paragraph({
              children: [new TextRun({ text: 'Inwoners regelen zaken digitaal.', bold: true })],
            }),
          ],
        },
      ],
    });
    const docx = await add(t, engagementId, 'bijlage-3.docx', await Packer.toBuffer(word));
    expect(docx.textStatus).toBe('extracted');
    expect(docx.pageCount).toBe(1);
    expect(docx.type).toBe('visie-dienstverlening');
    const docxPages = await t.must('document:pages', { engagementId, documentId: docx.id });
    expect(docxPages.pages).toEqual([
      { page: 1, text: 'Visie op dienstverlening\n\nInwoners regelen zaken digitaal.' },
    ]);

    const txt = await add(
      t,
      engagementId,
      'notities.md',
      Buffer.from('\uFEFF# Notities\r\n\r\nDe privacyfunctionaris wil een DPIA.\r\n', 'utf8'),
    );
    expect(txt).toMatchObject({ textStatus: 'extracted', pageCount: 1, type: 'anders' });
    const txtPages = await t.must('document:pages', { engagementId, documentId: txt.id });
    expect(txtPages.pages).toEqual([
      { page: 1, text: '# Notities\n\nDe privacyfunctionaris wil een DPIA.' },
    ]);
    const hits = await t.must('search:query', { engagementId, query: 'privacyfunctionaris' });
    expect(hits.map((h) => [h.kind, h.id, h.page])).toEqual([['document', txt.id, 1]]);

    // An old Windows text file is not UTF-8: read as Windows-1252, not as replacement marks.
    const ansi = await add(t, engagementId, 'oud.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    const ansiPages = await t.must('document:pages', { engagementId, documentId: ansi.id });
    expect(ansiPages.pages).toEqual([{ page: 1, text: 'café' }]);
  });

  it('says plainly that a scanned PDF has no text, and keeps a damaged one', async () => {
    const { t, engagementId } = await engagement();
    const scan = await add(t, engagementId, 'Jaarverslag 2024 (scan).pdf', await pdfWithoutText());
    expect(scan).toMatchObject({ textStatus: 'none', pageCount: 2, type: 'jaarverslag' });
    const scanPages = await t.must('document:pages', { engagementId, documentId: scan.id });
    expect(scanPages).toEqual({ textStatus: 'none', pageCount: 2, pages: [] });

    const whole = await pdfWith([PAGE_1, PAGE_2]);
    const damaged = whole.subarray(0, Math.floor(whole.length * 0.6));
    const broken = await add(t, engagementId, 'kapot.pdf', damaged);
    expect(broken).toMatchObject({ textStatus: 'failed', pageCount: null });
    expect(broken.sizeBytes).toBe(damaged.length);
    const listed = await t.must('document:list', { engagementId });
    expect(listed.map((d) => d.id).sort()).toEqual([scan.id, broken.id].sort());
    expect(await t.must('document:pages', { engagementId, documentId: broken.id })).toEqual({
      textStatus: 'failed',
      pageCount: null,
      pages: [],
    });

    // Not a PDF at all, whatever its name says; and a picture, which holds no text.
    const garbage = await add(
      t,
      engagementId,
      'bijlage.pdf',
      Buffer.from('%PDF-1.7\n\u0000\u0001garbage'),
    );
    expect(garbage.textStatus).toBe('failed');
    const picture = await add(t, engagementId, 'logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect(picture).toMatchObject({ textStatus: 'none', pageCount: null });

    // Re-reading a damaged file changes nothing and does not fail the call.
    const again = await t.must('document:extractText', { engagementId, id: broken.id });
    expect(again.textStatus).toBe('failed');
  });

  it('removes the pages and their index entries with the document', async () => {
    const { t, engagementId } = await engagement();
    const doc = await add(t, engagementId, 'nota.pdf', await pdfWith([PAGE_1, PAGE_2]));
    expect(await t.must('search:query', { engagementId, query: 'datawerkplaats' })).toHaveLength(1);
    await t.must('document:delete', { engagementId, id: doc.id });
    expect(await t.must('search:query', { engagementId, query: 'datawerkplaats' })).toEqual([]);
    const gone = await t.core.call('document:pages', { engagementId, documentId: doc.id });
    expect(gone.ok ? null : gone.error.code).toBe('NOT_FOUND');
  });

  it('keeps the pages through JSON export and import, with and without attachments', async () => {
    const { t, engagementId } = await engagement();
    const doc = await add(t, engagementId, 'coalitieakkoord.pdf', await pdfWith([PAGE_1, PAGE_2]));
    const scan = await add(t, engagementId, 'scan.pdf', await pdfWithoutText());
    for (const withAttachments of [false, true]) {
      const json = await t.core.exportInterchange(engagementId, { withAttachments });
      if (!json.ok) throw new Error(json.error.message);
      const dir = tempDir('koers-doctext-');
      const jsonPath = path.join(dir, 'traject.json');
      fs.writeFileSync(jsonPath, json.value);
      const other = await startTempCore();
      started.push(other);
      const imported = await other.core.importInterchange(jsonPath, path.join(dir, 'Kopie.koers'));
      if (!imported.ok) throw new Error(imported.error.message);
      const id = imported.value.engagementId;
      const pages = await other.must('document:pages', { engagementId: id, documentId: doc.id });
      expect(pages).toEqual({
        textStatus: 'extracted',
        pageCount: 2,
        pages: [
          { page: 1, text: PAGE_1.join('\n') },
          { page: 2, text: PAGE_2.join('\n') },
        ],
      });
      const copiedScan = await other.must('document:get', { engagementId: id, id: scan.id });
      expect(copiedScan).toMatchObject({ textStatus: 'none', pageCount: 2 });
      const hits = await other.must('search:query', { engagementId: id, query: 'datawerkplaats' });
      expect(hits.map((h) => [h.id, h.page])).toEqual([[doc.id, 2]]);
    }
  });

  it('reads a document stored before Koers read documents when asked', async () => {
    const { t, engagementId } = await engagement();
    const doc = await add(t, engagementId, 'nota.pdf', await pdfWith([PAGE_1, PAGE_2]));
    // As migration 0003 leaves a document of an older file: not read yet, no pages.
    const json = await t.core.exportInterchange(engagementId, { withAttachments: true });
    if (!json.ok) throw new Error(json.error.message);
    const older = JSON.parse(json.value) as Record<string, unknown>;
    delete older['documentText'];
    const dir = tempDir('koers-doctext-');
    fs.writeFileSync(path.join(dir, 'oud.json'), JSON.stringify(older));
    const other = await startTempCore();
    started.push(other);
    const imported = await other.core.importInterchange(
      path.join(dir, 'oud.json'),
      path.join(dir, 'Oud.koers'),
    );
    if (!imported.ok) throw new Error(imported.error.message);
    const id = imported.value.engagementId;
    expect(await other.must('document:pages', { engagementId: id, documentId: doc.id })).toEqual({
      textStatus: 'pending',
      pageCount: null,
      pages: [],
    });
    expect(await other.must('search:query', { engagementId: id, query: 'datawerkplaats' })).toEqual(
      [],
    );
    const read = await other.must('document:extractText', { engagementId: id, id: doc.id });
    // Read again, the kind the document has is kept.
    expect(doc.type).toBe('coalitieakkoord');
    expect(read).toMatchObject({ textStatus: 'extracted', pageCount: 2, type: 'coalitieakkoord' });
    const hits = await other.must('search:query', { engagementId: id, query: 'datawerkplaats' });
    expect(hits.map((h) => [h.id, h.page])).toEqual([[doc.id, 2]]);
  });
});
