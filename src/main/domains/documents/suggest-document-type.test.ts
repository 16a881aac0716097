import { describe, expect, it } from 'vitest';
import { suggestDocumentType } from './suggest-document-type.js';

describe('suggesting a document kind', () => {
  it('reads the kind from the file name, compounds split or not', () => {
    expect(suggestDocumentType('Coalitieakkoord 2022-2026.pdf', '')).toBe('coalitieakkoord');
    expect(suggestDocumentType('coalitie_akkoord_def.docx', '')).toBe('coalitieakkoord');
    expect(suggestDocumentType('Jaarstukken 2024.pdf', '')).toBe('jaarverslag');
    expect(suggestDocumentType('Visie op dienstverlening.pdf', '')).toBe('visie-dienstverlening');
    expect(suggestDocumentType('I&A-strategie 2026.pdf', '')).toBe('ia-strategie');
    expect(suggestDocumentType('Informatiestrategie.docx', '')).toBe('ia-strategie');
    expect(suggestDocumentType('Programmabegroting 2026.pdf', '')).toBe('beleidsnota');
    expect(suggestDocumentType('Raadsvoorstel datagedreven werken.pdf', '')).toBe('beleidsnota');
  });

  it('falls back to the first page, where the kind named first counts', () => {
    expect(
      suggestDocumentType(
        'scan_0042.pdf',
        'Samen verder\nCoalitieakkoord 2022–2026\nIn de begroting van 2023 maken wij ruimte…',
      ),
    ).toBe('coalitieakkoord');
    expect(
      suggestDocumentType('document.pdf', 'Gemeente Dijkhaven\nJaarverslag 2024\nDe begroting…'),
    ).toBe('jaarverslag');
    expect(suggestDocumentType('bijlage 3.pdf', 'Onze visie op dienstverlening: dichtbij')).toBe(
      'visie-dienstverlening',
    );
  });

  it('lets the name win over the page and says anders when nothing fits', () => {
    expect(suggestDocumentType('Jaarverslag 2024.pdf', 'Coalitieakkoord')).toBe('jaarverslag');
    expect(suggestDocumentType('notulen MT 12 maart.pdf', 'Aanwezig: de directie')).toBe('anders');
    // "nota" alone is no kind: a notaris or annotatie must not make a beleidsnota.
    expect(suggestDocumentType('annotaties notaris.pdf', '')).toBe('anders');
  });
});
