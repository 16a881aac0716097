import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/shared/charts/svg.js';
import { posterSvg } from '../../src/shared/poster/poster-svg.js';
import { versionPoster } from '../../src/shared/poster/version-poster.js';
import { startTempCore, tempDir, type TempCore } from '../helpers/temp-core.js';
import { headings, readDocx, type DocxContent } from './docx-read.js';
import { exportThroughCore } from './export-run.js';
import { pdfText } from './office-tools.js';
import { loadWorkbook, parseAllXmlParts, sheetRows } from './xlsx-read.js';

// The routekaart's exports through the core, from the demo engagement: the snapshot's roadmap,
// nulmeting, vision and adoption parts read from the database, the implementatieplan built in
// the export worker and the planning workbook in process.

let t: TempCore;
let demoId: string;
let doc: DocxContent;
let docName: string;
let xlsx: Uint8Array;
let xlsxName: string;
let names: string[];
let titles: string[];

const LINKED = 'Gekoppeld aan een verschil dat een actie dicht';
const UNLINKED = 'Aan geen enkele actie gekoppeld';

/**
 * Two interview findings: one behind the agreed score of a gap an action closes, one behind
 * nothing. (The demo's vision is adopted, so its passages take no new findings.)
 */
async function addFindings(engagementId: string): Promise<void> {
  const items = (await t.must('roadmap:get', { engagementId })).items;
  const gaps = await t.must('nulmeting:gaps', { engagementId });
  const gap = gaps.find((g) => items.some((i) => i.gapDimensionIds.includes(g.dimensionId)))!;
  const view = await t.must('assessment:get', { engagementId, id: gap.assessmentId });
  const agreed = view.agreed.find((a) => a.dimensionId === gap.dimensionId)!;
  const interviewId = (await t.must('interview:list', { engagementId }))[0]!.id;
  const add = (statement: string) =>
    t.must('finding:create', {
      engagementId,
      source: { type: 'interview', interviewId, questionId: null },
      fields: { statement, kind: 'uitdaging' },
    });
  const linked = await add(LINKED);
  await add(UNLINKED);
  await t.must('agreed:set', {
    engagementId,
    assessmentId: gap.assessmentId,
    dimensionId: gap.dimensionId,
    fields: { findingIds: [...agreed.findingIds, linked.id] },
  });
}

beforeAll(async () => {
  t = await startTempCore();
  demoId = (await t.must('demo:create', {})).engagementId;
  names = (await t.must('stakeholder:list', { engagementId: demoId })).map((s) => s.name);
  titles = (await t.must('roadmap:get', { engagementId: demoId })).items.map((i) => i.title);
  await addFindings(demoId);
  const d = await exportThroughCore(t, demoId, 'implementation-plan');
  doc = await readDocx(d.bytes);
  if (process.env.KOERS_KEEP)
    (await import('node:fs')).writeFileSync(
      `${process.env.KOERS_KEEP}/demo-implementatieplan.docx`,
      d.bytes,
    );
  docName = d.fileName;
  const x = await exportThroughCore(t, demoId, 'roadmap-planning');
  xlsx = x.bytes;
  xlsxName = x.fileName;
}, 180_000);

afterAll(async () => {
  await t?.dispose();
});

const docText = (content: DocxContent) =>
  [...content.paragraphs.map((p) => p.text), ...content.tables.flat(2)].join('\n');

