import { describe, expect, it } from 'vitest';
import {
  nameLikePairs,
  namePseudonymiser,
  nameVariants,
  notNameWords,
} from './pseudonymise-text.js';

const people = [
  { name: 'Jan van der Berg', pseudonym: 'R03' },
  { name: 'Bas Mulder', pseudonym: 'R01' },
  { name: 'Ilse de Vries-Kok', pseudonym: 'R02' },
  { name: 'Kees ’t Hart', pseudonym: 'R04' },
];
const hide = namePseudonymiser(people);

describe('namePseudonymiser', () => {
  it('replaces full name, first name and last name with its particles, in any case', () => {
    expect(hide('Gesproken met Jan van der Berg over data.')).toBe('Gesproken met R03 over data.');
    expect(hide('Van der Berg wil eerst de begroting zien.')).toBe(
      'R03 wil eerst de begroting zien.',
    );
    expect(hide('mevrouw Van der Berg belt terug')).toBe('mevrouw R03 belt terug');
    expect(hide('JAN VAN DER BERG en jan')).toBe('R03 en R03');
    expect(hide('Jan\nvan  der Berg')).toBe('R03');
    expect(hide('Mulder en Bas waren er')).toBe('R01 en R01 waren er');
    expect(hide('de Vries-Kok zegt')).toBe('R02 zegt');
    expect(hide('Kees zei: ’t Hart ook')).toBe('R04 zei: R04 ook');
  });

  it('matches whole words only, longest first', () => {
    expect(hide('Op basis van de cijfers, zegt Bas.')).toBe('Op basis van de cijfers, zegt R01.');
    expect(hide('Jansen en Janssen')).toBe('Jansen en Janssen');
    expect(hide('De Bergen en de berg')).toBe('De Bergen en de berg');
    expect(hide("Jan's idee")).toBe("R03's idee");
    expect(hide('Anne-Marie Mulders')).toBe('Anne-Marie Mulders');
  });

  it('leaves particles alone and names a shared first name by both pseudonyms', () => {
    const two = namePseudonymiser([
      { name: 'Jan Smit', pseudonym: 'R01' },
      { name: 'Jan de Boer', pseudonym: 'R04' },
    ]);
    expect(two('Jan zei het tegen Jan de Boer, van de Smit-kant')).toBe(
      'R01/R04 zei het tegen R04, van de Smit-kant',
    );
    expect(nameVariants('Jan van der Berg')).toEqual([
      ['jan', 'van', 'der', 'berg'],
      ['jan'],
      ['van', 'der', 'berg'],
    ]);
    expect(nameVariants('Anna Maria de Vries')).toContainEqual(['anna']);
    expect(namePseudonymiser([])('Jan')).toBe('Jan');
  });
});

describe('namePseudonymiser prefilter', () => {
  // The prefilter only skips texts in which no name can match; with it on or off, every text
  // must come out the same. Random texts built from name pieces in odd case, NFD accents, final
  // sigma, apostrophes, hyphens and symbols that NFC splits into a symbol and a combining mark.
  const odd = [
    { name: 'Jan van der Berg', pseudonym: 'R03' },
    { name: 'Kees ’t Hart', pseudonym: 'R04' },
    { name: 'José Núñez', pseudonym: 'R05' },
    { name: 'Ὀδυσσεύς Σίσυφος', pseudonym: 'R06' },
    { name: 'İlker Çelik', pseudonym: 'R07' },
    { name: 'Anne-Marie de Vries', pseudonym: 'R08' },
  ];
  const pieces = [
    ...odd.flatMap((p) => p.name.split(' ')),
    'JAN',
    'jan',
    'VAN',
    'Der',
    'BERG',
    'Jose\u0301',
    'NU\u0301N\u0303EZ',
    'ΣΊΣΥΦΟΣ',
    'σίσυφος',
    'ilker',
    'İLKER',
    'anne',
    'ANNE-MARIE',
    'wanneer',
    'Marie',
    'Vries-Kok',
    ' ',
    ' ',
    '  ',
    '\n',
    "'",
    '’',
    '-',
    '.',
    ',',
    '\u2adc',
    '\u0338',
    '=',
    '😀',
    'basis',
    'x',
  ];
  it('changes no result', () => {
    const fast = namePseudonymiser(odd);
    const exact = namePseudonymiser(odd, { prefilter: false });
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let replaced = 0;
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const length = Math.floor(next() * 8);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
      const expected = exact(text);
      if (expected !== text) replaced++;
      if (fast(text) !== expected) expect(fast(text)).toBe(expected);
    }
    // The texts did contain names, so the comparison covered the replacing path too.
    expect(replaced).toBeGreaterThan(2_000);
  });

  it('leaves a text without any of the names untouched', () => {
    const fast = namePseudonymiser(people);
    const text = 'Wanneer de basis op orde is, van de gemeente, berg ’t maar op.';
    expect(fast(text)).toBe(text);
    expect(fast('BAS, Van  der\nBerg')).toBe('R01, R03');
  });
});

