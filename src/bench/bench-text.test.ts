import { describe, expect, it } from 'vitest';
import type { Finding } from '../shared/domain/finding.js';
import type { Theme } from '../shared/domain/overview.js';
import { findingsMarkdown, findingsRegister } from './peer-content.js';
import { BANDS, QUERY_MIX, benchQueries } from './queries.js';
import { FIRST_CONTENT_RANK, LEXICON, Random, sentences, shareOfRank } from './text.js';

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[\s.]+/)
    .filter(Boolean);

describe('stress text', () => {
  it('has a few thousand distinct words, the same on every run', () => {
    expect(new Set(LEXICON).size).toBe(LEXICON.length);
    expect(LEXICON.length).toBeGreaterThan(3_000);
    expect(sentences(new Random(7), 200)).toBe(sentences(new Random(7), 200));
  });

  it('writes words with Zipf frequencies: function words dominate, the tail is long', () => {
    const words = wordsOf(sentences(new Random(11), 200_000));
    const counts = new Map<string, number>();
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    const functionShare =
      LEXICON.slice(0, FIRST_CONTENT_RANK).reduce((n, w) => n + (counts.get(w) ?? 0), 0) /
      words.length;
    expect(functionShare).toBeGreaterThan(0.35);
    expect(functionShare).toBeLessThan(0.65);
    expect(counts.get('de')! / words.length).toBeCloseTo(shareOfRank(0), 2);
    // A word of the rare band appears in a tiny share of the text, but it does appear.
    const rare = LEXICON[3_500]!;
    expect(counts.get(rare) ?? 0).toBeGreaterThan(0);
    expect((counts.get(rare) ?? 0) / words.length).toBeLessThan(0.0002);
    expect(counts.size).toBeGreaterThan(3_000);
  });
});

describe('bench queries', () => {
  it('are 100 deterministic queries in the intended mix, never a bare function word', () => {
    const list = benchQueries();
    expect(list).toEqual(benchQueries());
    expect(list).toHaveLength(Object.values(QUERY_MIX).reduce((a, b) => a + b, 0));
    expect(list).toHaveLength(100);
    const functionWords = new Set(LEXICON.slice(0, FIRST_CONTENT_RANK));
    expect(list.filter((q) => functionWords.has(q))).toEqual([]);
    expect(list.filter((q) => q.includes(' '))).toHaveLength(QUERY_MIX.twoWords);
    const rank = new Map(LEXICON.map((w, i) => [w, i]));
    const rare = list.filter((q) => (rank.get(q) ?? -1) >= BANDS.rare[0]);
    expect(rare.length).toBeGreaterThanOrEqual(QUERY_MIX.rare);
    // Prefixes: three to five letters that are not whole words themselves.
    expect(
      list.filter((q) => !q.includes(' ') && !rank.has(q) && q.length <= 5).length,
    ).toBeGreaterThanOrEqual(15);
  });
});

describe('peer content', () => {
  const themes: Theme[] = [
    { id: 't2', name: 'Sturing', color: '#336699', sortOrder: 2 },
    { id: 't1', name: 'Data & *privacy*', color: '#993366', sortOrder: 1 },
  ] as Theme[];
  const finding = (
    id: string,
    themeIds: string[],
    kind: Finding['kind'],
    statement: string,
  ): Finding =>
    ({
      id,
      statement,
      quote: 'Het is [echt] lastig',
      kind,
      themeIds,
      importance: 3,
      group: 'directie',
      createdAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-01T09:00:00.000Z',
      source: {
        type: 'interview',
        interviewId: 'i',
        questionId: 'q',
        passageId: null,
        documentId: null,
        interviewTitle: 'Interview 1',
        questionNumber: 2,
        pseudonyms: ['R03', 'R01'],
        documentTitle: null,
        page: null,
      },
    }) as Finding;
  const findings = [
    finding('a', ['t1', 't2'], 'risico', 'Twee thema’s'),
    finding('b', [], 'ambitie', 'Geen thema'),
  ];

  it('groups the report by theme order and kind, a finding under each of its themes, markup escaped', () => {
    const text = findingsMarkdown('Dijkhaven', findings, themes);
    const privacy = text.indexOf('## Data & \\*privacy\\*');
    const sturing = text.indexOf('## Sturing');
    const none = text.indexOf('## Zonder thema');
    expect(privacy).toBeGreaterThan(0);
    expect(sturing).toBeGreaterThan(privacy);
    expect(none).toBeGreaterThan(sturing);
    expect(text.split('**Twee thema’s**')).toHaveLength(3);
    expect(text.slice(none)).toContain('### Ambities\n\n**Geen thema**');
    expect(text).toContain('> Het is \\[echt\\] lastig');
    expect(text).toContain('*Bron: Interview R01, R03, vraag 2 · Belang: hoog*');
    expect(text).toContain('| Data & \\*privacy\\* | 1 | 1 |');
  });

  it('gives the register one row per finding in the ten columns of Koers’s register', () => {
    const spec = findingsRegister('Dijkhaven', findings, themes);
    expect(spec.columns).toHaveLength(10);
    expect(spec.rows).toHaveLength(2);
    expect(spec.rows[0]).toEqual([
      1,
      'Twee thema’s',
      'Het is [echt] lastig',
      'Risico',
      'Data & *privacy*, Sturing',
      'directie',
      'Interview R01, R03, vraag 2',
      'hoog',
      '2026-03-01T09:00:00.000Z',
      'a',
    ]);
  });
});
