import type { Engagement } from '../../../shared/domain/engagement.js';
import type { PosterSettings, VisionPassage } from '../../../shared/domain/vision.js';
import { posterSvg } from '../../../shared/poster/index.js';
import { posterInputFromVision } from '../../../shared/poster/vision-poster-input.js';

/**
 * The working copy's poster, as the export makes it: the same mapping and the same SVG. The
 * working copy is a draft carrying the label the next version will get.
 */
export function workingCopyPosterSvg(
  engagement: Pick<Engagement, 'clientName' | 'title' | 'language' | 'houseStyle'>,
  passages: readonly VisionPassage[],
  poster: PosterSettings,
  versionLabel: string,
): string {
  const input = posterInputFromVision({
    language: engagement.language === 'en' ? 'en' : 'nl',
    clientName: engagement.clientName,
    engagementTitle: engagement.title,
    passages,
    poster,
    houseStyle: engagement.houseStyle,
    versionLabel,
    isDraft: true,
  });
  return posterSvg(input, { layout: poster.layout, format: poster.format });
}
