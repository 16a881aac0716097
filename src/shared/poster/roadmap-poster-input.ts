import { BOUWSTENEN } from '../domain/nulmeting.js';
import { horizonQuarters } from '../domain/quarter.js';
import type { RoadmapItem, RoadmapSettings } from '../domain/roadmap.js';
import type { PosterLanguage, PosterRoadmap } from './poster-input.js';
import { POSTER_TEXTS } from './poster-texts.js';

// The one way from the routekaart to the poster's band, for the editor's preview, the exported
// poster and a version frozen with it: lanes per bouwsteen (the implementatieplan's timeline),
// items in the plan's order, milestones apart. A cancelled item (geschrapt) is left off: the
// poster shows the plan, not its history.

/** What the band reads of the plan: the screen's Roadmap and the export snapshot both have it. */
export interface PosterRoadmapPlan {
  settings: RoadmapSettings;
  items: readonly Pick<
    RoadmapItem,
    'kind' | 'title' | 'startQuarter' | 'endQuarter' | 'bouwsteen' | 'status' | 'position'
  >[];
}

/**
 * The band's input, or null when the plan has nothing to show. `clean` is the export's text
 * cleaning (pseudonyms for names in titles), as for every other text on the poster.
 */
export function posterRoadmapFromPlan(
  plan: PosterRoadmapPlan,
  language: PosterLanguage,
  clean: (text: string) => string = (text) => text,
): PosterRoadmap | null {
  const texts = POSTER_TEXTS[language] ?? POSTER_TEXTS.nl;
  const shown = [...plan.items]
    .filter((i) => i.status !== 'geschrapt')
    .sort((a, b) => a.position - b.position);
  if (shown.length === 0) return null;
  return {
    quarters: horizonQuarters(plan.settings.startQuarter, plan.settings.horizonYears),
    lanes: BOUWSTENEN.map((key) => ({ key, label: texts.bouwstenen[key] })),
    items: shown.flatMap((i) =>
      i.kind === 'mijlpaal'
        ? []
        : [
            {
              kind: i.kind,
              title: clean(i.title),
              startQuarter: i.startQuarter,
              endQuarter: i.endQuarter,
              lane: i.bouwsteen,
            },
          ],
    ),
    milestones: shown.flatMap((i) =>
      i.kind === 'mijlpaal'
        ? [{ title: clean(i.title), quarter: i.endQuarter, lane: i.bouwsteen }]
        : [],
    ),
  };
}
