import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportOptions, ExportType } from '../../src/shared/domain/export.js';
import { makeRun } from '../../src/main/export/run-builder.js';
import { exportDescriptor } from '../../src/main/export/registry.js';
import type { EngagementSnapshot } from '../../src/main/export/snapshot.js';
import { ROADMAP_KIND_COLORS } from '../../src/main/export/roadmap-labels.js';
import { tempDir } from '../helpers/temp-core.js';
import { readDocx, headings, type DocxContent } from './docx-read.js';
import { loadWorkbook, parseAllXmlParts, sheetRows } from './xlsx-read.js';
import {
  officeSkipNote,
  pdfImageLines,
  pdfText,
  printToPdf,
  skipOfficeChecks,
} from './office-tools.js';
import { FINDINGS, INWONER, WETHOUDER } from './vision-fixture.js';
import { roadmapFixture, TITLES } from './roadmap-fixture.js';

// The exports of the routekaart (issue 16): the implementatieplan (Word) and the planning
// workbook (Excel), built from a hand-made snapshot and read back: the docx's headings, tables
// and trace appendix, the workbook's cells, drop-down lists and coloured quarter cells (in
// exceljs and in openpyxl), the timeline picture through LibreOffice, and hostile text.

const HOSTILE = `a\u0000b\u0008c\uFFFEd <script>alert(1)</script> =cmd|' /C calc'!A0 😀 שלום <w:p>&amp;</w:t> ]]> "q"`;
const HOSTILE_KEPT = `abcd <script>alert(1)</script> =cmd|' /C calc'!A0 😀 שלום <w:p>&amp;</w:t> ]]> "q"`;

const openpyxl = spawnSync('/usr/bin/python3', ['-c', 'import openpyxl']).status === 0;
const onCi = process.env.CI === 'true';

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
  return { bytes, removed: run.text.removed };
}

const docText = (doc: DocxContent) =>
  [...doc.paragraphs.map((p) => p.text), ...doc.tables.flat(2)].join('\n');

/** The table whose header row starts with `first`. */
const tableStarting = (doc: DocxContent, first: string) =>
  doc.tables.find((t) => t[0]?.[0] === first);

let dir: string;
let docBytes: Uint8Array;
let doc: DocxContent;
let named: DocxContent;
let english: DocxContent;
let xlsxBytes: Uint8Array;

beforeAll(async () => {
  dir = tempDir('koers-roadmap-');
  docBytes = (await build('implementation-plan', roadmapFixture())).bytes;
  fs.writeFileSync(path.join(dir, 'implementatieplan.docx'), docBytes);
  doc = await readDocx(docBytes);
  named = await readDocx(
    (await build('implementation-plan', roadmapFixture(), { useNames: true })).bytes,
  );
  english = await readDocx(
    (await build('implementation-plan', roadmapFixture(), { language: 'en' })).bytes,
  );
  xlsxBytes = (await build('roadmap-planning', roadmapFixture())).bytes;
  fs.writeFileSync(path.join(dir, 'planning.xlsx'), xlsxBytes);
}, 60_000);

