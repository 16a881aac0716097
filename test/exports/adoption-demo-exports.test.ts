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
    expect(sheetRows(workbook.getWorksheet('Borging')!).length).toBeGreaterThan(1);
  });
});
