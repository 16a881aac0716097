import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/main/domains/schema.js';
import type { AdoptionSnapshot } from '../../src/shared/domain/adoption.js';
import { readAdoptionSnapshot } from '../../src/main/domains/adoption/adoption.snapshot.js';
import type { CoreContext } from '../../src/main/core/core-context.js';
import { DOMAIN_AREAS } from '../../src/main/domains/index.js';
import { timelineChart } from '../../src/shared/charts/timeline-chart.js';
import { quarterEndDate } from '../../src/shared/domain/quarter.js';
import { startTempCore, type TempCore } from '../helpers/temp-core.js';

// The demo engagement's step 4 (gemeente Dijkhaven), as a user finds it after "Demo openen":
// 0.1 to the programmateam, 0.2 to the MT, 0.3 vastgesteld and bekrachtigd, half the borging
// checklist under way; and the overview's numbers counted against the file itself. The timeline
// also carries what the nulmeting and the routekaart contribute (their measurements, milestones).

let t: TempCore;
let engagementId = '';
let filePath = '';
beforeAll(async () => {
  t = await startTempCore(undefined, { idleCheckpointMs: 5 });
  const open = await t.must('demo:create', {});
  engagementId = open.engagementId;
  filePath = open.displayPath;
});
afterAll(async () => {
  await t.dispose();
});

async function rows<T>(sql: string): Promise<T[]> {
  await sleep(150);
  const copy = `${filePath}.${Math.random().toString(36).slice(2)}.copy`;
  fs.copyFileSync(filePath, copy);
  const db = new BetterSqlite3(copy, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
    fs.rmSync(copy);
  }
}

const count = async (sql: string): Promise<number> => (await rows<{ n: number }>(sql))[0]!.n;

