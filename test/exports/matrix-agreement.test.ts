import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MATRIX_COLUMNS } from '../../src/shared/domain/finding-matrix.js';
import type { InputOf } from '../../src/shared/contract.js';
import { wordTextsNl } from '../../src/main/export/word/word-texts.js';
import { startTempCore, type TempCore } from '../helpers/temp-core.js';
import { readDocx } from './docx-read.js';
import { exportThroughCore } from './export-run.js';

// The theme × group matrix on screen (finding:matrix) and in the Word findings report count
// the same findings in the same columns: findings from documents in their own column, never
// under "Onbekend".

let t: TempCore;
let engagementId: string;

beforeAll(async () => {
  t = await startTempCore();
  engagementId = (await t.must('demo:create', {})).engagementId;
  const themes = await t.must('theme:list', { engagementId });
  const [a, b] = themes;
  if (!a || !b) throw new Error('demo has fewer than two themes');
  const documents = await t.must('document:list', { engagementId });
  const document = documents[0];
  if (!document) throw new Error('demo has no document');
  const passage = await t.must('passage:create', {
    engagementId,
    documentId: document.id,
    fields: { text: 'Alle dienstverlening digitaal in 2030.', page: 4 },
  });
  const interview = (await t.must('interview:list', { engagementId }))[0];
  if (!interview) throw new Error('demo has no interview');
  const add = (source: InputOf<'finding:create'>['source'], extra = {}) =>
    t.must('finding:create', {
      engagementId,
      source,
      fields: { statement: 'Een bevinding voor de matrix', kind: 'ambitie', ...extra },
    });
  await add({ type: 'passage', passageId: passage.id }, { themeIds: [a.id, b.id] });
  await add({ type: 'passage', passageId: passage.id }, { themeIds: [a.id] });
  await add({ type: 'direct' }, { themeIds: [b.id], group: null });
  await add({ type: 'direct' }, { themeIds: [a.id], group: 'wethouder' });
  await add(
    { type: 'interview', interviewId: interview.id, questionId: null },
    { themeIds: [b.id] },
  );
}, 120_000);
afterAll(async () => {
  await t?.dispose();
});

describe('theme × group matrix', () => {
  it('screen and Word report agree cell by cell, documents have their own column', async () => {
    const matrix = await t.must('finding:matrix', { engagementId });
    const findings = await t.must('finding:list', { engagementId });
    // Every source is present, and each source column holds exactly its group-less findings.
    expect(matrix.groups).toContain('passage');
    expect(matrix.groups).toContain('direct');
    const passageCodings = findings
      .filter((f) => f.source.type === 'passage' && f.group === null)
      .reduce((n, f) => n + f.themeIds.length, 0);
    const inPassageColumn = matrix.themes.reduce(
      (n, th) => n + (matrix.counts[th.id]?.passage ?? 0),
      0,
    );
    expect(inPassageColumn).toBe(passageCodings);
    expect(passageCodings).toBeGreaterThanOrEqual(3);
    // Every theme coding is counted once on screen: nothing falls out of the matrix.
    const codings = findings.reduce((n, f) => n + new Set(f.themeIds).size, 0);
    const onScreen = matrix.themes.reduce(
      (n, th) => n + matrix.groups.reduce((m, g) => m + (matrix.counts[th.id]?.[g] ?? 0), 0),
      0,
    );
    expect(onScreen).toBe(codings);
    // Columns in the documented order.
    expect(matrix.groups).toEqual(MATRIX_COLUMNS.filter((c) => matrix.groups.includes(c)));

    const content = await readDocx(
      (await exportThroughCore(t, engagementId, 'findings-report', { language: 'nl' })).bytes,
    );
    const table = content.tables.find((tbl) => tbl[0]?.[0] === 'Thema');
    if (!table) throw new Error('no matrix table in the report');
    const header = table[0] ?? [];
    expect(header).toEqual([
      'Thema',
      ...matrix.groups.map((g) => wordTextsNl.columns[g]),
      'Totaal',
    ]);
    expect(header).toContain('Documenten');
    expect(header).not.toContain('Onbekend');
    const sum = (ns: number[]) => ns.reduce((x, y) => x + y, 0);
    const rows = matrix.themes.map((th) => {
      const cells = matrix.groups.map((g) => matrix.counts[th.id]?.[g] ?? 0);
      // Each theme row carries its colour marker before the name.
      return [`■ ${th.name}`, ...cells.map(String), String(sum(cells))];
    });
    const totals = matrix.groups.map((g) =>
      sum(matrix.themes.map((th) => matrix.counts[th.id]?.[g] ?? 0)),
    );
    // The report lists themes in their sort order; the screen in the same order.
    expect(table.slice(1)).toEqual([
      ...rows,
      ['Totaal', ...totals.map(String), String(sum(totals))],
    ]);
  });
});
