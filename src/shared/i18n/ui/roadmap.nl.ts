// UI texts of the routekaart: items, timeline, dependencies, links, checks and progress (Dutch).
// roadmap.en.ts has the same keys: its type checks it.
import type { DeepStrings } from './deep-strings.js';

export const roadmapUiNl = {
  roadmap: {
    nav: 'Routekaart',
    title: 'Routekaart',
  },
  // The card of this document type on the export screen (found by its type).
  'implementation-plan': {
    title: 'Implementatieplan',
    text: 'Het plan voor de komende jaren: samenvatting met de tijdlijn, het vertrekpunt (visie en nulmeting), de keuzes, de planning per jaar, kwartaal en bouwsteen, projectkaarten, governance, monitoring en een bijlage die elke actie herleidt tot verschil, visie en bevindingen.',
  },
  // The card of this document type on the export screen (found by its type).
  'roadmap-planning': {
    title: 'Planning routekaart',
    text: 'Werkmap met één rij per actie (keuzelijsten voor soort, status en financiering), een tijdlijnblad met gekleurde kwartalen, de afhankelijkheden en de voortgang.',
  },
};

export type RoadmapTexts = DeepStrings<typeof roadmapUiNl>;
