import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportOptions, ExportType } from '../../src/shared/domain/export.js';
import {
  RESPONDENT_GROUPS,
  type AgreedScore,
  type DimensionSummary,
  type Score,
} from '../../src/shared/domain/nulmeting.js';
import { summariseAssessment } from '../../src/shared/domain/nulmeting-summary.js';
import { gapText, levelText, rangeText } from '../../src/main/export/nulmeting-labels.js';
import { exportDescriptor } from '../../src/main/export/registry.js';
import { makeRun } from '../../src/main/export/run-builder.js';
import type { EngagementSnapshot } from '../../src/main/export/snapshot.js';
import { tempDir } from '../helpers/temp-core.js';
import { readDocx, headings, type DocxContent } from './docx-read.js';
import {
  officeSkipNote,
  pdfImageLines,
  pdfText,
  printToPdf,
  skipOfficeChecks,
} from './office-tools.js';
import { countColour, decodePng } from './png-read.js';
import {
  allStrings,
  formulaCells,
  loadWorkbook,
  parseAllXmlParts,
  sheetRows,
} from './xlsx-read.js';
import {
  CONCLUSIONS,
  DIMENSION_IDS,
  DIRECTEUR,
  FINDING_STATEMENT,
  RATIONALE,
  TYPED,
  WETHOUDER,
  assessmentView,
  modelIn,
  nulmetingFixture,
  respondent,
} from './nulmeting-fixture.js';

// The nulmeting's exports (issue 15): the report (Word) and the scores workbook (Excel), built
// from a hand-made snapshot and read back: the docx's headings, tables and text, the workbook's
// cells (exceljs and openpyxl) and drop-down lists, the radar as a picture part in both, both
// printed by LibreOffice with the radar drawn. A property test checks that the report and the
// workbook print the numbers of summariseAssessment (the agreed-score view) for any measurement.

const HOSTILE = `a\u0000b\u0008c <script>alert(1)</script> =cmd|' /C calc'!A0 😀 <w:p>&amp;</w:t> ]]> "q" $& $1`;
const HOSTILE_KEPT = `abc <script>alert(1)</script> =cmd|' /C calc'!A0 😀 <w:p>&amp;</w:t> ]]> "q" $& $1`;

async function build(
  type: ExportType,
  snapshot: EngagementSnapshot,
  options: Partial<ExportOptions> = {},
  assessmentId?: string,
) {
  const builder = await exportDescriptor(type).load();
  const run = makeRun(
    {
      type,
      snapshot,
      options: { useNames: false, confidential: false, ...options },
      ...(assessmentId ? { assessmentId } : {}),
    },
    () => undefined,
    new AbortController().signal,
  );
  const bytes = await builder.build(run);
  return { bytes, removed: run.text.removed };
}

const docText = (doc: DocxContent) =>
  [...doc.paragraphs.map((p) => p.text), ...doc.tables.flat(2)].join('\n');

async function pngParts(bytes: Uint8Array, folder: string): Promise<Uint8Array[]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Uint8Array[] = [];
  for (const [name, entry] of Object.entries(zip.files))
    if (name.startsWith(folder) && name.endsWith('.png')) out.push(await entry.async('uint8array'));
  return out;
}

/** The per-dimension tables of the report: the header's first cell is the agreed current level. */
const dimensionTables = (doc: DocxContent, firstLabel: string) =>
  doc.tables.filter((t) => t[0]?.[0] === firstLabel);

const CURRENT_BLUE = '#1f4e79';

let dir: string;
let fixture: EngagementSnapshot;
let doc: DocxContent;
let docBytes: Uint8Array;
let xlsxBytes: Uint8Array;

beforeAll(async () => {
  dir = tempDir('koers-nulmeting-');
  fixture = nulmetingFixture();
  docBytes = (await build('nulmeting-report', fixture)).bytes;
  fs.writeFileSync(path.join(dir, 'nulmeting.docx'), docBytes);
  doc = await readDocx(docBytes);
  xlsxBytes = (await build('nulmeting-scores', fixture)).bytes;
  fs.writeFileSync(path.join(dir, 'scores.xlsx'), xlsxBytes);
}, 60_000);

