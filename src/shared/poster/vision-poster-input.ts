import type { HouseStyle } from '../domain/engagement.js';
import type { PosterSettings, VisionPassageFields } from '../domain/vision.js';
import type {
  PosterFormat,
  PosterInput,
  PosterLanguage,
  PosterOptions,
  PosterRoadmap,
} from './poster-input.js';
import { roadmapHasContent } from './roadmap-band-layout.js';

// The one way from a vision (the working copy or a frozen version) to what the poster shows,
// so the preview in the editor and the exported poster cannot drift apart.

/** What the poster reads of a passage; both a working-copy and a frozen passage have it. */
export type PosterPassage = Pick<
  VisionPassageFields,
  'kind' | 'title' | 'body' | 'forInhabitants' | 'forStaff' | 'forBoard'
> & { position: number; portfolioHolderName: string | null };

export interface VisionPosterSource {
  language: PosterLanguage;
  clientName: string;
  /** The engagement's title: the poster's title when the settings leave it empty. */
  engagementTitle: string;
  passages: readonly PosterPassage[];
  poster: PosterSettings;
  houseStyle: HouseStyle;
  /** The version shown ('0.2', '1.0'); the working copy shows the next label. */
  versionLabel: string;
  isDraft: boolean;
  footer?: PosterInput['footer'];
  /** The routekaart for the band (posterRoadmapFromPlan), or the one a version was frozen with. */
  roadmap?: PosterRoadmap | null;
}

const clean = (text: string): string => text.trim();
/** A list item: its text, or its title when the text is empty. */
const itemText = (p: PosterPassage): string => clean(p.body) || clean(p.title);

export function posterInputFromVision(source: VisionPosterSource): PosterInput {
  const ordered = [...source.passages].sort((a, b) => a.position - b.position);
  const ofKind = (kind: PosterPassage['kind']) => ordered.filter((p) => p.kind === kind);
  const kern = ofKind('kernvisie');
  const { logo } = source.houseStyle;
  return {
    language: source.language,
    clientName: source.clientName,
    title: clean(source.poster.title) || clean(source.engagementTitle),
    versionLabel: source.versionLabel,
    isDraft: source.isDraft,
    houseStyle: {
      primaryColor: source.houseStyle.primaryColor,
      secondaryColor: source.houseStyle.secondaryColor,
      logo: logo ? { mimeType: logo.mimeType, dataBase64: logo.dataBase64 } : null,
    },
    // More than one kernvisie passage reads as one statement, in the consultant's order.
    kernvisie: kern
      .map(itemText)
      .filter((t) => t !== '')
      .join('\n\n'),
    themes: ofKind('themavisie').map((p) => ({
      title: clean(p.title),
      text: clean(p.body),
      forInhabitants: clean(p.forInhabitants) || undefined,
      forStaff: clean(p.forStaff) || undefined,
      forBestuur: clean(p.forBoard) || undefined,
      portfolio: p.portfolioHolderName ?? undefined,
    })),
    ambitions: ofKind('ambitie').map(itemText),
    coreValues: ofKind('kernwaarde').map((p) => ({ title: clean(p.title), text: clean(p.body) })),
    preconditions: ofKind('randvoorwaarde').map(itemText),
    footer: source.footer ?? null,
    roadmap: source.roadmap ?? null,
  };
}

/**
 * Whether the poster shows the routekaart band: as the consultant chose, and by default on an
 * A0 poster (seed 002: the A0 poster carries the routekaart); never when the plan has no items.
 */
export function showsRoadmapBand(
  setting: boolean | null | undefined,
  format: PosterFormat,
  roadmap: PosterRoadmap | null | undefined,
): boolean {
  return roadmapHasContent(roadmap) && (setting ?? format === 'A0');
}

/** The drawing options of a vision's poster: its settings, with the band's default decided. */
export function posterOptionsOf(
  poster: PosterSettings,
  roadmap: PosterRoadmap | null | undefined,
): PosterOptions {
  return {
    layout: poster.layout,
    format: poster.format,
    roadmapBand: showsRoadmapBand(poster.roadmapBand, poster.format, roadmap),
  };
}
