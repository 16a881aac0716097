import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  officeSkipNote,
  pdfImageLines,
  pdfText as readPdfText,
  printToPdf,
  skipOfficeChecks,
} from './office-tools.js';
import { startTempCore, tempDir, type TempCore } from '../helpers/temp-core.js';
import { readDocx } from './docx-read.js';
import { exportThroughCore, findingsSnapshot } from './export-run.js';
import { makeRun } from '../../src/main/export/run-builder.js';
import { stakeholderAnalysisBuilder } from '../../src/main/export/word/stakeholder-analysis.docx.js';
import { stakeholderRegisterBuilder } from '../../src/main/export/excel/stakeholder-register.xlsx.js';
import type { StakeholderToolsData } from '../../src/shared/domain/stakeholder-tools.js';
import {
  allStrings,
  formulaCells,
  loadWorkbook,
  parseAllXmlParts,
  sheetRows,
} from './xlsx-read.js';

// The exports of the stakeholder tools (issue 12): the stakeholder analysis (Word) and the
// stakeholder register with its krachtenveld and actions sheets (Excel), from the demo
// engagement and from one full of hostile text. Everything is read back: the docx's text and
// image parts, the workbook's cells and picture, and LibreOffice must print both to PDF.

const HOSTILE = `a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFFg <script>alert(1)</script> =cmd|' /C calc'!A0 😀👩‍💻 שלום <w:p>&amp;</w:t> ]]> "q"`;
const HOSTILE_KEPT = `abcdefg <script>alert(1)</script> =cmd|' /C calc'!A0 😀👩‍💻 שלום <w:p>&amp;</w:t> ]]> "q"`;
const LONG_NAME = `Stichting ${'Samenwerkende'.repeat(12)} Partners`;

let t: TempCore;
let dir: string;
let demoId: string;
let hostileId: string;
/** Written for the LibreOffice test, and kept for a look when KOERS_KEEP is set. */
const keep = (name: string, bytes: Uint8Array) => {
  fs.writeFileSync(path.join(dir, name), bytes);
  if (process.env.KOERS_KEEP) fs.writeFileSync(path.join(process.env.KOERS_KEEP, name), bytes);
};

beforeAll(async () => {
  t = await startTempCore();
  dir = tempDir('koers-st-');
  demoId = (await t.must('demo:create', {})).engagementId;

  hostileId = (
    await t.must('engagement:create', {
      fields: { clientName: 'Gemeente <Test> & "Co"', title: `Visie ${HOSTILE}` },
    })
  ).engagementId;
  const engagementId = hostileId;
  const person = await t.must('stakeholder:create', {
    engagementId,
    fields: { name: 'Ilse Vermeer', group: 'wethouder' },
  });
  const party = await t.must('party:create', {
    engagementId,
    fields: {
      name: `Partij ${HOSTILE}`,
      kind: 'organisation',
      interests: `Belang ${HOSTILE}`,
      stakeholderIds: [person.id],
    },
  });
  const long = await t.must('party:create', {
    engagementId,
    fields: { name: LONG_NAME, kind: 'group' },
  });
  await t.must('forceField:set', {
    engagementId,
    partyId: party.id,
    fields: { influence: 2, attitude: -1 },
  });
  await t.must('forceFieldSnapshot:take', {
    engagementId,
    fields: { scoredBy: 'Programmateam', takenOn: '2026-02-01' },
  });
  await t.must('forceField:set', {
    engagementId,
    partyId: party.id,
    fields: {
      influence: 5,
      attitude: 2,
      opportunities: `Kans ${HOSTILE}`,
      risks: `Risico: Ilse Vermeer haakt af. ${HOSTILE}`,
      communicationStrategy: `Strategie ${HOSTILE}`,
      nextAction: `Actie ${HOSTILE}`,
      actionOwnerId: person.id,
      actionDue: '2026-04-01',
    },
  });
  await t.must('forceField:set', {
    engagementId,
    partyId: long.id,
    fields: { influence: 1, attitude: 0, nextAction: 'Eerder', actionDue: '2026-03-01' },
  });
  await t.must('role:assign', {
    engagementId,
    stakeholderId: person.id,
    roleId: 'boegbeeld',
    note: `Rol ${HOSTILE}`,
  });
  const finding = await t.must('finding:create', {
    engagementId,
    source: { type: 'direct' },
    fields: { statement: `Bevinding ${HOSTILE}`, kind: 'risico' },
  });
  const iceberg = await t.must('iceberg:create', {
    engagementId,
    fields: { title: `Knelpunt ${HOSTILE}` },
  });
  await t.must('icebergItem:create', {
    engagementId,
    icebergId: iceberg.id,
    fields: { layer: 'patronen', text: `Patroon ${HOSTILE}`, findingId: finding.id },
  });
  await t.must('interestConflict:create', {
    engagementId,
    fields: {
      partyAId: party.id,
      partyBId: long.id,
      description: `Botsing ${HOSTILE}`,
      bridge: `Brug ${HOSTILE}`,
    },
  });
  await t.must('valueMap:setWeight', {
    engagementId,
    partyId: party.id,
    valueId: (await t.must('stakeholderTools:guide', { engagementId })).values[0]!.id,
    weight: 3,
  });
}, 120_000);