describe('routekaart exports of the demo engagement', () => {
  it('names the files after the type and the client', () => {
    expect(docName).toMatch(/^implementatieplan-gemeente-dijkhaven-\d{4}-\d{2}-\d{2}\.docx$/);
    expect(xlsxName).toMatch(/^planning-routekaart-gemeente-dijkhaven-\d{4}-\d{2}-\d{2}\.xlsx$/);
  });

  it('makes the plan with its chapters, a card per action and no stakeholder name', () => {
    expect(titles.length).toBeGreaterThanOrEqual(20);
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
    const h3 = headings(doc, 3);
    for (const title of titles) expect(h3, title).toContain(title);
    const text = docText(doc);
    for (const name of names) expect(text, name).not.toContain(name);
    // The gap table of the nulmeting the routekaart closes, with levels.
    const gaps = doc.tables.find((tb) => tb[0]?.[0] === 'Dimensie');
    expect(gaps?.length).toBeGreaterThan(2);
  });

  it('traces the demo actions to gaps and passages with findings and their sources', () => {
    const trace = doc.tables.find(
      (tb) => tb[0]?.join('|') === 'Actie|Verschil of visie|Bevindingen en bron',
    )!;
    expect(trace).toBeDefined();
    const actions = trace.map((r) => r[0]).filter((a) => a !== '' && a !== 'Actie');
    expect(actions).toEqual(titles);
    expect(trace.some((r) => r[1]?.startsWith('Verschil: '))).toBe(true);
    expect(trace.some((r) => r[1]?.startsWith('Visie: '))).toBe(true);
    // Findings with their source: an interview by pseudonym or a document.
    expect(trace.filter((r) => /\(.+\)$/m.test(r[2] ?? '')).length).toBeGreaterThan(5);
    expect(trace.some((r) => /\(Interview R\d\d/.test(r[2] ?? ''))).toBe(true);
  });

  // The plan's snapshot reads only the findings its traces point at (by id, in SQL), not all of
  // the engagement's: the appendix still lists those, and no other.
  it('lists in the appendix a finding behind an action, not one behind none', () => {
    const trace = doc.tables
      .find((tb) => tb[0]?.join('|') === 'Actie|Verschil of visie|Bevindingen en bron')!
      .map((r) => r[2] ?? '')
      .join('\n');
    expect(trace).toMatch(new RegExp(`^${LINKED} \\(Interview R\\d\\d.*\\)$`, 'm'));
    expect(trace).not.toContain(UNLINKED);
  });

  it('writes the planning workbook with one row per demo action', async () => {
    await parseAllXmlParts(xlsx);
    const wb = await loadWorkbook(xlsx);
    const rows = sheetRows(wb.getWorksheet('Acties')!);
    const header = rows.findIndex((r) => r[0]?.value === 'Nr');
    expect(rows.slice(header + 1).map((r) => r[1]?.value)).toEqual(titles);
    const timeline = sheetRows(wb.getWorksheet('Tijdlijn')!);
    const filled = timeline.flat().filter((c) => (c.fill as { fgColor?: unknown })?.fgColor);
    expect(filled.length).toBeGreaterThan(titles.length);
  });
});

// These change the demo (a revision, poster settings, a version, an item's title): they run last.
describe('the routekaart on the demo’s vision poster', () => {
  const svgOf = async () =>
    new TextDecoder().decode((await exportThroughCore(t, demoId, 'poster-svg')).bytes);
  const versionSvg = async (id: string) => {
    const [engagement, version, adoption] = await Promise.all([
      t.must('engagement:get', { engagementId: demoId }),
      t.must('visionVersion:get', { engagementId: demoId, id }),
      t.must('adoption:visionStatus', { engagementId: demoId }),
    ]);
    const { input, options } = versionPoster(engagement, version, adoption);
    return posterSvg(input, options);
  };

  it('prints the actions on the A0 poster (SVG and PDF text), not on the demo’s A3 one', async () => {
    const a3 = await svgOf();
    expect(a3).not.toContain('class="roadmap-item"');
    expect(a3).not.toContain('Datateam inrichten');
    // The demo's vision is adopted: a revision opens its poster settings again.
    await t.must('adoption:startRevision', { engagementId: demoId });
    await t.must('vision:setPoster', { engagementId: demoId, fields: { format: 'A0' } });
    const a0 = await svgOf();
    expect(a0).toMatch(/width="841mm" height="1189mm"/);
    expect(a0).toContain('>ROUTEKAART<');
    for (const title of [
      'Datateam inrichten',
      'Open data publiceren',
      '2-meting datavolwassenheid',
    ])
      expect(a0).toContain(`>${escapeXml(title)}</tspan>`);
    const pdf = path.join(tempDir('koers-poster-band-'), 'poster.pdf');
    fs.writeFileSync(pdf, (await exportThroughCore(t, demoId, 'poster-pdf')).bytes);
    const text = pdfText(pdf);
    expect(text).toContain('Datateam inrichten');
    expect(text).toContain('Data-architectuur');
    // Switched off, the A0 poster has no band; the setting is kept with the poster's others.
    await t.must('vision:setPoster', { engagementId: demoId, fields: { roadmapBand: false } });
    expect((await t.must('vision:get', { engagementId: demoId })).poster).toMatchObject({
      format: 'A0',
      roadmapBand: false,
    });
    expect(await svgOf()).not.toContain('Datateam inrichten');
    await t.must('vision:setPoster', { engagementId: demoId, fields: { roadmapBand: null } });
  }, 60_000);

  it('keeps a version’s band as frozen when the routekaart changes afterwards', async () => {
    const versions = await t.must('visionVersion:list', { engagementId: demoId });
    // 0.3 was frozen before the routekaart had actions: its poster has no band.
    const older = versions.find((v) => v.label === '0.3')!;
    expect(
      (await t.must('visionVersion:get', { engagementId: demoId, id: older.id })).content,
    ).not.toHaveProperty('roadmap');
    expect(await versionSvg(older.id)).not.toContain('roadmap-');

    const frozen = await t.must('vision:freeze', { engagementId: demoId, status: 'concept' });
    expect(frozen.content.roadmap?.items.map((i) => i.title)).toContain('Datateam inrichten');
    const before = await versionSvg(frozen.id);
    expect(before).toContain('>Datateam inrichten</tspan>');

    const plan = await t.must('roadmap:get', { engagementId: demoId });
    const item = plan.items.find((i) => i.title === 'Datateam inrichten')!;
    await t.must('roadmapItem:update', {
      engagementId: demoId,
      id: item.id,
      fields: { title: 'Datateam van vier fte' },
    });
    const after = await versionSvg(frozen.id);
    expect(after).toBe(before);
    expect(after).not.toContain('Datateam van vier fte');
    // The working copy's poster shows the plan as it is now.
    const working = await svgOf();
    expect(working).toContain('>Datateam van vier fte</tspan>');
    expect(working).not.toContain('Datateam inrichten');
  }, 60_000);
});
