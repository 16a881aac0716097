// UI texts of the document register and its passages (Dutch). documents.en.ts has the same keys: its type checks it.
import type { DeepStrings } from './deep-strings.js';

export const documentsNl = {
  documentTypes: {
    coalitieakkoord: 'Coalitieakkoord',
    'visie-dienstverlening': 'Visie op dienstverlening',
    'ia-strategie': 'I&A-strategie',
    beleidsnota: 'Beleidsnota',
    jaarverslag: 'Jaarverslag',
    anders: 'Anders',
  },
  documents: {
    title: 'Documenten',
    intro:
      'De bronnen van de analyse: de stukken van de gemeente die u leest vóór de interviews. Het bestand zelf wordt in het trajectbestand bewaard.',
    add: 'Documenten toevoegen',
    dropHere: 'Sleep bestanden hierheen of kies ze met de knop',
    dropNow: 'Laat los om toe te voegen',
    uploading: 'Bezig met toevoegen: {{done}} van {{total}}',
    uploadingBytes: 'Uploaden: {{loaded}} van {{total}}',
    reading: 'Tekst lezen uit "{{fileName}}" ({{number}} van {{total}})',
    uploadLabel: 'Voortgang van het toevoegen',
    added_one: '{{count}} document toegevoegd.',
    added_other: '{{count}} documenten toegevoegd.',
    addFailed: '"{{fileName}}" is niet toegevoegd: {{message}}',
    emptyTitle: 'Nog geen documenten',
    emptyText:
      'Voeg de stukken toe die de koers van de gemeente bepalen: het coalitieakkoord, de visie op dienstverlening, de I&A-strategie, beleidsnota’s en jaarverslagen. Leg er de kernfragmenten uit vast; daar maakt u later bevindingen van.',
    count_one: '{{count}} document',
    count_other: '{{count}} documenten',
    docTitle: 'Titel',
    type: 'Soort',
    date: 'Datum',
    author: 'Auteur of organisatie',
    size: 'Grootte',
    fileName: 'Bestand',
    passages: 'Fragmenten',
    summary: 'Samenvatting',
    summaryHint: 'Waar gaat het stuk over, en wat betekent het voor de visie?',
    actions: 'Acties',
    openOne: 'Document {{title}} openen',
    back: 'Terug naar de documenten',
    details: 'Gegevens',
    titleRequired: 'Geef het document een titel.',
    openOriginal: 'Origineel openen',
    openFailed: 'Het origineel kon niet worden geopend.',
    delete: 'Document verwijderen',
    deleteTitle: '"{{title}}" verwijderen?',
    deleteText_one:
      'Het bestand, de gegevens en {{count}} fragment verdwijnen uit het trajectbestand, met de bevindingen die u uit dat fragment hebt gemaakt. Direct daarna kunt u dit nog ongedaan maken.',
    deleteText_other:
      'Het bestand, de gegevens en {{count}} fragmenten verdwijnen uit het trajectbestand, met de bevindingen die u uit die fragmenten hebt gemaakt. Direct daarna kunt u dit nog ongedaan maken.',
    deleted: '"{{title}}" is verwijderd.',
    notFoundTitle: 'Dit document bestaat niet (meer)',
    autosaveIdle: 'Wijzigingen worden automatisch opgeslagen',
    sha: 'Controlegetal (SHA-256)',
  },
  documentText: {
    title: 'Tekst van het document',
    page: 'Pagina {{page}}',
    selectHint: 'Selecteer tekst om er een fragment of een bevinding van te maken.',
    selected: 'Pagina {{page}}: {{text}}',
    makePassage: 'Maak fragment',
    makeFinding: 'Maak bevinding',
    readAgain: 'Opnieuw lezen',
    status: {
      none: 'Dit document bevat geen tekst die Koers kan lezen, bijvoorbeeld omdat het een scan is.',
      failed:
        'Koers kon de tekst van dit document niet lezen. Het origineel is wel bewaard en blijft te openen.',
      pending: 'De tekst van dit document is nog niet gelezen.',
    },
  },
  passages: {
    title: 'Kernfragmenten',
    intro: 'Letterlijke passages die ertoe doen. Selecteer tekst en maak er een bevinding van.',
    add: 'Fragment toevoegen',
    addTitle: 'Nieuw fragment',
    editTitle: 'Fragment bewerken',
    text: 'Tekst',
    textHint: 'Letterlijk overgenomen uit het document.',
    textRequired: 'Plak of typ de tekst van het fragment.',
    page: 'Pagina',
    note: 'Notitie',
    noteHint: 'Waarom is dit fragment belangrijk?',
    pageShort: 'p. {{page}}',
    empty: 'Nog geen fragmenten. Voeg de passages toe die u wilt citeren of coderen.',
    editOne: 'Fragment bewerken',
    deleteOne: 'Fragment verwijderen',
    deleteTitle: 'Fragment verwijderen?',
    deleteText:
      'Het fragment en de bevindingen die eruit zijn gemaakt verdwijnen. Direct daarna kunt u dit nog ongedaan maken.',
    deleted: 'Het fragment is verwijderd.',
    saved: 'Het fragment is opgeslagen.',
  },
  // The card of this document type on the export screen (found by its type).
  'document-analysis': {
    title: 'Documentanalyse',
    text: 'Het documentenregister met samenvattingen en de belangrijkste passages, als bijlage bij de analyse.',
  },
};

export type DocumentsTexts = DeepStrings<typeof documentsNl>;
