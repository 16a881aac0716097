import type { PosterLanguage } from './poster-input.js';

// The poster's own words (headings, labels), per language. The poster is a document, not a
// screen, so its texts live here rather than in the UI's i18n resources.

export interface PosterTexts {
  kernvisie: string;
  themes: string;
  ambitions: string;
  coreValues: string;
  preconditions: string;
  forInhabitants: string;
  forStaff: string;
  forBestuur: string;
  portfolio: string;
  draftMark: string;
  version: (label: string) => string;
  noThemes: string;
  posterTitle: (title: string, client: string) => string;
}

export const POSTER_TEXTS: Record<PosterLanguage, PosterTexts> = {
  nl: {
    kernvisie: 'Kernvisie',
    themes: 'Thema’s',
    ambitions: 'Ambities',
    coreValues: 'Kernwaarden',
    preconditions: 'Randvoorwaarden',
    forInhabitants: 'Wat betekent dit voor inwoners',
    forStaff: 'Wat betekent dit voor medewerkers',
    forBestuur: 'Wat betekent dit voor het bestuur',
    portfolio: 'Portefeuille',
    draftMark: 'CONCEPT',
    version: (label) => `Versie ${label}`,
    noThemes: 'De thema’s worden nog uitgewerkt.',
    posterTitle: (title, client) => `${title} – ${client}`,
  },
  en: {
    kernvisie: 'Core vision',
    themes: 'Themes',
    ambitions: 'Ambitions',
    coreValues: 'Core values',
    preconditions: 'Preconditions',
    forInhabitants: 'What this means for residents',
    forStaff: 'What this means for staff',
    forBestuur: 'What this means for the council',
    portfolio: 'Portfolio',
    draftMark: 'DRAFT',
    version: (label) => `Version ${label}`,
    noThemes: 'The themes are still being worked out.',
    posterTitle: (title, client) => `${title} – ${client}`,
  },
};
