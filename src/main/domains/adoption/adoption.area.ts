import { domainArea } from '../domain-area.js';
import { adoptionGuards, adoptionHandlers } from './adoption.handlers.js';
import { adoptionSection } from './adoption.interchange.js';
import { addDemoAdoption } from './adoption.demo.js';
import { borgingMethod } from './adoption.method.js';
import { readAdoptionSnapshot } from './adoption.snapshot.js';

export const adoptionArea = domainArea({
  name: 'adoption',
  handlers: adoptionHandlers,
  // While the vision is adopted its working copy is read-only: the vision area never knows.
  guards: adoptionGuards,
  method: [borgingMethod],
  interchange: [adoptionSection],
  demo: addDemoAdoption,
  // The adoption dossier and the borging workbook read step 4 whole.
  async snapshot(ctx, engagementId, scope) {
    if (!scope.adoption) return {};
    return { adoption: await readAdoptionSnapshot(ctx, engagementId) };
  },
});
