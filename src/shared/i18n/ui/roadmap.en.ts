// UI texts of the routekaart (English).
import type { RoadmapTexts } from './roadmap.nl.js';

export const roadmapUiEn: RoadmapTexts = {
  roadmap: {
    nav: 'Roadmap',
    title: 'Roadmap',
  },
  // The card of this document type on the export screen (found by its type).
  'implementation-plan': {
    title: 'Implementation plan',
    text: 'The plan for the coming years: summary with the timeline, the starting point (vision and baseline), the choices, the planning per year, quarter and building block, project cards, governance, monitoring and an appendix tracing every action to its gap, vision and findings.',
  },
  // The card of this document type on the export screen (found by its type).
  'roadmap-planning': {
    title: 'Roadmap planning',
    text: 'Workbook with one row per action (drop-down lists for kind, status and funding), a timeline sheet with coloured quarters, the dependencies and the progress.',
  },
};
