import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, removeScratch, scratch } from '../cli/run-cli.js';

// Step 4 travels in the JSON interchange format (the "adoption" section, format 4): export,
// import and export again give the same text and the same rows; a file from before step 4
// imports with none and today's checklist; a dangling reference is refused before a file is made.

afterAll(removeScratch);

const EPOCH = { SOURCE_DATE_EPOCH: '1767225600' };

interface AdoptionSection {
  method: { content: { items: { id: string }[] } } | null;
  presentations: { id: string; versionId: string | null; feedbackIds: string[] }[];
  decisions: { id: string; kind: string; versionId: string | null; documentId: string | null }[];
  borging: { itemId: string; ownerStakeholderId: string | null }[];
  revisions: { id: string; decisionId: string | null }[];
}

type Doc = Record<string, unknown> & {
  formatVersion: number;
  vision?: { versions: { id: string; label: string }[]; feedback: { id: string }[] };
  adoption?: AdoptionSection;
};

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
});

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

describe('step 4 in the interchange format', () => {
  it('writes the demo: presentations with their feedback, decisions on 0.3, borging, the checklist copy', () => {
    const doc = JSON.parse(first) as Doc;
    expect(doc.formatVersion).toBe(6);
    const section = doc.adoption!;
    const labels = new Map(doc.vision!.versions.map((v) => [v.id, v.label]));
    expect(section.presentations.map((p) => labels.get(p.versionId!))).toEqual(['0.1', '0.2']);
    expect(section.presentations.map((p) => p.feedbackIds.length)).toEqual([2, 3]);
    const feedback = new Set(doc.vision!.feedback.map((f) => f.id));
    for (const p of section.presentations)
      for (const f of p.feedbackIds) expect(feedback.has(f)).toBe(true);
    expect(section.decisions.map((d) => [d.kind, labels.get(d.versionId!)])).toEqual([
      ['vastgesteld', '0.3'],
      ['bekrachtigd', '0.3'],
    ]);
    expect(section.borging.length).toBe(7);
    expect(section.method!.content.items.length).toBeGreaterThanOrEqual(10);
    expect(section.revisions).toEqual([]);
  });

  it('imports into the same rows, and exports byte-identical JSON again', async () => {
    const imported = await cli([
      'import-json',
      path.join(dir, 'first.json'),
      path.join(dir, 'Kopie'),
    ]);
    expect(imported.stderr).toEqual([]);
    expect(imported.code).toBe(0);
    const copy = imported.stdout[0]!;
    const out = path.join(dir, 'second.json');
    const again = await cli(['export-json', copy, '--out', out], EPOCH);
    expect(again.code).toBe(0);
    expect(fs.readFileSync(out, 'utf8') === first).toBe(true);
    expect(
      fileRows<{ n: number }>(copy, 'SELECT count(*) AS n FROM presentation_feedback')[0]!.n,
    ).toBe(5);
    expect(fileRows(copy, 'SELECT body, kind FROM decision ORDER BY date')).toEqual([
      { body: 'mt', kind: 'vastgesteld' },
      { body: 'raad', kind: 'bekrachtigd' },
    ]);
  });

  it('imports a file from before step 4 with none of it', async () => {
    const doc = JSON.parse(first) as Doc;
    // Nor the later areas: the nulmeting (format 5) and the routekaart (format 6).
    delete doc.adoption;
    delete doc.nulmeting;
    delete doc.roadmap;
    doc.formatVersion = 3;
    const imported = await importDoc(doc, 'Oud');
    expect(imported.stderr).toEqual([]);
    expect(imported.code).toBe(0);
    const file = imported.stdout[0]!;
    expect(fileRows(file, 'SELECT count(*) AS n FROM decision')).toEqual([{ n: 0 }]);
    expect(fileRows(file, "SELECT part FROM method_snapshot WHERE part = 'borging'")).toEqual([]);
  });

  it('refuses dangling references and a version on a decision about something else', async () => {
    const cases: [string, (s: AdoptionSection) => void, RegExp][] = [
      [
        'feedback',
        (s) => (s.presentations[0]!.feedbackIds = ['00000000-0000-4000-8000-000000000001']),
        /adoption\.presentations\[0\]\.feedbackIds\[0\]/,
      ],
      [
        'version',
        (s) => (s.decisions[0]!.versionId = '00000000-0000-4000-8000-000000000002'),
        /adoption\.decisions\[0\]\.versionId/,
      ],
      [
        'subject',
        (s) => Object.assign(s.decisions[0]!, { subject: 'aanpak' }),
        /adoption\.decisions\[0\]\.versionId/,
      ],
      [
        'owner',
        (s) => (s.borging[0]!.ownerStakeholderId = '00000000-0000-4000-8000-000000000003'),
        /adoption\.borging\[0\]\.ownerStakeholderId/,
      ],
      [
        'kind',
        (s) => Object.assign(s.decisions[1]!, { kind: 'goedgekeurd' }),
        /adoption\.decisions\[1\]\.kind/,
      ],
    ];
    for (const [name, spoil, where] of cases) {
      const doc = JSON.parse(first) as Doc;
      spoil(doc.adoption!);
      const run = await importDoc(doc, `Fout-${name}`);
      expect(run.code, name).not.toBe(0);
      expect(run.stderr.join('\n'), name).toMatch(where);
      // Nothing but the JSON itself: no engagement file was made.
      expect(
        fs.readdirSync(dir).filter((f) => f.startsWith(`Fout-${name}`)),
        name,
      ).toEqual([`Fout-${name}.json`]);
    }
  });
});