afterAll(async () => {
  await t?.dispose();
});

async function imageParts(bytes: Uint8Array, folder: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: string[] = [];
  for (const [name, entry] of Object.entries(zip.files))
    if (name.startsWith(folder) && name.endsWith('.png')) {
      const b = await entry.async('uint8array');
      if (
        b.length > 100 &&
        Buffer.from(b.subarray(0, 8)).toString('latin1') === '\x89PNG\r\n\x1a\n'
      )
        out.push(name);
    }
  return out;
}

const docText = async (bytes: Uint8Array) =>
  (await readDocx(bytes)).paragraphs.map((p) => p.text).join('\n');

describe('stakeholder analysis (Word)', () => {
  it('writes the demo: parties, krachtenveld picture with movement, strategy per party, value map, icebergs, conflicts, roles, actions', async () => {
    const { bytes, fileName } = await exportThroughCore(t, demoId, 'stakeholder-analysis');
    expect(fileName).toMatch(/^stakeholderanalyse-gemeente-dijkhaven-\d{4}-\d{2}-\d{2}\.docx$/);
    keep('st-demo-nl.docx', bytes);
    const doc = await readDocx(bytes);
    const text = doc.paragraphs.map((p) => p.text).join('\n');
    for (const h of [
      'Krachtenveld',
      'Strategie per partij',
      'Waardenkaart',
      'Knelpunten (ijsbergmodel)',
      'Tegengestelde belangen',
      'Rollen',
      'Communicatieacties',
    ])
      expect(doc.paragraphs.some((p) => p.style === 'Heading1' && p.text === h)).toBe(true);
    const parties = await t.must('party:list', { engagementId: demoId });
    const positions = await t.must('forceField:list', { engagementId: demoId });
    for (const p of parties) expect(text).toContain(p.name);
    // A strategy table per placed party, with its own texts.
    for (const pos of positions) {
      const party = parties.find((p) => p.id === pos.partyId)!;
      expect(doc.paragraphs.some((p) => p.style === 'Heading2' && p.text === party.name)).toBe(
        true,
      );
      const table = doc.tables.find((tb) => tb.some((r) => r[1] === pos.communicationStrategy));
      if (pos.communicationStrategy) expect(table).toBeDefined();
      if (pos.nextAction) expect(text + doc.tables.flat(2).join('\n')).toContain(pos.nextAction);
    }
    // Movement since an earlier scoring.
    expect(text).toMatch(/De pijlen tonen hoe partijen zijn verschoven sinds de meting van/);
    // Pictures: the krachtenveld, the value map and one iceberg per knelpunt, referenced.
    const icebergs = await t.must('iceberg:list', { engagementId: demoId });
    const images = await imageParts(bytes, 'word/media/');
    // The demo's logo is a picture too (cover and header).
    expect(images.length).toBeGreaterThanOrEqual(2 + icebergs.length);
    for (const alt of ['Krachtenveld: partijen', 'Waardenkaart: partijen', 'IJsbergmodel: '])
      expect(doc.documentXml).toContain(`descr="${alt}`);
    expect((doc.documentXml.match(/descr="IJsbergmodel: /g) ?? []).length).toBe(icebergs.length);
    const rels = doc.parts.get('word/_rels/document.xml.rels')!;
    for (const image of images) expect(rels).toContain(image.replace('word/', ''));
    expect((doc.documentXml.match(/<pic:pic\b/g) ?? []).length).toBeGreaterThanOrEqual(
      2 + icebergs.length,
    );
    expect(text).toContain('Figuur 1. Krachtenveld');
    expect(text).toContain('Figuur 2. Waardenkaart');
    // Iceberg items by layer, and the findings they rest on named.
    for (const iceberg of icebergs) {
      expect(text).toContain(iceberg.title);
      for (const item of iceberg.items) expect(text).toContain(item.text);
    }
    const linked = icebergs.flatMap((i) => i.items).filter((i) => i.findingId);
    const findings = await t.must('finding:list', { engagementId: demoId });
    for (const item of linked)
      expect(text).toContain(
        `bevinding: ${findings.find((f) => f.id === item.findingId)!.statement}`,
      );
    // Conflicts with their bridge.
    const conflicts = await t.must('interestConflict:list', { engagementId: demoId });
    const cells = doc.tables.flat(2).join('\n');
    for (const c of conflicts) {
      expect(cells).toContain(c.description);
      if (c.bridge) expect(cells).toContain(c.bridge);
    }
    // Actions by date: the dates in the actions table ascend.
    const actions = doc.tables.find(
      (tb) => tb[0]?.[0] === 'Datum' && tb[0]?.[2] === 'Volgende actie',
    )!;
    expect(actions.length - 1).toBe(positions.filter((p) => p.nextAction.trim()).length);
    const dues = positions
      .filter((p) => p.nextAction.trim() && p.actionDue)
      .map((p) => p.actionDue!)
      .sort();
    expect(actions.length).toBeGreaterThan(1);
    expect(dues.length).toBeGreaterThan(0);
    // Pseudonyms by default: no stakeholder's name anywhere, roles by pseudonym.
    const stakeholders = await t.must('stakeholder:list', { engagementId: demoId });
    const all = `${text}\n${cells}`;
    for (const s of stakeholders) expect(all).not.toContain(s.name);
    const roles = await t.must('role:list', { engagementId: demoId });
    for (const r of roles)
      expect(cells).toContain(stakeholders.find((s) => s.id === r.stakeholderId)!.pseudonym);
  }, 120_000);

  it('uses names only when asked, and is written in English on request', async () => {
    const named = await exportThroughCore(t, demoId, 'stakeholder-analysis', { useNames: true });
    const roles = await t.must('role:list', { engagementId: demoId });
    const stakeholders = await t.must('stakeholder:list', { engagementId: demoId });
    const cells = (await readDocx(named.bytes)).tables.flat(2).join('\n');
    for (const r of roles)
      expect(cells).toContain(stakeholders.find((s) => s.id === r.stakeholderId)!.name);

    const { bytes, fileName } = await exportThroughCore(t, demoId, 'stakeholder-analysis', {
      language: 'en',
    });
    expect(fileName).toMatch(/^stakeholder-analysis-/);
    keep('st-demo-en.docx', bytes);
    const text = await docText(bytes);
    for (const h of ['Force field', 'Strategy per party', 'Value map', 'Communication actions'])
      expect(text).toContain(h);
    expect(text).not.toContain('Strategie per partij');
  }, 120_000);

  it('keeps hostile text: control characters gone and counted, markup as text, long names, names pseudonymised', async () => {
    const { bytes, removedCharacters } = await exportThroughCore(
      t,
      hostileId,
      'stakeholder-analysis',
    );
    keep('st-hostile.docx', bytes);
    const doc = await readDocx(bytes);
    const all = `${doc.paragraphs.map((p) => p.text).join('\n')}\n${doc.tables.flat(2).join('\n')}`;
    expect(removedCharacters).toBeGreaterThan(0);
    for (const prefix of [
      'Partij',
      'Belang',
      'Kans',
      'Strategie',
      'Actie',
      'Knelpunt',
      'Patroon',
      'Botsing',
      'Brug',
      'Rol',
    ])
      expect(all).toContain(`${prefix} ${HOSTILE_KEPT}`);
    expect(all).toContain(`bevinding: Bevinding ${HOSTILE_KEPT}`);
    expect(all).toContain(LONG_NAME);
    expect(all).not.toContain('Ilse Vermeer');
    expect(all).toContain('Risico: R01 haakt af.');
    expect(all).toContain('R01, boegbeeld');
    expect((await imageParts(bytes, 'word/media/')).length).toBe(3);
    // The earlier action first.
    const actions = doc.tables.find((tb) => tb[0]?.[2] === 'Volgende actie')!;
    expect(actions.slice(1).map((r) => r[0])).toEqual(['1 maart 2026', '1 april 2026']);
  }, 120_000);
});

describe('an engagement whose stakeholder tools were never opened', () => {
  // The export reads inside one transaction: it must not try to add the fixed parties there.
  it('exports both documents, saying there is nothing yet', async () => {
    const { engagementId } = await t.must('engagement:create', {
      fields: { clientName: 'Leeg', title: 'Leeg' },
    });
    const word = await exportThroughCore(t, engagementId, 'stakeholder-analysis');
    const text = await docText(word.bytes);
    expect(text).toContain('Er staan nog geen partijen in het krachtenveld.');
    expect(text).toContain('Er zijn nog geen acties vastgelegd.');
    const excel = await exportThroughCore(t, engagementId, 'stakeholder-register');
    const strings = allStrings(await loadWorkbook(excel.bytes));
    expect(strings).toContain('Er staan nog geen partijen in het krachtenveld.');
    expect(strings).toContain('Er zijn nog geen acties vastgelegd.');
  }, 60_000);
});

describe('stakeholder register (Excel)', () => {
  it('adds the krachtenveld, actions and picture sheets to the register, by pseudonym', async () => {
    const { bytes } = await exportThroughCore(t, demoId, 'stakeholder-register');
    keep('st-register-demo.xlsx', bytes);
    const parts = await parseAllXmlParts(bytes);
    const workbook = await loadWorkbook(bytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Stakeholders Gemeente Dijkhaven',
      'Krachtenveld',
      'Acties',
      'Krachtenveldfiguur',
      'Over dit bestand',
    ]);
    expect(formulaCells(workbook, parts)).toEqual([]);
    const rows = sheetRows(workbook.getWorksheet('Krachtenveld')!).map((r) =>
      r.map((c) => c.value),
    );
    expect(rows[0]).toEqual([
      'Partij',
      'Soort',
      'Invloed',
      'Houding',
      'Kwadrant',
      'Kansen',
      'Risico’s',
      'Communicatiestrategie',
      'Volgende actie',
      'Eigenaar',
      'Datum',
    ]);
    const parties = await t.must('party:list', { engagementId: demoId });
    const positions = await t.must('forceField:list', { engagementId: demoId });
    const guide = await t.must('stakeholderTools:guide', { engagementId: demoId });
    expect(rows.length - 1).toBe(positions.length);
    for (const pos of positions) {
      const party = parties.find((p) => p.id === pos.partyId)!;
      const row = rows.find((r) => r[0] === party.name)!;
      expect(row).toBeDefined();
      expect(row.slice(2, 9)).toEqual([
        pos.influence,
        pos.attitude,
        guide.forceField.quadrants.find((q) => q.id === pos.quadrantId)!.name,
        pos.opportunities,
        pos.risks,
        pos.communicationStrategy,
        pos.nextAction,
      ]);
      if (pos.actionDue) expect((row[10] as Date).toISOString().slice(0, 10)).toBe(pos.actionDue);
    }
    // Most influence first.
    const influence = rows.slice(1).map((r) => r[2] as number);
    expect(influence).toEqual([...influence].sort((a, b) => b - a));
    // Actions by date.
    const actions = sheetRows(workbook.getWorksheet('Acties')!).map((r) => r.map((c) => c.value));
    expect(actions[0]).toEqual(['Datum', 'Partij', 'Volgende actie', 'Eigenaar']);
    const dates = actions
      .slice(1)
      .map((r) => (r[0] instanceof Date ? r[0].toISOString().slice(0, 10) : '9999'));
    expect(dates.length).toBe(positions.filter((p) => p.nextAction.trim()).length);
    expect(dates).toEqual([...dates].sort());
    // Owners by pseudonym; no stakeholder's name anywhere.
    const stakeholders = await t.must('stakeholder:list', { engagementId: demoId });
    const strings = allStrings(workbook).join('\n');
    for (const s of stakeholders) expect(strings).not.toContain(s.name);
    const owned = positions.filter((p) => p.actionOwnerId);
    expect(owned.length).toBeGreaterThan(0);
    for (const p of owned)
      expect(strings).toContain(stakeholders.find((s) => s.id === p.actionOwnerId)!.pseudonym);
    // The picture sheet: one PNG, drawn on the fourth sheet.
    expect(await imageParts(bytes, 'xl/media/')).toHaveLength(1);
    expect(parts.get('xl/worksheets/sheet4.xml')).toMatch(/<drawing r:id="[^"]+"\/><\/worksheet>/);
    expect(workbook.getWorksheet('Krachtenveldfiguur')!.getImages()).toHaveLength(1);
  }, 120_000);

  it('keeps hostile text in the new sheets, in English on request', async () => {
    const { bytes, removedCharacters } = await exportThroughCore(
      t,
      hostileId,
      'stakeholder-register',
      { language: 'en' },
    );
    keep('st-register-hostile.xlsx', bytes);
    const parts = await parseAllXmlParts(bytes);
    const workbook = await loadWorkbook(bytes);
    expect(removedCharacters).toBeGreaterThan(0);
    expect(formulaCells(workbook, parts)).toEqual([]);
    const rows = sheetRows(workbook.getWorksheet('Force field')!).map((r) => r.map((c) => c.value));
    expect(rows.slice(1).map((r) => r[0])).toEqual([`Partij ${HOSTILE_KEPT}`, LONG_NAME]);
    expect(rows[1]!.slice(5, 10)).toEqual([
      `Kans ${HOSTILE_KEPT}`,
      `Risico: R01 haakt af. ${HOSTILE_KEPT}`,
      `Strategie ${HOSTILE_KEPT}`,
      `Actie ${HOSTILE_KEPT}`,
      'R01, figurehead',
    ]);
    const actions = sheetRows(workbook.getWorksheet('Actions')!).map((r) => r.map((c) => c.value));
    expect(actions.slice(1).map((r) => r[1])).toEqual([LONG_NAME, `Partij ${HOSTILE_KEPT}`]);
    expect(allStrings(workbook).join('\n')).not.toContain('Ilse Vermeer');
  }, 120_000);
});

describe('lone surrogates, given to the builders directly', () => {
  it('leaves them out of both documents and counts them', async () => {
    const base = await findingsSnapshot(t, hostileId);
    const withTools = await (async () => {
      // The snapshot as the core reads it for these documents.
      const { bytes } = await exportThroughCore(t, hostileId, 'stakeholder-analysis');
      expect(bytes.length).toBeGreaterThan(0);
      const parties = await t.must('party:list', { engagementId: hostileId });
      const positions = await t.must('forceField:list', { engagementId: hostileId });
      const guideNl = await t.must('stakeholderTools:guide', {
        engagementId: hostileId,
        language: 'nl',
      });
      const guideEn = await t.must('stakeholderTools:guide', {
        engagementId: hostileId,
        language: 'en',
      });
      const lone = (text: string) => `${text}\uD800x\uDC00y\uDBFF`;
      const tools: StakeholderToolsData = {
        guides: { nl: guideNl, en: guideEn },
        parties: parties.map((p) => ({ ...p, name: lone('Partij') })),
        positions: positions.map((p) => ({ ...p, nextAction: lone('Actie') })),
        snapshots: [],
        valueWeights: [],
        icebergs: [],
        conflicts: [],
        roles: [],
      };
      return { ...base, stakeholderTools: tools };
    })();
    const run = (type: 'stakeholder-analysis' | 'stakeholder-register') =>
      makeRun(
        { type, snapshot: withTools, options: { useNames: false, confidential: false } },
        () => undefined,
        new AbortController().signal,
      );
    const wordRun = run('stakeholder-analysis');
    const docx = await stakeholderAnalysisBuilder.build(wordRun);
    expect(wordRun.text.removed).toBeGreaterThanOrEqual(6);
    const doc = await readDocx(docx);
    const all = `${doc.paragraphs.map((p) => p.text).join('\n')}\n${doc.tables.flat(2).join('\n')}`;
    expect(all).toContain('Partijxy');
    expect(all).toContain('Actiexy');
    expect(all).not.toMatch(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])/u);
    const excelRun = run('stakeholder-register');
    const xlsx = await stakeholderRegisterBuilder.build(excelRun);
    await parseAllXmlParts(xlsx);
    const rows = sheetRows((await loadWorkbook(xlsx)).getWorksheet('Krachtenveld')!);
    expect(rows[1]!.map((c) => c.value)).toContain('Partijxy');
    expect(rows[1]!.map((c) => c.value)).toContain('Actiexy');
    expect(excelRun.text.removed).toBeGreaterThanOrEqual(6);
  }, 60_000);
});

