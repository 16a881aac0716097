import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportOptions, ExportType } from '../../src/shared/domain/export.js';
import { exportFileName } from '../../src/shared/domain/export-file-name.js';
import type { VisionSnapshot } from '../../src/shared/domain/vision.js';
import { posterSvg } from '../../src/shared/poster/poster-svg.js';
import { posterInputFromVision } from '../../src/shared/poster/vision-poster-input.js';
import { makeRun } from '../../src/main/export/run-builder.js';
import { exportDescriptor } from '../../src/main/export/registry.js';
import type { EngagementSnapshot } from '../../src/main/export/snapshot.js';
import { posterVersion as sharedPosterVersion } from '../../src/shared/poster/poster-version.js';
import { workingCopyPosterSvg } from '../../src/renderer/pages/vision/poster-preview.js';
import { startTempCore, tempDir, type TempCore } from '../helpers/temp-core.js';
import { exportThroughCore } from './export-run.js';
import { readDocx, headings, type DocxContent } from './docx-read.js';
import { officeSkipNote, pdfText, printToPdf, skipOfficeChecks } from './office-tools.js';
import { decodePng } from './png-read.js';
import { FINDINGS, INWONER, KERNVISIE, WETHOUDER, visionFixture } from './vision-fixture.js';

// The exports of step 3 (issue 13): the Visiedocument (Word) and the vision poster as SVG, PNG
// and PDF, built from a hand-made snapshot; every file is read back (the docx's text and
// tables, the PNG's pixels, the PDF's page size, fonts and text, the SVG against the preview's).

const HOSTILE = `a\u0000b\u0008c\uFFFEd <script>alert(1)</script> =cmd|' /C calc'!A0 😀 שלום <w:p>&amp;</w:t> ]]> "q"`;
const HOSTILE_KEPT = `abcd <script>alert(1)</script> =cmd|' /C calc'!A0 😀 שלום <w:p>&amp;</w:t> ]]> "q"`;

async function build(
  type: ExportType,
  snapshot: EngagementSnapshot,
  options: Partial<ExportOptions> = {},
) {
  const builder = await exportDescriptor(type).load();
  const progress: number[] = [];
  const run = makeRun(
    { type, snapshot, options: { useNames: false, confidential: false, ...options } },
    (f) => progress.push(f),
    new AbortController().signal,
  );
  const bytes = await builder.build(run);
  return { bytes, progress, removed: run.text.removed, mimeType: builder.mimeType };
}

const docText = (doc: DocxContent) =>
  [...doc.paragraphs.map((p) => p.text), ...doc.tables.flat(2)].join('\n');
const allParts = (doc: DocxContent) => [...doc.parts.values()].join('\n');

let dir: string;
let fixture: EngagementSnapshot;
let doc: DocxContent;
let docBytes: Uint8Array;
let named: DocxContent;
let hostile: DocxContent;
let hostileRemoved: number;
let svg: string;
let png: Uint8Array;
let pngProgress: number[];
let pdfFile: string;

beforeAll(async () => {
  dir = tempDir('koers-vision-');
  fixture = visionFixture();
  docBytes = (await build('vision-document', fixture)).bytes;
  fs.writeFileSync(path.join(dir, 'visiedocument.docx'), docBytes);
  doc = await readDocx(docBytes);
  named = await readDocx((await build('vision-document', fixture, { useNames: true })).bytes);
  const h = await build('vision-document', visionFixture({ hostile: HOSTILE }));
  hostile = await readDocx(h.bytes);
  hostileRemoved = h.removed;
  svg = new TextDecoder().decode((await build('poster-svg', fixture)).bytes);
  const p = await build('poster-png', fixture);
  png = p.bytes;
  pngProgress = p.progress;
  pdfFile = path.join(dir, 'poster.pdf');
  fs.writeFileSync(pdfFile, (await build('poster-pdf', fixture)).bytes);
}, 60_000);

