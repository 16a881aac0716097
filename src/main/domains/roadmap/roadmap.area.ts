import { domainArea } from '../domain-area.js';
import { roadmapHandlers } from './roadmap.handlers.js';
import { roadmapMethod } from './roadmap.method.js';

export const roadmapArea = domainArea({
  name: 'roadmap',
  handlers: roadmapHandlers,
  method: [roadmapMethod],
});
