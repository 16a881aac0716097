import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/shared/domain/finding.js';
import type { Stakeholder } from '../../src/shared/domain/stakeholder.js';
import { uiNl } from '../../src/shared/i18n/ui.nl.js';
import { startTempCore, type TempCore } from '../helpers/temp-core.js';
import { exportThroughCore } from './export-run.js';
import {
  allStrings,
  formulaCells,
  loadWorkbook,
  parseAllXmlParts,
  sheetRows,
} from './xlsx-read.js';

let t: TempCore;
let engagementId: string;
let stakeholders: Stakeholder[];
let findings: Finding[];

beforeAll(async () => {
  t = await startTempCore();
  engagementId = (await t.must('demo:create', {})).engagementId;
  stakeholders = await t.must('stakeholder:list', { engagementId });
  findings = await t.must('finding:list', { engagementId });
}, 60_000);
afterAll(async () => {
  await t?.dispose();
});

/** The calendar day in Dutch time, as the workbook shows it. */
function dutchDay(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(iso));
}

async function exported(
  type: 'findings-register' | 'interview-log' | 'stakeholder-register',
  useNames = false,
) {
  const { bytes, fileName } = await exportThroughCore(t, engagementId, type, { useNames });
  const parts = await parseAllXmlParts(bytes);
  const workbook = await loadWorkbook(bytes);
  expect(formulaCells(workbook, parts)).toEqual([]);
  // Strings are shared strings (t="s"): never t="str", which is a formula's cached result.
  for (const [name, xml] of parts)
    if (name.startsWith('xl/worksheets/')) expect(xml).not.toMatch(/ t="str"/);
  const data = workbook.worksheets[0];
  if (!data) throw new Error('no sheet');
  return { workbook, parts, data, rows: sheetRows(data), fileName };
}

function values(cells: ExcelJS.Cell[] | undefined): unknown[] {
  return (cells ?? []).map((c) => c.value);
}

function expectNoNames(workbook: ExcelJS.Workbook, parts: Map<string, string>) {
  const text = allStrings(workbook).join('\n') + [...parts.values()].join('\n');
  for (const s of stakeholders) expect(text, s.name).not.toContain(s.name);
}