describe('implementatieplan (Word)', () => {
  it('has the chapters of the plan, in Dutch by default and in English on request', () => {
    expect(headings(doc, 1)).toEqual([
      'Samenvatting',
      'Vertrekpunt',
      'Keuzes',
      'Planning',
      'Projectkaarten',
      'Governance en rollen',
      'Monitoring en herhaalmeting',
      'Besluiten',
      'Bijlage: herleiding',
    ]);
    expect(headings(english, 1)).toEqual([
      'Summary',
      'Starting point',
      'Choices',
      'Planning',
      'Project cards',
      'Governance and roles',
      'Monitoring and re-measurement',
      'Decisions',
      'Appendix: traceability',
    ]);
    expect(headings(doc, 2)).toEqual(
      expect.arrayContaining([
        'Kernvisie',
        'Ambities',
        'Verschillen uit de nulmeting',
        'Fasen',
        'Quick wins',
        'Per jaar en kwartaal',
        'Per bouwsteen',
        'Data-architectuur',
        'Rollen',
        'Herhaalmeting',
      ]),
    );
  });

  it('groups the project cards per bouwsteen', () => {
    expect(headings(doc, 3)).toEqual(expect.arrayContaining(Object.values(TITLES)));
    expect(headings(doc, 3)).toEqual(
      expect.arrayContaining(['Planning 2027', 'Planning 2028', 'Planning 2029']),
    );
  });

  it('summarises the plan with real counts and lists the gaps with the actions that close them', () => {
    const text = docText(doc);
    expect(text).toContain('voor de komende 3 jaar (K1 2027 tot en met K4 2029)');
    expect(text).toContain(
      'Het telt 5 acties: 2 × project, 1 × activiteit, 1 × quick win, 1 × mijlpaal',
    );
    const gaps = tableStarting(doc, 'Dimensie')!;
    expect(gaps.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['Data en architectuur', '2', '4', '2'],
      ['Mensen en datavaardigheden', '1,5', '3,5', '2'],
      ['Leiderschap en strategie', '3', '4', '1'],
    ]);
    expect(gaps[1]![4]).toBe(`${TITLES.portal}\n${TITLES.architecture}`);
    expect(gaps[3]![4]).toBe('—');
  });

  it('names the points of attention: a dependency that ends too late, open funding, an action without reason', () => {
    const text = docText(doc);
    expect(text).toContain(`${TITLES.architecture} begint voordat ${TITLES.portal} klaar is.`);
    expect(text).toContain(
      `${TITLES.architecture} is gestart of start nu, maar de financiering is nog open.`,
    );
    expect(text).toContain(
      `${TITLES.milestone} is niet gekoppeld aan een verschil of een deel van de visie.`,
    );
  });

  it('plans per year and per bouwsteen, an action in every year it runs', () => {
    const years = doc.tables.filter((t) => t[0]?.[0] === 'Periode');
    // 2027, 2028 (2029 has none), then four bouwstenen and the lane without one.
    const titles = years.map((t) => t.slice(1).map((r) => r[1]));
    expect(titles[0]).toEqual([
      TITLES.ethics,
      TITLES.portal,
      TITLES.training,
      TITLES.architecture,
      TITLES.milestone,
    ]);
    expect(titles[1]).toEqual([TITLES.training, TITLES.architecture]);
    expect(docText(doc)).toContain('Geen acties die in 2029 lopen.');
    expect(years[0]![2]).toEqual(['K1 2027 – K3 2027', TITLES.portal, 'Project', 'R01', 'Lopend']);
  });

  it('gives each action a card with goal, gap with levels, passage, owner, effort, funding, dependencies and progress', () => {
    const card = doc.tables.find(
      (t) => t[0]?.[0] === 'Soort' && t.some((r) => r[1] === '€ 120.000'),
    )!;
    const pairs = Object.fromEntries(card.slice(1).map((r) => [r[0], r[1]]));
    expect(card[0]![1]).toBe('Project · status: gepland');
    expect(pairs['Dicht verschil']).toBe('Data en architectuur (nu 2, gewenst 4)');
    expect(pairs['Eigenaar']).toBe('CIO');
    expect(pairs['Financiering']).toBe('Open');
    expect(pairs['Hangt af van']).toBe(`${TITLES.portal} (K1 2027 – K3 2027)`);
    const portal = doc.tables.find((t) => t.some((r) => r[1] === '60 dagen'))!;
    const p = Object.fromEntries(portal.slice(1).map((r) => [r[0], r[1]]));
    expect(p['Doel']).toBe('Elk team vindt de bestaande dashboards op één plek.');
    expect(p['Dient de visie']).toBe('Thema: Sturen op actuele cijfers');
    expect(p['Eigenaar']).toBe(WETHOUDER.pseudonym);
    expect(p['Voortgang']).toBe(
      '20-03-2027: Eerste versie van het portaal getest.\n15-02-2027: Inventarisatie van de dashboards klaar.',
    );
  });

  it('shows governance, the advised re-measurement and the decisions about the routekaart', () => {
    const text = docText(doc);
    expect(tableStarting(doc, 'Rol')?.[1]).toEqual(['Boegbeeld', 'R01', 'Draagt de visie uit.']);
    expect(text).toContain('Wij adviseren een 1-meting in K2 2028');
    expect(text).toContain('K4 2029');
    const decisions = doc.tables.find((t) => t[0]?.includes('Kenmerk'))!;
    expect(decisions[1]).toEqual(['20-01-2027', 'MT', 'Vastgesteld', 'Routekaart', 'MT-2027-004']);
  });

  it('traces each action in the appendix to its gap and passage and the findings behind them, by pseudonym', () => {
    const trace = tableStarting(doc, 'Actie')!;
    expect(trace[0]).toEqual(['Actie', 'Verschil of visie', 'Bevindingen en bron']);
    const rowsOf = (title: string) => {
      const start = trace.findIndex((r) => r[0] === title);
      const end = trace.findIndex((r, i) => i > start && r[0] !== '');
      return trace.slice(start, end === -1 ? undefined : end);
    };
    expect(rowsOf(TITLES.portal).map((r) => r.slice(1))).toEqual([
      [
        'Verschil: Data en architectuur (2 → 4)',
        `${FINDINGS.bestuur.statement} (Interview ${WETHOUDER.pseudonym}, vraag 4)`,
      ],
      [
        'Visie: Sturen op actuele cijfers',
        `${FINDINGS.bestuur.statement} (Interview ${WETHOUDER.pseudonym}, vraag 4)`,
      ],
    ]);
    expect(rowsOf(TITLES.training).map((r) => r.slice(1))).toEqual([
      [
        'Verschil: Mensen en datavaardigheden (1,5 → 3,5)',
        `${FINDINGS.loket.statement} (Interview ${INWONER.pseudonym}, vraag 2)`,
      ],
      ['Visie: Kernvisie', `${FINDINGS.coalitie.statement} (Coalitieakkoord 2026–2030, p. 12)`],
    ]);
    expect(rowsOf(TITLES.milestone).map((r) => r.slice(1))).toEqual([['niet gekoppeld', '']]);
    const all = docText(doc);
    expect(all).not.toContain(WETHOUDER.name);
    expect(all).not.toContain(INWONER.name);
  });

  it('names people only when the consultant chose names', () => {
    const text = docText(named);
    expect(text).toContain(`${WETHOUDER.name} (${WETHOUDER.pseudonym})`);
  });

  it('keeps hostile text as text and counts what XML forbids', async () => {
    const { bytes, removed } = await build(
      'implementation-plan',
      roadmapFixture({ hostile: HOSTILE }),
    );
    const hostile = await readDocx(bytes);
    const text = docText(hostile);
    expect(text).toContain(`Portaal ${HOSTILE_KEPT}`);
    expect(text).toContain(`Doel ${HOSTILE_KEPT}`);
    expect(text).toContain(`Update ${HOSTILE_KEPT}`);
    // Title, goal, effort and the update each once: the copies in tables are not counted again.
    expect(removed).toBe(4 * 3);
    await expect(parseAllXmlParts(bytes)).resolves.toBeDefined();
  });
});

