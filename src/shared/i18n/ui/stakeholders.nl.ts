// UI texts of the stakeholders (betrokkenen) (Dutch). stakeholders.en.ts has the same keys: its type checks it.
import type { DeepStrings } from './deep-strings.js';

export const stakeholdersNl = {
  stakeholders: {
    title: 'Betrokkenen',
    intro:
      'Mensen en groepen in het traject. In gedeelde stukken staat het pseudoniem (R01, R02 …) in plaats van de naam.',
    filter: 'Groep',
    allGroups: 'Alle groepen',
    add: 'Betrokkene toevoegen',
    count_one: '{{count}} betrokkene',
    count_other: '{{count}} betrokkenen',
    name: 'Naam',
    pseudonym: 'Pseudoniem',
    jobTitle: 'Functie',
    department: 'Afdeling',
    group: 'Groep',
    consent: 'Toestemming',
    consentNote: 'Toelichting bij de toestemming',
    actions: 'Acties',
    editOne: '{{name}} bewerken',
    deleteOne: '{{name}} verwijderen',
    emptyTitle: 'Nog geen betrokkenen',
    emptyText:
      'Leg vast wie u spreekt: programmateam, directie, wethouders, raadsleden en anderen.',
    emptyFilteredTitle: 'Niemand in deze groep',
    emptyFilteredText: 'Kies een andere groep of voeg iemand toe.',
    addTitle: 'Betrokkene toevoegen',
    editTitle: 'Betrokkene bewerken',
    created: '{{name}} is toegevoegd als {{pseudonym}}.',
    updated: 'De gegevens van {{name}} zijn opgeslagen.',
    deleted: '{{name}} is verwijderd.',
    linkedInterviews_one: '{{count}} interview',
    linkedInterviews_other: '{{count}} interviews',
    linkedFindings_one: '{{count}} bevinding',
    linkedFindings_other: '{{count}} bevindingen',
    linkedText:
      'Aan {{name}} hangen {{interviews}} en {{findings}}. Verwijderen zou die zonder deelnemer achterlaten. U kunt in plaats daarvan de naam, functie en afdeling wissen en het pseudoniem {{pseudonym}} bewaren: de interviews en bevindingen blijven dan compleet, zonder naam.',
    eraseName: 'Naam wissen, {{pseudonym}} bewaren',
    nameErased: 'De naam is gewist; {{pseudonym}} blijft in de interviews en bevindingen staan.',
    deleteTitle: '{{name}} verwijderen?',
    deleteText:
      '{{name}} ({{pseudonym}}) wordt uit dit traject verwijderd. Het pseudoniem wordt niet opnieuw uitgegeven.',
    nameRequired: 'Vul een naam in.',
    tooLong: 'Dit is te lang (hoogstens {{max}} tekens).',
  },
  groups: {
    programmateam: 'Programmateam',
    teammanager: 'Teammanager',
    directie: 'Directie',
    wethouder: 'Wethouder',
    raadslid: 'Raadslid',
    beheerder: '(Data)beheerder',
    beleidsmedewerker: 'Beleidsmedewerker',
    extern: 'Externe partij',
    inwoner: 'Inwoner',
  },
  consent: {
    onbekend: 'Onbekend',
    gegeven: 'Gegeven',
    geweigerd: 'Geweigerd',
  },
  // The card of this document type on the export screen (found by its type).
  'stakeholder-register': {
    title: 'Betrokkenenregister',
    text: 'Alle betrokkenen met functie, afdeling en groep; standaard met pseudoniemen.',
  },
};

export type StakeholdersTexts = DeepStrings<typeof stakeholdersNl>;
