import { addQuarters } from '../../src/shared/domain/quarter.js';
import type { PosterRoadmap, PosterRoadmapBarKind } from '../../src/shared/poster/poster-input.js';
import { POSTER_TEXTS } from '../../src/shared/poster/poster-texts.js';
import { BOUWSTENEN } from '../../src/shared/domain/nulmeting.js';

// A routekaart of three years like the demo's (quick wins first, projects per bouwsteen, two
// continuous items, milestones for the decisions and the next measurement), as the poster's
// band receives it.

const START = '2027-Q1';
type Row = [PosterRoadmapBarKind | 'mijlpaal', string, string, number, number];

const ROWS: Row[] = [
  ['quick-win', 'Portaal met de bestaande dashboards', 'start-vandaag', 0, 0],
  ['quick-win', 'Datacafés voor teams', 'data-cultuur', 0, 1],
  ['mijlpaal', 'Routekaart vastgesteld door het MT', 'bestuurlijk-draagvlak', 1, 1],
  ['project', 'Eigenaarschap van de basisgegevens beleggen', 'data-architectuur', 0, 2],
  ['project', 'Ethisch kader en ethische commissie', 'bestuurlijk-draagvlak', 1, 2],
  ['project', 'Training datawijsheid voor leidinggevenden en medewerkers', 'data-expertise', 1, 4],
  ['project', 'Informatiearchitectuur optimaliseren', 'data-architectuur', 3, 4],
  ['quick-win', 'Privacycheck in elk nieuw project', 'start-vandaag', 0, 0],
  ['project', 'Experiment: vroegsignalering jeugdzorg', 'experimenten', 3, 4],
  ['activiteit', 'Algoritmeregister publiceren', 'bestuurlijk-draagvlak', 3, 3],
  ['project', 'Datateam inrichten', 'agile-aanpak', 2, 4],
  ['mijlpaal', 'Structureel budget in de begroting', 'bestuurlijk-draagvlak', 3, 3],
  ['project', 'Datawarehouse voor sturingsinformatie', 'data-architectuur', 4, 7],
  ['project', 'Sturen op de opgaven in het sociaal domein', 'data-cultuur', 5, 7],
  ['project', 'Gegevensuitwisseling met de ketenpartners', 'data-architectuur', 4, 6],
  ['mijlpaal', '2-meting datavolwassenheid', 'bestuurlijk-draagvlak', 5, 5],
  ['doorlopend', 'Beheer en doorontwikkeling van de dashboards', 'data-architectuur', 1, 11],
  ['doorlopend', 'Community of practice data', 'data-cultuur', 2, 11],
  ['activiteit', 'Open data publiceren', 'experimenten', 8, 9],
  ['project', 'Data in de dienstverlening: klantreis vergunningen', 'agile-aanpak', 5, 6],
  ['project', 'Vroegsignalering opschalen naar alle scholen', 'experimenten', 7, 9],
  ['project', 'Sturen op data in het fysiek domein', 'experimenten', 8, 10],
  ['project', 'Datagedreven werken borgen in de lijn', 'bestuurlijk-draagvlak', 9, 11],
  ['mijlpaal', '2-meting en nieuwe routekaart', 'bestuurlijk-draagvlak', 11, 11],
  ['activiteit', 'Toegangsrechten tot gegevens opschonen', 'data-architectuur', 2, 3],
];

function roadmapOf(rows: readonly Row[]): PosterRoadmap {
  return {
    quarters: Array.from({ length: 12 }, (_, i) => addQuarters(START, i)),
    lanes: BOUWSTENEN.map((key) => ({ key, label: POSTER_TEXTS.nl.bouwstenen[key] })),
    items: rows
      .filter((r) => r[0] !== 'mijlpaal')
      .map(([kind, title, lane, from, to]) => ({
        kind: kind as PosterRoadmapBarKind,
        title,
        lane,
        startQuarter: addQuarters(START, from),
        endQuarter: addQuarters(START, to),
      })),
    milestones: rows
      .filter((r) => r[0] === 'mijlpaal')
      .map(([, title, lane, , to]) => ({ title, lane, quarter: addQuarters(START, to) })),
  };
}

export const dijkhavenRoadmap: PosterRoadmap = roadmapOf(ROWS);

/** Far more than a band holds: 120 items of one to three quarters over seven lanes. */
export const crowdedRoadmap: PosterRoadmap = roadmapOf(
  Array.from({ length: 120 }, (_, i): Row => {
    const from = (i * 5) % 12;
    return [
      (['project', 'activiteit', 'quick-win', 'mijlpaal'] as const)[i % 4]!,
      `Actie ${i + 1}: een titel die langer is dan de balk`,
      BOUWSTENEN[i % BOUWSTENEN.length]!,
      from,
      Math.min(11, from + (i % 3)),
    ];
  }),
);
