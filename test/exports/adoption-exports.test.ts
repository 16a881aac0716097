import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportOptions, ExportType } from '../../src/shared/domain/export.js';
import { exportTypes } from '../../src/main/export/registry.js';
import { makeRun } from '../../src/main/export/run-builder.js';
import type { EngagementSnapshot } from '../../src/main/export/snapshot.js';
import { tempDir } from '../helpers/temp-core.js';
import { headings, readDocx, type DocxContent } from './docx-read.js';
import { officeSkipNote, pdfText, printToPdf, skipOfficeChecks } from './office-tools.js';
import { decodePng } from './png-read.js';
import {
  allStrings,
  formulaCells,
  loadWorkbook,
  parseAllXmlParts,
  sheetRows,
} from './xlsx-read.js';
import { exportDescriptor } from '../../src/main/export/registry.js';
import {
  adoptionFixture,
  BORGING_TITLES,
  BORGING_TITLES_EN,
  DIRECTEUR,
  FEEDBACK,
  WETHOUDER,
} from './adoption-fixture.js';

// The exports of step 4 (issue 14): the vaststellingsdossier (Word) and the borging checklist
// (Excel), built from a hand-made snapshot. Everything is read back: the docx's text, tables and
// timeline picture, the workbook's cells, date formats and drop-down lists (with exceljs and with
// openpyxl), and LibreOffice must print the dossier to PDF with its headings.

const HOSTILE = `a\u0000b\u0008c\uFFFEd <script>alert(1)</script> =cmd|' /C calc'!A0 😀 שלום <w:p>&amp;</w:t> ]]> "q"`;
const HOSTILE_KEPT = `abcd <script>alert(1)</script> =cmd|' /C calc'!A0 😀 שלום <w:p>&amp;</w:t> ]]> "q"`;

async function build(
  type: ExportType,
  snapshot: EngagementSnapshot,
  options: Partial<ExportOptions> = {},
) {
  const builder = await exportDescriptor(type).load();
  const run = makeRun(
    { type, snapshot, options: { useNames: false, confidential: false, ...options } },
    () => {},
    new AbortController().signal,
  );
  const bytes = await builder.build(run);
  return { bytes, removed: run.text.removed, truncated: run.counters.truncatedCells };
}

const docText = (doc: DocxContent) =>
  [...doc.paragraphs.map((p) => p.text), ...doc.tables.flat(2)].join('\n');
const table = (doc: DocxContent, firstHeader: string) =>
  doc.tables.find((t) => t[0]?.[0] === firstHeader);

let dir: string;
let docBytes: Uint8Array;
let doc: DocxContent;
let named: DocxContent;
let english: DocxContent;
let notAdopted: DocxContent;
let empty: DocxContent;
let hostile: DocxContent;
let hostileRemoved: number;
let xlsxBytes: Uint8Array;
let hostileXlsx: Uint8Array;
let hostileXlsxRemoved: number;

beforeAll(async () => {
  dir = tempDir('koers-adoption-');
  const fixture = adoptionFixture();
  docBytes = (await build('adoption-dossier', fixture, { version: '1.0' })).bytes;
  fs.writeFileSync(path.join(dir, 'vaststellingsdossier.docx'), docBytes);
  if (process.env.KOERS_KEEP)
    fs.writeFileSync(path.join(process.env.KOERS_KEEP, 'vaststellingsdossier.docx'), docBytes);
  doc = await readDocx(docBytes);
  named = await readDocx((await build('adoption-dossier', fixture, { useNames: true })).bytes);
  english = await readDocx((await build('adoption-dossier', fixture, { language: 'en' })).bytes);
  notAdopted = await readDocx(
    (await build('adoption-dossier', adoptionFixture({ notAdopted: true }))).bytes,
  );
  empty = await readDocx((await build('adoption-dossier', adoptionFixture({ empty: true }))).bytes);
  const h = await build('adoption-dossier', adoptionFixture({ hostile: HOSTILE }), {
    confidential: true,
  });
  hostile = await readDocx(h.bytes);
  hostileRemoved = h.removed;
  xlsxBytes = (await build('borging-checklist', fixture)).bytes;
  fs.writeFileSync(path.join(dir, 'borging.xlsx'), xlsxBytes);
  if (process.env.KOERS_KEEP)
    fs.writeFileSync(path.join(process.env.KOERS_KEEP, 'borging.xlsx'), xlsxBytes);
  const hx = await build('borging-checklist', adoptionFixture({ hostile: HOSTILE }), {
    confidential: true,
  });
  hostileXlsx = hx.bytes;
  hostileXlsxRemoved = hx.removed;
}, 60_000);

