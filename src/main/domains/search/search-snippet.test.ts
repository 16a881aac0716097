import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S } from '../../../shared/domain/search.js';
import { snippetFor } from './search-snippet.js';

describe('snippets for long rows', () => {
  it('marks the first match of any word, ignoring case and diacritics, keeping the original text', () => {
    const text = `${'Inleiding. '.repeat(50)}Zij zegt: "Privé-gegevens van inwoners blijven PRIVÉ." Meer tekst volgt hier.`;
    const snippet = snippetFor(text, ['prive'])!;
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet).toContain(`${S}Privé${E}-gegevens`);
    expect(snippet).toContain(`${S}PRIVÉ${E}`);
  });

  it('matches word starts only, like the prefix query', () => {
    expect(snippetFor('datavisie en visie', ['visie'])).toBe(`datavisie en ${S}visie${E}`);
    expect(snippetFor('datavisie', ['visie'])).toBeNull();
  });

  it('keeps the window bounded in a 1 MB note with thousands of matches', () => {
    const text = 'woningbouw en data '.repeat(55_000);
    const snippet = snippetFor(text, ['woningbouw'])!;
    expect(snippet.startsWith(`${S}woningbouw${E}`)).toBe(true);
  });
});
