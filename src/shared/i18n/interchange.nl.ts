// Why an interchange (JSON) file was refused, in the user's words (namespace "interchange"). The
// field's path comes first in the message, so one line tells a consultant or a script where to look.

export const interchangeNl = {
  failure: '{{fileName}}: {{why}}. Er is geen trajectbestand gemaakt.',
  failureAt: '{{fileName}}: {{path}}: {{why}}. Er is geen trajectbestand gemaakt.',
  reasons: {
    notJson: 'dit is geen geldige JSON ({{detail}})',
    tooLarge: 'het bestand is groter dan {{maxMegabytes}} MB; exporteer zonder --with-attachments',
    tooDeep: 'lijsten en objecten zijn hier dieper genest dan {{maximum}} niveaus',
    notKoers: 'dit is geen Koers-exportbestand (format moet "koers-engagement" zijn)',
    newerVersion:
      'gemaakt met een nieuwere versie van Koers (formaatversie {{version}}, deze versie leest tot en met {{supported}}); werk Koers bij',
    badVersion: 'formatVersion moet een geheel getal vanaf 1 zijn',
    forbiddenKey: 'de sleutel "{{key}}" is niet toegestaan',
    badText: 'deze tekst bevat een ongeldig teken (een losse UTF-16-surrogaat, zoals \\ud800)',
    missing: 'dit veld ontbreekt',
    wrongType: 'verwacht {{type}}',
    tooLongCharacters_one: 'te lang: hoogstens {{count}} teken',
    tooLongCharacters_other: 'te lang: hoogstens {{count}} tekens',
    tooLongItems_one: 'te lang: hoogstens {{count}} element',
    tooLongItems_other: 'te lang: hoogstens {{count}} elementen',
    empty: 'mag niet leeg zijn',
    tooShortCharacters_one: 'te kort: minstens {{count}} teken',
    tooShortCharacters_other: 'te kort: minstens {{count}} tekens',
    tooShortItems_one: 'te kort: minstens {{count}} element',
    tooShortItems_other: 'te kort: minstens {{count}} elementen',
    atMost: 'hoogstens {{maximum}}',
    atLeast: 'minstens {{minimum}}',
    badFormat: 'verwacht {{format}}',
    notAllowed: 'kies uit {{allowed}}',
    unknownKey: 'onbekende sleutel "{{key}}"',
    duplicateId: 'het id {{id}} komt al voor bij {{firstAt}}',
    duplicateValue: '"{{value}}" komt al voor bij {{firstAt}}',
    missingRecord: {
      stakeholder: 'verwijst naar een betrokkene die niet in het bestand staat',
      theme: 'verwijst naar een thema dat niet in het bestand staat',
      interview: 'verwijst naar een interview dat niet in het bestand staat',
      question: 'verwijst naar een vraag van dat interview die niet in het bestand staat',
      passage: 'verwijst naar een fragment dat niet in het bestand staat',
      checklistItem: 'verwijst naar een checklistpunt van de methode dat niet in het bestand staat',
    },
    unknownReference: 'verwijst naar {{id}}, dat niet in het bestand staat',
    notBase64: 'geen geldige base64',
    sizeMismatch: 'de inhoud heeft niet de lengte van sizeBytes',
    sha256Mismatch: 'de inhoud past niet bij de sha256 van het document',
    invalid: 'ongeldige waarde',
  },
  /** What a field should have been, for "verwacht …". */
  types: {
    string: 'tekst',
    number: 'een getal',
    boolean: 'true of false',
    int: 'een geheel getal',
    object: 'een object',
    array: 'een lijst',
    null: 'null',
  },
  formats: {
    uuid: 'een UUID',
    datetime: 'een tijdstip als 2026-01-15T09:30:00.000Z',
    date: 'een datum als 2026-01-15',
    localDateTime: 'een bestaande datum en tijd als 2026-01-15T09:30',
    regex: 'de juiste vorm',
  },
};

export type InterchangeTexts = typeof interchangeNl;
