import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { ExportOptions } from '../../src/shared/domain/export.js';
import type { RoadmapSnapshot } from '../../src/shared/domain/roadmap-snapshot.js';
import { makeRun } from '../../src/main/export/run-builder.js';
import type { EngagementSnapshot } from '../../src/main/export/snapshot.js';
import {
  buildImplementationPlan,
  type PlanMode,
} from '../../src/main/export/word/implementation-plan.docx.js';
import { dataTable, type TableSpec } from '../../src/main/export/word/word-blocks.js';
import { dataTableXml } from '../../src/main/export/word/word-raw-table.js';
import type { WordHouseStyle } from '../../src/main/export/word/word-styles.js';
import { expectSameXml, renumbered } from './docx-compare.js';
import { headings, readDocx } from './docx-read.js';
import { roadmapFixture, TITLES } from './roadmap-fixture.js';

// A large implementatieplan writes its tables as WordprocessingML text (word-raw-table.ts)
// instead of docx objects, which took most of its memory. A reader must not be able to tell:
// the table XML is docx's byte for byte, and so is the whole document.

const HOSTILE = `a\u0000b\u0008c\uFFFEd & < > " ' ]]> <w:p>&amp;</w:t> 😀 שלום\tx\r\ny\rz\n\nw`;

const house = {
  primary: '1F4E79',
  tint: 'E9EEF3',
  onPrimary: 'FFFFFF',
  secondary: 'C8102E',
} as WordHouseStyle;

/** The table XML docx writes for dataTable(spec), taken from a packed document. */
async function docxTableXml(spec: TableSpec): Promise<string> {
  const doc = new Document({
    sections: [{ children: [new Paragraph('voor'), dataTable(spec, house), new Paragraph('na')] }],
  });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.slice(xml.indexOf('<w:tbl>'), xml.lastIndexOf('</w:tbl>') + '</w:tbl>'.length);
}

const SPECS: [string, TableSpec][] = [
  [
    'header and banded rows',
    {
      header: ['Periode', 'Actie'],
      rows: [
        ['a', 'b'],
        ['c', 'd'],
      ],
    },
  ],
  [
    'totals, numbers, markers and a rotated header',
    {
      header: ['Thema', 'Aantal met een lange kop'],
      rows: [
        ['Een', '1'],
        ['Twee', '2'],
        ['Totaal', '3'],
      ],
      widths: [3, 1],
      numeric: [1],
      totals: true,
      rotateHeader: true,
      markers: ['#AA0000', null, '00AA00'],
    },
  ],
  [
    'more rows than stay together, hostile and empty text, a set width',
    {
      header: ['', HOSTILE],
      rows: Array.from({ length: 31 }, (_, i) => [i % 2 ? '' : HOSTILE, `${i}\n${i}`]),
      width: 5000,
    },
  ],
  ['a header without rows', { header: ['Een', 'Twee', 'Drie'], rows: [], widths: [1, 0, 2] }],
];

describe('data tables written as WordprocessingML', () => {
  it.each(SPECS)('are what docx writes: %s', async (_, spec) => {
    expectSameXml(dataTableXml(spec, house), await docxTableXml(spec), 'table');
  });
});

async function plan(snapshot: EngagementSnapshot, mode: PlanMode, options: Partial<ExportOptions>) {
  const run = makeRun(
    {
      type: 'implementation-plan',
      snapshot,
      options: { useNames: false, confidential: false, ...options },
    },
    () => {},
    new AbortController().signal,
  );
  const bytes = await buildImplementationPlan(run, mode);
  return { bytes, doc: await readDocx(bytes), removed: run.text.removed };
}

async function expectSamePlan(
  snapshot: EngagementSnapshot,
  mode: PlanMode,
  options: Partial<ExportOptions> = {},
) {
  const objects = await plan(snapshot, 'objects', options);
  const other = await plan(snapshot, mode, options);
  expect(other.doc.tables).toEqual(objects.doc.tables);
  expectSameXml(
    renumbered(other.doc.documentXml),
    renumbered(objects.doc.documentXml),
    'word/document.xml',
  );
  expect(other.removed).toBe(objects.removed);
  return other;
}

/** The package was rewritten with its raw parts: [Content_Types].xml first, as Word writes it. */
const firstEntry = async (bytes: Uint8Array) =>
  Object.keys((await JSZip.loadAsync(bytes)).files)[0];

/** The fixture's actions nine times over (45): a plan past the size that is laid out. */
function largePlan(): EngagementSnapshot {
  const snapshot = roadmapFixture();
  const roadmap = snapshot.roadmap as RoadmapSnapshot;
  const copies = Array.from({ length: 9 }, (_, n) => n);
  const id = (itemId: string, n: number) => (n === 0 ? itemId : `${itemId.slice(0, -2)}${n}${n}`);
  return {
    ...snapshot,
    roadmap: {
      ...roadmap,
      items: copies.flatMap((n) =>
        roadmap.items.map((i) => ({
          ...i,
          id: id(i.id, n),
          title: n === 0 ? i.title : `${i.title} (${n})`,
          position: i.position + n * 100,
          dependsOn: i.dependsOn.map((d) => id(d, n)),
        })),
      ),
      traces: copies.flatMap((n) => roadmap.traces.map((t) => ({ ...t, itemId: id(t.itemId, n) }))),
    },
  };
}

describe('the implementatieplan with its tables as WordprocessingML', () => {
  it.each([
    ['nl', {}],
    ['en, with names', { language: 'en' as const, useNames: true }],
  ])('is the same document as with docx objects (%s)', async (_, options) => {
    const { bytes, doc } = await expectSamePlan(roadmapFixture(), 'raw', options);
    expect(doc.tables.length).toBeGreaterThan(5);
    expect(await firstEntry(bytes)).toBe('[Content_Types].xml');
  });

  it('keeps hostile text the same way', async () => {
    const { doc } = await expectSamePlan(roadmapFixture({ hostile: HOSTILE }), 'raw');
    expect(doc.tables.flat(2).some((cell) => cell.includes('<w:p>&amp;</w:t>'))).toBe(true);
  });

  it('is chosen for a large plan, which comes out the same', async () => {
    const { bytes, doc } = await expectSamePlan(largePlan(), 'auto');
    expect(headings(doc, 3).filter((h) => h.startsWith(TITLES.training))).toHaveLength(9);
    expect(await firstEntry(bytes)).toBe('[Content_Types].xml');
  });
});
