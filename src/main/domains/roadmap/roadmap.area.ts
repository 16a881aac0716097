import { domainArea } from '../domain-area.js';
import { addDemoRoadmap } from './roadmap.demo.js';
import { roadmapHandlers } from './roadmap.handlers.js';
import { roadmapSection } from './roadmap.interchange.js';
import { roadmapMethod } from './roadmap.method.js';

export const roadmapArea = domainArea({
  name: 'roadmap',
  handlers: roadmapHandlers,
  method: [roadmapMethod],
  interchange: [roadmapSection],
  demo: addDemoRoadmap,
});
