// UI texts of the search palette (English).
import type { SearchTexts } from './search.nl.js';

export const searchEn: SearchTexts = {
  palette: {
    label: 'Search this engagement',
    placeholder: 'Search for a word, name or phrase…',
    hint: '{{mod}}+K',
    open: 'Search',
    emptyTitle: 'Search the whole engagement',
    emptyText: 'Type at least two letters. Accents do not matter: "prive" finds "privé".',
    noResults: 'Nothing found for "{{query}}".',
    searching: 'Searching…',
    results: 'Search results',
    kinds: {
      'interview-notes': 'Interview notes',
      passage: 'Passages',
      document: 'Documents',
      finding: 'Findings',
      stakeholder: 'Stakeholders',
      'session-input': 'Session input',
    },
    freeNotes: 'Free notes',
    navigate: '↑↓ choose · Enter open · Esc close',
  },
};
