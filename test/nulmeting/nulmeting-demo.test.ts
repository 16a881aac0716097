import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/main/domains/schema.js';
import type { CoreContext } from '../../src/main/core/core-context.js';
import { readNulmetingSnapshot } from '../../src/main/domains/nulmeting/nulmeting.snapshot.js';
import type { NulmetingSnapshot } from '../../src/shared/domain/nulmeting-snapshot.js';
import { RESPONDENT_GROUPS } from '../../src/shared/domain/nulmeting.js';
import { startTempCore, type TempCore } from '../helpers/temp-core.js';

// The demo engagement's nulmeting (gemeente Dijkhaven), as a user finds it after "Demo openen":
// a 0-meting at the start of the programme and a 1-meting after the raad's decision, eight
// respondents each across the groups, every dimension scored and agreed; and the export
// snapshot that the report and the workbook read.

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

const daysAgo = (date: string) => Math.round((Date.now() - Date.parse(date)) / 86_400_000);

describe('the demo nulmeting', () => {
  it('has a 0-meting a year before and a 1-meting after the raad decided on the vision', async () => {
    const list = await t.must('assessment:list', { engagementId });
    expect(list.map((a) => a.name)).toEqual(['1-meting', '0-meting']);
    const [one, zero] = list;
    expect(daysAgo(zero!.date)).toBeGreaterThanOrEqual(365);
    const decisions = await t.must('decision:list', { engagementId });
    const raad = decisions.find((d) => d.body === 'raad')!;
    expect(one!.date > raad.date).toBe(true);
    expect(daysAgo(one!.date)).toBeLessThan(30);
    for (const a of list) {
      expect(a.respondentCount).toBe(8);
      expect(a.agreedCount).toBe(8);
    }
  });

  it('scores every dimension by eight respondents across six groups, with evidence and agreed rationale', async () => {
    const model = await t.must('maturity:model', { engagementId });
    const [one, zero] = await t.must('assessment:list', { engagementId });
    const views = await Promise.all(
      [zero!, one!].map((a) => t.must('assessment:get', { engagementId, id: a.id })),
    );
    const people = new Set((await t.must('stakeholder:list', { engagementId })).map((s) => s.name));
    for (const view of views) {
      expect(new Set(view.respondents.map((r) => r.group))).toEqual(
        new Set(RESPONDENT_GROUPS.filter((g) => g !== 'overig')),
      );
      // Stakeholders are named after themselves; one respondent is a group session.
      const linked = view.respondents.filter((r) => r.stakeholderId !== null);
      expect(linked.length).toBe(7);
      for (const r of linked) expect(people.has(r.label)).toBe(true);
      expect(view.scores).toHaveLength(8 * model.dimensions.length);
      for (const s of view.scores) {
        expect(s.current).toBeGreaterThanOrEqual(1.5);
        expect(s.desired).toBeGreaterThanOrEqual(3);
        expect(s.desired).toBeLessThanOrEqual(4.5);
      }
      expect(view.scores.filter((s) => s.evidence !== '').length).toBeGreaterThanOrEqual(4);
      for (const a of view.agreed) expect(a.rationale.length).toBeGreaterThan(20);
      // Not everyone agrees: there is spread on most dimensions.
      expect(
        view.summary.filter((d) => d.spreadCurrent!.max > d.spreadCurrent!.min).length,
      ).toBeGreaterThanOrEqual(5);
    }
    const [zeroView, oneView] = views;
    expect(zeroView!.scores.every((s) => s.current! <= 3)).toBe(true);
    expect(zeroView!.agreed.flatMap((a) => a.findingIds).length).toBeGreaterThanOrEqual(5);
    // A year on, the current levels went up on average, and never down.
    const mean = (v: typeof zeroView) =>
      v!.summary.reduce((n, d) => n + d.spreadCurrent!.mean, 0) / v!.summary.length;
    expect(mean(oneView)).toBeGreaterThan(mean(zeroView));
    for (const [i, d] of oneView!.summary.entries())
      expect(d.current!).toBeGreaterThanOrEqual(zeroView!.summary[i]!.current!);
    // The gaps are the 1-meting's, largest first.
    const gaps = await t.must('nulmeting:gaps', { engagementId });
    expect(gaps.every((g) => g.assessmentId === one!.id)).toBe(true);
    expect(gaps.map((g) => g.gap)).toEqual([...gaps.map((g) => g.gap)].sort((a, b) => b - a));
  });

  it('gives the export snapshot the model and measurements in both languages, reading only', async () => {
    await sleep(150);
    const copy = `${filePath}.snapshot.copy`;
    fs.copyFileSync(filePath, copy);
    const sqlite = new BetterSqlite3(copy, { readonly: true });
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    let snapshot: NulmetingSnapshot;
    try {
      const ctx = { open: { get: () => ({ file: { db } }) } } as unknown as CoreContext;
      snapshot = await readNulmetingSnapshot(ctx, engagementId);
    } finally {
      await db.destroy();
      fs.rmSync(copy);
    }
    expect(snapshot.model).toEqual(await t.must('maturity:model', { engagementId }));
    expect(snapshot.inLanguage.en.model).toEqual(
      await t.must('maturity:model', { engagementId, language: 'en' }),
    );
    expect(snapshot.assessments.map((a) => a.assessment.name)).toEqual(['1-meting', '0-meting']);
    expect(snapshot.assessments[1]).toEqual(
      await t.must('assessment:get', { engagementId, id: snapshot.assessments[1]!.assessment.id }),
    );
    const linked = new Set(
      snapshot.assessments.flatMap((a) => a.agreed.flatMap((g) => g.findingIds)),
    );
    expect(new Set(snapshot.findings.map((f) => f.id))).toEqual(linked);
    const names = (await t.must('stakeholder:list', { engagementId })).map((s) => s.name);
    for (const f of snapshot.findings) {
      expect(f.statement.length).toBeGreaterThan(0);
      expect(f.sourceLabel.length).toBeGreaterThan(0);
      for (const name of names) expect(f.sourceLabel).not.toContain(name);
    }
  });
});
