import { domainArea } from '../domain-area.js';
import { addDemoRoadmap } from './roadmap.demo.js';
import { roadmapHandlers } from './roadmap.handlers.js';
import { roadmapSection } from './roadmap.interchange.js';
import { roadmapMethod } from './roadmap.method.js';
import { readRoadmapSnapshot } from './roadmap.snapshot.js';
import { roadmapTimeline } from './roadmap.timeline.js';

export const roadmapArea = domainArea({
  name: 'roadmap',
  handlers: roadmapHandlers,
  method: [roadmapMethod],
  interchange: [roadmapSection],
  demo: addDemoRoadmap,
  // The implementatieplan and the planning workbook read the plan whole, with its traces.
  async snapshot(ctx, engagementId, scope) {
    if (!scope.roadmap) return {};
    return { roadmap: await readRoadmapSnapshot(ctx, engagementId) };
  },
  // The milestones on the engagement's timeline.
  timeline: roadmapTimeline,
});
