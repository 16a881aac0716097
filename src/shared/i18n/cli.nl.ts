// The `koers` command line's own words (namespace "cli"). Error messages about files come from
// errors.ts, so the desktop app and the CLI say the same thing about the same damaged file.

export const cliNl = {
  usage: `Koers op de opdrachtregel: trajectbestanden maken, controleren en exporteren.

Gebruik:
  koers new BESTAND --client "Gemeente X" --title "Visie datagedreven werken" [opties]
  koers demo [MAP]
  koers info BESTAND [--json]
  koers verify BESTAND|MAP ... [--recursive] [--json]
  koers export BESTAND --type SOORT|all --out MAP [opties]
  koers export-json BESTAND [--with-attachments] [--out PAD]
  koers import-json JSON NIEUW.koers
  koers add-documents BESTAND PAD ...
  koers search BESTAND ZOEKTERM [--json]
  koers help [OPDRACHT]

Algemene opties:
  --lang nl|en   taal van de uitvoer (of KOERS_LANG=en); standaard nl
  -h, --help     deze hulp; "koers help OPDRACHT" geeft de hulp bij één opdracht

Afsluitcode: 0 alles in orde, 1 een bestand is niet in orde of kon niet worden gemaakt,
2 verkeerd gebruik van de opdracht.`,
  help: {
    new: `Gebruik: koers new BESTAND --client NAAM --title TITEL [opties]

Maakt een nieuw trajectbestand. BESTAND mag nog niet bestaan; .koers wordt toegevoegd als het
ontbreekt. De map moet al bestaan. Het pad van het nieuwe bestand wordt afgedrukt.

Opties:
  --client NAAM        opdrachtgever, bijvoorbeeld "Gemeente Dijkhaven" (verplicht)
  --title TITEL        titel van het traject (verplicht)
  --language nl|en     taal van het traject en de documenten; standaard nl
  --start JJJJ-MM-DD   startdatum
  --consultant NAAM    consultant; herhaal de optie voor meer namen`,
    demo: `Gebruik: koers demo [MAP]

Maakt het demotraject van de fictieve gemeente Dijkhaven in MAP (standaard de huidige map) en
drukt het pad af. Bestaat het bestand al, dan krijgt het nieuwe een volgnummer.`,
    info: `Gebruik: koers info BESTAND [--json]

Toont zonder iets te veranderen: bestandsversie en de versie die deze Koers kent, application
id, integriteit, of openen het bestand zal bijwerken, het traject (titel, opdrachtgever, taal,
methodeversie), betrokkenen per groep, afgevinkte checklistpunten, thema's en bestandsgrootte.

Opties:
  --json   dezelfde gegevens als JSON`,
    verify: `Gebruik: koers verify BESTAND|MAP ... [--recursive] [--json]

Controleert elk bestand en drukt per bestand één regel af: "OK" of "FOUT" met de reden. Van een
map worden alle .koers-bestanden gecontroleerd, van submappen alleen met --recursive. Er wordt
niets veranderd. Afsluitcode 0 alleen als alle bestanden in orde zijn, anders 1.

Opties:
  --recursive   ook de submappen doorzoeken
  --json        de uitkomst als JSON`,
    export: `Gebruik: koers export BESTAND --type SOORT --out MAP [opties]

Maakt de documenten van een traject (Word, Excel, de visieposter) en drukt per document het
pad af. Een bestaand document in MAP wordt niet overschreven: het nieuwe krijgt een
volgnummer. MAP moet bestaan.

Soorten: {{types}}; all voor alle soorten.

Opties:
  --type SOORT          het document, of all (verplicht)
  --out MAP             map voor de documenten (verplicht)
  --format FORMAAT      docx, xlsx, pdf, png of svg: alleen documenten in dit formaat (bij
                        all), of ter controle
  --lang nl|en          taal van de documenten (en van de meldingen); standaard de taal van
                        het traject
  --names               namen in plaats van pseudoniemen (R01 …); het document waarschuwt dan
  --confidential        "Vertrouwelijk" op het voorblad en in de koptekst
  --interview ID        het interviewverslag van dit interview
  --all-interviews      een interviewverslag per interview (bij all: standaard)
  --assessment ID       de nulmetingdocumenten van deze meting (standaard: de nieuwste)`,
    'export-json': `Gebruik: koers export-json BESTAND [--with-attachments] [--out PAD]

Schrijft het hele traject als JSON (formaat: docs/interchange.md, schema:
resources/schema/engagement.schema.json) naar de standaarduitvoer, of naar PAD met --out. Zelfde
traject, zelfde bytes: lijsten staan op volgorde van aanmaken. Met SOURCE_DATE_EPOCH (seconden
sinds 1970) wordt exportedAt dat tijdstip in plaats van nu.

Opties:
  --with-attachments   de oorspronkelijke documenten meenemen (base64)
  --out PAD            naar dit bestand schrijven (een bestaand bestand wordt vervangen)`,
    'import-json': `Gebruik: koers import-json JSON NIEUW.koers

Maakt een nieuw trajectbestand uit een JSON-export, met dezelfde id's en tijdstippen. NIEUW mag
nog niet bestaan; .koers wordt toegevoegd als het ontbreekt; de map moet bestaan. Is de JSON
niet in orde, dan noemt de melding het eerste foute veld (bijvoorbeeld
findings[3].source.interviewId) en wordt er geen bestand gemaakt.`,
    'add-documents': `Gebruik: koers add-documents BESTAND PAD ...

Voegt documenten toe aan het traject in BESTAND, zoals "Document toevoegen" in Koers: het origineel
wordt in het bestand bewaard, de tekst wordt gelezen (per pagina, doorzoekbaar) en de soort wordt
voorgesteld. PAD is een bestand of een map; van een map worden alle ondersteunde bestanden
toegevoegd, niet die in submappen. Ondersteund: .pdf, .docx, .txt en .md; andere bestanden worden
overgeslagen met een melding.

Per toegevoegd document één regel met de titel en of de tekst gelezen is ("geen tekst" bij
bijvoorbeeld een scan), daarna het aantal. Afsluitcode 1 als een document niet kon worden
toegevoegd.`,
    search: `Gebruik: koers search BESTAND ZOEKTERM [--json]

Doorzoekt aantekeningen, fragmenten, documenttekst, bevindingen en betrokkenen van het traject,
zoals het zoekveld in Koers, en drukt per resultaat de soort, de titel, de pagina (bij een
document) en een stukje tekst af; de gevonden woorden staan tussen *sterretjes*. Er wordt niets
veranderd.

Opties:
  --json   de resultaten als JSON (ook daar met *sterretjes*)`,
    help: `Gebruik: koers help [OPDRACHT]

Toont de algemene hulp, of de hulp bij OPDRACHT (new, demo, info, verify, export, export-json,
import-json, add-documents, search).`,
  },
  unknownCommand: 'Onbekende opdracht "{{name}}".',
  noCommand: 'Geef een opdracht op.',
  unknownOption: 'Onbekende optie {{option}}.',
  optionNeedsValue: 'De optie {{option}} heeft een waarde nodig.',
  optionTakesNoValue: 'De optie {{option}} neemt geen waarde.',
  missingOption: 'De optie {{option}} ontbreekt.',
  missingFile: 'Geef een bestand op.',
  tooManyArguments: 'Te veel argumenten.',
  badLanguage: 'Onbekende taal "{{value}}": kies nl of en.',
  folderMissing: 'De map {{dir}} bestaat niet. Maak haar eerst aan of kies een andere map.',
  checkOption: 'Controleer de waarde van {{option}}.',
  checkDate: 'Geef bij {{option}} een bestaande datum als JJJJ-MM-DD, bijvoorbeeld 2026-01-15.',
  info: {
    file: 'Bestand',
    size: 'Grootte',
    schema: 'Bestandsversie',
    schemaValue: '{{version}} (deze Koers kent tot en met versie {{supported}})',
    applicationId: 'Application id',
    applicationIdOk: 'ok (Koers-traject)',
    integrity: 'Integriteit',
    onOpen: 'Bij openen',
    onOpenNothing: 'geen aanpassing nodig',
    onOpenMigrate:
      'wordt bijgewerkt van versie {{from}} naar {{to}} (eerst wordt een gecontroleerde reservekopie gemaakt)',
    onOpenRecover: 'niet-verwerkte wijzigingen uit het -wal-bestand worden eerst verwerkt',
    title: 'Traject',
    client: 'Opdrachtgever',
    language: 'Taal',
    status: 'Status',
    startDate: 'Startdatum',
    consultants: 'Consultants',
    methodVersion: 'Methodeversie',
    stakeholders: 'Betrokkenen',
    checklist: 'Checklist',
    checklistValue: '{{done}} van {{total}} afgevinkt',
    checklistValueUnreadable: '{{done}} afgevinkt (methode in bestand onleesbaar)',
    themes: "Thema's",
    documents: 'Documenten',
    documentsValue: '{{documents}} ({{size}}), {{passages}}',
    passages_one: '{{count}} fragment',
    passages_other: '{{count}} fragmenten',
    interviews: 'Interviews',
    findings: 'Bevindingen',
    none: '(geen)',
  },
  verify: {
    ok_one: 'OK  {{path}} (schema v{{version}}, {{count}} betrokkene)',
    ok_other: 'OK  {{path}} (schema v{{version}}, {{count}} betrokkenen)',
    failed: 'FOUT {{path}}: {{message}}',
    emptyFolder: 'in deze map staan geen .koers-bestanden; er is niets gecontroleerd.',
    linkLoop:
      'dit is een snelkoppeling die (via andere) naar zichzelf verwijst; er is geen bestand.',
    unreadableEntry: 'dit item kan niet worden gelezen ({{reason}}).',
    allHealthy_one: '{{count}} bestand gecontroleerd, in orde.',
    allHealthy_other: '{{count}} bestanden gecontroleerd, alle in orde.',
    someUnhealthy_one: '{{count}} bestand gecontroleerd, niet in orde.',
    someUnhealthy_other: '{{count}} bestanden gecontroleerd, {{bad}} niet in orde.',
  },
  export: {
    badEpoch: 'SOURCE_DATE_EPOCH moet een geheel aantal seconden sinds 1970 zijn.',
    unknownType: 'Onbekende documentsoort "{{value}}": kies uit {{known}} of all.',
    unknownFormat: 'Onbekend formaat "{{value}}": kies docx, xlsx, pdf, png of svg.',
    typeUnavailable: 'De documentsoort {{type}} is in deze versie van Koers nog niet beschikbaar.',
    noTypes: 'Deze versie van Koers kan nog geen documenten maken.',
    noTypesInFormat: 'Deze versie van Koers kan nog geen documenten in {{format}} maken.',
    formatMismatch: '{{type}} wordt gemaakt als {{format}}; laat --format weg of kies {{format}}.',
    needsInterview:
      'Het interviewverslag is per interview: geef --interview ID of --all-interviews.',
    noInterviews: 'Dit traject heeft nog geen interviews; er is geen interviewverslag gemaakt.',
    failed: 'FOUT {{label}}: {{message}}',
  },
  addDocuments: {
    missingPath: 'Geef een of meer bestanden of mappen om toe te voegen.',
    added: 'toegevoegd  {{title}}: {{status}}',
    status: {
      extracted_one: 'tekst gelezen ({{count}} pagina)',
      extracted_other: "tekst gelezen ({{count}} pagina's)",
      none: 'geen tekst (bijvoorbeeld een scan)',
      failed: 'tekst kon niet worden gelezen; het origineel is wel bewaard',
      pending: 'tekst nog niet gelezen',
    },
    skipped: 'overgeslagen {{path}}: geen ondersteund bestand ({{supported}}).',
    missing: 'FOUT {{path}}: bestaat niet of kan niet worden gelezen.',
    failed: 'FOUT {{path}}: {{message}}',
    summary_one: '{{count}} document toegevoegd.',
    summary_other: '{{count}} documenten toegevoegd.',
    summarySkipped_one: '{{count}} bestand overgeslagen.',
    summarySkipped_other: '{{count}} bestanden overgeslagen.',
    summaryFailed_one: '{{count}} bestand niet toegevoegd.',
    summaryFailed_other: '{{count}} bestanden niet toegevoegd.',
  },
  search: {
    missingQuery: 'Geef een zoekterm.',
    hit: '[{{kind}}] {{title}}: {{snippet}}',
    hitOnPage: '[{{kind}}] {{title}}, pagina {{page}}: {{snippet}}',
    count_one: '{{count}} resultaat.',
    count_other: '{{count}} resultaten.',
    kind: {
      'interview-notes': 'aantekeningen',
      passage: 'fragment',
      document: 'document',
      finding: 'bevinding',
      stakeholder: 'betrokkene',
      'session-input': 'sessie-input',
    },
  },
};

export type CliTexts = typeof cliNl;
