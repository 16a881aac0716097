import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileRows, interchangeDemo } from '../helpers/interchange-demo.js';

// Step 4 travels in the JSON interchange format (the "adoption" section, format 4): export,
// import and export again give the same text and the same rows; a file from before step 4
// imports with none and today's checklist; a dangling reference is refused before a file is made.

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

const demo = interchangeDemo();

describe('step 4 in the interchange format', () => {
  it('writes the demo: presentations with their feedback, decisions on 0.3, borging, the checklist copy', () => {
    const doc = demo.doc<Doc>();
    expect(doc.formatVersion).toBeGreaterThanOrEqual(4);
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
    const { copy, again } = await demo.roundTrip();
    expect(again === demo.text).toBe(true);
    expect(
      fileRows<{ n: number }>(copy, 'SELECT count(*) AS n FROM presentation_feedback')[0]!.n,
    ).toBe(5);
    expect(fileRows(copy, 'SELECT body, kind FROM decision ORDER BY date')).toEqual([
      { body: 'mt', kind: 'vastgesteld' },
      { body: 'raad', kind: 'bekrachtigd' },
    ]);
  });

  it('imports a file from before step 4 with none of it', async () => {
    // A file of format 3 has none of step 4, nor of the areas that came after it.
    const doc = demo.olderDoc<Doc>(3);
    const imported = await demo.importDoc(doc, 'Oud');
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
      const doc = demo.doc<Doc>();
      spoil(doc.adoption!);
      const run = await demo.importDoc(doc, `Fout-${name}`);
      expect(run.code, name).not.toBe(0);
      expect(run.stderr.join('\n'), name).toMatch(where);
      // Nothing but the JSON itself: no engagement file was made.
      expect(
        fs.readdirSync(demo.dir).filter((f) => f.startsWith(`Fout-${name}`)),
        name,
      ).toEqual([`Fout-${name}.json`]);
    }
  });
});
