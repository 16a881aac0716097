import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempCore, type TempCore } from '../helpers/temp-core.js';
import { headings, readDocx, type DocxContent } from './docx-read.js';
import { exportThroughCore } from './export-run.js';
import { allStrings, loadWorkbook, parseAllXmlParts, sheetRows } from './xlsx-read.js';

// The exports of step 4 through the core, from the demo engagement: the snapshot's adoption part
// (presentations, decisions, borging, timeline) read from the database, the dossier built in
// the export worker and the workbook in process, both named by exportFileName().

let t: TempCore;
let demoId: string;
let doc: DocxContent;
let docName: string;
let xlsx: Uint8Array;
let xlsxName: string;
let names: string[];

beforeAll(async () => {
  t = await startTempCore();
  demoId = (await t.must('demo:create', {})).engagementId;
  names = (await t.must('stakeholder:list', { engagementId: demoId })).map((s) => s.name);
  const d = await exportThroughCore(t, demoId, 'adoption-dossier');
  doc = await readDocx(d.bytes);
  if (process.env.KOERS_KEEP)
    (await import('node:fs')).writeFileSync(
      `${process.env.KOERS_KEEP}/demo-vaststellingsdossier.docx`,
      d.bytes,
    );
  docName = d.fileName;
  const x = await exportThroughCore(t, demoId, 'borging-checklist');
  xlsx = x.bytes;
  xlsxName = x.fileName;
}, 120_000);

afterAll(async () => {
  await t?.dispose();
});

const docText = (content: DocxContent) =>
  [...content.paragraphs.map((p) => p.text), ...content.tables.flat(2)].join('\n');

describe('step 4 exports of the demo engagement', () => {
  it('names the files after the type and the client', () => {
    expect(docName).toMatch(/^vaststellingsdossier-gemeente-dijkhaven-\d{4}-\d{2}-\d{2}\.docx$/);
    expect(xlsxName).toMatch(/^borgingschecklist-gemeente-dijkhaven-\d{4}-\d{2}-\d{2}\.xlsx$/);
  });

  it('makes the dossier with its chapters and no stakeholder name', () => {
    expect(headings(doc, 1)).toEqual([
      'Samenvatting',
      'Procesverantwoording',
      'Presentaties en feedback',
      'Besluiten',
      'Borging',
    ]);
    const text = docText(doc);
    for (const name of names) expect(text, name).not.toContain(name);
    // The demo's step 4: 0.3 adopted by the MT and ratified by the raad.
    expect(text).toContain('De visie is vastgesteld in versie 0.3.');
    expect(text).toContain('Vastgesteld door het MT op');
    expect(text).toContain('Bekrachtigd door de gemeenteraad op');
    expect(text).toContain('Raadsbesluit 2026-047, zaak Z/26/048213');
    expect(headings(doc, 2)).toEqual(
      expect.arrayContaining([
        'Programmateam, bespreking eerste opzet',
        'MT-overleg, agendapunt visie datagedreven werken',
      ]),
    );
    // Feedback with its dispositions and the reason it was not taken in.
    const feedback = doc.tables.filter((t) => t[0]?.[0] === 'Feedback').flatMap((t) => t.slice(1));
    expect(feedback.map((r) => r[2])).toEqual(
      expect.arrayContaining(['Verwerkt', 'Niet verwerkt']),
    );
    expect(text).toContain('Dat hoort in de routekaart, niet in de visie.');
    // The timeline has events of every step, as the picture and as the table.
    const events = doc.tables.find((t) => t[0]?.[2] === 'Gebeurtenis')!;
    expect(new Set(events.slice(1).map((r) => r[1]))).toEqual(new Set(['1', '2', '3', '4']));
    // The borging items with the demo's owners by pseudonym and the typed owner.
    const overview = doc.tables.find((t) => t[0]?.[0] === 'Punt')!;
    expect(overview.length - 1).toBeGreaterThanOrEqual(7);
    expect(overview.map((r) => r[1])).toContain('Team Communicatie');
    expect(overview.slice(1).map((r) => r[2])).toEqual(
      expect.arrayContaining(['gereed', 'bezig', 'open']),
    );
  });

  it('makes the workbook with a status list and no stakeholder name', async () => {
    const parts = await parseAllXmlParts(xlsx);
    expect(parts.get('xl/worksheets/sheet1.xml')).toMatch(
      /<dataValidation type="list"[^>]*><formula1>&quot;open,bezig,gereed,niet van toepassing&quot;<\/formula1>/,
    );
    const workbook = await loadWorkbook(xlsx);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Borging',
      'Besluiten',
      'Over dit bestand',
    ]);
    const strings = allStrings(workbook).join('\n');
    for (const name of names) expect(strings, name).not.toContain(name);
    const rows = sheetRows(workbook.getWorksheet('Borging')!).map((r) => r.map((c) => c.value));
    const header = rows.findIndex((r) => r[0] === 'Titel');
    const items = rows.slice(header + 1);
    expect(items.length).toBeGreaterThanOrEqual(7);
    expect(items.map((r) => r[5])).toContain('Team Communicatie');
    expect(items.some((r) => r[7] instanceof Date)).toBe(true);
    const decisions = sheetRows(workbook.getWorksheet('Besluiten')!).map((r) =>
      r.map((c) => c.value),
    );
    expect(decisions.slice(1).map((r) => [r[1], r[2], r[5]])).toEqual([
      ['MT', 'Vastgesteld', '0.3'],
      ['Gemeenteraad', 'Bekrachtigd', '0.3'],
    ]);
  });
});