describe('planning workbook (Excel)', () => {
  it('has one row per action with real values and drop-down lists', async () => {
    const wb = await loadWorkbook(xlsxBytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Acties',
      'Tijdlijn',
      'Afhankelijkheden',
      'Voortgang',
      'Over dit bestand',
    ]);
    const rows = sheetRows(wb.getWorksheet('Acties')!);
    const header = rows.findIndex((r) => r[0]?.value === 'Nr');
    const head = rows[header]!.map((c) => c.value);
    const body = rows
      .slice(header + 1)
      .map((r) => Object.fromEntries(r.map((c, i) => [head[i], c.value])));
    expect(body.map((r) => r['Actie'])).toEqual(Object.values(TITLES));
    expect(body[0]).toMatchObject({
      Nr: 1,
      Soort: 'Project',
      Bouwsteen: 'Data-architectuur',
      Begin: '2027-K1',
      Eind: '2027-K3',
      Fase: 'Begin',
      Niveau: 'Strategisch',
      Eigenaar: 'R01',
      Financiering: 'Geregeld',
      Status: 'Lopend',
      'Dicht verschil': 'Data en architectuur (2 → 4)',
      'Dient de visie': 'Sturen op actuele cijfers',
      'Laatste voortgang': 'Eerste versie van het portaal getest.',
    });
    expect(body[3]!['Hangt af van']).toBe(TITLES.portal);
    expect(body[1]!['Dicht verschil']).toBe('Mensen en datavaardigheden (1,5 → 3,5)');
  });

  it('colours the quarters an action runs by its kind on the timeline sheet, and flags early dependencies', async () => {
    const wb = await loadWorkbook(xlsxBytes);
    const rows = sheetRows(wb.getWorksheet('Tijdlijn')!);
    const header = rows.findIndex((r) => r[0]?.value === 'Nr');
    const head = rows[header]!.map((c) => String(c.value));
    expect(head.slice(4)).toHaveLength(12);
    expect(head[4]).toBe('2027-K1');
    expect(head[15]).toBe('2029-K4');
    const fillOf = (r: number, q: string) => {
      const cell = rows[header + 1 + r]![head.indexOf(q)];
      const fill = cell?.fill as { fgColor?: { argb?: string } } | undefined;
      return fill?.fgColor?.argb ?? null;
    };
    const project = `FF${ROADMAP_KIND_COLORS.project}`;
    expect(['2027-K1', '2027-K2', '2027-K3', '2027-K4'].map((q) => fillOf(0, q))).toEqual([
      project,
      project,
      project,
      null,
    ]);
    expect(fillOf(4, '2027-K4')).toBe(`FF${ROADMAP_KIND_COLORS.mijlpaal}`);
    expect(rows[header + 5]![head.indexOf('2027-K4')]?.value).toBe('◆');
    const deps = sheetRows(wb.getWorksheet('Afhankelijkheden')!);
    const d = deps.find((r) => r[0]?.value === TITLES.architecture)!.map((c) => c.value);
    expect(d).toEqual([
      TITLES.architecture,
      '2027-K2',
      '2028-K4',
      TITLES.portal,
      '2027-K1',
      '2027-K3',
      'Begint voordat de actie waarvan zij afhangt klaar is',
    ]);
    const progress = sheetRows(wb.getWorksheet('Voortgang')!);
    const firstUpdate = progress.find((r) => r[1]?.value === TITLES.portal)!;
    expect(firstUpdate[0]?.value).toEqual(new Date(Date.UTC(2027, 2, 20)));
    expect(firstUpdate[2]?.value).toBe('Eerste versie van het portaal getest.');
  });

  it.skipIf(!openpyxl && !onCi)(
    `reads back in openpyxl: validation lists and fills${openpyxl ? '' : ' (overgeslagen: python3-openpyxl ontbreekt)'}`,
    () => {
      const out = spawnSync(
        '/usr/bin/python3',
        [
          '-c',
          `import openpyxl,sys,json
wb=openpyxl.load_workbook(sys.argv[1])
items=wb['Acties']
vals=[{'sqref':str(v.sqref),'formula':v.formula1} for v in items.data_validations.dataValidation]
tl=wb['Tijdlijn']
hdr=[r for r in tl.iter_rows() if r[0].value=='Nr'][0]
row=hdr[0].row+1
fills=[tl.cell(row=row,column=c).fill.fgColor.rgb if tl.cell(row=row,column=c).fill.fill_type=='solid' else None for c in range(5,9)]
print(json.dumps({'vals':vals,'fills':fills}))`,
          path.join(dir, 'planning.xlsx'),
        ],
        { encoding: 'utf8' },
      );
      expect(out.stderr).toBe('');
      const { vals, fills } = JSON.parse(out.stdout) as {
        vals: { sqref: string; formula: string }[];
        fills: (string | null)[];
      };
      const formulas = vals.map((v) => v.formula);
      expect(formulas).toContain('"Project,Activiteit,Quick win,Doorlopend,Mijlpaal"');
      expect(formulas).toContain('"Geregeld,Aangevraagd,Open"');
      expect(formulas).toContain('"Begin,Ontwikkel,Opschaling en beheer"');
      expect(formulas).toContain('"Strategisch,Tactisch"');
      expect(formulas).toContain('"Gepland,Lopend,Gereed,Gepauzeerd,Geschrapt"');
      expect(vals.find((v) => v.formula.startsWith('"Project'))?.sqref).toMatch(/^C\d+:C\d+$/);
      const project = `FF${ROADMAP_KIND_COLORS.project}`;
      expect(fills).toEqual([project, project, project, null]);
    },
  );

  it('writes the workbook in English on request', async () => {
    const wb = await loadWorkbook(
      (await build('roadmap-planning', roadmapFixture(), { language: 'en' })).bytes,
    );
    expect(wb.worksheets.map((w) => w.name).slice(0, 4)).toEqual([
      'Actions',
      'Timeline',
      'Dependencies',
      'Progress',
    ]);
    const rows = sheetRows(wb.getWorksheet('Actions')!);
    const first = rows.find((r) => r[1]?.value === TITLES.portal)!.map((c) => c.value);
    expect(first.slice(2, 4)).toEqual(['Project', 'Data architecture']);
    expect(first.slice(5, 9)).toEqual(['2027-Q1', '2027-Q3', 'Start', 'Strategic']);
  });

  it('keeps hostile text as text, never as a formula', async () => {
    const { bytes } = await build('roadmap-planning', roadmapFixture({ hostile: HOSTILE }));
    await parseAllXmlParts(bytes);
    const wb = await loadWorkbook(bytes);
    const rows = sheetRows(wb.getWorksheet('Acties')!);
    const cell = rows.flat().find((c) => String(c.value).startsWith('Portaal'));
    expect(cell?.value).toBe(`Portaal ${HOSTILE_KEPT}`);
    const goal = rows.flat().find((c) => String(c.value).startsWith('Doel '));
    expect(goal?.formula).toBeUndefined();
  });
});

describe.skipIf(skipOfficeChecks)(`implementatieplan in LibreOffice${officeSkipNote}`, () => {
  it('prints with the timeline picture and the trace appendix', () => {
    printToPdf(dir, [path.join(dir, 'implementatieplan.docx')]);
    const pdf = path.join(dir, 'implementatieplan.pdf');
    const text = pdfText(pdf);
    expect(text).toContain('Bijlage: herleiding');
    expect(text).toContain('Tabel 2. Herleiding van elke actie');
    expect(text).toContain('Interview R01,');
    expect(pdfImageLines(pdf).length).toBeGreaterThanOrEqual(1);
  }, 180_000);
});

void JSZip;