describe('Visiedocument (Word)', () => {
  it('opens with the kernvisie and has the chapters of the method', () => {
    const h1 = headings(doc, 1);
    expect(h1).toEqual([
      'Kernvisie',
      'Aanleiding',
      'Aanpak',
      'Thema’s',
      'Ambities',
      'Kernwaarden',
      'Randvoorwaarden',
      'Vervolg',
      'Visieposter',
      'Bijlage: verantwoording',
    ]);
    const text = docText(doc);
    expect(text).toContain(KERNVISIE);
    // The kernvisie has its page: it is the first chapter and the next one starts a new page.
    const at = (test: (p: DocxContent['paragraphs'][number]) => boolean) =>
      doc.paragraphs.findIndex(test);
    const kern = at((p) => p.style === 'Heading1' && p.text === 'Kernvisie');
    const next = at((p) => p.style === 'Heading1' && p.text === 'Aanleiding');
    const body = at((p) => p.text === KERNVISIE);
    expect(kern).toBeLessThan(body);
    expect(body).toBeLessThan(next);
    expect(doc.paragraphs.slice(kern + 1, next).every((p) => !p.style?.startsWith('Heading'))).toBe(
      true,
    );
    expect(text).toContain('Gemeente Dijkhaven');
    expect(text).toContain('concept 0.2');
  });

  it('counts the four steps and the interviews per group', () => {
    const steps = doc.tables.find((t) => t[0]?.[0] === 'Stap')!;
    expect(steps.map((r) => r[2])).toEqual([
      'Omvang',
      '7 documenten',
      '5 interviews',
      '2 sessies met 31 deelnemers',
      '48 bevindingen',
    ]);
    const groups = doc.tables.find((t) => t[0]?.[0] === 'Groep')!;
    expect(groups.slice(1)).toEqual([
      ['Directie', '1'],
      ['Wethouders', '2'],
      ['Inwoners', '3'],
    ]);
  });

  it('gives every theme its passage, meaning, portfolio and support with quotes', () => {
    expect(headings(doc, 2)).toEqual(
      expect.arrayContaining(['Dienstverlening zonder drempels', 'Sturen op actuele cijfers']),
    );
    const text = docText(doc);
    for (const line of [
      'Inwoners geven hun gegevens één keer en zien wat de gemeente ermee doet.',
      'Voor inwoners: Minder formulieren en sneller antwoord.',
      'Voor medewerkers: Gegevens staan klaar, zonder overtypen.',
      'Voor het bestuur: Zicht op wachttijden per maand.',
      `Portefeuille: ${WETHOUDER.name}`,
      'Deze passage rust op 2 bevindingen, uit: Inwoners (1), zonder groep (1).',
      'Deze passage rust op 1 bevinding, uit: Wethouders (1).',
      'We kijken nu pas in mei naar wat er in januari gebeurde.',
      'In 2028 werkt elk team met een eigen dashboard',
      'Zorgvuldig – We gaan veilig om met gegevens.',
      'Een datateam met vaste bezetting',
      'Routekaart',
      'Nulmeting',
    ])
      expect(text).toContain(line);
    // The quote in the quote style, under its source as the findings report names it.
    const quotes = doc.paragraphs.filter((p) => p.style === 'Quote').map((p) => p.text);
    expect(quotes.some((q) => q.includes('Ik heb mijn adres drie keer moeten doorgeven.'))).toBe(
      true,
    );
    expect(text).toContain(`Interview ${INWONER.pseudonym}, vraag 2`);
  });

  it('traces every passage to its findings and their sources in the appendix', () => {
    const table = doc.tables.find((t) => t[0]?.[0] === 'Passage')!;
    expect(table[0]).toEqual(['Passage', 'Bevinding', 'Bron']);
    const rows = table.slice(1);
    expect(rows).toContainEqual([
      'Thema: Dienstverlening zonder drempels',
      FINDINGS.loket.statement,
      `Interview ${INWONER.pseudonym}, vraag 2`,
    ]);
    expect(rows).toContainEqual([
      '',
      FINDINGS.coalitie.statement,
      'Coalitieakkoord 2026–2030, p. 12',
    ]);
    expect(rows).toContainEqual([
      'Kernvisie: Kernvisie',
      FINDINGS.coalitie.statement,
      'Coalitieakkoord 2026–2030, p. 12',
    ]);
    expect(rows).toContainEqual([
      'Thema: Sturen op actuele cijfers',
      FINDINGS.bestuur.statement,
      `Interview ${WETHOUDER.pseudonym}, vraag 4`,
    ]);
    expect(rows).toContainEqual([
      'Ambitie: In 2028 werkt elk team met een eigen dashboard',
      'Geen bevindingen gekoppeld',
      '',
    ]);
  });

  it('keeps names out: pseudonyms in quotes and sources, unless names are chosen', () => {
    // The one name shown whatever the setting: the wethouder beside the portfolio (a public
    // office); "Portefeuille: R01" would tell who R01 is and undo the quotes' pseudonyms.
    const everything = allParts(doc).replaceAll(`Portefeuille: ${WETHOUDER.name}`, '');
    for (const person of [WETHOUDER, INWONER]) {
      expect(everything).not.toContain(person.name);
      expect(everything).not.toContain(person.name.split(' ')[1]);
    }
    expect(docText(doc)).not.toContain(`Portefeuille: ${WETHOUDER.pseudonym}`);
    expect(docText(doc)).toContain(`${INWONER.pseudonym}: `);
    const withNames = docText(named);
    expect(withNames).toContain(`Portefeuille: ${WETHOUDER.name}`);
    expect(withNames).toContain(INWONER.name);
    expect(named.paragraphs.some((p) => p.style === 'KoersWaarschuwing')).toBe(true);
  });

  it('embeds the poster as a picture that fits the page width', async () => {
    const zip = await JSZip.loadAsync(docBytes);
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const image = decodePng(await zip.file(media[0]!)!.async('uint8array'));
    // A3 at 150 dpi.
    expect([image.width, image.height]).toEqual([1754, 2480]);
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(doc.documentXml)!;
    // At most the text width of A4 with its margins (9026 twips = 5731510 EMU).
    expect(Number(extent[1])).toBeLessThanOrEqual(5_731_510);
    expect(Number(extent[2]) / Number(extent[1])).toBeCloseTo(420 / 297, 2);
  });

  it('draws an A0 poster into the document as many pixels as an A3 one', async () => {
    const { bytes } = await build('vision-document', visionFixture({ format: 'A0' }));
    const zip = await JSZip.loadAsync(bytes);
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    const image = Buffer.from(await zip.file(media[0]!)!.async('uint8array'));
    expect([image.readUInt32BE(16), image.readUInt32BE(20)]).toEqual([1754, 2480]);
  });

  it('keeps hostile text in passages as typed, minus what XML forbids', () => {
    const text = docText(hostile);
    expect(headings(hostile, 2)).toContain(`Sturen ${HOSTILE_KEPT}`);
    expect(text).toContain(`Tekst ${HOSTILE_KEPT}`);
    expect(text).toContain(`Thema: Sturen ${HOSTILE_KEPT}`);
    expect(hostile.documentXml).not.toContain('<script>');
    // Three forbidden characters in each of: the title (in its heading and in the appendix),
    // the body and the board's text. Counted once each, not again for the poster picture.
    expect(hostileRemoved).toBe(3 * 4);
  });

  it('writes the document in English when asked, with no untranslated key', async () => {
    const english = await readDocx(
      (await build('vision-document', fixture, { language: 'en' })).bytes,
    );
    expect(headings(english, 1)).toEqual([
      'Core vision',
      'Background',
      'Approach',
      'Themes',
      'Ambitions',
      'Core values',
      'Preconditions',
      'Next steps',
      'Vision poster',
      'Appendix: evidence',
    ]);
    const text = docText(english);
    expect(text).toContain('2 sessions with 31 participants');
    expect(text).not.toMatch(/\b(vision|columns|common)\.[a-zA-Z]/);
    expect(docText(doc)).not.toMatch(/\b(vision|columns|common)\.[a-zA-Z]/);
  });

  it.skipIf(skipOfficeChecks)(
    `prints to PDF in LibreOffice with its chapters${officeSkipNote}`,
    () => {
      printToPdf(dir, [path.join(dir, 'visiedocument.docx')]);
      const text = pdfText(path.join(dir, 'visiedocument.pdf'));
      for (const heading of [
        'Visiedocument',
        'Kernvisie',
        'Aanleiding',
        'Aanpak',
        'Dienstverlening zonder drempels',
        'Onderbouwing',
        'Vervolg',
        'Bijlage: verantwoording',
      ])
        expect(text).toContain(heading);
      expect(text).toContain('Dijkhaven gebruikt data om inwoners beter te helpen');
    },
    120_000,
  );
});

