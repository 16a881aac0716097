import { describe, expect, it } from 'vitest';
import type { Finding, FindingSource } from '../../../shared/domain/finding.js';
import { applyFindingsView, EMPTY_FILTER, fold, NO_GROUP, rangeIds } from './findings-filter.js';
import { sourceLabel } from './source-label.js';

const direct: FindingSource = {
  type: 'direct',
  interviewId: null,
  questionId: null,
  passageId: null,
  documentId: null,
  interviewTitle: null,
  questionNumber: null,
  pseudonyms: [],
  documentTitle: null,
  page: null,
};

const finding = (id: string, over: Partial<Finding> = {}): Finding => ({
  id,
  statement: `Bevinding ${id}`,
  quote: '',
  kind: 'uitdaging',
  themeIds: [],
  importance: 2,
  group: null,
  source: direct,
  createdAt: `2026-01-0${id}T10:00:00.000Z`,
  updatedAt: `2026-01-0${id}T10:00:00.000Z`,
  ...over,
});

const list = [
  finding('1', { themeIds: ['a'], group: 'wethouder', kind: 'risico', importance: 3 }),
  finding('2', {
    themeIds: ['a', 'b'],
    group: 'directie',
    quote: 'De privé-gegevens van inwoners',
  }),
  finding('3', { themeIds: ['b'], kind: 'ambitie', importance: 1 }),
];
const ids = (xs: Finding[]) => xs.map((f) => f.id);

describe('findings view', () => {
  it('filters by theme, group (also "no group"), kind and text without accents', () => {
    expect(ids(applyFindingsView(list, { ...EMPTY_FILTER, themeId: 'a' }, 'oldest'))).toEqual([
      '1',
      '2',
    ]);
    expect(ids(applyFindingsView(list, { ...EMPTY_FILTER, group: NO_GROUP }, 'oldest'))).toEqual([
      '3',
    ]);
    expect(ids(applyFindingsView(list, { ...EMPTY_FILTER, kind: 'risico' }, 'oldest'))).toEqual([
      '1',
    ]);
    expect(
      ids(applyFindingsView(list, { ...EMPTY_FILTER, text: 'PRIVE inwoners' }, 'oldest')),
    ).toEqual(['2']);
    expect(fold('Privé Één')).toBe('prive een');
  });

  it('sorts newest first, by importance and by kind in the method order', () => {
    expect(ids(applyFindingsView(list, EMPTY_FILTER, 'newest'))).toEqual(['3', '2', '1']);
    expect(ids(applyFindingsView(list, EMPTY_FILTER, 'importance'))).toEqual(['1', '2', '3']);
    expect(ids(applyFindingsView(list, EMPTY_FILTER, 'kind'))).toEqual(['2', '3', '1']);
  });

  it('selects a range in list order in either direction', () => {
    expect(rangeIds(list, '3', '1')).toEqual(['1', '2', '3']);
    expect(rangeIds(list, '2', '2')).toEqual(['2']);
    expect(rangeIds(list, 'gone', '2')).toEqual(['2']);
  });

  it('names a source by pseudonym and question, or document and page', () => {
    const t = ((key: string, o?: Record<string, unknown>) =>
      `${key}${o ? JSON.stringify(o) : ''}`) as never;
    expect(
      sourceLabel(t, {
        ...direct,
        type: 'interview',
        interviewId: 'i',
        questionId: 'q',
        questionNumber: 2,
        pseudonyms: ['R03'],
      }),
    ).toBe('findings.sourceInterviewQuestion{"pseudonyms":"R03","number":2}');
    expect(
      sourceLabel(t, {
        ...direct,
        type: 'passage',
        passageId: 'p',
        documentTitle: 'Coalitieakkoord',
        page: 12,
      }),
    ).toBe('findings.sourceDocumentPage{"title":"Coalitieakkoord","page":12}');
    expect(sourceLabel(t, direct)).toBe('findings.sourceDirect');
  });
});