afterAll(() => {
  if (process.env.KOERS_KEEP)
    for (const f of fs.readdirSync(dir))
      if (/\.(docx|xlsx|pdf)$/.test(f))
        fs.copyFileSync(path.join(dir, f), path.join(process.env.KOERS_KEEP, f));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('nulmeting report (Word)', () => {
  it('has the chapters, the dimensions and the appendix in Dutch', () => {
    expect(headings(doc, 1)).toEqual([
      'Samenvatting',
      'Werkwijze',
      'Resultaten per dimensie',
      'Conclusies',
      'Bijlage: de niveaus van het model',
    ]);
    const h2 = headings(doc, 2);
    for (const d of modelIn('nl').dimensions)
      expect(h2.filter((h) => h === d.name)).toHaveLength(2);
    expect(h2).toContain('Grootste verschillen');
    expect(h2).toContain('Ontwikkeling sinds 0-meting');
    expect(h2).toContain('Respondenten');
    const text = docText(doc);
    expect(text).toContain('1-meting, 1 oktober 2026');
    expect(text).toContain(
      '4 respondenten de datavolwassenheid van Gemeente Dijkhaven gescoord op 8 dimensies',
    );
    expect(text).toContain('Voor 7 van de 8 dimensies');
    expect(text).toContain(CONCLUSIONS);
    expect(text).toContain('Gemeten in twee werksessies.');
  });

  it('names the largest gaps first and lists every agreed dimension by gap', () => {
    const bullets = doc.paragraphs.filter((p) => p.numbered).map((p) => p.text);
    expect(bullets.slice(0, 3)).toEqual([
      'Governance: van 1 naar 4 (+3)',
      'Mensen & datavaardigheid: van 1,5 naar 4 (+2,5)',
      'Leiderschap & strategie: van 2 naar 4 (+2)',
    ]);
    const gapTable = doc.tables.find((t) => t[0]?.[0] === 'Dimensie' && t[0]?.[3] === 'Verschil')!;
    expect(gapTable.slice(1).map((r) => r[0])).toEqual([
      'Governance',
      'Mensen & datavaardigheid',
      'Leiderschap & strategie',
      'Data',
      'Cultuur',
      'Privacy & ethiek',
      'Techniek & architectuur',
    ]);
    expect(gapTable[1]).toEqual(['Governance', '1', '4', '+3', '1–1,5']);
    const progress = doc.tables.find((t) => t[0]?.[1] === '0-meting')!;
    expect(progress[1]).toEqual(['Leiderschap & strategie', '1,5', '2', '+0,5']);
    expect(progress[8]).toEqual(['Agile werken & experimenteren', '1,5', '–', '–']);
  });

  it('counts respondents per group and never names them', async () => {
    const groups = doc.tables.find(
      (t) => t[0]?.[0] === 'Groep' && t[0]?.[1] === 'Respondenten' && t[0]?.length === 2,
    )!;
    expect(groups).toEqual([
      ['Groep', 'Respondenten'],
      ['Bestuur', '1'],
      ['Managementteam', '1'],
      ['Medewerkers', '1'],
      ['ICT', '1'],
      ['Totaal', '4'],
    ]);
    const everything = [...doc.parts.values()].join('\n');
    for (const name of [WETHOUDER.name, DIRECTEUR.name, TYPED, 'Ilse', 'Vermeer'])
      expect(everything).not.toContain(name);
    // Evidence that names a stakeholder shows the pseudonym, under the group, not the person.
    expect(docText(doc)).toContain('Volgens R01 stuurt het college nog niet op data.');
    // Also with names chosen, the report counts groups: respondents are never listed.
    const named = await readDocx(
      (await build('nulmeting-report', fixture, { useNames: true })).bytes,
    );
    expect(docText(named)).not.toContain(TYPED);
    expect(docText(named)).toContain(`Volgens ${WETHOUDER.name}`);
  });

  it('shows per dimension the agreed levels, gap, spread, group means, reasons and findings', () => {
    const tables = dimensionTables(doc, 'Huidig niveau (afgesproken)');
    expect(tables).toHaveLength(8);
    expect(tables[0]).toEqual([
      ['Huidig niveau (afgesproken)', '2 – Experimenteren'],
      ['Gewenst niveau (afgesproken)', '4 – Verankeren'],
      ['Verschil', '+2'],
      ['Spreiding huidig', '1,5–2,5 (4 scores)'],
      ['Spreiding gewenst', '3,5–4 (4 scores)'],
    ]);
    expect(tables[7]![0]).toEqual(['Huidig niveau (afgesproken)', 'nog niet afgesproken']);
    expect(tables[7]![2]).toEqual(['Verschil', '–']);
    const perGroup = doc.tables.find((t) => t[0]?.[2] === 'Huidig (gem.)')!;
    expect(perGroup.slice(1)).toEqual([
      ['Bestuur', '1', '2', '4'],
      ['Managementteam', '1', '2,5', '4'],
      ['Medewerkers', '1', '1,5', '3,5'],
      ['ICT', '1', '2', '4'],
    ]);
    const text = docText(doc);
    expect(text).toContain(RATIONALE);
    expect(text).toContain(`${FINDING_STATEMENT} (Interview R02 · vraag 3)`);
    expect(text).toContain('Geen bevindingen gekoppeld.');
  });

  it('has the level definitions of the model as appendix', () => {
    const model = modelIn('nl');
    const levels = doc.tables.find((t) => t[0]?.[0] === 'Niveau' && t[0]?.[1] === 'Naam')!;
    expect(levels.slice(1).map((r) => r[1])).toEqual(model.levels.map((l) => l.label));
    const first = doc.tables.find((t) => t[0]?.[1] === 'Hoe dat eruitziet')!;
    expect(first.slice(1).map((r) => r[1])).toEqual(model.dimensions[0]!.levels);
  });

  it('carries the radar as a PNG picture part with the current level drawn', async () => {
    const images = await pngParts(docBytes, 'word/media/');
    // The radar in the summary and the radar per group.
    expect(images).toHaveLength(2);
    const png = decodePng(images[0]!);
    expect(png.width).toBeGreaterThan(800);
    expect(countColour(png, CURRENT_BLUE)).toBeGreaterThan(500);
    expect(doc.documentXml).toContain('Radar met het huidige en het gewenste niveau per dimensie');
    expect(docText(doc)).toContain('Figuur 1. Huidig en gewenst niveau per dimensie');
  });

  it('is written in English when the export language is English', async () => {
    const en = await readDocx((await build('nulmeting-report', fixture, { language: 'en' })).bytes);
    expect(headings(en, 1)).toEqual([
      'Summary',
      'Method',
      'Results per dimension',
      'Conclusions',
      'Appendix: the levels of the model',
    ]);
    expect(headings(en, 2)).toContain(modelIn('en').dimensions[0]!.name);
    const tables = dimensionTables(en, 'Current level (agreed)');
    expect(tables[0]![3]).toEqual(['Spread current', '1.5–2.5 (4 scores)']);
    expect(docText(en)).toContain('Governance: from 1 to 4 (+3)');
  });

  it('reports the measurement export:start names, and refuses one that does not exist', async () => {
    const earlier = fixture.nulmeting!.assessments.find((a) => a.assessment.name === '0-meting')!;
    const zero = await readDocx(
      (await build('nulmeting-report', fixture, {}, earlier.assessment.id)).bytes,
    );
    const text = docText(zero);
    expect(text).toContain('0-meting, 1 oktober 2025');
    expect(text).toContain('2 respondenten');
    expect(headings(zero, 2).some((h) => h.startsWith('Ontwikkeling sinds'))).toBe(false);
    await expect(
      build('nulmeting-report', fixture, {}, '00000000-0000-4000-8000-00000000dead'),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('says so when there is no measurement yet', async () => {
    const empty = await readDocx(
      (await build('nulmeting-report', nulmetingFixture({ empty: true }))).bytes,
    );
    expect(docText(empty)).toContain('Er is nog geen meting vastgelegd.');
    // The model is still there as the appendix.
    expect(headings(empty, 1)).toContain('Bijlage: de niveaus van het model');
  });

  it('keeps hostile text as text, minus the characters XML forbids', async () => {
    const h = await build('nulmeting-report', nulmetingFixture({ hostile: HOSTILE }));
    const hostile = await readDocx(h.bytes);
    expect(h.removed).toBeGreaterThan(0);
    const text = docText(hostile);
    expect(text).toContain(`${CONCLUSIONS} ${HOSTILE_KEPT}`);
    expect(text).toContain(`${RATIONALE} ${HOSTILE_KEPT}`);
    expect(text).toContain(`1-meting ${HOSTILE_KEPT}`);
    // The model's texts are made safe too (and still drawn in the radar).
    expect(headings(hostile, 2)).toContain(`Leiderschap & strategie ${HOSTILE_KEPT}`);
    expect(await pngParts(h.bytes, 'word/media/')).toHaveLength(2);
  });
});

describe('nulmeting scores (Excel)', () => {
  it('has a row per respondent and dimension, by pseudonym, with the levels as numbers', async () => {
    const workbook = await loadWorkbook(xlsxBytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Scores',
      'Consensus',
      'Per groep',
      'Model',
      'Radar',
      'Over dit bestand',
    ]);
    const rows = sheetRows(workbook.getWorksheet('Scores')!);
    const header = rows.findIndex((r) => r[0]?.value === 'Respondent');
    expect(header).toBe(3);
    expect(rows[0]![0]!.value).toBe('Meting: 1-meting, 1 oktober 2026 (gewenst: over 5 jaar).');
    const body = rows.slice(header + 1);
    expect(body).toHaveLength(4 * 8);
    expect([...new Set(body.map((r) => r[0]!.value))]).toEqual([
      'R01',
      'R02',
      'Respondent 3',
      'Respondent 4',
    ]);
    expect(body[0]!.slice(0, 6).map((c) => c.value)).toEqual([
      'R01',
      'Bestuur',
      'Leiderschap & strategie',
      2,
      4,
      'hoog',
    ]);
    expect(body[16]!.slice(6, 7).map((c) => c.value)).toEqual([
      'Volgens R01 stuurt het college nog niet op data.',
    ]);
    for (const name of [WETHOUDER.name, DIRECTEUR.name, TYPED])
      expect(allStrings(workbook).join('\n')).not.toContain(name);
    const named = await loadWorkbook(
      (await build('nulmeting-scores', fixture, { useNames: true })).bytes,
    );
    const namedRows = sheetRows(named.getWorksheet('Scores')!);
    expect([...new Set(namedRows.slice(5).map((r) => r[0]!.value))]).toEqual([
      `${WETHOUDER.name} (R01)`,
      `${DIRECTEUR.name} (R02)`,
      TYPED,
      'Team ICT',
    ]);
  });

  it('has the consensus with gap and spread, the means per group and the model', async () => {
    const workbook = await loadWorkbook(xlsxBytes);
    const consensus = sheetRows(workbook.getWorksheet('Consensus')!);
    const header = consensus.findIndex((r) => r[0]?.value === 'Dimensie');
    const rows = consensus.slice(header + 1).map((r) => r.slice(0, 9).map((c) => c.value));
    expect(rows[0]).toEqual(['Leiderschap & strategie', 2, 4, 2, 1.5, 2.5, 3.5, 4, 4]);
    expect(rows[7]).toEqual(['Agile werken & experimenteren', null, null, null, 1, 2, 3, 3.5, 4]);
    expect(consensus[header + 1]![9]!.value).toBe(RATIONALE);
    expect(consensus[header + 1]![10]!.value).toBe(
      `${FINDING_STATEMENT} (Interview R02 · vraag 3)`,
    );
    const model = modelIn('nl');
    const modelRows = sheetRows(workbook.getWorksheet('Model')!);
    expect(modelRows[0]!.slice(3, 8).map((c) => c.value)).toEqual(
      model.levels.map((l) => `${l.level} ${l.label}`),
    );
    expect(modelRows.slice(1).map((r) => r[0]!.value)).toEqual(model.dimensions.map((d) => d.name));
    expect(modelRows[1]!.slice(3, 8).map((c) => c.value)).toEqual(model.dimensions[0]!.levels);
    const groups = sheetRows(workbook.getWorksheet('Per groep')!);
    expect(groups[1]!.map((c) => c.value)).toEqual(['Leiderschap & strategie', 'Bestuur', 1, 2, 4]);
  });

  it('offers the levels 1, 1.5 … 5 as a drop-down list (openpyxl)', () => {
    const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for name in ['Scores', 'Consensus']:
    out[name] = sorted([[dv.type, dv.formula1, str(dv.sqref)] for dv in wb[name].data_validations.dataValidation], key=lambda v: v[2])
ws = wb['Scores']
out['first'] = [ws.cell(row=5, column=c).value for c in range(1, 6)]
print(json.dumps(out))
`;
    const out = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', script, path.join(dir, 'scores.xlsx')], {
        encoding: 'utf8',
      }),
    ) as Record<string, unknown>;
    const levels = '"1,1.5,2,2.5,3,3.5,4,4.5,5"';
    expect(out.Scores).toEqual([
      ['list', levels, 'D5:D236'],
      ['list', levels, 'E5:E236'],
      ['list', '"laag,middel,hoog"', 'F5:F236'],
    ]);
    expect(out.Consensus).toEqual([
      ['list', levels, 'B4:B211'],
      ['list', levels, 'C4:C211'],
    ]);
    expect(out.first).toEqual(['R01', 'Bestuur', 'Leiderschap & strategie', 2, 4]);
  });

  it('carries the radar as a picture on its own sheet', async () => {
    const parts = await parseAllXmlParts(xlsxBytes);
    const images = await pngParts(xlsxBytes, 'xl/media/');
    expect(images).toHaveLength(1);
    expect(countColour(decodePng(images[0]!), CURRENT_BLUE)).toBeGreaterThan(500);
    expect(parts.get('xl/worksheets/sheet5.xml')).toMatch(/<drawing r:id="[^"]+"\/>/);
    expect([...parts.keys()].some((k) => /^xl\/drawings\/drawing5\.xml$/.test(k))).toBe(true);
  });

  it('keeps hostile text as text, never a formula', async () => {
    const h = await build('nulmeting-scores', nulmetingFixture({ hostile: HOSTILE }));
    const parts = await parseAllXmlParts(h.bytes);
    const workbook = await loadWorkbook(h.bytes);
    expect(h.removed).toBeGreaterThan(0);
    expect(formulaCells(workbook, parts)).toEqual([]);
    expect(allStrings(workbook)).toContain(`${RATIONALE} ${HOSTILE_KEPT}`);
    expect(allStrings(workbook)).toContain(`Leiderschap & strategie ${HOSTILE_KEPT}`);
    expect(await pngParts(h.bytes, 'xl/media/')).toHaveLength(1);
  });
});

describe('LibreOffice', () => {
  it.skipIf(skipOfficeChecks)(
    `prints the report and the workbook with the radar drawn${officeSkipNote}`,
    async () => {
      printToPdf(dir, [path.join(dir, 'nulmeting.docx'), path.join(dir, 'scores.xlsx')]);
      const reportPdf = path.join(dir, 'nulmeting.pdf');
      const text = pdfText(reportPdf);
      for (const heading of [
        'Samenvatting',
        'Grootste verschillen',
        'Resultaten per dimensie',
        'Figuur 1.',
      ])
        expect(text).toContain(heading);
      const lines = pdfImageLines(reportPdf);
      expect(lines).toHaveLength(2);
      // The page of the first picture, drawn: the radar's current level is there in blue.
      const page = Number(lines[0]!.trim().split(/\s+/)[0]);
      const prefix = path.join(dir, 'radar-page');
      execFileSync('pdftoppm', [
        '-r',
        '60',
        '-png',
        '-f',
        String(page),
        '-l',
        String(page),
        reportPdf,
        prefix,
      ]);
      const file = fs
        .readdirSync(dir)
        .find((f) => f.startsWith('radar-page') && f.endsWith('.png'))!;
      expect(
        countColour(decodePng(fs.readFileSync(path.join(dir, file))), CURRENT_BLUE, 40),
      ).toBeGreaterThan(200);
      const sheetPdf = path.join(dir, 'scores.pdf');
      expect(pdfImageLines(sheetPdf)).toHaveLength(1);
      expect(pdfText(sheetPdf)).toContain('Leiderschap & strategie');
    },
    180_000,
  );
});

// ---- The property: the agreed-score view, the workbook and the report agree ----

const level = fc.integer({ min: 2, max: 10 }).map((n) => n / 2);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const measurement = fc
  .record({
    groups: fc.array(fc.constantFrom(...RESPONDENT_GROUPS), { minLength: 1, maxLength: 6 }),
    levels: fc.array(fc.tuple(maybe(level), maybe(level)), { minLength: 48, maxLength: 48 }),
    agreed: fc.array(maybe(fc.tuple(maybe(level), maybe(level))), { minLength: 8, maxLength: 8 }),
  })
  .map(({ groups, levels, agreed }) => {
    const people = groups.map((g, i) => respondent(g, `Persoon ${i + 1}`));
    const scores: Score[] = people.flatMap((r, i) =>
      DIMENSION_IDS.map((dimensionId, d) => {
        const [current, desired] = levels[(i * 8 + d) % levels.length]!;
        return {
          respondentId: r.id,
          dimensionId,
          current,
          desired,
          evidence: '',
          confidence: null,
        };
      }),
    );
    const agreedScores: AgreedScore[] = DIMENSION_IDS.flatMap((dimensionId, d) => {
      const a = agreed[d];
      return a
        ? [
            {
              dimensionId,
              current: a[0],
              desired: a[1],
              rationale: '',
              findingIds: [],
              updatedAt: '2026-10-01T10:00:00.000Z',
            },
          ]
        : [];
    });
    return assessmentView({
      name: '0-meting',
      date: '2026-10-01',
      respondents: people,
      scores,
      agreed: agreedScores,
    });
  });

describe('property', () => {
  it('the report and the workbook print the numbers of summariseAssessment', async () => {
    await fc.assert(
      fc.asyncProperty(measurement, async (view) => {
        const expected: DimensionSummary[] = summariseAssessment(
          DIMENSION_IDS,
          view.respondents,
          view.scores,
          view.agreed,
        );
        const snapshot = nulmetingFixture({ assessments: [view] });
        const workbook = await loadWorkbook((await build('nulmeting-scores', snapshot)).bytes);
        const consensus = sheetRows(workbook.getWorksheet('Consensus')!);
        const header = consensus.findIndex((r) => r[0]?.value === 'Dimensie');
        const rows = consensus
          .slice(header + 1)
          .map((r) => r.slice(1, 9).map((c) => c.value ?? null));
        expect(rows).toEqual(
          expected.map((s) => [
            s.current,
            s.desired,
            s.gap,
            s.spreadCurrent?.min ?? null,
            s.spreadCurrent?.max ?? null,
            s.spreadDesired?.min ?? null,
            s.spreadDesired?.max ?? null,
            s.spreadCurrent?.n ?? 0,
          ]),
        );
        const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
        const perGroup = sheetRows(workbook.getWorksheet('Per groep')!).slice(1);
        expect(perGroup.map((r) => r.slice(2, 5).map((c) => c.value ?? null))).toEqual(
          expected.flatMap((s) => s.byGroup.map((g) => [g.n, round(g.current), round(g.desired)])),
        );
        const report = await readDocx((await build('nulmeting-report', snapshot)).bytes);
        const tables = dimensionTables(report, 'Huidig niveau (afgesproken)');
        expect(tables).toHaveLength(8);
        tables.forEach((table, i) => {
          const s = expected[i]!;
          const levelCell = (v: number | null) =>
            v === null ? 'nog niet afgesproken' : levelText(v, 'nl');
          expect(table[0]![1]!.split(' – ')[0]).toBe(levelCell(s.current));
          expect(table[1]![1]!.split(' – ')[0]).toBe(levelCell(s.desired));
          expect(table[2]![1]).toBe(gapText(s.gap, 'nl'));
          expect(table[3]![1]!.split(' (')[0]).toBe(rangeText(s.spreadCurrent, 'nl'));
          expect(table[4]![1]!.split(' (')[0]).toBe(rangeText(s.spreadDesired, 'nl'));
        });
        // The gap table of the summary: the agreed dimensions, largest gap first.
        const names = modelIn('nl').dimensions.map((d) => d.name);
        const withGap = expected
          .map((s, i) => ({ s, name: names[i]! }))
          .filter(({ s }) => s.gap !== null)
          .sort((a, b) => b.s.gap! - a.s.gap!);
        const gapTable = report.tables.find(
          (r) => r[0]?.[0] === 'Dimensie' && r[0]?.[3] === 'Verschil',
        );
        if (withGap.length === 0) expect(gapTable).toBeUndefined();
        else
          expect(gapTable!.slice(1)).toEqual(
            withGap.map(({ s, name }) => [
              name,
              levelText(s.current, 'nl'),
              levelText(s.desired, 'nl'),
              gapText(s.gap, 'nl'),
              rangeText(s.spreadCurrent, 'nl'),
            ]),
          );
        // The means per group, for each dimension somebody scored.
        const groupTables = report.tables.filter((r) => r[0]?.[2] === 'Huidig (gem.)');
        expect(groupTables.map((r) => r.slice(1).map((c) => c.slice(1)))).toEqual(
          expected
            .filter((s) => s.byGroup.length > 0)
            .map((s) =>
              s.byGroup.map((g) => [
                String(g.n),
                levelText(g.current, 'nl'),
                levelText(g.desired, 'nl'),
              ]),
            ),
        );
      }),
      { numRuns: 6, seed: 15 },
    );
  }, 240_000);
});
