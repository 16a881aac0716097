import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileRows, interchangeDemo } from '../helpers/interchange-demo.js';

// The nulmeting travels in the JSON interchange format (the "nulmeting" section, format 5):
// export, import and export again give the same text and the same rows; a file from before
// format 5 imports with no measurements; damaged or hostile input is refused, naming the field,
// before an engagement file is made.

interface Score {
  dimensionId: string;
  current: number | null;
  desired: number | null;
  evidence: string;
}
interface Section {
  method: { content: { dimensions: { id: string }[] } } | null;
  assessments: {
    id: string;
    name: string;
    date: string;
    respondents: { id: string; stakeholderId: string | null; group: string; scores: Score[] }[];
    agreed: { dimensionId: string; current: number | null; findingIds: string[] }[];
  }[];
}
type Doc = Record<string, unknown> & {
  formatVersion: number;
  stakeholders: { id: string }[];
  findings: { id: string }[];
  nulmeting?: Section;
};

const demo = interchangeDemo();

describe('the nulmeting in the interchange format', () => {
  it('writes the demo: a 0-meting and a 1-meting with eight respondents, scores and agreed scores', () => {
    const doc = demo.doc<Doc>();
    expect(doc.formatVersion).toBeGreaterThanOrEqual(5);
    const section = doc.nulmeting!;
    expect(section.method!.content.dimensions).toHaveLength(8);
    expect(section.assessments.map((a) => a.name)).toEqual(['0-meting', '1-meting']);
    const stakeholders = new Set(doc.stakeholders.map((s) => s.id));
    const findings = new Set(doc.findings.map((f) => f.id));
    for (const a of section.assessments) {
      expect(a.respondents).toHaveLength(8);
      for (const r of a.respondents) {
        expect(r.scores).toHaveLength(8);
        if (r.stakeholderId) expect(stakeholders.has(r.stakeholderId)).toBe(true);
      }
      expect(a.agreed).toHaveLength(8);
      for (const g of a.agreed) for (const f of g.findingIds) expect(findings.has(f)).toBe(true);
    }
    expect(section.assessments[0]!.agreed.flatMap((g) => g.findingIds).length).toBeGreaterThan(3);
  });

  it('imports into the same rows, and exports byte-identical JSON again', async () => {
    const { copy, again } = await demo.roundTrip();
    expect(again === demo.text).toBe(true);
    expect(
      fileRows(
        copy,
        `SELECT a.name, count(*) AS n FROM assessment_score s
         JOIN assessment_respondent r ON r.id = s.respondent_id
         JOIN assessment a ON a.id = r.assessment_id GROUP BY a.name ORDER BY a.date`,
      ),
    ).toEqual([
      { name: '0-meting', n: 64 },
      { name: '1-meting', n: 64 },
    ]);
    const doc = demo.doc<Doc>();
    const levels = doc.nulmeting!.assessments[0]!.respondents[0]!.scores.map((s) => s.current);
    const firstRespondent = doc.nulmeting!.assessments[0]!.respondents[0]!.id;
    expect(
      fileRows<{ current_level: number }>(
        copy,
        `SELECT current_level FROM assessment_score WHERE respondent_id = '${firstRespondent}' ORDER BY dimension_id`,
      ).map((r) => r.current_level),
    ).toEqual(levels);
  });

  it('imports a file from before format 5 with no measurements', async () => {
    // Nor has it the routekaart (format 6), which points at the measurements' gaps.
    const doc = demo.olderDoc<Doc>(4);
    const imported = await demo.importDoc(doc, 'Oud');
    expect(imported.stderr).toEqual([]);
    expect(imported.code).toBe(0);
    const file = imported.stdout[0]!;
    expect(fileRows(file, 'SELECT count(*) AS n FROM assessment')).toEqual([{ n: 0 }]);
    expect(fileRows(file, "SELECT part FROM method_snapshot WHERE part = 'maturity'")).toEqual([]);
  });

  it('refuses damaged and hostile input, naming where, and makes no file', async () => {
    const ghost = '00000000-0000-4000-8000-000000000001';
    const cases: [string, (s: Section) => void, RegExp][] = [
      [
        'stakeholder',
        (s) => (s.assessments[0]!.respondents[0]!.stakeholderId = ghost),
        /nulmeting\.assessments\[0\]\.respondents\[0\]\.stakeholderId/,
      ],
      [
        'finding',
        (s) => (s.assessments[0]!.agreed[0]!.findingIds = [ghost]),
        /nulmeting\.assessments\[0\]\.agreed\[0\]\.findingIds\[0\]/,
      ],
      [
        'dimension',
        (s) => (s.assessments[0]!.respondents[1]!.scores[2]!.dimensionId = 'astrologie'),
        /nulmeting\.assessments\[0\]\.respondents\[1\]\.scores\[2\]\.dimensionId/,
      ],
      [
        'twice',
        (s) =>
          (s.assessments[1]!.agreed[1]!.dimensionId = s.assessments[1]!.agreed[0]!.dimensionId),
        /nulmeting\.assessments\[1\]\.agreed\[1\]\.dimensionId/,
      ],
      [
        'repeated-id',
        (s) => (s.assessments[1]!.id = s.assessments[0]!.id),
        /nulmeting\.assessments\[1\]\.id/,
      ],
      [
        'quarter-step',
        (s) => (s.assessments[0]!.respondents[0]!.scores[0]!.current = 2.25),
        /nulmeting\.assessments\[0\]\.respondents\[0\]\.scores\[0\]\.current/,
      ],
      [
        'out-of-range',
        (s) => (s.assessments[0]!.agreed[0]!.current = 6),
        /nulmeting\.assessments\[0\]\.agreed\[0\]\.current/,
      ],
      [
        'group',
        (s) => Object.assign(s.assessments[0]!.respondents[0]!, { group: 'koning' }),
        /nulmeting\.assessments\[0\]\.respondents\[0\]\.group/,
      ],
      [
        'huge',
        (s) => (s.assessments[0]!.respondents[0]!.scores[0]!.evidence = 'x'.repeat(50_000)),
        /nulmeting\.assessments\[0\]\.respondents\[0\]\.scores\[0\]\.evidence/,
      ],
      [
        'extra-proto',
        (s) =>
          Object.assign(s.assessments[0]!, JSON.parse('{"__proto__": {"admin": true}}') as object),
        /./,
      ],
    ];
    for (const [name, spoil, where] of cases) {
      const doc = demo.doc<Doc>();
      spoil(doc.nulmeting!);
      const run = await demo.importDoc(doc, `Fout-${name}`);
      if (name === 'extra-proto') {
        // An unknown key is dropped or refused, never acted on; a file made must be the demo's.
        if (run.code === 0)
          expect(fileRows(run.stdout[0]!, 'SELECT count(*) AS n FROM assessment')).toEqual([
            { n: 2 },
          ]);
        expect(({} as Record<string, unknown>)['admin']).toBeUndefined();
        continue;
      }
      expect(run.code, name).not.toBe(0);
      expect(run.stderr.join('\n'), name).toMatch(where);
      expect(
        fs.readdirSync(demo.dir).filter((f) => f.startsWith(`Fout-${name}`)),
        name,
      ).toEqual([`Fout-${name}.json`]);
    }
  });
});
