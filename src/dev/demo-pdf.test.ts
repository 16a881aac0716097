import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDemoPdf, toWinAnsi } from './demo-pdf.js';

const PDFTOTEXT = '/usr/bin/pdftotext';
const hasPdftotext = existsSync(PDFTOTEXT);
if (!hasPdftotext) {
  console.log(`${PDFTOTEXT} ontbreekt: de tekst in de demo-PDF's wordt niet teruggelezen.`);
}

const tempDir = mkdtempSync(join(tmpdir(), 'koers-demo-pdf-'));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Text of one page as pdftotext reads it, whitespace collapsed (lines wrap anywhere). */
function pageText(bytes: Uint8Array, page: number): string {
  const file = join(tempDir, `p${page}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  const out = execFileSync(PDFTOTEXT, [
    '-enc',
    'UTF-8',
    '-f',
    String(page),
    '-l',
    String(page),
    file,
    '-',
  ]);
  return squash(out.toString('utf8'));
}

const longParagraph =
  'De gemeente wil de komende jaren meer sturen op informatie over de leefbaarheid in de wijken. ' +
  'Daarvoor is het nodig dat gegevens uit het sociaal en het fysiek domein bij elkaar komen, ' +
  'met oog voor privacy, doelbinding en de menselijke maat in ieder besluit dat de gemeente neemt.';
const pages = [
  ['Inleiding van het document.', longParagraph],
  [
    'Op de tweede pagina staat dat de coördinatie bij het programmateam ligt, in één hand.',
    'Geïnterviewden noemden privé-gegevens – en de zorg daarover – als “randvoorwaarde”.',
  ],
  ['Slot: Mehmet Yıldız beheert de koppelingen → zonder hem geen datawarehouse.'],
];

describe('makeDemoPdf', () => {
  it('writes an A4 PDF with one page per source page and the title in its metadata', async () => {
    const bytes = await makeDemoPdf('Startnotitie datavisie', pages);
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(3);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(doc.getTitle()).toBe('Startnotitie datavisie');
  });

  it('gives the same bytes for the same input', async () => {
    const a = await makeDemoPdf('Jaarverslag', pages);
    const b = await makeDemoPdf('Jaarverslag', pages);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it.runIf(hasPdftotext)(
    'keeps Dutch accents, wraps long lines and numbers the pages',
    async () => {
      const bytes = await makeDemoPdf('Startnotitie datavisie', pages);
      const first = pageText(bytes, 1);
      expect(first).toContain('Startnotitie datavisie');
      expect(first).toContain(squash(longParagraph));
      expect(first).toContain('Pagina 1 van 3');
      const second = pageText(bytes, 2);
      expect(second).toContain(pages[1]![0]);
      expect(second).toContain(pages[1]![1]);
      expect(second).toContain('Pagina 2 van 3');
      expect(second).not.toContain('Startnotitie');
      // ı and → are not in WinAnsi: they fall back instead of breaking the PDF.
      expect(pageText(bytes, 3)).toContain('Mehmet Yildiz beheert de koppelingen -> zonder hem');
    },
  );

  it('refuses a page that would spill over, since passages cite page numbers', async () => {
    const tooMuch = Array.from({ length: 80 }, () => longParagraph);
    await expect(makeDemoPdf('Te lang', [['kort'], tooMuch])).rejects.toThrow(/Pagina 2/);
  });
});

describe('toWinAnsi', () => {
  const latin = new Set([...'abcdefghijklmnopqrstuvwxyz éëïö-'].map((c) => c.codePointAt(0)!));

  it('keeps what the font encodes and falls back to base letters or a question mark', () => {
    expect(toWinAnsi('privé', latin)).toBe('privé');
    expect(toWinAnsi('yıldız', latin)).toBe('yildiz');
    expect(toWinAnsi('şahin', latin)).toBe('sahin');
    expect(toWinAnsi('ok 🙂', latin)).toBe('ok ?');
  });
});
