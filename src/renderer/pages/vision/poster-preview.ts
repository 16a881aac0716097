import type { VisionAdoption } from '../../../shared/domain/adoption.js';
import type { Engagement } from '../../../shared/domain/engagement.js';
import type {
  PosterSettings,
  VisionPassage,
  VisionVersion,
  VisionVersionSummary,
} from '../../../shared/domain/vision.js';
import { posterSvg } from '../../../shared/poster/index.js';
import type { PosterRoadmap } from '../../../shared/poster/poster-input.js';
import { posterVersion } from '../../../shared/poster/poster-version.js';
import { versionPoster } from '../../../shared/poster/version-poster.js';
import {
  posterInputFromVision,
  posterOptionsOf,
} from '../../../shared/poster/vision-poster-input.js';

/**
 * The working copy's poster, as the export makes it: the same mapping, the same version and
 * adoption rule (label, CONCEPT mark, footer), the same routekaart band and the same SVG.
 */
export function workingCopyPosterSvg(
  engagement: Pick<Engagement, 'clientName' | 'title' | 'language' | 'houseStyle'>,
  passages: readonly VisionPassage[],
  poster: PosterSettings,
  versions: readonly VisionVersionSummary[],
  adoption: VisionAdoption | null,
  roadmap: PosterRoadmap | null = null,
): string {
  const language = engagement.language === 'en' ? 'en' : 'nl';
  const version = posterVersion({ passages, versions, adoption }, language);
  const input = posterInputFromVision({
    language,
    clientName: engagement.clientName,
    engagementTitle: engagement.title,
    passages,
    poster,
    houseStyle: engagement.houseStyle,
    versionLabel: version.label,
    isDraft: version.isDraft,
    footer: version.footer,
    roadmap,
  });
  return posterSvg(input, posterOptionsOf(poster, roadmap));
}

/** A frozen version's poster: what it was frozen with, whatever changed since. */
export function frozenPosterSvg(
  engagement: Pick<Engagement, 'clientName' | 'title' | 'language'>,
  version: VisionVersion,
  adoption: VisionAdoption | null,
): string {
  const { input, options } = versionPoster(engagement, version, adoption);
  return posterSvg(input, options);
}
