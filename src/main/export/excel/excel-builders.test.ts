import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOUSE_STYLE } from '../../../shared/domain/engagement.js';
import type { Finding } from '../../../shared/domain/finding.js';
import type { Interview } from '../../../shared/domain/interview.js';
import type { ExportOptions } from '../../../shared/domain/export.js';
import type { ExportRun } from '../builder-types.js';
import { EXCEL_CELL_MAX, TextCleaner, TRUNCATION_MARKER } from '../safe-text.js';
import type { EngagementSnapshot } from '../snapshot.js';
import { writeWorkbook, type WorkbookSpec } from './excel-helpers.js';
import { findingsRegisterBuilder } from './findings-register.xlsx.js';
import { interviewLogBuilder } from './interview-log.xlsx.js';
import { stakeholderRegisterBuilder } from './stakeholder-register.xlsx.js';

const AT = '2026-03-10T09:00:00.000Z';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function snapshot(clientName: string, statements: string[], quote = ''): EngagementSnapshot {
  const findings: Finding[] = statements.map((statement, i) => ({
    id: id(i + 1),
    statement,
    quote,
    kind: 'risico',
    themeIds: [id(900)],
    importance: 3,
    group: 'wethouder',
    source: {
      type: 'interview',
      interviewId: id(800),
      questionId: null,
      passageId: null,
      documentId: null,
      interviewTitle: 'Interview',
      questionNumber: 2,
      pseudonyms: ['R01'],
      documentTitle: null,
      page: null,
    },
    createdAt: AT,
    updatedAt: AT,
  }));
  const interview: Interview = {
    id: id(800),
    title: statements[0] ?? 'Interview',
    scheduledAt: '2026-03-10T14:30',
    location: 'Stadhuis',
    interviewers: ['Sanne'],
    participants: [{ id: id(700), name: 'Ilse Vermeer', pseudonym: 'R01', group: 'wethouder' }],
    status: 'afgenomen',
    statusDates: { gepland: '2026-03-01T10:00:00.000Z', afgenomen: '2026-03-10T23:30:00.000Z' },
    findingCount: findings.length,
    questions: [],
    freeNotes: { json: '', text: '' },
    createdAt: AT,
    updatedAt: AT,
  };
  return {
    engagement: {
      id: id(1000),
      clientName,
      title: 'Visie',
      consultants: [],
      startDate: null,
      status: 'lopend',
      language: 'nl',
      houseStyle: { ...DEFAULT_HOUSE_STYLE, primaryColor: '#f2a900' },
      methodVersion: '1',
      createdAt: AT,
      updatedAt: AT,
    },
    stakeholders: [
      {
        id: id(700),
        pseudonym: 'R01',
        name: 'Ilse Vermeer',
        jobTitle: statements[0] ?? '',
        department: 'Bestuur',
        group: 'wethouder',
        consent: 'gegeven',
        consentNote: 'Mondeling, 3 maart',
        createdAt: AT,
        updatedAt: AT,
      },
    ],
    themes: [{ id: id(900), name: 'Privacy', color: '#336699', sortOrder: 0 }],
    documents: [],
    interviews: [interview],
    findings,
    guide: [],
    totals: { interviews: 1, documents: 0 },
    takenAt: AT,
  };
}

function makeRun(
  snap: EngagementSnapshot,
  options: Partial<ExportOptions> = {},
  signal = new AbortController().signal,
): ExportRun {
  return {
    snapshot: snap,
    language: 'nl',
    options: { useNames: false, confidential: false, ...options },
    text: new TextCleaner(),
    counters: { truncatedCells: 0 },
    progress: () => {},
    signal,
  };
}

async function load(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const zip = await JSZip.loadAsync(bytes);
  const sheetXml = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
  return { workbook, zip, sheetXml, ws: workbook.worksheets[0] as ExcelJS.Worksheet };
}

