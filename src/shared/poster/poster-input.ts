// What the vision poster shows: plain data, gathered by the vision domain from the database
// and turned into an SVG by posterSvg. No Node, no DOM: the renderer may preview it too.

export type PosterLanguage = 'nl' | 'en';
export type PosterLayout = 'kolommen' | 'raster' | 'kern';
export type PosterFormat = 'A3' | 'A0';

export interface PosterLogo {
  /** image/png, image/jpeg or image/svg+xml; anything else is left off the poster. */
  mimeType: string;
  dataBase64: string;
}

export interface PosterTheme {
  title: string;
  text: string;
  forInhabitants?: string;
  forStaff?: string;
  forBestuur?: string;
  /** The portfolio (portefeuille) the theme belongs to. */
  portfolio?: string;
}

export interface PosterInput {
  language: PosterLanguage;
  clientName: string;
  title: string;
  versionLabel: string;
  /** A draft carries a clear CONCEPT mark. */
  isDraft: boolean;
  houseStyle: {
    primaryColor: string;
    secondaryColor: string;
    logo?: PosterLogo | null;
  };
  kernvisie: string;
  /** 0 … 8 themes; more are left off (the layouts have room for eight). */
  themes: PosterTheme[];
  ambitions: string[];
  coreValues: { title: string; text: string }[];
  preconditions: string[];
  /** The adoption line, e.g. 'Vastgesteld door het MT op 12 maart 2027'. */
  footer?: { status?: string; date?: string } | null;
  /**
   * The routekaart for the band at the bottom (seed 002: the A0 poster carries the plan too).
   * Drawn only when the options ask for it and it has something to show.
   */
  roadmap?: PosterRoadmap | null;
}

/** The kinds of a routekaart item that are drawn as a bar; a milestone is a diamond. */
export type PosterRoadmapBarKind = 'project' | 'activiteit' | 'quick-win' | 'doorlopend';

export interface PosterRoadmapItem {
  kind: PosterRoadmapBarKind;
  title: string;
  /** '2027-Q1'; the end is not before the start. */
  startQuarter: string;
  endQuarter: string;
  /** A key of `lanes`; null or an unknown key: the lane "Overig". */
  lane: string | null;
}

export interface PosterRoadmapMilestone {
  title: string;
  /** Reached at the end of this quarter. */
  quarter: string;
  lane: string | null;
}

/** The routekaart as the poster's band shows it: plain data, frozen with a version as it is. */
export interface PosterRoadmap {
  /** The horizon's quarters in order ('2027-Q1' …); items outside it widen the band's view. */
  quarters: string[];
  /** The lanes in the order drawn (per bouwsteen), with their names in the poster's language. */
  lanes: { key: string; label: string }[];
  /** In the plan's order. */
  items: PosterRoadmapItem[];
  milestones: PosterRoadmapMilestone[];
}

export interface PosterOptions {
  layout: PosterLayout;
  format: PosterFormat;
  /** Reserve a band at the bottom for the routekaart (when the input has one to show). */
  roadmapBand?: boolean;
}

/** Paper sizes in millimetres (portrait). */
export const PAPER_MM: Record<PosterFormat, { width: number; height: number }> = {
  A3: { width: 297, height: 420 },
  A0: { width: 841, height: 1189 },
};

export const MAX_POSTER_THEMES = 8;
