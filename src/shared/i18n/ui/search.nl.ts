// UI texts of the search palette (Dutch). search.en.ts has the same keys: its type checks it.
import type { DeepStrings } from './deep-strings.js';

export const searchNl = {
  palette: {
    label: 'Zoeken in dit traject',
    placeholder: 'Zoek op een woord, naam of zinsdeel…',
    hint: '{{mod}}+K',
    open: 'Zoeken',
    emptyTitle: 'Zoek door het hele traject',
    emptyText: 'Typ minstens twee letters. Accenten maken niet uit: "prive" vindt "privé".',
    noResults: 'Niets gevonden voor "{{query}}".',
    searching: 'Zoeken…',
    results: 'Zoekresultaten',
    kinds: {
      'interview-notes': 'Interviewaantekeningen',
      passage: 'Fragmenten',
      document: 'Documenten',
      finding: 'Bevindingen',
      stakeholder: 'Betrokkenen',
      'session-input': 'Sessie-input',
    },
    freeNotes: 'Vrije aantekeningen',
    navigate: '↑↓ kiezen · Enter openen · Esc sluiten',
  },
};

export type SearchTexts = DeepStrings<typeof searchNl>;