describe('Excel exports of the demo engagement', () => {
  it('findings register: one row per finding with its source, themes and a real date', async () => {
    expect(findings.length).toBeGreaterThan(50);
    const { workbook, parts, data, rows, fileName } = await exported('findings-register');
    expect(fileName).toMatch(/^bevindingenregister-gemeente-dijkhaven-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(data.name).toBe('Bevindingen Gemeente Dijkhaven');
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Bevindingen Gemeente Dijkhaven',
      'Over dit bestand',
    ]);
    expect(values(rows[0])).toEqual([
      'Nr.',
      'Bevinding',
      'Citaat',
      'Soort',
      "Thema's",
      'Groep',
      'Bron',
      'Belang',
      'Datum',
      'Id',
    ]);
    expect(rows.length).toBe(findings.length + 1);
    // A filter over exactly the header and the findings.
    expect(parts.get('xl/worksheets/sheet1.xml')).toContain(
      `<autoFilter ref="A1:J${findings.length + 1}"/>`,
    );
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // The header in the house colour.
    const engagement = await t.must('engagement:get', { engagementId });
    const fill = rows[0]?.[0]?.fill;
    expect(fill && fill.type === 'pattern' ? fill.fgColor?.argb : null).toBe(
      `FF${engagement.houseStyle.primaryColor.slice(1).toUpperCase()}`,
    );

    const themes = await t.must('theme:list', { engagementId });
    const finding = findings.find(
      (f) =>
        f.source.type === 'interview' &&
        f.source.questionNumber !== null &&
        f.themeIds.length > 0 &&
        f.quote !== '',
    );
    if (!finding) throw new Error('demo has no coded interview finding');
    const row = rows.find((r) => r[9]?.value === finding.id);
    expect(values(row).slice(1, 8)).toEqual([
      finding.statement,
      finding.quote,
      {
        uitdaging: 'Uitdaging',
        ambitie: 'Ambitie/kans',
        randvoorwaarde: 'Randvoorwaarde',
        'must-have': 'Must-have voor de visie',
        risico: 'Risico',
        citaat: 'Citaat',
      }[finding.kind],
      finding.themeIds.map((id) => themes.find((th) => th.id === id)?.name).join(', '),
      finding.group ? uiNl.groups[finding.group] : '',
      `${finding.source.pseudonyms.join(', ')}, vraag ${finding.source.questionNumber}`,
      ['Laag', 'Middel', 'Hoog'][finding.importance - 1],
    ]);
    const passage = findings.find((f) => f.source.type === 'passage' && f.source.page !== null);
    if (passage)
      expect(rows.find((r) => r[9]?.value === passage.id)?.[6]?.value).toBe(
        `${passage.source.documentTitle}, p. ${passage.source.page}`,
      );
    const direct = findings.find((f) => f.source.type === 'direct');
    if (direct)
      expect(rows.find((r) => r[9]?.value === direct.id)?.[6]?.value).toBe('Direct vastgelegd');

    for (const r of rows.slice(1)) {
      const date = r[8]?.value;
      expect(date).toBeInstanceOf(Date);
      expect(r[8]?.numFmt).toBe('dd-mm-yyyy');
      const f = findings.find((x) => x.id === r[9]?.value);
      expect((date as Date).toISOString().slice(0, 10)).toBe(dutchDay(f?.createdAt ?? ''));
      expect(r[1]?.alignment?.wrapText).toBe(true);
    }
    expectNoNames(workbook, parts);
  });

  it('interview log: one row per interview with pseudonyms, status and the date of each status', async () => {
    const interviews = await t.must('interview:list', { engagementId });
    const { workbook, parts, rows } = await exported('interview-log');
    expect(values(rows[0])).toEqual([
      'Datum en tijd',
      'Interview',
      'Geïnterviewden',
      'Groep',
      'Interviewers',
      'Locatie',
      'Status',
      'Bevindingen',
      'Gepland op',
      'Afgenomen op',
      'Uitgewerkt op',
      'Ter review op',
      'Geaccordeerd op',
    ]);
    expect(rows.length).toBe(interviews.length + 1);
    const interview = interviews.find(
      (i) => i.scheduledAt && i.participants.length > 0 && i.statusDates.afgenomen,
    );
    if (!interview) throw new Error('demo has no interview that was held');
    const row = rows.find((r) => r[1]?.value === interview.title);
    const when = row?.[0]?.value as Date;
    expect(when).toBeInstanceOf(Date);
    expect(when.toISOString().slice(0, 16)).toBe(interview.scheduledAt);
    expect(row?.[0]?.numFmt).toBe('dd-mm-yyyy hh:mm');
    expect(row?.[2]?.value).toBe(interview.participants.map((p) => p.pseudonym).join(', '));
    expect(row?.[4]?.value).toBe(interview.interviewers.join(', '));
    expect(row?.[7]?.value).toBe(interview.findingCount);
    const held = row?.[9]?.value as Date;
    expect(held).toBeInstanceOf(Date);
    expect(held.toISOString().slice(0, 10)).toBe(dutchDay(interview.statusDates.afgenomen ?? ''));
    expectNoNames(workbook, parts);
  });

  it('stakeholders: pseudonyms by default; names only on request, with a warning above the header', async () => {
    const plain = await exported('stakeholder-register');
    expect(values(plain.rows[0])).toEqual([
      'Pseudoniem',
      'Groep',
      'Functie',
      'Afdeling',
      'Toestemming',
    ]);
    expect(plain.rows.length).toBe(stakeholders.length + 1);
    const first = [...stakeholders].sort((a, b) => a.pseudonym.localeCompare(b.pseudonym))[0];
    expect(values(plain.rows[1])[0]).toBe(first?.pseudonym);
    expect(values(plain.rows[1])[2]).toBe(first?.jobTitle || null);
    expectNoNames(plain.workbook, plain.parts);

    const named = await exported('stakeholder-register', true);
    expect(String(named.rows[0]?.[0]?.value)).toMatch(/^Let op: dit bestand bevat namen/);
    expect(values(named.rows[2]).slice(0, 2)).toEqual(['Pseudoniem', 'Naam']);
    expect(named.parts.get('xl/worksheets/sheet1.xml')).toContain(
      `<autoFilter ref="A3:G${stakeholders.length + 3}"/>`,
    );
    expect(named.data.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    const strings = allStrings(named.workbook).join('\n');
    for (const s of stakeholders) expect(strings).toContain(s.name);
  });

  it('writes the English labels and ISO dates for an English export', async () => {
    const { bytes } = await exportThroughCore(t, engagementId, 'findings-register', {
      language: 'en',
    });
    const workbook = await loadWorkbook(bytes);
    const rows = sheetRows(workbook.worksheets[0] as ExcelJS.Worksheet);
    expect(values(rows[0])).toEqual([
      'No.',
      'Finding',
      'Quote',
      'Kind',
      'Themes',
      'Group',
      'Source',
      'Importance',
      'Date',
      'Id',
    ]);
    expect(rows[1]?.[8]?.numFmt).toBe('yyyy-mm-dd');
    expect(workbook.worksheets[1]?.name).toBe('About this file');
  });
});
