import type { VisionSnapshot, VisionVersionSummary } from '../../../shared/domain/vision.js';
import type { PosterInput, PosterOptions } from '../../../shared/poster/poster-input.js';
import { posterSvg } from '../../../shared/poster/poster-svg.js';
import {
  posterInputFromVision,
  type VisionPosterSource,
} from '../../../shared/poster/vision-poster-input.js';
import type { ExportRun } from '../builder-types.js';
import type { TextCleaner } from '../safe-text.js';
import type { EngagementSnapshot } from '../snapshot.js';

// The poster the exports make: always of the working copy, the same mapping the editor's preview
// uses (posterInputFromVision), so what the consultant sees is what is printed.

/** The newest version the user froze (restore points are not versions a reader knows). */
export function latestVersion(vision: VisionSnapshot): VisionVersionSummary | null {
  const made = vision.versions.filter((v) => v.status !== 'herstelpunt');
  return made.reduce<VisionVersionSummary | null>(
    (latest, v) => (latest === null || v.frozenAt > latest.frozenAt ? v : latest),
    null,
  );
}

/**
 * What the poster says about its version. The label is the latest version's ('0.2', '1.0'), or
 * 'concept' before any version was made. The poster carries the CONCEPT mark unless the latest
 * version is definitief and the working copy is unchanged since: as many passages as that
 * version froze and none edited after it was frozen. (A change to the poster settings alone is
 * not seen: the snapshot does not date them. Deleting and adding a passage is seen by its date.)
 */
export function posterVersion(vision: VisionSnapshot): { label: string; isDraft: boolean } {
  const latest = latestVersion(vision);
  if (!latest) return { label: 'concept', isDraft: true };
  const unchanged =
    vision.passages.length === latest.passageCount &&
    vision.passages.every((p) => p.updatedAt <= latest.frozenAt && p.createdAt <= latest.frozenAt);
  return { label: latest.label, isDraft: !(latest.status === 'definitief' && unchanged) };
}

/** An empty vision: a poster can still be made (it says the themes are being worked out). */
export const EMPTY_VISION: VisionSnapshot = {
  passages: [],
  poster: { title: '', layout: 'kolommen', format: 'A3' },
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
  const version = posterVersion(vision);
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
  const input = posterInputFromVision(
    posterSource(run.snapshot, run.language, {
      text: (t) => text.xml(t),
      name: (t) => text.xmlKeepingNames(t),
    }),
  );
  const settings = run.snapshot.vision?.poster ?? EMPTY_VISION.poster;
  const options: PosterOptions = { layout: settings.layout, format: settings.format };
  return { input, options, svg: posterSvg(input, options) };
}
