import { afterEach, describe, expect, it } from 'vitest';
import { startTempCore, type TempCore } from '../helpers/temp-core.js';

let t: TempCore | undefined;
afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

// What a user (or a pasted fragment) can put in the search box. Each answers a normal result or
// INVALID_INPUT, never INTERNAL: FTS5's own syntax and SQLite's C strings must not leak through.
const HOSTILE_QUERIES = [
  '\u0000',
  'wonen\u0000',
  '\u0000wonen',
  'won\u0000en',
  'wonen\u0000bouw "',
  '"',
  '""',
  '"""',
  "'",
  "''",
  'wonen"',
  '"wonen',
  '*',
  '**',
  'wonen*',
  '*wonen',
  'NEAR',
  'NEAR(',
  'NEAR(wonen bouw)',
  'NEAR(wonen bouw, 3)',
  'wonen NEAR bouw',
  'AND',
  'OR',
  'NOT',
  'wonen AND',
  'NOT wonen',
  '(',
  ')',
  '((wonen',
  'wonen))',
  '(wonen OR (bouw',
  '{title}: wonen',
  'title:wonen',
  '-wonen',
  '+wonen',
  '^wonen',
  ':',
  '\u0001\u0002\u0003\u001f\u007f',
  '\u0002wonen\u0003',
  '\u200b\u200d\ufeff',
  '\u00ad',
  '\t\n\r',
  '\ue000\ue001',
  '\ufffd',
  'wonen\u0301',
  '🏠 wonen',
  'x'.repeat(200),
  'x'.repeat(201),
  'wonen '.repeat(40),
  '"'.repeat(200),
  '('.repeat(200),
  '\u0000'.repeat(200),
  'a b c d e f g h i j k l m n o p q r s t u v w x y z',
];

describe('search with hostile input', () => {
  it('answers a result or INVALID_INPUT for every odd query, never INTERNAL', async () => {
    t = await startTempCore();
    const { engagementId } = await t.must('engagement:create', {
      fields: { clientName: 'Gemeente Zoekdorp', title: 'Zoeken' },
    });
    await t.must('stakeholder:create', {
      engagementId,
      fields: { name: 'Wonen Bouwman', group: 'directie' },
    });
    await t.must('finding:create', {
      engagementId,
      source: { type: 'direct' },
      fields: { statement: 'Wonen en bouwen gaan samen', kind: 'citaat' },
    });

    const outcomes: string[] = [];
    for (const query of HOSTILE_QUERIES) {
      const result = await t.core.call('search:query', { engagementId, query });
      const label = JSON.stringify(query.length > 30 ? `${query.slice(0, 30)}…` : query);
      if (result.ok) {
        expect(Array.isArray(result.value), label).toBe(true);
        outcomes.push(`${label}: ok`);
      } else {
        outcomes.push(`${label}: ${result.error.code}`);
        expect(result.error.code, label).toBe('INVALID_INPUT');
      }
    }
    // The too-long query is refused by the contract, not by SQLite.
    expect(outcomes).toContain(`${JSON.stringify(`${'x'.repeat(30)}…`)}: INVALID_INPUT`);
    expect(outcomes.filter((o) => o.endsWith('INTERNAL'))).toEqual([]);

    // A query that is text with a NUL in it still finds the text around it.
    const hits = await t.must('search:query', { engagementId, query: 'wonen\u0000bouw' });
    expect(hits.map((h) => h.kind).sort()).toEqual(['finding', 'stakeholder']);
    // And the search still works normally afterwards.
    const plain = await t.must('search:query', { engagementId, query: 'bouwen' });
    expect(plain.map((h) => h.kind)).toEqual(['finding']);
  });
});
