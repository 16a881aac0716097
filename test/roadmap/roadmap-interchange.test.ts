import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, removeScratch, scratch } from '../cli/run-cli.js';

// The routekaart travels in the JSON interchange format (the "roadmap" section, format 6):
// export, import and export again give the same text and the same rows; a file from before the
// routekaart imports with none; a dangling reference or a cycle is refused before a file is made.

afterAll(removeScratch);

const EPOCH = { SOURCE_DATE_EPOCH: '1767225600' };

interface RoadmapSection {
  method: { content: { defaultHorizonYears: number } } | null;
  settings: { startQuarter: string; horizonYears: number } | null;
  items: {
    id: string;
    title: string;
    ownerStakeholderId: string | null;
    dependsOn: string[];
    gapDimensionIds: string[];
    passageIds: string[];
    updates: { id: string; status: string | null }[];
  }[];
}

type Doc = Record<string, unknown> & { formatVersion: number; roadmap?: RoadmapSection };

let dir = '';
let first = '';
beforeAll(async () => {
  dir = scratch();
  const made = await cli(['demo', dir]);
  expect(made.code).toBe(0);
  const out = path.join(dir, 'first.json');
  const run = await cli(['export-json', made.stdout[0]!, '--out', out], EPOCH);
  expect(run.code).toBe(0);
  first = fs.readFileSync(out, 'utf8');
}, 120_000);

const fileRows = <T>(file: string, sql: string): T[] => {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
};

async function importDoc(doc: Doc, name: string) {
  const json = path.join(dir, `${name}.json`);
  fs.writeFileSync(json, JSON.stringify(doc, null, 2));
  return cli(['import-json', json, path.join(dir, name)]);
}

describe('the routekaart in the interchange format', () => {
  it('writes the demo: settings, items with dependencies, links and updates, the method copy', () => {
    const doc = JSON.parse(first) as Doc;
    expect(doc.formatVersion).toBe(6);
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
    const imported = await cli([
      'import-json',
      path.join(dir, 'first.json'),
      path.join(dir, 'Kopie'),
    ]);
    expect(imported.code).toBe(0);
    const copy = imported.stdout[0]!;
    const out = path.join(dir, 'second.json');
    const again = await cli(['export-json', copy, '--out', out], EPOCH);
    expect(again.code).toBe(0);
    expect(fs.readFileSync(out, 'utf8') === first).toBe(true);
    const doc = JSON.parse(first) as Doc;
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
    const doc = JSON.parse(first) as Doc;
    delete doc.roadmap;
    doc.formatVersion = 5;
    const run = await importDoc(doc, 'Oud');
    expect(run.code).toBe(0);
    expect(fileRows(run.stdout[0]!, 'SELECT * FROM roadmap_item')).toEqual([]);
    expect(fileRows(run.stdout[0]!, 'SELECT * FROM roadmap_settings')).toEqual([]);
  });

  it('refuses a dangling owner, passage or dependency, and a cycle, before a file is made', async () => {
    const spoil = async (name: string, change: (s: RoadmapSection) => void, where: RegExp) => {
      const doc = JSON.parse(first) as Doc;
      change(doc.roadmap!);
      const run = await importDoc(doc, name);
      expect(run.code).not.toBe(0);
      expect(run.stderr.join('\n')).toMatch(where);
      // Only the JSON written for the test: no file, no side file.
      expect(fs.readdirSync(dir).filter((f) => f.startsWith(name))).toEqual([`${name}.json`]);
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
  });
});
