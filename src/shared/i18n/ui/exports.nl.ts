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
    types: {
      'interview-report': {
        title: 'Interviewverslag',
        text: 'Voor de geïnterviewde, ter controle: de vragen en aantekeningen van één interview, met kopjes, lijsten en citaten.',
      },
      'findings-report': {
        title: 'Bevindingenrapport',
        text: 'Voor het programmateam: bevindingen per thema en soort, met citaten en bronnen, de matrix en de aantallen.',
      },
      'document-analysis': {
        title: 'Documentanalyse',
        text: 'Het documentenregister met samenvattingen en de belangrijkste passages, als bijlage bij de analyse.',
      },
      'session-report': {
        title: 'Sessieverslag',
        text: 'Per werksessie: doel, deelnemers per groep zonder namen, agenda, opbrengst per tafel en ronde, stellingen met grafiek, voorbeelden en de bevindingen.',
      },
      'stakeholder-analysis': {
        title: 'Stakeholderanalyse',
        text: 'Het krachtenveld als figuur met de strategie per partij, de waardenkaart, het ijsbergmodel per knelpunt, tegengestelde belangen, rollen en de communicatieacties; standaard met pseudoniemen.',
      },
      'vision-document': {
        title: 'Visiedocument',
        text: 'Voor MT en raad: de kernvisie, aanleiding en aanpak met de aantallen, per thema wat het betekent en waarop het rust, ambities, kernwaarden, randvoorwaarden, vervolg en de poster; met een bijlage van passage naar bevinding en bron.',
      },
      'poster-pdf': {
        title: 'Visieposter (PDF)',
        text: 'De visie op één pagina, om te drukken: vectoren met ingesloten lettertype, op A3 of A0 zoals ingesteld bij de visie.',
      },
      'poster-png': {
        title: 'Visieposter (PNG)',
        text: 'De poster als afbeelding voor presentaties en intranet: A3 op 300 dpi, A0 op 150 dpi.',
      },
      'poster-svg': {
        title: 'Visieposter (SVG)',
        text: 'De poster als bewerkbare vectortekening, precies zoals de voorvertoning bij de visie.',
      },
      'adoption-dossier': {
        title: 'Vaststellingsdossier',
        text: 'De procesverantwoording van de visie: de tijdlijn van alle stappen, de presentaties met de feedback en wat ermee is gedaan, de besluiten van MT en raad en de borging; standaard met pseudoniemen.',
      },
      'findings-register': {
        title: 'Bevindingenregister',
        text: 'Eén rij per bevinding om te filteren en te sorteren: tekst, soort, thema’s, groep, bron en datum.',
      },
      'interview-log': {
        title: 'Interviewlogboek',
        text: 'Eén rij per interview: datum, geïnterviewden, groep, status en wanneer elke stap is gezet.',
      },
      'stakeholder-register': {
        title: 'Betrokkenenregister',
        text: 'Alle betrokkenen met functie, afdeling en groep; standaard met pseudoniemen.',
      },
      'statement-results': {
        title: 'Stellingenresultaten',
        text: 'Eén rij per stelling en ronde: eens, oneens en neutraal in aantallen en procenten, met een grafiekblad.',
      },
      'borging-checklist': {
        title: 'Borgingschecklist',
        text: 'Eén rij per borgingspunt om bij te houden: eigenaar, status (keuzelijst), streefdatum en notities, met de rolhouders; plus de besluiten.',
      },
    },
    interview: 'Interview',
    noInterviews: 'Nog geen interviews. Plan er eerst een bij Interviews.',
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