describe('demo adoption', () => {
  it('presents 0.1 and 0.2 with feedback, one item not taken in with its reason', async () => {
    const presentations = await t.must('presentation:list', { engagementId });
    expect(presentations.map((p) => [p.audience, p.versionLabel, p.processedInLabel])).toEqual([
      ['programmateam', '0.1', '0.2'],
      ['mt', '0.2', '0.3'],
    ]);
    const mt = presentations[1]!;
    expect(mt.feedback.map((f) => f.disposition)).toEqual([
      'verwerkt',
      'niet-verwerkt',
      'verwerkt',
    ]);
    const refused = mt.feedback.find((f) => f.disposition === 'niet-verwerkt')!;
    expect(refused.reason).toMatch(/routekaart/);
    expect(refused.fromStakeholderName).toBe('Monique Bos');
    expect(mt.feedback[0]!.passageId).not.toBeNull();
  });

  it('has 0.3 vastgesteld by the MT and bekrachtigd by the raad, so the vision is read-only', async () => {
    const decisions = await t.must('decision:list', { engagementId });
    expect(decisions.map((d) => [d.body, d.kind, d.versionLabel])).toEqual([
      ['mt', 'vastgesteld', '0.3'],
      ['raad', 'bekrachtigd', '0.3'],
    ]);
    // The raad two weeks after the MT, both before today and after the presentations.
    const [mt, raad] = decisions.map((d) => Date.parse(d.date));
    expect(raad! - mt!).toBe(14 * 86_400_000);
    expect(decisions[1]!.date < new Date().toISOString().slice(0, 10)).toBe(true);
    const presented = (await t.must('presentation:list', { engagementId })).map((p) => p.date);
    expect(presented.every((d) => d < decisions[0]!.date)).toBe(true);
    expect(decisions[1]!.reference).toMatch(/^Raadsbesluit \d{4}-047, zaak Z\/\d{2}\/048213$/);
    const status = await t.must('adoption:visionStatus', { engagementId });
    expect(status?.versionLabel).toBe('0.3');
    const vision = await t.must('vision:get', { engagementId });
    expect(
      await t.code('visionPassage:update', {
        engagementId,
        id: vision.passages[0]!.id,
        fields: { body: 'x' },
      }),
    ).toBe('ADOPTION_VISION_ADOPTED');
  });

  it('reads in order on the timeline: each version frozen before it is presented or decided on', async () => {
    const events = await t.must('timeline:list', { engagementId });
    const at = (kind: string, words: RegExp) => {
      const found = events.find((e) => e.kind === kind && words.test(e.title));
      expect(found, `${kind} ${words}`).toBeDefined();
      return events.indexOf(found!);
    };
    const [v1, v2, v3] = [/0\.1/, /0\.2/, /0\.3/].map((label) => at('vision-version', label));
    const presentations = events
      .filter((e) => e.kind === 'presentation')
      .map((e) => events.indexOf(e));
    const decisions = events.filter((e) => e.kind === 'decision').map((e) => events.indexOf(e));
    expect(presentations).toHaveLength(2);
    expect(v1! < presentations[0]! && presentations[0]! < v2!).toBe(true);
    expect(v2! < presentations[1]! && presentations[1]! < v3!).toBe(true);
    expect(v3! < Math.min(...decisions)).toBe(true);
    // And the poster of the adopted, unchanged working copy is no concept: it names the decisions.
    const status = await t.must('adoption:visionStatus', { engagementId });
    expect(status?.decisions.map((d) => d.kind)).toEqual(['vastgesteld', 'bekrachtigd']);
  });

  it('has half of the borging checklist under way, owners from the demo stakeholders', async () => {
    const borging = await t.must('borging:list', { engagementId });
    const touched = borging.filter((b) => b.updatedAt !== null);
    expect(touched.length).toBeGreaterThanOrEqual(Math.floor(borging.length / 2));
    expect(touched.length).toBeLessThan(borging.length);
    const owner = borging.find((b) => b.id === 'eigenaar')!;
    expect(owner).toMatchObject({ status: 'gereed', ownerName: 'Ingrid Hoekstra' });
    expect(owner.roleHolders.map((h) => h.name)).toEqual(['Ingrid Hoekstra']);
    expect(borging.find((b) => b.id === 'boegbeeld')!.roleHolders.map((h) => h.name)).toEqual([
      'Gerard Kuiper',
    ]);
  });

  it('counts every step as the file holds it', async () => {
    const progress = await t.must('progress:get', { engagementId });
    expect(progress.step1).toEqual({
      documents: await count('SELECT count(*) AS n FROM document'),
      interviews: await count('SELECT count(*) AS n FROM interview'),
      interviewsHeld: await count("SELECT count(*) AS n FROM interview WHERE status <> 'gepland'"),
      findings: await count('SELECT count(*) AS n FROM finding'),
      themes: await count('SELECT count(*) AS n FROM theme'),
    });
    expect(progress.step1.interviewsHeld).toBeGreaterThan(0);
    expect(progress.step2.sessions).toBe(await count('SELECT count(*) AS n FROM session'));
    expect(progress.step2.roles).toBe(await count('SELECT count(*) AS n FROM role_assignment'));
    expect(progress.step2.stakeholderPositions).toBe(
      await count('SELECT count(*) AS n FROM force_field_position'),
    );
    expect(progress.step3).toMatchObject({
      passages: await count('SELECT count(*) AS n FROM vision_passage'),
      unsupportedPassages: 0,
      versions: 3,
      latestVersionLabel: '0.3',
      openFeedback: await count(
        "SELECT count(*) AS n FROM vision_feedback WHERE disposition = 'open'",
      ),
    });
    const borging = await t.must('borging:list', { engagementId });
    expect(progress.step4).toEqual({
      presentations: 2,
      decisions: 2,
      adoptedVersionLabel: '0.3',
      borgingDone: borging.filter((b) => b.status === 'gereed').length,
      borgingTotal: borging.length,
    });
    // Step 4's follow-up: the 1-meting is the newest, agreed on every dimension of the model.
    const model = await t.must('maturity:model', { engagementId });
    const [newest] = await rows<{ name: string; date: string; agreed: number }>(
      `SELECT a.name, a.date, (SELECT count(*) FROM assessment_agreed g WHERE g.assessment_id = a.id
         AND g.current_level IS NOT NULL AND g.desired_level IS NOT NULL) AS agreed
       FROM assessment a ORDER BY a.date DESC LIMIT 1`,
    );
    expect(progress.nulmeting).toEqual({
      measurements: await count('SELECT count(*) AS n FROM assessment'),
      dimensions: model.dimensions.length,
      latest: { name: '1-meting', date: newest!.date, agreedDimensions: newest!.agreed },
    });
    expect(progress.nulmeting.measurements).toBe(2);
    expect(progress.nulmeting.latest!.agreedDimensions).toBe(model.dimensions.length);
    // The routekaart: its items and milestones, the first milestone still open, its signals.
    const plan = await t.must('roadmap:get', { engagementId });
    const [first] = await rows<{ title: string; end_quarter: string }>(
      `SELECT title, end_quarter FROM roadmap_item WHERE kind = 'mijlpaal'
         AND status NOT IN ('gereed', 'geschrapt') ORDER BY end_quarter, position LIMIT 1`,
    );
    expect(progress.roadmap).toEqual({
      items: await count('SELECT count(*) AS n FROM roadmap_item'),
      milestones: await count("SELECT count(*) AS n FROM roadmap_item WHERE kind = 'mijlpaal'"),
      nextMilestone: { title: first!.title, quarter: first!.end_quarter },
      warnings: plan.warnings.length,
      checks: plan.checks.length,
    });
    expect(progress.roadmap.nextMilestone?.title).toBe('Routekaart vastgesteld door het MT');
    // The demo has one deliberate warning.
    expect(progress.roadmap.warnings).toBeGreaterThan(0);
  });

  it('puts the whole engagement on the timeline, oldest first', async () => {
    const timeline = await t.must('timeline:list', { engagementId });
    const dates = timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    const kinds = new Set(timeline.map((e) => e.kind));
    expect([...kinds].sort()).toEqual([
      'decision',
      'document',
      'interview',
      'measurement',
      'milestone',
      'presentation',
      'session',
      'vision-version',
    ]);
    expect(timeline.filter((e) => e.kind === 'decision').map((e) => e.title)).toEqual([
      'Visie (versie 0.3) vastgesteld door het MT',
      'Visie (versie 0.3) bekrachtigd door de raad',
    ]);
    expect(timeline.find((e) => e.kind === 'session')!.step).toBe(2);
  });

  it("puts the nulmeting's measurements and the routekaart's milestones on it, planned ahead", async () => {
    const timeline = await t.must('timeline:list', { engagementId });
    const today = new Date().toISOString().slice(0, 10);
    // Each measurement on the date in the file, as held: the 0-meting a year ago, the 1-meting
    // a few days ago.
    const measured = await rows<{ id: string; name: string; date: string }>(
      'SELECT id, name, date FROM assessment ORDER BY date',
    );
    expect(measured.map((m) => m.name)).toEqual(['0-meting', '1-meting']);
    expect(timeline.filter((e) => e.kind === 'measurement')).toEqual(
      measured.map((m) => ({
        date: m.date,
        kind: 'measurement',
        step: 4,
        title: `${m.name} afgenomen`,
        refId: m.id,
        planned: false,
      })),
    );
    // Each milestone on the last day of its quarter, planned until reached; the demo's lie ahead.
    const milestones = await rows<{ id: string; title: string; end_quarter: string }>(
      "SELECT id, title, end_quarter FROM roadmap_item WHERE kind = 'mijlpaal' ORDER BY position",
    );
    expect(milestones.length).toBeGreaterThanOrEqual(3);
    const onTimeline = timeline.filter((e) => e.kind === 'milestone');
    expect(onTimeline).toHaveLength(milestones.length);
    for (const m of milestones) {
      const event = onTimeline.find((e) => e.refId === m.id)!;
      const date = quarterEndDate(m.end_quarter);
      expect(event).toEqual({
        date,
        kind: 'milestone',
        step: 4,
        // On a quarter's last day the first milestone is due today, not yet overdue.
        title: `${date >= today ? 'Mijlpaal' : 'Mijlpaal nog open'}: ${m.title}`,
        refId: m.id,
        planned: true,
      });
    }
    expect(onTimeline.map((e) => e.title)).toContain(
      'Mijlpaal: Routekaart vastgesteld door het MT',
    );
    // In English too.
    const en = await t.must('timeline:list', { engagementId, language: 'en' });
    expect(en.filter((e) => e.kind === 'measurement').map((e) => e.title)).toEqual([
      '0-meting carried out',
      '1-meting carried out',
    ]);
    expect(en.map((e) => e.title)).toContain('Milestone: Structureel budget in de begroting');

    // The chart the timeline screen and the dossier draw shows them, the milestones as open dots.
    const svg = timelineChart({
      events: timeline,
      stepLabels: ['Stap 1', 'Stap 2', 'Stap 3', 'Stap 4'],
      language: 'nl',
      emptyText: '',
    });
    for (const m of measured)
      expect(svg).toContain(`${m.date.slice(8)}-${m.date.slice(5, 7)}</tspan> ${m.name} afgenomen`);
    expect(svg).toContain('</tspan> Mijlpaal: 2-meting datavolwassenheid</text>');
    const open = svg.match(/<circle [^>]*fill="#ffffff" stroke=/g) ?? [];
    expect(open).toHaveLength(timeline.filter((e) => e.planned).length);
  });

  it('walks from a quote to the passage and back', async () => {
    const vision = await t.must('vision:get', { engagementId });
    const passage = vision.passages.find((p) => p.findings.length > 0)!;
    const back = await t.must('trace:passage', { engagementId, passageId: passage.id });
    expect(back.findings.map((f) => f.id)).toEqual(passage.findings.map((f) => f.id));
    const forward = await t.must('trace:finding', {
      engagementId,
      findingId: back.findings[0]!.id,
    });
    expect(forward.passages.map((p) => p.id)).toContain(passage.id);
    expect(forward.versions.map((v) => v.label)).toContain('0.3');
    // Pseudonyms only: no stakeholder name in a source label.
    const names = (await t.must('stakeholder:list', { engagementId })).map((s) => s.name);
    for (const f of back.findings)
      for (const name of names) expect(f.sourceLabel).not.toContain(name);
  });

  it('gives the export snapshot step 4 in both languages, reading only', async () => {
    await sleep(150);
    const copy = `${filePath}.snapshot.copy`;
    fs.copyFileSync(filePath, copy);
    const sqlite = new BetterSqlite3(copy, { readonly: true });
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    let snapshot: AdoptionSnapshot;
    try {
      // The hook reads only through the engagement's database (a read-only copy here).
      // The areas contribute their timeline events through the same database.
      const ctx = {
        open: { get: () => ({ file: { db } }) },
        areas: DOMAIN_AREAS,
        now: () => new Date().toISOString(),
      } as unknown as CoreContext;
      snapshot = await readAdoptionSnapshot(ctx, engagementId);
    } finally {
      await db.destroy();
      fs.rmSync(copy);
    }
    expect(snapshot.decisions.map((d) => d.kind)).toEqual(['vastgesteld', 'bekrachtigd']);
    expect(snapshot.presentations.length).toBe(2);
    expect(snapshot.adoption?.versionLabel).toBe('0.3');
    expect(snapshot.timeline).toEqual(await t.must('timeline:list', { engagementId }));
    expect(snapshot.inLanguage?.en.timeline).toEqual(
      await t.must('timeline:list', { engagementId, language: 'en' }),
    );
    expect(snapshot.inLanguage?.en.borging[0]!.title).toBe(
      (await t.must('borging:list', { engagementId, language: 'en' }))[0]!.title,
    );
    expect(snapshot.borging).toEqual(await t.must('borging:list', { engagementId }));
  });
});
