import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/main/core/core-context.js';
import { DOMAIN_AREAS } from '../../src/main/domains/index.js';
import type { Database } from '../../src/main/domains/schema.js';
import { readRoadmapSnapshot } from '../../src/main/domains/roadmap/roadmap.snapshot.js';
import { loadMethod } from '../../src/main/method/load-method.js';
import type { RoadmapSnapshot } from '../../src/shared/domain/roadmap-snapshot.js';
import { startTempCore, type TempCore } from '../helpers/temp-core.js';

// What the implementatieplan and the planning workbook read of the demo's routekaart: the plan
// with its horizon, warnings and checks, and per item the gaps with their levels and the
// passages with the findings behind them, source labels with pseudonyms only. Read from a
// read-only copy of the file, so the hook can be seen to write nothing.

let t: TempCore;
let snapshot: RoadmapSnapshot;
let names: string[] = [];
beforeAll(async () => {
  t = await startTempCore(undefined, { idleCheckpointMs: 5 });
  const open = await t.must('demo:create', {});
  names = (await t.must('stakeholder:list', { engagementId: open.engagementId })).map(
    (s) => s.name,
  );
  await sleep(150);
  const copy = `${open.displayPath}.snapshot.copy`;
  fs.copyFileSync(open.displayPath, copy);
  const sqlite = new BetterSqlite3(copy, { readonly: true });
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    const method = loadMethod(
      'resources/method',
      DOMAIN_AREAS.flatMap((a) => ('method' in a ? (a.method ?? []) : [])),
    );
    const ctx = {
      open: { get: () => ({ file: { db } }) },
      method,
      now: () => new Date().toISOString(),
      language: () => 'nl',
    } as unknown as CoreContext;
    snapshot = await readRoadmapSnapshot(ctx, open.engagementId);
  } finally {
    await db.destroy();
    fs.rmSync(copy);
  }
}, 120_000);
afterAll(async () => {
  await t.dispose();
});

describe('the routekaart snapshot', () => {
  it('has the plan, its horizon and the method texts', () => {
    expect(snapshot.quarters).toHaveLength(12);
    expect(snapshot.quarters[0]).toBe(snapshot.settings.startQuarter);
    expect(snapshot.items.length).toBeGreaterThanOrEqual(22);
    expect(snapshot.warnings.map((w) => w.kind)).toEqual(['starts-before-dependency']);
    expect(snapshot.method.phases['opschaling-en-beheer'].label.nl).toBe('Opschaling en beheer');
    expect(snapshot.traces.map((tr) => tr.itemId)).toEqual(snapshot.items.map((i) => i.id));
  });

  it('traces every item to its gaps with levels and its passages, with the findings behind them', () => {
    expect(snapshot.assessmentId).not.toBeNull();
    const withGap = snapshot.traces.filter((tr) => tr.gaps.length > 0);
    expect(withGap.length).toBeGreaterThan(15);
    for (const g of withGap.flatMap((tr) => tr.gaps)) {
      expect(g.gap).toBeCloseTo(g.desired - g.current);
      expect(snapshot.dimensionNames[g.dimensionId]).toBeTruthy();
      expect(snapshot.inLanguage.en.dimensionNames[g.dimensionId]).toBeTruthy();
    }
    const portaal = snapshot.items.find((i) => i.title === 'Portaal met de bestaande dashboards')!;
    const trace = snapshot.traces.find((tr) => tr.itemId === portaal.id)!;
    expect(trace.passages.map((p) => p.title)).toEqual(['Sturen op de maatschappelijke opgaven']);
    const findingIds = new Set(snapshot.findings.map((f) => f.id));
    const referenced = snapshot.traces.flatMap((tr) => [
      ...tr.gaps.flatMap((g) => g.findingIds),
      ...tr.passages.flatMap((p) => p.findingIds),
    ]);
    expect(referenced.length).toBeGreaterThan(0);
    for (const id of referenced) expect(findingIds.has(id)).toBe(true);
    // Only those: the findings are read by id, not all of the engagement's.
    expect([...findingIds].sort()).toEqual([...new Set(referenced)].sort());
    expect(snapshot.inLanguage.en.findings.map((f) => f.id)).toEqual(
      snapshot.findings.map((f) => f.id),
    );
    // Each with its source, for a plan made with names; pseudonyms only, like the label.
    const interview = snapshot.findings.find((f) => f.source.type === 'interview')!;
    expect(interview.source.pseudonyms.length).toBeGreaterThan(0);
    for (const p of interview.source.pseudonyms) expect(p).toMatch(/^R\d+$/);
    // Source labels carry pseudonyms, never the names of the people interviewed.
    for (const f of [...snapshot.findings, ...snapshot.inLanguage.en.findings]) {
      expect(f.sourceLabel).not.toBe('');
      for (const name of names) expect(f.sourceLabel).not.toContain(name);
    }
    expect(snapshot.findings.some((f) => /^Interview R\d+/.test(f.sourceLabel))).toBe(true);
  });
});
