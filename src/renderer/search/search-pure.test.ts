import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchHit } from '../../shared/domain/search.js';
import { groupHits } from './group-hits.js';
import { searchTarget } from './search-target.js';
import { splitSnippet } from './snippet.js';

const S = HIGHLIGHT_START;
const E = HIGHLIGHT_END;
const E_ID = '11111111-1111-4111-8111-111111111111';

const hit = (kind: SearchHit['kind'], id: string, extra: Partial<SearchHit> = {}): SearchHit => ({
  kind,
  id,
  parentId: null,
  questionId: null,
  title: id,
  parentTitle: null,
  snippet: '',
  ...extra,
});

describe('splitSnippet', () => {
  it('turns the control marks into matched parts and keeps the rest as text', () => {
    expect(splitSnippet(`…omgaan met ${S}privé${E}gegevens en ${S}prive${E}.`)).toEqual([
      { text: '…omgaan met ', match: false },
      { text: 'privé', match: true },
      { text: 'gegevens en ', match: false },
      { text: 'prive', match: true },
      { text: '.', match: false },
    ]);
  });

  it('keeps markup-like text as plain text and closes a mark cut off at the end', () => {
    expect(splitSnippet(`<b>x</b> ${S}=SUM(A1)`)).toEqual([
      { text: '<b>x</b> ', match: false },
      { text: '=SUM(A1)', match: true },
    ]);
    expect(splitSnippet('')).toEqual([]);
  });
});

describe('groupHits', () => {
  it('groups in a fixed kind order and numbers hits across groups for the keyboard', () => {
    const groups = groupHits([
      hit('finding', 'f1'),
      hit('interview-notes', 'n1'),
      hit('finding', 'f2'),
    ]);
    expect(groups.map((g) => [g.kind, g.start, g.hits.map((h) => h.id)])).toEqual([
      ['interview-notes', 0, ['n1']],
      ['finding', 1, ['f1', 'f2']],
    ]);
  });
});

describe('searchTarget', () => {
  it('opens notes at their question, passages in their document and findings in the list', () => {
    const iv = '22222222-2222-4222-8222-222222222222';
    const q = '33333333-3333-4333-8333-333333333333';
    expect(
      searchTarget(E_ID, hit('interview-notes', 'x', { parentId: iv, questionId: q })),
    ).toEqual({
      href: `#/e/${E_ID}/interviews/${iv}?q=${q}`,
    });
    expect(searchTarget(E_ID, hit('passage', 'p', { parentId: 'doc' }))).toEqual({
      href: `#/e/${E_ID}/documents/doc`,
    });
    expect(searchTarget(E_ID, hit('document', 'doc', { page: 2 }))).toEqual({
      href: `#/e/${E_ID}/documents/doc?page=2`,
    });
    expect(searchTarget(E_ID, hit('document', 'doc'))).toEqual({
      href: `#/e/${E_ID}/documents/doc`,
    });
    expect(searchTarget(E_ID, hit('finding', 'f9'))).toEqual({
      href: `#/e/${E_ID}/findings`,
      findingId: 'f9',
    });
    expect(searchTarget(E_ID, hit('stakeholder', 's'))).toEqual({
      href: `#/e/${E_ID}/stakeholders`,
    });
  });
});
