import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addQuarters, quarterOf } from '../../src/shared/domain/quarter.js';
import { startTempCore, type TempCore } from '../helpers/temp-core.js';

// The demo engagement's routekaart (gemeente Dijkhaven), as a user finds it after "Demo
// openen": about 25 items over three years from last quarter, owners from the demo's
// stakeholders or a typed role, every item linked to the vision or a gap, no cycles, one
// deliberate warning, and progress on the quick wins; counted against the file itself.

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

describe('demo routekaart', () => {
  it('plans about 25 items over three years from last quarter, in all phases and kinds', async () => {
    const plan = await t.must('roadmap:get', { engagementId });
    const start = addQuarters(quarterOf(new Date().toISOString()), -1);
    expect(plan.settings).toEqual({ startQuarter: start, horizonYears: 3 });
    expect(plan.items.length).toBeGreaterThanOrEqual(22);
    expect(plan.items.length).toBeLessThanOrEqual(30);
    expect(new Set(plan.items.map((i) => i.kind))).toEqual(
      new Set(['project', 'activiteit', 'quick-win', 'doorlopend', 'mijlpaal']),
    );
    expect(new Set(plan.items.map((i) => i.phase)).size).toBe(3);
    expect(new Set(plan.items.map((i) => i.funding)).size).toBe(3);
    expect(plan.items.map((i) => i.title)).toEqual(
      expect.arrayContaining([
        'Portaal met de bestaande dashboards',
        'Informatiearchitectuur optimaliseren',
        'Training datawijsheid voor leidinggevenden en medewerkers',
        'Ethisch kader en ethische commissie',
      ]),
    );
    const last = addQuarters(start, 11);
    for (const item of plan.items) {
      expect(item.startQuarter >= start && item.endQuarter <= last).toBe(true);
      expect(item.ownerLabel).not.toBe('');
      expect(item.gapDimensionIds.length + item.passageIds.length).toBeGreaterThan(0);
    }
    // Most owners are demo stakeholders; a few are a role as typed.
    const owners = await rows<{ stakeholders: number; roles: number }>(
      `SELECT sum(owner_stakeholder_id IS NOT NULL) AS stakeholders,
              sum(owner_stakeholder_id IS NULL AND owner_text <> '') AS roles FROM roadmap_item`,
    );
    expect(owners[0]!.stakeholders).toBeGreaterThan(15);
    expect(owners[0]!.roles).toBeGreaterThan(0);
  });

  it('links to the demo vision and the maturity model, with dependencies and one warning', async () => {
    const plan = await t.must('roadmap:get', { engagementId });
    const model = await t.must('maturity:model', { engagementId });
    const dimensions = new Set(model.dimensions.map((d) => d.id));
    const gaps = await rows<{ dimension_id: string }>(
      'SELECT DISTINCT dimension_id FROM roadmap_item_gap',
    );
    expect(gaps.length).toBe(8);
    for (const g of gaps) expect(dimensions.has(g.dimension_id)).toBe(true);
    const passages = await rows<{ n: number; items: number }>(
      `SELECT count(DISTINCT l.passage_id) AS n, count(DISTINCT l.item_id) AS items
       FROM roadmap_item_passage l JOIN vision_passage p ON p.id = l.passage_id`,
    );
    expect(passages[0]!.n).toBeGreaterThanOrEqual(12);
    expect(passages[0]!.items).toBe(plan.items.length);
    const deps = await rows<{ n: number }>('SELECT count(*) AS n FROM roadmap_dependency');
    expect(deps[0]!.n).toBeGreaterThanOrEqual(15);
    const byId = new Map(plan.items.map((i) => [i.id, i.title]));
    expect(
      plan.warnings.map((w) => [w.kind, byId.get(w.itemId), byId.get(w.otherItemId ?? '')]),
    ).toEqual([
      [
        'starts-before-dependency',
        'Datawarehouse voor sturingsinformatie',
        'Informatiearchitectuur optimaliseren',
      ],
    ]);
    expect(plan.checks.filter((c) => c.kind !== 'gap-without-item')).toEqual([]);
  });

  it('shows progress: the portaal delivered, updates on the quick wins and the running work', async () => {
    const plan = await t.must('roadmap:get', { engagementId });
    const portaal = plan.items.find((i) => i.title === 'Portaal met de bestaande dashboards')!;
    expect(portaal.status).toBe('gereed');
    expect(portaal.updates.map((u) => u.status)).toEqual(['gereed', 'lopend']);
    const updates = await rows<{ n: number; items: number }>(
      'SELECT count(*) AS n, count(DISTINCT item_id) AS items FROM roadmap_update',
    );
    expect(updates[0]!.n).toBeGreaterThanOrEqual(5);
    expect(updates[0]!.items).toBeGreaterThanOrEqual(4);
    expect(plan.items.filter((i) => i.status === 'lopend').length).toBeGreaterThanOrEqual(3);
  });
});
