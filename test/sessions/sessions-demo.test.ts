import { afterAll, describe, expect, it } from 'vitest';
import { startTempCore, type TempCore } from '../helpers/temp-core.js';
import { exportThroughCore } from '../exports/export-run.js';
import { allStrings, loadWorkbook } from '../exports/xlsx-read.js';
import { readDocx } from '../exports/docx-read.js';

// The demo engagement's work sessions: a raadssessie and a world café with three tables, as a
// user would find them after "Demo openen".

let t: TempCore | undefined;
afterAll(async () => {
  await t?.dispose();
});

describe('demo sessions', () => {
  it('has a raadssessie with examples, opgaven and two tallied statements, and a world café with three tables', async () => {
    t = await startTempCore();
    const { engagementId } = await t.must('demo:create', {});
    const list = await t.must('session:list', { engagementId });
    expect(list.map((s) => s.type).sort()).toEqual(['raadssessie', 'world-cafe']);
    // Each was planned before it was held (not on the day the demo was made).
    for (const s of list) expect(s.statusDates.gepland! < s.statusDates.gehouden!).toBe(true);
    const raad = await t.must('session:get', {
      engagementId,
      id: list.find((s) => s.type === 'raadssessie')!.id,
    });
    expect(raad.parts.map((p) => p.kind)).toEqual([
      'agendapunt',
      'agendapunt',
      'voorbeeld',
      'voorbeeld',
      'agendapunt',
      'opgave',
      'opgave',
      'opgave',
      'agendapunt',
      'stelling',
      'stelling',
      'agendapunt',
    ]);
    for (const st of raad.parts.filter((p) => p.kind === 'stelling')) {
      expect(st.tallies.map((x) => [x.round, x.revealed])).toEqual([
        [1, true],
        [2, true],
      ]);
      expect(st.tallies.every((x) => x.eens + x.oneens + x.neutraal === 19)).toBe(true);
    }
    expect(raad.status).toBe('teruggekoppeld');
    const cafe = await t.must('session:get', {
      engagementId,
      id: list.find((s) => s.type === 'world-cafe')!.id,
    });
    const tables = cafe.parts.filter((p) => p.kind === 'tafel');
    expect(tables.map((p) => p.title)).toEqual(['Ethiek', 'Privacy', 'Governance']);
    for (const table of tables) {
      expect(table.rounds).toBe(2);
      expect(table.inputs.filter((i) => i.round === 1).length).toBeGreaterThanOrEqual(3);
      expect(table.inputs.filter((i) => i.round === 2).length).toBeGreaterThanOrEqual(2);
    }
    const findings = await t.must('finding:list', {
      engagementId,
      filter: { sourceType: 'session' },
    });
    expect(findings).toHaveLength(3);
    expect(findings.every((f) => f.themeIds.length > 0)).toBe(true);
    const matrix = await t.must('finding:matrix', { engagementId });
    expect(matrix.groups).toContain('session');

    // The exports name a session source and give sessions their column.
    const register = await exportThroughCore(t, engagementId, 'findings-register');
    const strings = allStrings(await loadWorkbook(register.bytes));
    expect(strings).toContain('World café: wat moet er in onze datavisie?, Governance, ronde 1');
    const report = await readDocx(
      (await exportThroughCore(t, engagementId, 'findings-report', { language: 'nl' })).bytes,
    );
    const header = report.tables.find((tbl) => tbl[0]?.[0] === 'Thema')?.[0] ?? [];
    expect(header).toContain('Sessies');
    expect(report.paragraphs.map((p) => p.text).join('\n')).toContain(
      'Sessie World café: wat moet er in onze datavisie?, Privacy, ronde 1',
    );
  });
});
