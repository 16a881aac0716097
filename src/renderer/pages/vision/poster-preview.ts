import type { VisionAdoption } from '../../../shared/domain/adoption.js';
import type { Engagement } from '../../../shared/domain/engagement.js';
import type {
  PosterSettings,
  VisionPassage,
  VisionVersionSummary,
} from '../../../shared/domain/vision.js';
import { posterSvg } from '../../../shared/poster/index.js';
import { posterVersion } from '../../../shared/poster/poster-version.js';
import { posterInputFromVision } from '../../../shared/poster/vision-poster-input.js';

/**
 * The working copy's poster, as the export makes it: the same mapping, the same version and
 * adoption rule (label, CONCEPT mark, footer) and the same SVG.
 */
export function workingCopyPosterSvg(
  engagement: Pick<Engagement, 'clientName' | 'title' | 'language' | 'houseStyle'>,
  passages: readonly VisionPassage[],
  poster: PosterSettings,
  versions: readonly VisionVersionSummary[],
  adoption: VisionAdoption | null,
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
  });
  return posterSvg(input, { layout: poster.layout, format: poster.format });
}
