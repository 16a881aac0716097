import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileRows, interchangeDemo } from '../helpers/interchange-demo.js';
import { startTempCore } from '../helpers/temp-core.js';

// The vision travels in the JSON interchange format (the "vision" section, format 3): export,
// import and export again give the same text and the same vision; a file from before the vision
// imports with none; a dangling or rule-breaking record is refused before a file is made.

interface VisionSection {
  method: { content: { jargon: unknown[] } } | null;
  poster: { title: string; layout: string; format: string; roadmapBand?: boolean | null } | null;
  passages: {
    id: string;
    kind: string;
    title: string;
    findingIds: string[];
    portfolioHolderId: string | null;
  }[];
  versions: { id: string; label: string; status: string; content: { passages: unknown[] } }[];
  feedback: {
    id: string;
    versionId: string;
    disposition: string;
    reason: string;
    fromStakeholderId: string | null;
  }[];
}

type Doc = Record<string, unknown> & {
  formatVersion: number;
  findings: { id: string }[];
  vision?: VisionSection;
};

const demo = interchangeDemo();

describe('the vision in the interchange format', () => {
  it('writes the demo vision: passages with ordered finding links, versions, feedback, poster', () => {
    const doc = demo.doc<Doc>();
    // Format 3 brought the vision; later sections raise the version.
    expect(doc.formatVersion).toBeGreaterThanOrEqual(3);
    const section = doc.vision!;
    expect(section.method!.content.jargon.length).toBeGreaterThan(5);
    expect(section.poster).toMatchObject({ layout: 'kolommen', format: 'A3' });
    expect(section.passages.filter((p) => p.kind === 'themavisie')).toHaveLength(4);
    const findings = new Set(doc.findings.map((f) => f.id));
    for (const p of section.passages)
      for (const f of p.findingIds) expect(findings.has(f)).toBe(true);
    // 0.3 and the feedback given at the presentations come from the demo's step 4 (adoption).
    expect(section.versions.map((v) => v.label)).toEqual(['0.1', '0.2', '0.3']);
    expect(section.versions[2]!.content.passages.length).toBe(section.passages.length);
    expect(section.feedback).toHaveLength(10);
  });

  it('imports into the same vision, and exports byte-identical JSON again', async () => {
    const { copy, again } = await demo.roundTrip();
    expect(again === demo.text).toBe(true);
    expect(fileRows<{ n: number }>(copy, 'SELECT count(*) AS n FROM vision_version')[0]!.n).toBe(3);

    const t = await startTempCore();
    try {
      const opened = await t.core.openPath(copy);
      if (!opened.ok) throw new Error(opened.error.message);
      const engagementId = opened.value.engagementId;
      const vision = await t.must('vision:get', { engagementId });
      const doc = demo.doc<Doc>();
      expect(vision.passages.map((p) => [p.id, p.findings.map((f) => f.id)])).toEqual(
        doc.vision!.passages.map((p) => [p.id, p.findingIds]),
      );
      expect(vision.versions.map((v) => [v.label, v.feedbackCount])).toEqual([
        // With the feedback given at the step-4 presentations (2 on 0.1, 3 on 0.2).
        ['0.1', 5],
        ['0.2', 5],
        ['0.3', 0],
      ]);
      // Still frozen after the trip.
      expect(
        await t.code('visionVersion:delete', { engagementId, id: vision.versions[0]!.id }),
      ).toBe('VISION_VERSION_FROZEN');
    } finally {
      await t.dispose();
    }
  });

  it('imports an older file without the vision: an empty vision, today’s word list', async () => {
    // A file from before the vision has none of the later areas either: step 4 points at the
    // vision's versions, the routekaart at its passages.
    const doc = demo.olderDoc<Doc>(2);
    const imported = await demo.importDoc(doc, 'Oud');
    expect(imported.stderr).toEqual([]);
    expect(imported.code).toBe(0);
    const file = imported.stdout[0]!;
    expect(fileRows<{ n: number }>(file, 'SELECT count(*) AS n FROM vision_passage')[0]!.n).toBe(0);
    const t = await startTempCore();
    try {
      const opened = await t.core.openPath(file);
      if (!opened.ok) throw new Error(opened.error.message);
      const guide = await t.must('vision:guide', { engagementId: opened.value.engagementId });
      expect(guide.jargon.some((j) => j.word === 'datagestuurd')).toBe(true);
    } finally {
      await t.dispose();
    }
  });

  it('carries the poster’s band switch and a version’s routekaart; an older file has neither', async () => {
    const doc = demo.doc<Doc>();
    // The demo's poster is at its default; its versions were frozen before the routekaart.
    expect(doc.vision!.poster).toMatchObject({ roadmapBand: null });
    expect(doc.vision!.versions[0]!.content).not.toHaveProperty('roadmap');
    const roadmap = {
      quarters: ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'],
      lanes: [{ key: 'data-cultuur', label: 'Datacultuur' }],
      items: [
        {
          kind: 'project',
          title: 'Datacafés',
          startQuarter: '2027-Q1',
          endQuarter: '2027-Q2',
          lane: 'data-cultuur',
        },
      ],
      milestones: [{ title: 'Besluit', quarter: '2027-Q3', lane: null }],
    };
    const withBand = demo.doc<Doc>();
    withBand.vision!.poster!.roadmapBand = true;
    (withBand.vision!.versions[0]!.content as Record<string, unknown>).roadmap = roadmap;
    // And a file written before the band: no switch on the poster.
    const older = demo.doc<Doc>();
    delete older.vision!.poster!.roadmapBand;
    const [a, b] = [
      await demo.importDoc(withBand, 'Band'),
      await demo.importDoc(older, 'ZonderBand'),
    ];
    expect([a.stderr, b.stderr]).toEqual([[], []]);
    const t = await startTempCore();
    try {
      const read = async (file: string) => {
        const opened = await t.core.openPath(file);
        if (!opened.ok) throw new Error(opened.error.message);
        const engagementId = opened.value.engagementId;
        const vision = await t.must('vision:get', { engagementId });
        const version = await t.must('visionVersion:get', {
          engagementId,
          id: vision.versions[0]!.id,
        });
        // Both copies are the same engagement: one open at a time.
        await t.must('engagement:close', { engagementId });
        return { band: vision.poster.roadmapBand, roadmap: version.content.roadmap };
      };
      expect(await read(a.stdout[0]!)).toEqual({ band: true, roadmap });
      expect(await read(b.stdout[0]!)).toEqual({ band: null, roadmap: undefined });
    } finally {
      await t.dispose();
    }
  });

  it('refuses a link to a finding that is not in the file, naming where', async () => {
    const doc = demo.doc<Doc>();
    doc.vision!.passages[0]!.findingIds.push('5d0c3f2e-8a61-4b7e-9c2d-1f3a4b5c6d7e');
    const imported = await demo.importDoc(doc, 'Fout');
    expect(imported.code).not.toBe(0);
    expect(imported.stderr.join('\n')).toContain('vision.passages[0].findingIds[');
    expect(fs.existsSync(path.join(demo.dir, 'Fout.koers'))).toBe(false);
  });

  it('refuses feedback marked “niet verwerkt” without a reason', async () => {
    const doc = demo.doc<Doc>();
    const i = doc.vision!.feedback.findIndex((f) => f.disposition === 'niet-verwerkt');
    doc.vision!.feedback[i]!.reason = '';
    const imported = await demo.importDoc(doc, 'Zonder');
    expect(imported.code).not.toBe(0);
    expect(imported.stderr.join('\n')).toContain(`vision.feedback[${i}].reason`);
    expect(fs.existsSync(path.join(demo.dir, 'Zonder.koers'))).toBe(false);
  });

  it('refuses a hostile section (unknown kind, oversized text) before making a file', async () => {
    const doc = demo.doc<Doc>();
    doc.vision!.passages[0]!.kind = 'manifest';
    let imported = await demo.importDoc(doc, 'Vijandig');
    expect(imported.code).not.toBe(0);
    expect(imported.stderr.join('\n')).toContain('vision.passages[0].kind');
    const again = demo.doc<Doc>();
    again.vision!.passages[0]!.title = 'x'.repeat(301);
    imported = await demo.importDoc(again, 'Vijandig2');
    expect(imported.code).not.toBe(0);
    expect(fs.existsSync(path.join(demo.dir, 'Vijandig.koers'))).toBe(false);
    expect(fs.existsSync(path.join(demo.dir, 'Vijandig2.koers'))).toBe(false);
  });
});
