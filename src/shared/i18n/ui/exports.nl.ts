// UI texts of the export screen (Dutch). exports.en.ts has the same keys: its type checks it.
import type { DeepStrings } from './deep-strings.js';

export const exportsNl = {
  exports: {
    title: 'Exporteren',
    intro:
      'Maak documenten voor de opdrachtgever: Word voor college en raad, Excel voor het programmateam, de visieposter als PDF, PNG of SVG. Alles wat u hier maakt, verlaat Koers; lees het na voordat u het deelt.',
    optionsTitle: 'Instellingen voor deze documenten',
    language: 'Taal van het document',
    languages: { nl: 'Nederlands', en: 'Engels' },
    version: 'Versie',
    versionPlaceholder: 'bijv. concept 0.2',
    confidential: 'Vertrouwelijk',
    confidentialHint: 'Zet "Vertrouwelijk" op het voorblad en in de koptekst.',
    useNames: 'Namen in plaats van pseudoniemen',
    useNamesHint: 'Standaard staan mensen erin als pseudoniem (R01, R02 …).',
    useNamesWarningTitle: 'Dit document bevat persoonsgegevens',
    useNamesWarning:
      'Met namen staan geïnterviewden en betrokkenen herkenbaar in het document (AVG). Deel het alleen met wie deze namen mag zien, en bewaar het niet langer dan nodig.',
    nameCheck: {
      checking: 'Bezig met controleren op namen',
      none: 'Koers vond in de teksten geen woorden meer die op namen lijken.',
      title: 'Controleer deze woorden: ze lijken op namen',
      text: 'Koers vervangt de namen van betrokkenen door pseudoniemen. Deze woorden lijken ook op namen, maar staan niet in de lijst met betrokkenen en blijven dus in de documenten staan. Gaat het om een persoon, pas dan de tekst aan of voeg de persoon toe aan de betrokkenen.',
      word: 'Woord',
      where: 'Gevonden in',
      kinds: { interview: 'Interview', finding: 'Bevinding', document: 'Document' },
      showAll: 'Alle {{count}} tonen',
      showFewer: 'Minder tonen',
    },
    formats: { docx: 'Word', xlsx: 'Excel', pdf: 'PDF', png: 'PNG', svg: 'SVG' },
    interview: 'Interview',
    noInterviews: 'Nog geen interviews. Plan er eerst een bij Interviews.',
    assessment: 'Meting',
    assessmentHint: 'De meting waarover het document gaat; standaard de nieuwste.',
    assessmentOption: '{{name}} ({{date}})',
    noAssessments: 'Nog geen meting. Leg er eerst een vast bij Nulmeting.',
    make: 'Maken',
    cancel: 'Annuleren',
    making: 'Bezig met maken … {{percent}}%',
    progressLabel: 'Voortgang {{title}}',
    cancelling: 'Wordt geannuleerd …',
    cancelled: 'Geannuleerd: er is geen document gemaakt.',
    failed: 'Niet gelukt: {{message}}',
    saving: 'Opslaan …',
    save: 'Opslaan …',
    notSaved: '{{fileName}} is klaar, maar nog niet opgeslagen.',
    savedTitle: 'Document gemaakt',
    saved: '{{fileName}} is opgeslagen.',
    downloaded: '{{fileName}} wordt gedownload.',
    lastMade: 'Laatst gemaakt: {{fileName}}',
    removedCharacters_one:
      '{{count}} teken dat Word en Excel niet toestaan (een stuurteken) is weggelaten.',
    removedCharacters_other:
      '{{count}} tekens die Word en Excel niet toestaan (stuurtekens) zijn weggelaten.',
    truncatedCells_one: '{{count}} cel is ingekort tot de 32.767 tekens die Excel toestaat.',
    truncatedCells_other: '{{count}} cellen zijn ingekort tot de 32.767 tekens die Excel toestaat.',
    reviewReport: 'Verslag voor review',
    reviewReportHint: 'Maakt het interviewverslag (Word) om aan de geïnterviewde voor te leggen.',
  },
};

export type ExportsTexts = DeepStrings<typeof exportsNl>;