// After the others: the files they wrote, printed in one LibreOffice run.
describe('the stakeholder exports in LibreOffice', () => {
  it.skipIf(skipOfficeChecks)(
    `prints to PDF with the party names and the chart pictures${officeSkipNote}`,
    async () => {
      const files = ['st-demo-nl.docx', 'st-hostile.docx', 'st-register-demo.xlsx'].map((f) =>
        path.join(dir, f),
      );
      for (const f of files) expect(fs.existsSync(f)).toBe(true);
      printToPdf(dir, files);
      const pdfText = (name: string) => readPdfText(path.join(dir, name));
      const images = (name: string) => pdfImageLines(path.join(dir, name));
      const demo = pdfText('st-demo-nl.pdf');
      const parties = await t.must('party:list', { engagementId: demoId });
      for (const p of parties) expect(demo).toContain(p.name);
      expect(demo).toContain('Figuur 1. Krachtenveld');
      const icebergs = await t.must('iceberg:list', { engagementId: demoId });
      // The charts are printed as pictures: krachtenveld, value map, the icebergs (and the logo).
      const big = images('st-demo-nl.pdf').filter((line) => {
        const [, , , width] = line.trim().split(/\s+/);
        return Number(width) >= 800;
      });
      expect(big.length).toBeGreaterThanOrEqual(2 + icebergs.length);
      expect(images('st-register-demo.pdf').length).toBeGreaterThanOrEqual(1);
      expect(pdfText('st-register-demo.pdf')).toContain('Ondernemersvereniging');
      const hostile = pdfText('st-hostile.pdf');
      expect(hostile).toContain('<script>alert(1)</script>');
      expect(hostile).toContain('Samenwerkende');
    },
    240_000,
  );
});