describe('nameLikePairs', () => {
  it('lists capitalised pairs, with particles, also a name that starts a sentence', () => {
    expect(
      nameLikePairs('Volgens Piet Smit en Anne van Dam moet de Gemeente Dijkhaven sneller.'),
    ).toEqual(['Piet Smit', 'Anne van Dam']);
    // A person's name starts a sentence as often as any other word; "Ook" is a common word.
    expect(nameLikePairs('Piet Smit vindt dat. Ook R03 vindt dat.')).toEqual(['Piet Smit']);
    expect(nameLikePairs('Gisteren Karin Bos gebeld.')).toEqual(['Karin Bos']);
    expect(nameLikePairs('Het gesprek met mevrouw Jansen, AVG en ICT Beleid')).toEqual([]);
    expect(nameLikePairs('In januari met Karin\nBos')).toEqual([]);
  });

  it('keeps organisations, systems and sentence openers out of the list', () => {
    const notes = [
      'Overleg met de Gemeente Den Helder en de Provincie Noord-Holland over de koppeling.',
      'Rijkswaterstaat Zeeland levert de data, Microsoft Teams is het kanaal.',
      'De afdeling Publiekszaken en het Team Onderzoek & Statistiek leveren cijfers.',
      'Het Ministerie van Binnenlandse Zaken vraagt om een DPIA; ook Autoriteit Persoonsgegevens.',
      'Volgens Common Ground horen gegevens bij de bron. Daarna Power BI als laag erboven.',
      'Wachtlijsten Wmo lopen op. Concerndirecteur Bedrijfsvoering wil een dashboard.',
      'Stichting Present Dijkhaven en het Informatiepunt Digitale Overheid doen mee.',
    ];
    for (const note of notes) expect(nameLikePairs(note), note).toEqual([]);
  });

  it('leaves out the engagement’s own names: the municipality, themes and departments', () => {
    const own = notNameWords([
      'Gemeente Dijkhaven',
      'Samenwerking in de keten',
      'Jeugd & Preventie',
    ]);
    const note =
      'In Dijkhaven Kompas staan de cijfers, die Keten Samenwerking en Jeugd Preventie ' +
      'gebruiken, zegt Marieke Jansen.';
    expect(nameLikePairs(note, own)).toEqual(['Marieke Jansen']);
    // Without the engagement's words, its own names would be listed.
    expect(nameLikePairs(note)).toEqual([
      'Dijkhaven Kompas',
      'Keten Samenwerking',
      'Jeugd Preventie',
      'Marieke Jansen',
    ]);
  });

  it('still lists people next to organisations', () => {
    expect(
      nameLikePairs(
        'Bij de gemeente Den Helder sprak ik Jan-Willem de Boer; het team van Sanne Visser ' +
          'en wethouder Eva Kok van de Gemeente Dijkhaven willen verder.',
      ),
    ).toEqual(['Jan-Willem de Boer', 'Sanne Visser', 'Eva Kok']);
  });
});
