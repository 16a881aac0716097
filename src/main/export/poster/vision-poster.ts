import type { Roadmap } from '../../../shared/domain/roadmap.js';
import type { VisionSnapshot } from '../../../shared/domain/vision.js';
import { posterVersion } from '../../../shared/poster/poster-version.js';
import type { PosterInput, PosterOptions } from '../../../shared/poster/poster-input.js';
import { posterSvg } from '../../../shared/poster/poster-svg.js';
import { posterRoadmapFromPlan } from '../../../shared/poster/roadmap-poster-input.js';
import {
  posterInputFromVision,
  posterOptionsOf,
  type VisionPosterSource,
} from '../../../shared/poster/vision-poster-input.js';
import type { ExportRun } from '../builder-types.js';
import type { TextCleaner } from '../safe-text.js';
import type { EngagementSnapshot } from '../snapshot.js';

// The poster the exports make: always of the working copy, the same mapping the editor's preview
// uses (posterInputFromVision), so what the consultant sees is what is printed.

export { latestVersion } from '../../../shared/poster/poster-version.js';

/** An empty vision: a poster can still be made (it says the themes are being worked out). */
export const EMPTY_VISION: VisionSnapshot = {
  passages: [],
  poster: { title: '', layout: 'kolommen', format: 'A3', roadmapBand: null },
  versions: [],
  feedback: [],
  approach: {
    documents: 0,
    interviewsByGroup: {},
    interviewsTotal: 0,
    sessionsHeld: 0,
    sessionParticipants: 0,
    findings: 0,
  },
};

/** How the exports clean the poster's texts (see posterSource). */
export interface PosterCleaning {
  /** Every user text: run.text.xml(), which also puts pseudonyms for known names. */
  text: (text: string) => string;
  /** The portfolio holder's name: run.text.xmlKeepingNames(). */
  name: (text: string) => string;
}

const AS_TYPED: PosterCleaning = { text: (text) => text, name: (text) => text };

/**
 * The poster's source from a snapshot. Every user text passes the export's cleaning: characters
 * XML forbids go, and without names the known names in free text become pseudonyms, as in
 * every document. The wethouder who holds a theme's portfolio keeps the name: a portfolio is a
 * public office, the poster and the Visiedocument are read by the council, and "Portefeuille:
 * R14" would tell every reader whose interview R14 is, undoing the pseudonyms of the quotes.
 */
export function posterSource(
  snapshot: EngagementSnapshot,
  language: VisionPosterSource['language'],
  cleaning: PosterCleaning = AS_TYPED,
): VisionPosterSource {
  const clean = cleaning.text;
  const vision = snapshot.vision ?? EMPTY_VISION;
  const { engagement } = snapshot;
  // The routekaart part (reads.roadmap) is declared by its area (roadmap.snapshot.ts).
  const plan = (snapshot as EngagementSnapshot & { roadmap?: Roadmap }).roadmap;
  // The version and adoption rule the editor's preview uses too (shared/poster/poster-version.ts).
  const version = posterVersion(
    {
      passages: vision.passages,
      versions: vision.versions,
      adoption: snapshot.adoption?.adoption ?? null,
    },
    language,
  );
  return {
    language,
    clientName: clean(engagement.clientName),
    engagementTitle: clean(engagement.title),
    passages: vision.passages.map((p) => ({
      kind: p.kind,
      position: p.position,
      title: clean(p.title),
      body: clean(p.body),
      forInhabitants: clean(p.forInhabitants),
      forStaff: clean(p.forStaff),
      forBoard: clean(p.forBoard),
      portfolioHolderName:
        p.portfolioHolderName === null ? null : cleaning.name(p.portfolioHolderName),
    })),
    poster: { ...vision.poster, title: clean(vision.poster.title) },
    houseStyle: engagement.houseStyle,
    versionLabel: version.label,
    isDraft: version.isDraft,
    footer: version.footer,
    roadmap: plan ? posterRoadmapFromPlan(plan, language, clean) : null,
  };
}

export interface ExportPoster {
  input: PosterInput;
  options: PosterOptions;
  svg: string;
}

/**
 * The poster of a run: its input, layout and format, and the SVG all three files are made of.
 * `text` is the run's cleaner, or an uncounted one where the poster is part of a document that
 * counts its own text.
 */
export function exportPoster(run: ExportRun, text: TextCleaner = run.text): ExportPoster {
  const source = posterSource(run.snapshot, run.language, {
    text: (t) => text.xml(t),
    name: (t) => text.xmlKeepingNames(t),
  });
  const input = posterInputFromVision(source);
  const options = posterOptionsOf(source.poster, source.roadmap);
  return { input, options, svg: posterSvg(input, options) };
}
