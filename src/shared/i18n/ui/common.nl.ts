// UI texts of shared by every screen: the app, actions, languages, errors, units (Dutch). common.en.ts has the same keys: its type checks it.
import type { DeepStrings } from './deep-strings.js';

export const commonNl = {
  app: {
    name: 'Koers',
    tagline: 'Werkbank voor trajecten datagedreven werken',
    loading: 'Bezig met laden…',
    home: 'Naar het startscherm',
  },
  actions: {
    new: 'Nieuw traject',
    open: 'Openen…',
    openDemo: 'Demotraject openen',
    close: 'Sluiten',
    saveAs: 'Opslaan als…',
    rename: 'Naam wijzigen…',
    save: 'Opslaan',
    saveChanges: 'Wijzigingen opslaan',
    cancel: 'Annuleren',
    create: 'Aanmaken',
    delete: 'Verwijderen',
    edit: 'Bewerken',
    add: 'Toevoegen',
    reopen: 'Openen',
    removeFromList: 'Uit de lijst halen',
    more: 'Meer acties',
  },
  shortcuts: {
    hint: 'Sneltoetsen: {{mod}}+N nieuw, {{mod}}+O openen, {{mod}}+W sluiten',
  },
  languages: {
    nl: 'Nederlands',
    en: 'English',
  },
  statuses: {
    voorbereiding: 'In voorbereiding',
    lopend: 'Lopend',
    afgerond: 'Afgerond',
    gearchiveerd: 'Gearchiveerd',
  },
  errors: {
    title: 'Dat lukte niet',
    unexpected: 'Er ging iets onverwachts mis. Probeer het opnieuw.',
    loadFailed: 'Laden mislukt',
    retry: 'Opnieuw proberen',
    notFoundTitle: 'Pagina niet gevonden',
    notFoundText: 'Deze pagina bestaat niet.',
  },
  notify: {
    done: 'Gelukt',
    undo: 'Ongedaan maken',
    undone: 'Ongedaan gemaakt: alles staat weer terug.',
  },
  units: {
    kb: '{{value}} kB',
    mb: '{{value}} MB',
  },
  about: {
    title: 'Over Koers',
    version: 'Versie',
    schemaVersion: 'Bestandsversie',
    workspaceDir: 'Werkmap',
    dataDir: 'Programmagegevens',
  },
};

export type CommonTexts = DeepStrings<typeof commonNl>;
