import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileRows, interchangeDemo } from '../helpers/interchange-demo.js';

// The routekaart travels in the JSON interchange format (the "roadmap" section, format 6):
// export, import and export again give the same text and the same rows; a file from before the
// routekaart imports with none; a dangling reference or a cycle is refused before a file is made.

interface RoadmapSection {
  method: { content: { defaultHorizonYears: number } } | null;
  settings: { startQuarter: string; horizonYears: number } | null;
  items: {
    id: string;
    title: string;
    dimensionId: string | null;
    ownerStakeholderId: string | null;
    dependsOn: string[];
    gapDimensionIds: string[];
    passageIds: string[];
    updates: { id: string; status: string | null }[];
  }[];
}

type Doc = Record<string, unknown> & {
  formatVersion: number;
  nulmeting?: { method: { content: { dimensions: { id: string }[] } } | null };
  roadmap?: RoadmapSection;
};

const demo = interchangeDemo();

describe('the routekaart in the interchange format', () => {
  it('writes the demo: settings, items with dependencies, links and updates, the method copy', () => {
    const doc = demo.doc<Doc>();
    expect(doc.formatVersion).toBeGreaterThanOrEqual(6);
    const section = doc.roadmap!;
    expect(section.settings!.horizonYears).toBe(3);
    expect(section.method!.content.defaultHorizonYears).toBe(3);
    expect(section.items.length).toBeGreaterThanOrEqual(22);
    const ids = new Set(section.items.map((i) => i.id));
    for (const item of section.items)
      for (const on of item.dependsOn) expect(ids.has(on)).toBe(true);
    expect(section.items.flatMap((i) => i.updates).length).toBeGreaterThanOrEqual(5);
    expect(section.items.every((i) => i.gapDimensionIds.length + i.passageIds.length > 0)).toBe(
      true,
    );
  });

  it('imports into the same rows, and exports byte-identical JSON again', async () => {
    const { copy, again } = await demo.roundTrip();
    expect(again === demo.text).toBe(true);
    const doc = demo.doc<Doc>();
    const counts = fileRows<Record<string, number>>(
      copy,
      `SELECT (SELECT count(*) FROM roadmap_item) AS items,
              (SELECT count(*) FROM roadmap_dependency) AS deps,
              (SELECT count(*) FROM roadmap_item_gap) AS gaps,
              (SELECT count(*) FROM roadmap_item_passage) AS passages,
              (SELECT count(*) FROM roadmap_update) AS updates`,
    )[0]!;
    const items = doc.roadmap!.items;
    expect(counts).toEqual({
      items: items.length,
      deps: items.flatMap((i) => i.dependsOn).length,
      gaps: items.flatMap((i) => i.gapDimensionIds).length,
      passages: items.flatMap((i) => i.passageIds).length,
      updates: items.flatMap((i) => i.updates).length,
    });
    expect(fileRows(copy, 'SELECT title FROM roadmap_item ORDER BY position LIMIT 1')).toEqual([
      { title: items[0]!.title },
    ]);
  });

  it('imports a file from before the routekaart with none of it', async () => {
    const doc = demo.olderDoc<Doc>(5);
    const run = await demo.importDoc(doc, 'Oud');
    expect(run.code).toBe(0);
    expect(fileRows(run.stdout[0]!, 'SELECT * FROM roadmap_item')).toEqual([]);
    expect(fileRows(run.stdout[0]!, 'SELECT * FROM roadmap_settings')).toEqual([]);
  });

  it('refuses a dangling owner, passage, dependency or dimension, and a cycle, before a file is made', async () => {
    const spoil = async (
      name: string,
      change: (s: RoadmapSection, doc: Doc) => void,
      where: RegExp,
    ) => {
      const doc = demo.doc<Doc>();
      change(doc.roadmap!, doc);
      const run = await demo.importDoc(doc, name);
      expect(run.code).not.toBe(0);
      expect(run.stderr.join('\n')).toMatch(where);
      // Only the JSON written for the test: no file, no side file.
      expect(fs.readdirSync(demo.dir).filter((f) => f.startsWith(name))).toEqual([`${name}.json`]);
    };
    const missing = '00000000-0000-4000-8000-000000000999';
    await spoil(
      'Eigenaar',
      (s) => (s.items[0]!.ownerStakeholderId = missing),
      /ownerStakeholderId/,
    );
    await spoil('Passage', (s) => (s.items[0]!.passageIds = [missing]), /passageIds/);
    await spoil('Afhankelijk', (s) => (s.items[0]!.dependsOn = [missing]), /dependsOn/);
    await spoil(
      'Kring',
      (s) => {
        s.items[0]!.dependsOn = [s.items[1]!.id];
        s.items[1]!.dependsOn = [s.items[0]!.id];
      },
      /dependsOn/,
    );
    // Dimensions of the maturity model the file carries (the nulmeting's copy) …
    const known = demo.doc<Doc>().nulmeting!.method!.content.dimensions[0]!.id;
    await spoil(
      'Gat',
      (s) => (s.items[2]!.gapDimensionIds = [known, 'geen-dimensie']),
      /roadmap\.items\[2\]\.gapDimensionIds\[1\]/,
    );
    await spoil(
      'Dimensie',
      (s) => (s.items[3]!.dimensionId = 'geen-dimensie'),
      /roadmap\.items\[3\]\.dimensionId/,
    );
    // … or, in a file without that copy, of the model Koers ships, which the new file will take.
    await spoil(
      'ZonderModel',
      (s, doc) => {
        doc.nulmeting!.method = null;
        s.items[2]!.gapDimensionIds = [known, 'geen-dimensie'];
      },
      /roadmap\.items\[2\]\.gapDimensionIds\[1\]/,
    );
  });
});
