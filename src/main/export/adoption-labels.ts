// Labels of step 4 (audiences, bodies, decision kinds, subjects, borging statuses, feedback
// dispositions, the method's steps) as the vaststellingsdossier and the borging workbook print
// them. `en` is typed against `nl`, so a label missing in one language is a compile error.

export const adoptionLabelsNl = {
  audiences: {
    mt: 'MT',
    directie: 'Directie',
    college: 'College van B&W',
    raad: 'Gemeenteraad',
    programmateam: 'Programmateam',
    or: 'Ondernemingsraad',
    werkgroep: 'Werkgroep',
    overig: 'Overig',
  },
  bodies: {
    mt: 'MT',
    directie: 'Directie',
    college: 'College van B&W',
    raad: 'Gemeenteraad',
  },
  /** In a sentence: "vastgesteld door het MT". */
  byBodies: {
    mt: 'het MT',
    directie: 'de directie',
    college: 'het college van B&W',
    raad: 'de gemeenteraad',
  },
  /** In a table column: as short as a consultant writes them there. */
  shortBodies: {
    mt: 'MT',
    directie: 'Directie',
    college: 'College',
    raad: 'Raad',
  },
  kinds: {
    vastgesteld: 'Vastgesteld',
    bekrachtigd: 'Bekrachtigd',
    afgestemd: 'Afgestemd',
    aangehouden: 'Aangehouden',
    kennisgenomen: 'Kennisgenomen',
  },
  subjects: {
    visie: 'Visie',
    aanpak: 'Aanpak',
    nulmeting: 'Nulmeting',
    routekaart: 'Routekaart',
  },
  statuses: {
    open: 'open',
    bezig: 'bezig',
    gereed: 'gereed',
    'niet-van-toepassing': 'niet van toepassing',
  },
  dispositions: {
    open: 'Open',
    verwerkt: 'Verwerkt',
    'niet-verwerkt': 'Niet verwerkt',
  },
  steps: [
    '1 Analyse en interviews',
    '2 Werksessies',
    '3 Visie visualiseren',
    '4 Vaststellen en vervolg',
  ] as [string, string, string, string],
};

export type AdoptionLabels = typeof adoptionLabelsNl;

export const adoptionLabelsEn: AdoptionLabels = {
  audiences: {
    mt: 'Management team',
    directie: 'Board of directors',
    college: 'Mayor and aldermen',
    raad: 'Municipal council',
    programmateam: 'Programme team',
    or: 'Works council',
    werkgroep: 'Working group',
    overig: 'Other',
  },
  bodies: {
    mt: 'Management team',
    directie: 'Board of directors',
    college: 'Mayor and aldermen',
    raad: 'Municipal council',
  },
  byBodies: {
    mt: 'the management team',
    directie: 'the board of directors',
    college: 'the mayor and aldermen',
    raad: 'the municipal council',
  },
  shortBodies: {
    mt: 'MT',
    directie: 'Board',
    college: 'Executive',
    raad: 'Council',
  },
  kinds: {
    vastgesteld: 'Adopted',
    bekrachtigd: 'Ratified',
    afgestemd: 'Agreed',
    aangehouden: 'Deferred',
    kennisgenomen: 'Noted',
  },
  subjects: {
    visie: 'Vision',
    aanpak: 'Approach',
    nulmeting: 'Baseline',
    routekaart: 'Roadmap',
  },
  statuses: {
    open: 'open',
    bezig: 'in progress',
    gereed: 'done',
    'niet-van-toepassing': 'not applicable',
  },
  dispositions: {
    open: 'Open',
    verwerkt: 'Taken in',
    'niet-verwerkt': 'Not taken in',
  },
  steps: [
    '1 Analysis and interviews',
    '2 Work sessions',
    '3 Visualising the vision',
    '4 Adoption and next steps',
  ],
};
