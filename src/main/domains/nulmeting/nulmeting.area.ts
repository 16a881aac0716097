import { domainArea } from '../domain-area.js';
import { nulmetingHandlers } from './nulmeting.handlers.js';
import { nulmetingSection } from './nulmeting.interchange.js';
import { addDemoNulmeting } from './nulmeting.demo.js';
import { maturityMethod } from './nulmeting.method.js';
import { readNulmetingSnapshot } from './nulmeting.snapshot.js';
import { nulmetingTimeline } from './nulmeting.timeline.js';

export const nulmetingArea = domainArea({
  name: 'nulmeting',
  handlers: nulmetingHandlers,
  method: [maturityMethod],
  interchange: [nulmetingSection],
  demo: addDemoNulmeting,
  // The nulmeting report and the scores workbook read the model and every measurement.
  async snapshot(ctx, engagementId, scope) {
    if (!scope.nulmeting) return {};
    return { nulmeting: await readNulmetingSnapshot(ctx, engagementId) };
  },
  // Each measurement on the engagement's timeline.
  timeline: nulmetingTimeline,
});