// Text a user could type that Excel, XML or exceljs would otherwise change.
const HOSTILE: [string, string][] = [
  ['=SUM(A1:A2)', '=SUM(A1:A2)'],
  ['+31 6 1234 5678', '+31 6 1234 5678'],
  ['-5 procent', '-5 procent'],
  ['@Marieke', '@Marieke'],
  ['   =1+1', '   =1+1'],
  ['\t=HYPERLINK("x")', '\t=HYPERLINK("x")'],
  ['\r=1', '\r=1'],
  ['regel\r\nnieuwe regel', 'regel\r\nnieuwe regel'],
  ['_x0041_ en _X0042_ en _x00e9_', '_x0041_ en _X0042_ en _x00e9_'],
  ['a\u0000b\u0008c\u001Fd\uFFFEe\uFFFFf', 'abcdef'],
  ['lone \uD800 high and \uDC00 low, pair 😀', 'lone  high and  low, pair 😀'],
  ['del\u007Fdel', 'del\u007Fdel'],
  ['<b>&amp; "quotes" \'apos\'</b> ]]>', '<b>&amp; "quotes" \'apos\'</b> ]]>'],
  ['  spaties rondom  ', '  spaties rondom  '],
];

describe('Excel builders on a snapshot', () => {
  for (const count of [HOSTILE.length, 2_001]) {
    it(`keeps hostile text literal and exact, never a formula (${count} rows)`, async () => {
      const statements = Array.from(
        { length: count },
        (_, i) => HOSTILE[i % HOSTILE.length]?.[0] ?? '',
      );
      const run = makeRun(snapshot('Gemeente Dijkhaven', statements));
      const { ws, sheetXml } = await load(await findingsRegisterBuilder.build(run));
      expect(sheetXml).not.toMatch(/<f[\s>]/);
      expect(sheetXml).not.toMatch(/ t="str"/);
      expect(sheetXml).toContain(`<autoFilter ref="A1:J${count + 1}"/>`);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).getCell(1).fill).toMatchObject({ fgColor: { argb: 'FFF2A900' } });
      // A light house colour gets dark header text.
      expect(ws.getRow(1).getCell(1).font?.color?.argb).toBe('FF1A1A1A');
      for (let i = 0; i < count; i++) {
        const cell = ws.getRow(i + 2).getCell(2);
        const expected = HOSTILE[i % HOSTILE.length]?.[1];
        expect(cell.type, `row ${i + 2}`).toBe(ExcelJS.ValueType.String);
        expect(cell.value, JSON.stringify(expected)).toBe(expected);
        const formulaLike = /^\s*[=+\-@\t\r]/.test(expected ?? '');
        expect(cell.numFmt === '@', JSON.stringify(expected)).toBe(formulaLike);
        expect(ws.getRow(i + 2).getCell(9).value).toEqual(new Date(Date.UTC(2026, 2, 10)));
      }
      // Removed: 3 controls + U+FFFE + U+FFFF in one statement, 2 lone surrogates in another.
      const cycles = Math.floor(count / HOSTILE.length) + (count % HOSTILE.length > 9 ? 1 : 0);
      const lone = Math.floor(count / HOSTILE.length) + (count % HOSTILE.length > 10 ? 1 : 0);
      expect(run.text.removed).toBe(cycles * 5 + lone * 2);
    });
  }

  it('keeps an emoji whole wherever it falls in a long text', async () => {
    // exceljs's in-memory writer broke surrogate pairs at JSZip's 16K-character chunks.
    for (const prefix of ['', 'a', 'ab', 'abc']) {
      const quote =
        prefix +
        Array.from({ length: 9_000 }, (_, i) => String.fromCodePoint(0x1f600 + (i % 64))).join('');
      const { ws } = await load(
        await findingsRegisterBuilder.build(makeRun(snapshot('Gemeente Dijkhaven', ['x'], quote))),
      );
      expect(ws.getRow(2).getCell(3).value).toBe(quote);
    }
  });

  it('cuts text at 32,767 characters with a marker and counts the cell', async () => {
    const run = makeRun(snapshot('Gemeente Dijkhaven', ['kort'], 'é'.repeat(40_000)));
    const { ws } = await load(await findingsRegisterBuilder.build(run));
    const quote = String(ws.getRow(2).getCell(3).value);
    expect(quote.length).toBe(EXCEL_CELL_MAX);
    expect(quote.endsWith(TRUNCATION_MARKER)).toBe(true);
    expect(run.counters.truncatedCells).toBe(1);
  });

  it("names sheets validly after hostile client names such as 's-Hertogenbosch", async () => {
    const cases: [string, string][] = [
      ["'s-Hertogenbosch", "Bevindingen 's-Hertogenbosch"],
      ['Gemeente Súdwest-Fryslân: team [data]/BI*?', 'Bevindingen Gemeente Súdwest-Fr'],
    ];
    for (const [client, expected] of cases) {
      const { workbook } = await load(
        await findingsRegisterBuilder.build(makeRun(snapshot(client, ['x']))),
      );
      expect(workbook.worksheets.map((w) => w.name)).toEqual([expected, 'Over dit bestand']);
    }
    const { workbook } = await load(
      await interviewLogBuilder.build(makeRun(snapshot("'s-Hertogenbosch", ['x']))),
    );
    expect(workbook.worksheets[0]?.name).toBe("Interviews 's-Hertogenbosch");
  });

  it('keeps two sheet names unique when they share their first 31 characters', async () => {
    const longName = "'s-Hertogenbosch – bevindingen per thema en groep";
    const spec: WorkbookSpec = {
      sheet: { name: longName, columns: [{ header: 'A', width: 10, type: 'text' }], rows: [['x']] },
      info: { name: `${longName} (2025)`, lines: [['a', 'b']] },
      primaryColor: '#1f4e79',
      fontName: 'Calibri',
      createdAt: AT,
      title: 'T',
      pageFooter: '&P',
      dateFormat: 'dd-mm-yyyy',
      dateTimeFormat: 'dd-mm-yyyy hh:mm',
    };
    const { workbook } = await load(await writeWorkbook(makeRun(snapshot('x', [])), spec));
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      's-Hertogenbosch – bevindingen p',
      's-Hertogenbosch – bevinding (2)',
    ]);
  });

  it('writes the interview log with dates, times and status dates as real dates', async () => {
    const { ws } = await load(
      await interviewLogBuilder.build(
        makeRun(snapshot('Gemeente Dijkhaven', ['Interview wethouder'])),
      ),
    );
    const row = ws.getRow(2);
    expect(row.getCell(1).value).toEqual(new Date(Date.UTC(2026, 2, 10, 14, 30)));
    expect(row.getCell(3).value).toBe('R01');
    expect(row.getCell(7).value).toBe('Afgenomen');
    expect(row.getCell(9).value).toEqual(new Date(Date.UTC(2026, 2, 1)));
    // 23:30 UTC on 10 March is 11 March in the Netherlands.
    expect(row.getCell(10).value).toEqual(new Date(Date.UTC(2026, 2, 11)));
    expect(row.getCell(11).value).toBeNull();
  });

  it('puts names and a personal-data warning in the stakeholder register only on request', async () => {
    const plain = await load(
      await stakeholderRegisterBuilder.build(
        makeRun(snapshot('Gemeente Dijkhaven', ['Wethouder'])),
      ),
    );
    const plainXml = (
      await Promise.all(Object.values(plain.zip.files).map((f) => f.async('string')))
    ).join('');
    expect(plainXml).not.toContain('Ilse Vermeer');
    expect(plainXml).not.toContain('Mondeling');
    const named = await load(
      await stakeholderRegisterBuilder.build(
        makeRun(snapshot('Gemeente Dijkhaven', ['Wethouder']), {
          useNames: true,
          confidential: true,
        }),
      ),
    );
    expect(named.ws.getCell('A1').value).toBe('Vertrouwelijk');
    expect(String(named.ws.getCell('A2').value)).toContain('persoonsgegevens');
    expect(named.ws.getRow(4).values).toEqual([
      undefined,
      'Pseudoniem',
      'Naam',
      'Groep',
      'Functie',
      'Afdeling',
      'Toestemming',
      'Toelichting toestemming',
    ]);
    expect(named.ws.getRow(5).getCell(2).value).toBe('Ilse Vermeer');
    // The info sheet comes last, after the krachtenveld, actions and picture sheets.
    expect(named.workbook.worksheets.map((w) => w.name)).toEqual([
      'Stakeholders Gemeente Dijkhaven',
      'Krachtenveld',
      'Acties',
      'Krachtenveldfiguur',
      'Over dit bestand',
    ]);
    const info = named.workbook.worksheets.at(-1);
    expect(info?.getColumn(2).values).toContain(
      'Let op: dit bestand bevat namen van personen (persoonsgegevens). Deel het alleen met wie ze mag zien en bewaar het niet langer dan nodig.',
    );
  });

  it('stops a large register when the export is cancelled', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    const run = makeRun(
      snapshot(
        'Gemeente Dijkhaven',
        Array.from({ length: 6_000 }, () => 'x'),
      ),
      {},
      controller.signal,
    );
    await expect(findingsRegisterBuilder.build(run)).rejects.toThrow('cancelled');
  });
});
