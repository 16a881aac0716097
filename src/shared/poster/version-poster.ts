import type { VisionAdoption } from '../domain/adoption.js';
import type { VisionVersion } from '../domain/vision.js';
import type { PosterInput, PosterLanguage, PosterOptions } from './poster-input.js';
import { adoptionLine } from './poster-version.js';
import { posterInputFromVision, posterOptionsOf } from './vision-poster-input.js';

// The poster of a frozen version: made only of what the version holds (passages, poster
// settings, house style and the routekaart as it was), so it looks the same years later, whatever
// happened to the working copy, the house style or the plan since.

export interface VersionPoster {
  input: PosterInput;
  options: PosterOptions;
}

export function versionPoster(
  engagement: { clientName: string; title: string; language: string },
  version: Pick<VisionVersion, 'id' | 'label' | 'status' | 'content'>,
  adoption: VisionAdoption | null,
): VersionPoster {
  const language: PosterLanguage = engagement.language === 'en' ? 'en' : 'nl';
  const { content } = version;
  const adopted = adoption !== null && adoption.versionId === version.id ? adoption : null;
  const input = posterInputFromVision({
    language,
    clientName: engagement.clientName,
    engagementTitle: engagement.title,
    passages: content.passages,
    poster: content.poster,
    houseStyle: content.houseStyle,
    versionLabel: version.label,
    isDraft: !(adopted !== null || version.status === 'definitief'),
    footer: adopted ? { status: adoptionLine(adopted, language) } : null,
    roadmap: content.roadmap ?? null,
  });
  return { input, options: posterOptionsOf(content.poster, content.roadmap) };
}
