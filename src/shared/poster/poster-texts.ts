import { BOUWSTEEN_DOCUMENT_LABELS } from '../domain/bouwsteen-labels.js';
import type { Bouwsteen } from '../domain/nulmeting.js';
import type { PosterLanguage, PosterRoadmapBarKind } from './poster-input.js';

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
  /** The routekaart band: its heading, the legend, the lanes and the quarter columns. */
  roadmap: string;
  roadmapKinds: Record<PosterRoadmapBarKind | 'mijlpaal', string>;
  bouwstenen: Record<Bouwsteen, string>;
  roadmapOtherLane: string;
  /** 'K' in Dutch (K1 … K4), 'Q' in English. */
  quarterPrefix: string;
  /** Beside the heading when not every item fits the band. */
  roadmapHidden: (count: number) => string;
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
    roadmap: 'Routekaart',
    roadmapKinds: {
      project: 'Project',
      activiteit: 'Activiteit',
      'quick-win': 'Quick win',
      doorlopend: 'Doorlopend',
      mijlpaal: 'Mijlpaal',
    },
    bouwstenen: BOUWSTEEN_DOCUMENT_LABELS.nl,
    roadmapOtherLane: 'Zonder bouwsteen',
    quarterPrefix: 'K',
    roadmapHidden: (count) =>
      `${count} ${count === 1 ? 'actie staat' : 'acties staan'} alleen in het implementatieplan`,
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
    roadmap: 'Roadmap',
    roadmapKinds: {
      project: 'Project',
      activiteit: 'Activity',
      'quick-win': 'Quick win',
      doorlopend: 'Ongoing',
      mijlpaal: 'Milestone',
    },
    bouwstenen: BOUWSTEEN_DOCUMENT_LABELS.en,
    roadmapOtherLane: 'No building block',
    quarterPrefix: 'Q',
    roadmapHidden: (count) =>
      `${count} ${count === 1 ? 'item is' : 'items are'} only in the implementation plan`,
  },
};