describe('vision poster', () => {
  it('SVG: the same drawing the editor previews for this vision', () => {
    const vision = fixture.vision!;
    const expected = posterSvg(
      posterInputFromVision({
        language: 'nl',
        clientName: fixture.engagement.clientName,
        engagementTitle: fixture.engagement.title,
        passages: vision.passages,
        poster: vision.poster,
        houseStyle: fixture.engagement.houseStyle,
        versionLabel: '0.2',
        isDraft: true,
      }),
      { layout: vision.poster.layout, format: vision.poster.format },
    );
    expect(svg).toBe(expected);
    expect(svg).toContain('Dienstverlening zonder drempels');
    expect(svg).toContain(`Portefeuille: ${WETHOUDER.name}`);
  });

  it('SVG: hostile passages give a well-formed drawing with the text escaped', async () => {
    const { bytes, removed } = await build('poster-svg', visionFixture({ hostile: HOSTILE }));
    const hostileSvg = new TextDecoder().decode(bytes);
    // eslint-disable-next-line no-control-regex
    expect(hostileSvg).not.toMatch(/[\u0000-\u0008\uFFFE\uFFFF]/);
    const parsed = new DOMParser({
      errorHandler: (level: string, message: unknown) => {
        throw new Error(`XML ${level}: ${String(message)}`);
      },
    }).parseFromString(hostileSvg, 'image/svg+xml');
    expect(parsed.documentElement?.nodeName).toBe('svg');
    expect(parsed.getElementsByTagName('script').length).toBe(0);
    expect(hostileSvg).toContain('&lt;script&gt;');
    expect(removed).toBeGreaterThan(0);
  });

  it('PNG: A3 at 300 dpi, decodes, and reports progress', () => {
    const image = decodePng(png);
    expect([image.width, image.height]).toEqual([3508, 4961]);
    // Not blank: the house colour's header is there.
    let dark = 0;
    for (let o = 0; o < image.rgba.length; o += 4 * 97) if (image.rgba[o]! < 128) dark++;
    expect(dark).toBeGreaterThan(1000);
    expect(pngProgress.at(-1)).toBe(1);
    expect(pngProgress.length).toBeGreaterThan(1);
  });

  it('PNG: A0 at 150 dpi stays far under 100 megapixels', async () => {
    const { bytes } = await build('poster-png', visionFixture({ format: 'A0' }));
    const ihdr = Buffer.from(bytes.subarray(16, 24));
    const [w, h] = [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4)];
    expect([w, h]).toEqual([4967, 7022]);
    expect(w * h).toBeLessThan(100e6);
  }, 30_000);

  it('PDF: an A3 page with the font embedded and the kernvisie as text', () => {
    const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.89 x 1190\.55 pts \(A3\)/);
    expect(info).toMatch(/Pages:\s+1\b/);
    const fonts = execFileSync('pdffonts', [pdfFile], { encoding: 'utf8' }).split('\n').slice(2);
    expect(fonts.filter((l) => l.trim() !== '').length).toBeGreaterThan(0);
    for (const line of fonts.filter((l) => l.trim() !== '')) {
      expect(line).toMatch(/OpenSans/);
      expect(line).toMatch(/\byes\s+yes\b/); // embedded, subset
    }
    const text = pdfText(pdfFile);
    for (const word of ['Dijkhaven', 'gebruikt', 'data', 'inwoners', 'zorgvuldig'])
      expect(text).toContain(word);
    expect(text).toContain('Dienstverlening zonder drempels');
  });

  it('marks the poster a draft unless the latest version is definitief and unchanged', () => {
    // The shared rule, before any adoption (test/poster/poster-version.test.ts has adoption).
    const posterVersion = (v: VisionSnapshot) => {
      const { label, isDraft } = sharedPosterVersion(
        { passages: v.passages, versions: v.versions, adoption: null },
        'nl',
      );
      return { label, isDraft };
    };
    const vision = fixture.vision!;
    const version = (
      status: 'concept' | 'definitief' | 'herstelpunt',
      label: string,
      frozenAt: string,
    ) => ({
      id: label,
      label,
      status,
      frozenAt,
      note: '',
      restoredLabel: null,
      passageCount: vision.passages.length,
      feedbackCount: 0,
      openFeedbackCount: 0,
    });
    const withVersions = (versions: VisionSnapshot['versions']): VisionSnapshot => ({
      ...vision,
      versions,
    });
    expect(posterVersion(withVersions([]))).toEqual({ label: 'concept', isDraft: true });
    const later = '2026-12-01T00:00:00.000Z';
    expect(
      posterVersion(
        withVersions([
          version('concept', '0.2', later),
          version('definitief', '1.0', '2026-12-02T00:00:00.000Z'),
        ]),
      ),
    ).toEqual({ label: '1.0', isDraft: false });
    // A restore point is not a version a reader knows.
    expect(
      posterVersion(
        withVersions([
          version('definitief', '1.0', later),
          version('herstelpunt', 'H1', '2026-12-03T00:00:00.000Z'),
        ]),
      ),
    ).toEqual({ label: '1.0', isDraft: false });
    // Edited after freezing, or a passage fewer: a draft again.
    const edited = { ...vision, versions: [version('definitief', '1.0', later)] };
    edited.passages = vision.passages.map((p, i) =>
      i === 0 ? { ...p, updatedAt: '2026-12-05T00:00:00.000Z' } : p,
    );
    expect(posterVersion(edited)).toEqual({ label: '1.0', isDraft: true });
    expect(
      posterVersion({
        ...vision,
        passages: vision.passages.slice(1),
        versions: [version('definitief', '1.0', later)],
      }),
    ).toEqual({ label: '1.0', isDraft: true });
  });

  it('names the files by type and format', () => {
    const parts = {
      language: 'nl' as const,
      client: 'Gemeente Dijkhaven',
      date: '2026-11-24T12:00:00Z',
    };
    expect(exportFileName({ ...parts, type: 'poster-png', extension: 'png' })).toBe(
      'visieposter-gemeente-dijkhaven-2026-11-24.png',
    );
    expect(exportFileName({ ...parts, type: 'vision-document', extension: 'docx' })).toBe(
      'visiedocument-gemeente-dijkhaven-2026-11-24.docx',
    );
    for (const [type, format] of [
      ['poster-pdf', 'pdf'],
      ['poster-png', 'png'],
      ['poster-svg', 'svg'],
      ['vision-document', 'docx'],
    ] as const)
      expect(exportDescriptor(type).info.format).toBe(format);
  });
});

