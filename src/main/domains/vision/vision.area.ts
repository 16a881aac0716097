import { domainArea } from '../domain-area.js';
import { visionHandlers } from './vision.handlers.js';
import { visionSection } from './vision.interchange.js';
import { addDemoVision } from './vision.demo.js';
import { visionMethod } from './vision.method.js';
import { readVisionSnapshot } from './vision.snapshot.js';

export const visionArea = domainArea({
  name: 'vision',
  handlers: visionHandlers,
  method: [visionMethod],
  interchange: [visionSection],
  demo: addDemoVision,
  // The Visiedocument and the poster read the vision with its findings and the approach counts.
  async snapshot(ctx, engagementId, scope) {
    if (!scope.vision) return {};
    return { vision: await readVisionSnapshot(ctx, engagementId) };
  },
});
