import type { DocumentType } from '../../../shared/domain/document.js';

// Suggests a document's kind from its file name and the text of its first page, for a document
// added without one. Only the kinds of the register (DOCUMENT_TYPES) are suggested; documents of
// the planning and control cycle go where a consultant files them: what looks back (jaarverslag,
// jaarrekening, jaarstukken) is a jaarverslag, what sets out a course (begroting, kadernota,
// raadsvoorstel, beleidsplan) a beleidsnota. Anything else stays 'anders'.

/** Words are compared folded: lower case, no diacritics, no spaces, hyphens or underscores. */
const RULES: readonly (readonly [DocumentType, readonly string[]])[] = [
  [
    'coalitieakkoord',
    [
      'coalitieakkoord',
      'coalitieprogramma',
      'bestuursakkoord',
      'collegeakkoord',
      'collegeprogramma',
      'raadsakkoord',
      'coalitionagreement',
    ],
  ],
  ['jaarverslag', ['jaarverslag', 'jaarrekening', 'jaarstukken', 'annualreport']],
  [
    'visie-dienstverlening',
    [
      'visieopdienstverlening',
      'dienstverleningsvisie',
      'visiedienstverlening',
      'dienstverleningsconcept',
      'dienstverleningsstrategie',
      'klantvisie',
    ],
  ],
  [
    'ia-strategie',
    [
      'iastrategie',
      'i&astrategie',
      'istrategie',
      'informatiestrategie',
      'informatiebeleid',
      'informatievoorziening',
      'datastrategie',
      'digitaleagenda',
      'digitaliseringsstrategie',
    ],
  ],
  [
    'beleidsnota',
    [
      'beleidsnota',
      'beleidsplan',
      'beleidskader',
      'kadernota',
      'voorjaarsnota',
      'programmabegroting',
      'begroting',
      'raadsvoorstel',
      'raadsinformatiebrief',
      'uitvoeringsprogramma',
    ],
  ],
];

/** Lower case, without diacritics, and without the spaces and marks that split compounds. */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-_.,;:'"’()/]+/g, '');
}

/** How far into the first page a title or subtitle may sit. */
const FIRST_PAGE_CHARS = 3000;

export function suggestDocumentType(fileName: string, firstPage: string): DocumentType {
  // The name is what the municipality called the file: it wins, in the order of RULES.
  const name = foldForMatch(fileName.replace(/\.[a-z0-9]{1,5}$/i, ''));
  for (const [type, words] of RULES) if (words.some((w) => name.includes(w))) return type;
  // On the page, the kind named first is the document's own (a coalitieakkoord may mention
  // the begroting further down, not the other way round).
  const page = foldForMatch(firstPage.slice(0, FIRST_PAGE_CHARS));
  let best: { type: DocumentType; at: number } | null = null;
  for (const [type, words] of RULES) {
    for (const word of words) {
      const at = page.indexOf(word);
      if (at >= 0 && (best === null || at < best.at)) best = { type, at };
    }
  }
  return best?.type ?? 'anders';
}