describe('export types', () => {
  it('lists the dossier as Word and the checklist as Excel', () => {
    const infos = exportTypes();
    expect(infos.find((i) => i.type === 'adoption-dossier')?.format).toBe('docx');
    expect(infos.find((i) => i.type === 'borging-checklist')?.format).toBe('xlsx');
  });
});

describe('Vaststellingsdossier (Word)', () => {
  it('has the chapters, the cover with the adopted version and the summary', () => {
    expect(headings(doc, 1)).toEqual([
      'Samenvatting',
      'Procesverantwoording',
      'Presentaties en feedback',
      'Besluiten',
      'Borging',
    ]);
    const text = docText(doc);
    expect(text).toContain('Vaststellingsdossier');
    expect(text).toContain('Gemeente Dijkhaven');
    expect(text).toContain('Visie versie 0.3, bekrachtigd');
    expect(text).toContain('De visie is vastgesteld in versie 0.3.');
    expect(text).toContain('Vastgesteld door het MT op 26 maart 2027 (kenmerk MT-2027-014)');
    expect(text).toContain(
      'Bekrachtigd door de gemeenteraad op 22 april 2027 (kenmerk RB-2027-088)',
    );
    expect(text).toContain('2 presentaties, 3 besluiten en 10 gebeurtenissen');
    expect(text).toContain('1 van de 3 punten gereed');
    // The version option on the cover.
    expect(text).toContain('1.0');
  });

  it('says when the vision is not adopted yet, and stays whole with nothing in step 4', () => {
    const text = docText(notAdopted);
    expect(text).toContain('Visie nog niet vastgesteld');
    expect(text).toContain('De visie is nog niet vastgesteld');
    const none = docText(empty);
    expect(none).toContain('Er zijn nog geen presentaties vastgelegd.');
    expect(none).toContain('Er zijn nog geen besluiten vastgelegd.');
    expect(none).toContain('Er is nog geen borgingschecklist.');
    expect(none).toContain('Er zijn nog geen gebeurtenissen met een datum.');
    expect([...empty.parts.keys()].some((p) => p.startsWith('word/media/'))).toBe(false);
  });

  it('gives the timeline as a table in date order and as a PNG picture a page wide', async () => {
    const events = doc.tables.find((t) => t[0]?.[2] === 'Gebeurtenis')!;
    expect(events[0]).toEqual(['Datum', 'Stap', 'Gebeurtenis']);
    expect(events.slice(1).map((r) => r[0])).toEqual([
      '8 september 2026',
      '22 september 2026',
      '6 oktober 2026',
      '10 november 2026',
      '1 december 2026',
      '15 februari 2027',
      '12 maart 2027',
      '20 maart 2027',
      '26 maart 2027',
      '22 april 2027',
    ]);
    expect(events.at(-1)).toEqual(['22 april 2027', '4', 'Bekrachtigd door de gemeenteraad']);
    const zip = await JSZip.loadAsync(docBytes);
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const png = decodePng(await zip.file(media[0]!)!.async('uint8array'));
    // Drawn at twice the 600 px it is shown at, for print.
    expect(png.width).toBe(1200);
    expect(png.height).toBeGreaterThan(200);
    // The picture is placed at most the text width (600 px = 5,715,000 EMU) wide.
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(doc.documentXml);
    expect(Number(extent?.[1])).toBeLessThanOrEqual(5_715_000);
    expect(docText(doc)).toContain('Figuur 1. Tijdlijn van het traject');
  });

  it('lists each presentation with its feedback, the disposition, the reason and the next version', () => {
    const text = docText(doc);
    expect(headings(doc, 2)).toEqual(
      expect.arrayContaining(['MT-overleg 12 maart', 'College van B&W, 19 maart 2027']),
    );
    const feedback = table(doc, 'Feedback')!;
    expect(feedback.slice(1)).toEqual([
      [FEEDBACK.taken, DIRECTEUR.pseudonym, 'Verwerkt', '—'],
      [FEEDBACK.notTaken, 'afdeling Financiën', 'Niet verwerkt', FEEDBACK.reason],
      // A name typed as "from" is replaced by the pseudonym.
      [FEEDBACK.open, DIRECTEUR.pseudonym, 'Open', '—'],
    ]);
    expect(text).toContain('Verwerkt in versie 0.3.');
    expect(text).toContain('Bij deze presentatie is geen feedback vastgelegd.');
    expect(text).toContain('geen visieversie (iets anders gepresenteerd)');
    const mt = doc.tables.find((t) => t[0]?.[0] === 'Publiek' && t[0]?.[1] === 'MT')!;
    expect(mt.map((r) => r[0])).toEqual([
      'Publiek',
      'Datum',
      'Getoonde versie',
      'Aanwezigen',
      'Aantekeningen',
    ]);
    expect(mt[2]?.[1]).toBe('0.2');
    expect(mt[3]?.[1]).toBe(`Gemeentesecretaris, ${DIRECTEUR.pseudonym}, drie afdelingshoofden`);
  });

  it('has the decisions table with body, kind, subject, date, kenmerk, version and document', () => {
    const decisions = doc.tables.find((t) => t[0]?.[1] === 'Orgaan')!;
    expect(decisions).toEqual([
      ['Datum', 'Orgaan', 'Besluit', 'Onderwerp', 'Kenmerk', 'Document'],
      ['15-09-2026', 'Directie', 'Afgestemd', 'Aanpak', 'DIR-2026-031', '—'],
      ['26-03-2027', 'MT', 'Vastgesteld', 'Visie, versie 0.3', 'MT-2027-014', '—'],
      [
        '22-04-2027',
        'Raad',
        'Bekrachtigd',
        'Visie, versie 0.3',
        'RB-2027-088',
        'Raadsbesluit visie datagedreven werken',
      ],
    ]);
    expect(docText(doc)).toContain(
      'MT, 26 maart 2027: Vastgesteld met de aantekening dat de financiering in de begroting komt.',
    );
  });

  it('gives each borging item its owner, status, due date, notes and role holders, by pseudonym', () => {
    const overview = table(doc, 'Punt')!;
    expect(overview.slice(1)).toEqual([
      [BORGING_TITLES[0], DIRECTEUR.pseudonym, 'gereed', '1 april 2027'],
      [BORGING_TITLES[1], WETHOUDER.pseudonym, 'bezig', '30 juni 2027'],
      [BORGING_TITLES[2], 'Concerncontroller', 'open', '—'],
    ]);
    expect(headings(doc, 2)).toEqual(expect.arrayContaining(BORGING_TITLES));
    const ambassadors = doc.tables.filter((t) => t[0]?.[0] === 'Status')[1]!;
    expect(ambassadors[0]).toEqual(['Status', 'bezig']);
    expect(Object.fromEntries(ambassadors.map((r) => [r[0], r[1]]))).toEqual({
      Les: 'Het college als ambassadeur, één wethouder als boegbeeld.',
      Eigenaar: WETHOUDER.pseudonym,
      Status: 'bezig',
      Streefdatum: '30 juni 2027',
      Rol: 'Boegbeeld',
      Rolhouders: WETHOUDER.pseudonym,
      Notities: '—',
    });
    const text = docText(doc);
    expect(text).not.toContain(WETHOUDER.name);
    expect(text).not.toContain(DIRECTEUR.name);
    expect(text).toContain('onder een pseudoniem');
  });

  it('names people with names chosen, and says so', () => {
    const text = docText(named);
    expect(text).toContain(`${WETHOUDER.name} (${WETHOUDER.pseudonym})`);
    expect(text).toContain(`${DIRECTEUR.name} (${DIRECTEUR.pseudonym})`);
    expect(text).toContain('Let op: dit document bevat namen');
  });

  it('is in English when asked', () => {
    expect(headings(english, 1)).toEqual([
      'Summary',
      'Account of the process',
      'Presentations and feedback',
      'Decisions',
      'Borging',
    ]);
    const text = docText(english);
    expect(text).toContain('Adopted by the management team on 26 March 2027');
    expect(text).toContain('Not taken in');
    // The checklist and the timeline in the document's language, not the engagement's.
    expect(headings(english, 2)).toEqual(expect.arrayContaining(BORGING_TITLES_EN));
    expect(text).not.toContain(BORGING_TITLES[0]);
    expect(text).toContain('EN Bekrachtigd door de gemeenteraad');
  });

  it('keeps hostile text whole minus the characters XML forbids, in well-formed parts', () => {
    // readDocx parses every part strictly.
    const text = docText(hostile);
    expect(hostileRemoved).toBeGreaterThan(0);
    expect(text).toContain(`MT-overleg 12 maart ${HOSTILE_KEPT}`);
    expect(text).toContain(`${FEEDBACK.taken} ${HOSTILE_KEPT}`);
    expect(text).toContain(`${FEEDBACK.reason} ${HOSTILE_KEPT}`);
    expect(text).toContain(`MT-2027-014 ${HOSTILE_KEPT}`);
    expect(text).toContain(`Concerncontroller ${HOSTILE_KEPT}`);
    expect(text).toContain(`Presentatie aan het MT ${HOSTILE_KEPT}`);
    expect(text).toContain('VERTROUWELIJK');
    for (const forbidden of ['\uFFFE', '\u0000', '\u0008']) expect(text).not.toContain(forbidden);
  });
});

