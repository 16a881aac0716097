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
}

export interface PosterOptions {
  layout: PosterLayout;
  format: PosterFormat;
}

/** Paper sizes in millimetres (portrait). */
export const PAPER_MM: Record<PosterFormat, { width: number; height: number }> = {
  A3: { width: 297, height: 420 },
  A0: { width: 841, height: 1189 },
};

export const MAX_POSTER_THEMES = 8;