describe('the demo engagement', () => {
  let t: TempCore;
  let demoId = '';
  let demoDoc: DocxContent;
  let demoSvg = '';
  let demoPdf = '';
  beforeAll(async () => {
    t = await startTempCore();
    demoId = (await t.must('demo:create', {})).engagementId;
    const word = await exportThroughCore(t, demoId, 'vision-document');
    expect(word.fileName).toMatch(/^visiedocument-gemeente-dijkhaven-\d{4}-\d{2}-\d{2}\.docx$/);
    demoDoc = await readDocx(word.bytes);
    demoSvg = new TextDecoder().decode(
      (await exportThroughCore(t, demoId, 'poster-svg', { useNames: true })).bytes,
    );
    demoPdf = path.join(dir, 'demo-poster.pdf');
    const pdf = await exportThroughCore(t, demoId, 'poster-pdf');
    expect(pdf.fileName).toMatch(/^visieposter-gemeente-dijkhaven-\d{4}-\d{2}-\d{2}\.pdf$/);
    fs.writeFileSync(demoPdf, pdf.bytes);
  }, 120_000);
  afterAll(async () => {
    await t?.dispose();
  });

  it('writes the demo vision: every passage, the real counts, the appendix, no names', async () => {
    const vision = await t.must('vision:get', { engagementId: demoId });
    const text = docText(demoDoc);
    const kern = vision.passages.find((p) => p.kind === 'kernvisie')!;
    expect(text).toContain(kern.body.trim());
    const themes = vision.passages.filter((p) => p.kind === 'themavisie');
    expect(themes.length).toBeGreaterThan(0);
    expect(headings(demoDoc, 2)).toEqual(expect.arrayContaining(themes.map((p) => p.title)));
    for (const p of vision.passages) expect(text).toContain(p.title);
    const [documents, findings] = await Promise.all([
      t.must('document:list', { engagementId: demoId }),
      t.must('finding:list', { engagementId: demoId }),
    ]);
    const steps = demoDoc.tables.find((tb) => tb[0]?.[0] === 'Stap')!;
    expect(steps[1]?.[2]).toBe(`${documents.length} documenten`);
    expect(steps[4]?.[2]).toBe(`${findings.length} bevindingen`);
    const appendix = demoDoc.tables.find((tb) => tb[0]?.[0] === 'Passage')!.slice(1);
    for (const theme of themes) {
      const first = theme.findings[0]!;
      expect(appendix).toContainEqual([
        `Thema: ${theme.title}`,
        first.statement,
        expect.stringMatching(/\S/),
      ]);
    }
    // The wethouders who hold the portfolios by name beside them, and nowhere else; no other
    // stakeholder's name anywhere.
    const stakeholders = await t.must('stakeholder:list', { engagementId: demoId });
    let everything = allParts(demoDoc);
    const holders = new Set(themes.map((p) => p.portfolioHolderName).filter((n) => n !== null));
    expect(holders.size).toBeGreaterThan(0);
    for (const holder of holders) {
      expect(text).toContain(`Portefeuille: ${holder}`);
      everything = everything.replaceAll(`Portefeuille: ${holder}`, '');
    }
    for (const s of stakeholders) expect(everything, s.pseudonym).not.toContain(s.name);
  });

  it('exports the poster the editor previews, and prints it as an A3 PDF', async () => {
    const [vision, engagement] = await Promise.all([
      t.must('vision:get', { engagementId: demoId }),
      t.must('engagement:get', { engagementId: demoId }),
    ]);
    // The editor's preview function, with the adoption the editor reads.
    const adoption = await t.must('adoption:visionStatus', { engagementId: demoId });
    const expected = workingCopyPosterSvg(
      engagement,
      vision.passages,
      vision.poster,
      vision.versions,
      adoption,
    );
    // The demo vision is adopted: no CONCEPT mark, the decisions in the footer.
    expect(adoption).not.toBeNull();
    expect(demoSvg).toContain('Vastgesteld door het MT op');
    expect(demoSvg).not.toContain('CONCEPT');
    expect(demoSvg).toBe(expected);
    const info = execFileSync('pdfinfo', [demoPdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.89 x 1190\.55 pts \(A3\)/);
    const kern = vision.passages.find((p) => p.kind === 'kernvisie')!;
    const words = kern.body.split(/\s+/).filter((w) => /^[\p{L}]{6,}$/u.test(w));
    const pdf = pdfText(demoPdf);
    for (const word of words.slice(0, 5)) expect(pdf).toContain(word);
  });
});