describe('Borgingschecklist (Excel)', () => {
  it('has one row per item with the columns, statuses as words and due dates as real dates', async () => {
    const workbook = await loadWorkbook(xlsxBytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Borging',
      'Besluiten',
      'Over dit bestand',
    ]);
    const ws = workbook.getWorksheet('Borging')!;
    const rows = sheetRows(ws).map((r) => r.map((c) => c.value));
    expect(rows[0]).toEqual([
      'Vastgestelde visie: versie 0.3.',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(rows[2]).toEqual([
      'Titel',
      'Omschrijving',
      'Les',
      'Rol',
      'Rolhouders',
      'Eigenaar',
      'Status',
      'Streefdatum',
      'Notities',
      'Id',
    ]);
    const body = rows.slice(3);
    expect(body.map((r) => r[0])).toEqual(BORGING_TITLES);
    expect(body.map((r) => r[6])).toEqual(['gereed', 'bezig', 'open']);
    expect(body.map((r) => r[5])).toEqual([
      DIRECTEUR.pseudonym,
      WETHOUDER.pseudonym,
      'Concerncontroller',
    ]);
    expect(body[1]?.slice(3, 5)).toEqual(['Boegbeeld', WETHOUDER.pseudonym]);
    expect(body[0]?.[7]).toEqual(new Date('2027-04-01T00:00:00Z'));
    expect(body[2]?.[7]).toBeNull();
    expect(ws.getCell('H4').numFmt).toBe('dd-mm-yyyy');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getColumn(2).width).toBe(50);
    expect(allStrings(workbook).join('\n')).not.toContain(WETHOUDER.name);
  });

  it('offers the four statuses as a drop-down list on the status column (openpyxl)', () => {
    const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Borging']
out = {
  'validations': [{'type': dv.type, 'formula': dv.formula1, 'ranges': str(dv.sqref)} for dv in ws.data_validations.dataValidation],
  'freeze': ws.freeze_panes,
  'filter': ws.auto_filter.ref,
  'status': [ws.cell(row=r, column=7).value for r in range(4, 7)],
  'due': [ws.cell(row=4, column=8).number_format, ws.cell(row=4, column=8).value.isoformat()],
  'decisions': [[c.value.isoformat() if hasattr(c.value, 'isoformat') else c.value for c in row] for row in wb['Besluiten'].iter_rows(min_row=2, max_col=6)],
}
print(json.dumps(out))
`;
    const out = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', script, path.join(dir, 'borging.xlsx')], {
        encoding: 'utf8',
      }),
    ) as {
      validations: { type: string; formula: string; ranges: string }[];
      freeze: string;
      filter: string;
      status: string[];
      due: [string, string];
      decisions: unknown[][];
    };
    expect(out.validations).toEqual([
      { type: 'list', formula: '"open,bezig,gereed,niet van toepassing"', ranges: 'G4:G206' },
    ]);
    expect(out.freeze).toBe('A4');
    expect(out.filter).toBe('A3:J6');
    expect(out.status).toEqual(['gereed', 'bezig', 'open']);
    expect(out.due).toEqual(['dd-mm-yyyy', '2027-04-01T00:00:00']);
    expect(out.decisions).toEqual([
      ['2026-09-15T00:00:00', 'Directie', 'Afgestemd', 'Aanpak', 'DIR-2026-031', null],
      ['2027-03-26T00:00:00', 'MT', 'Vastgesteld', 'Visie', 'MT-2027-014', '0.3'],
      ['2027-04-22T00:00:00', 'Gemeenteraad', 'Bekrachtigd', 'Visie', 'RB-2027-088', '0.3'],
    ]);
  });

  it('keeps hostile text as text, never a formula, minus the characters XML forbids', async () => {
    const parts = await parseAllXmlParts(hostileXlsx);
    const workbook = await loadWorkbook(hostileXlsx);
    expect(hostileXlsxRemoved).toBeGreaterThan(0);
    expect(formulaCells(workbook, parts)).toEqual([]);
    const strings = allStrings(workbook);
    expect(strings).toContain(`Concerncontroller ${HOSTILE_KEPT}`);
    expect(strings).toContain(`MT-2027-014 ${HOSTILE_KEPT}`);
    expect(strings).toContain('Vertrouwelijk');
    const ws = workbook.getWorksheet('Borging')!;
    // The confidential line moves the header down; the list follows it.
    const header = sheetRows(ws).findIndex((r) => r[0]?.value === 'Titel') + 1;
    expect(header).toBe(4);
    expect(JSON.stringify(parts.get('xl/worksheets/sheet1.xml'))).toContain('sqref=\\"G5:G207\\"');
  });
});

describe('LibreOffice', () => {
  it.skipIf(skipOfficeChecks)(
    `prints the dossier to PDF with its headings and the timeline${officeSkipNote}`,
    () => {
      printToPdf(dir, [path.join(dir, 'vaststellingsdossier.docx')]);
      const pdf = path.join(dir, 'vaststellingsdossier.pdf');
      const text = pdfText(pdf);
      for (const heading of [
        'Samenvatting',
        'Procesverantwoording',
        'Presentaties en feedback',
        'Besluiten',
        'Borging',
        'Figuur 1. Tijdlijn van het traject',
        'Raadsbesluit',
      ])
        expect(text).toContain(heading);
      const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' });
      expect(images.split('\n').filter((l) => /^\s*\d+\s+\d+\s+image\b/.test(l))).toHaveLength(1);
      if (process.env.KOERS_KEEP)
        fs.copyFileSync(pdf, path.join(process.env.KOERS_KEEP, 'vaststellingsdossier.pdf'));
    },
    120_000,
  );
});
