import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/main/domains/schema.js';
import type { CoreContext } from '../../src/main/core/core-context.js';
import { readVisionSnapshot } from '../../src/main/domains/vision/vision.snapshot.js';
import type { Vision, VisionSnapshot } from '../../src/shared/domain/vision.js';
import { startTempCore, type TempCore } from '../helpers/temp-core.js';

// The demo engagement's vision (gemeente Dijkhaven), as a user finds it after "Demo openen",
// and the part of the export snapshot the Visiedocument will read from it.

let t: TempCore;
let engagementId = '';
let filePath = '';
let vision: Vision;
beforeAll(async () => {
  t = await startTempCore(undefined, { idleCheckpointMs: 5 });
  const open = await t.must('demo:create', {});
  engagementId = open.engagementId;
  filePath = open.displayPath;
  vision = await t.must('vision:get', { engagementId });
});
afterAll(async () => {
  await t.dispose();
});

describe('demo vision', () => {
  it('has a kernvisie, four themes, ambities, three kernwaarden and three randvoorwaarden', () => {
    const kinds = vision.passages.map((p) => p.kind);
    expect(kinds.filter((k) => k === 'kernvisie')).toHaveLength(1);
    expect(kinds[0]).toBe('kernvisie');
    const themes = vision.passages.filter((p) => p.kind === 'themavisie');
    expect(themes.map((p) => p.title.split(':')[0])).toEqual([
      'Ethiek',
      'Transparantie',
      'Veiligheid & privacy',
      'Datavaardigheid',
    ]);
    for (const theme of themes) {
      expect(theme.forInhabitants.length).toBeGreaterThan(40);
      expect(theme.forStaff.length).toBeGreaterThan(40);
      expect(theme.forBoard.length).toBeGreaterThan(40);
      expect(theme.portfolioHolderName).toMatch(/^(Gerard Kuiper|Yvonne Dekker)$/);
      expect(theme.themeId).not.toBeNull();
      expect(theme.findings.length).toBeGreaterThanOrEqual(3);
    }
    expect(kinds.filter((k) => k === 'ambitie').length).toBeGreaterThanOrEqual(2);
    expect(kinds.filter((k) => k === 'ambitie').length).toBeLessThanOrEqual(3);
    expect(kinds.filter((k) => k === 'kernwaarde')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'randvoorwaarde')).toHaveLength(3);
    // The positions are the order shown.
    expect(vision.passages.map((p) => p.position)).toEqual(vision.passages.map((_, i) => i));
  });

  it('rests every passage the method asks support for on the demo’s findings, without warned words', () => {
    expect(vision.checks.filter((c) => c.code === 'passage-unsupported')).toEqual([]);
    expect(vision.checks.filter((c) => c.code === 'jargon')).toEqual([]);
    const linked = vision.passages.flatMap((p) => p.findings.map((f) => f.id));
    expect(new Set(linked).size).toBe(linked.length);
  });

  it('has versions 0.1 and 0.2 with feedback, one item refused with its reason', async () => {
    // 0.3 is the demo's step 4 (adoption): frozen after the MT's round, then adopted.
    expect(vision.versions.map((v) => [v.label, v.status])).toEqual([
      ['0.1', 'concept'],
      ['0.2', 'concept'],
      ['0.3', 'concept'],
    ]);
    const presented = new Set(
      (await t.must('presentation:list', { engagementId })).flatMap((p) =>
        p.feedback.map((f) => f.id),
      ),
    );
    const feedback = (await t.must('visionFeedback:list', { engagementId })).filter(
      (f) => !presented.has(f.id),
    );
    expect(feedback.map((f) => f.disposition).sort()).toEqual([
      'niet-verwerkt',
      'open',
      'verwerkt',
      'verwerkt',
      'verwerkt',
    ]);
    const refused = feedback.find((f) => f.disposition === 'niet-verwerkt')!;
    expect(refused.reason).toMatch(/thema/);
    expect(refused.fromStakeholderName).toBe('Gerard Kuiper');
    // 0.1 said "datagestuurd"; the directie asked for "datagedreven" and 0.2 has it.
    const diff = await t.must('visionVersion:diff', {
      engagementId,
      fromId: vision.versions[0]!.id,
      toId: vision.versions[1]!.id,
    });
    const kern = diff.passages.find((p) => p.kind === 'kernvisie')!;
    expect(kern.change).toBe('changed');
    const removed = kern.textDiffs.body!.filter((p) => p.change === 'removed').map((p) => p.text);
    expect(removed.join(' ')).toMatch(/datagestuurde/);
    expect(diff.passages.filter((p) => p.change === 'added').map((p) => p.title)).toEqual([
      'Samen met de ketenpartners',
    ]);
    // The working copy has moved on since 0.2 (the GGD was added).
    const since = await t.must('visionVersion:diff', {
      engagementId,
      fromId: vision.versions[1]!.id,
    });
    expect(since.passages.filter((p) => p.change === 'changed').map((p) => p.title)).toEqual([
      'Samen met de ketenpartners',
    ]);
  });

  it('gives the export snapshot the passages with findings, versions, feedback and approach counts', async () => {
    await sleep(150);
    const copy = `${filePath}.snapshot.copy`;
    fs.copyFileSync(filePath, copy);
    const sqlite = new BetterSqlite3(copy, { readonly: true });
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    let snapshot: VisionSnapshot;
    try {
      // The hook reads only through the engagement's database.
      const ctx = { open: { get: () => ({ file: { db } }) } } as unknown as CoreContext;
      snapshot = await readVisionSnapshot(ctx, engagementId);
    } finally {
      await db.destroy();
      fs.rmSync(copy);
    }
    expect(snapshot.passages.map((p) => p.title)).toEqual(vision.passages.map((p) => p.title));
    const ethiek = snapshot.passages.find((p) => p.kind === 'themavisie')!;
    expect(ethiek.themeName).toBe('Ethiek');
    expect(ethiek.findings.length).toBeGreaterThanOrEqual(3);
    for (const f of ethiek.findings) {
      expect(f.themes.length).toBeGreaterThan(0);
      expect(f.source.type).toBeDefined();
      // Pseudonyms only: a source never carries a stakeholder's name.
      for (const p of f.source.pseudonyms) expect(p).toMatch(/^R\d+$/);
    }
    const counted = Object.values(ethiek.groupCounts).reduce((n, c) => n + (c ?? 0), 0);
    expect(counted).toBe(ethiek.findings.length);
    expect(snapshot.versions.map((v) => v.label)).toEqual(['0.1', '0.2', '0.3']);
    // Five from the vision's demo, five given at the step-4 presentations.
    expect(snapshot.feedback).toHaveLength(10);
    expect(snapshot.poster).toEqual({
      title: 'Dijkhaven werkt datagedreven',
      layout: 'kolommen',
      format: 'A3',
      // The default: the band comes with A0 (the demo's poster is A3).
      roadmapBand: null,
    });
    const documents = await t.must('document:list', { engagementId });
    const interviews = await t.must('interview:list', { engagementId });
    const sessions = await t.must('session:list', { engagementId });
    expect(snapshot.approach.documents).toBe(documents.length);
    expect(snapshot.approach.interviewsTotal).toBe(
      interviews.filter((i) => i.status !== 'gepland').length,
    );
    expect(snapshot.approach.interviewsByGroup.wethouder).toBe(2);
    expect(snapshot.approach.sessionsHeld).toBe(
      sessions.filter((s) => s.status !== 'gepland').length,
    );
    expect(snapshot.approach.sessionParticipants).toBe(
      sessions.reduce((n, s) => n + (s.participantCount ?? s.participants.length), 0),
    );
    expect(snapshot.approach.findings).toBeGreaterThan(50);
  });
});
