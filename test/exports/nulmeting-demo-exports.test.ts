import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment, AssessmentView } from '../../src/shared/domain/nulmeting.js';
import { levelText } from '../../src/main/export/nulmeting-labels.js';
import { startTempCore, type TempCore } from '../helpers/temp-core.js';
import { headings, readDocx, type DocxContent } from './docx-read.js';
import { exportThroughCore } from './export-run.js';
import { allStrings, loadWorkbook, sheetRows } from './xlsx-read.js';

// The nulmeting's exports through the core, from the demo engagement (a 0-meting and a 1-meting
// a year later): the snapshot's nulmeting part read from the database, export:start's
// assessmentId reaching the builders (the newest measurement when absent), and the numbers
// the same as assessment:get's summary (what the screen shows).

let t: TempCore;
let demoId: string;
let names: string[];
let assessments: Assessment[];
let newest: AssessmentView;
let doc: DocxContent;
let docName: string;

const docText = (content: DocxContent) =>
  [...content.paragraphs.map((p) => p.text), ...content.tables.flat(2)].join('\n');

beforeAll(async () => {
  t = await startTempCore();
  demoId = (await t.must('demo:create', {})).engagementId;
  names = (await t.must('stakeholder:list', { engagementId: demoId })).map((s) => s.name);
  assessments = await t.must('assessment:list', { engagementId: demoId });
  const sorted = [...assessments].sort((a, b) => b.date.localeCompare(a.date));
  newest = await t.must('assessment:get', { engagementId: demoId, id: sorted[0]!.id });
  const d = await exportThroughCore(t, demoId, 'nulmeting-report');
  doc = await readDocx(d.bytes);
  docName = d.fileName;
}, 120_000);

afterAll(async () => {
  await t?.dispose();
});

describe('nulmeting exports of the demo engagement', () => {
  it('has two measurements, and the report is about the newest by default', () => {
    expect(assessments.length).toBeGreaterThanOrEqual(2);
    expect(docName).toMatch(/^rapport-nulmeting-gemeente-dijkhaven-\d{4}-\d{2}-\d{2}\.docx$/);
    expect(docText(doc)).toContain(newest.assessment.name);
    expect(headings(doc, 1)[0]).toBe('Samenvatting');
    // An earlier measurement is drawn over the radar and compared in a table.
    expect(headings(doc, 2).some((h) => h.startsWith('Ontwikkeling sinds'))).toBe(true);
    const text = docText(doc);
    for (const name of names) expect(text, name).not.toContain(name);
  });

  it('prints the numbers of assessment:get, in the report and the workbook', async () => {
    const tables = doc.tables.filter((r) => r[0]?.[0] === 'Huidig niveau (afgesproken)');
    expect(tables).toHaveLength(newest.summary.length);
    tables.forEach((table, i) => {
      const s = newest.summary[i]!;
      if (s.current !== null)
        expect(table[0]![1]!.split(' – ')[0]).toBe(levelText(s.current, 'nl'));
      if (s.desired !== null)
        expect(table[1]![1]!.split(' – ')[0]).toBe(levelText(s.desired, 'nl'));
    });
    const x = await exportThroughCore(t, demoId, 'nulmeting-scores');
    expect(x.fileName).toMatch(/^scores-nulmeting-gemeente-dijkhaven-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = await loadWorkbook(x.bytes);
    const consensus = sheetRows(workbook.getWorksheet('Consensus')!);
    const header = consensus.findIndex((r) => r[0]?.value === 'Dimensie');
    expect(
      consensus
        .slice(header + 1)
        .map((r) => [r[1]!.value ?? null, r[2]!.value ?? null, r[3]!.value ?? null]),
    ).toEqual(newest.summary.map((s) => [s.current, s.desired, s.gap]));
    const scores = sheetRows(workbook.getWorksheet('Scores')!);
    expect(scores.length - 4).toBe(newest.respondents.length * newest.summary.length);
    const strings = allStrings(workbook).join('\n');
    for (const name of names) expect(strings, name).not.toContain(name);
  });

  it('reports the measurement export:start names, and fails for one that does not exist', async () => {
    const oldest = [...assessments].sort((a, b) => a.date.localeCompare(b.date))[0]!;
    const d = await exportThroughCore(t, demoId, 'nulmeting-report', {}, undefined, oldest.id);
    const text = docText(await readDocx(d.bytes));
    expect(text).toContain(oldest.name);
    expect(text).not.toContain('Ontwikkeling sinds');
    await expect(
      exportThroughCore(
        t,
        demoId,
        'nulmeting-scores',
        {},
        undefined,
        '00000000-0000-4000-8000-00000000dead',
      ),
    ).rejects.toThrow(/failed Dit onderdeel bestaat niet/);
  });
});
