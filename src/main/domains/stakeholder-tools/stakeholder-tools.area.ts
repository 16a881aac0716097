import { domainArea } from '../domain-area.js';
import { stakeholderToolsHandlers } from './stakeholder-tools.handlers.js';
import { stakeholderToolsSection } from './stakeholder-tools.interchange.js';
import { addDemoStakeholderTools } from './stakeholder-tools.demo.js';
import {
  getSnapshot,
  listConflicts,
  listIcebergs,
  listParties,
  listPositions,
  listRoles,
  listSnapshots,
  toolsGuide,
  valueMap,
} from './stakeholder-tools.service.js';

export const stakeholderToolsArea = domainArea({
  name: 'stakeholder-tools',
  handlers: stakeholderToolsHandlers,
  interchange: [stakeholderToolsSection],
  demo: addDemoStakeholderTools,
  // The stakeholder analysis and the stakeholder register read the tools whole.
  async snapshot(ctx, engagementId, scope) {
    if (!scope.stakeholderTools) return {};
    // listParties first: it adds the municipality and the inhabitants to a file without them.
    const parties = await listParties(ctx, engagementId);
    const snapshots = [];
    // Listed newest first; the export wants them oldest first.
    for (const summary of (await listSnapshots(ctx, engagementId)).reverse())
      snapshots.push(await getSnapshot(ctx, engagementId, summary.id));
    return {
      stakeholderTools: {
        guides: {
          nl: await toolsGuide(ctx, engagementId, 'nl'),
          en: await toolsGuide(ctx, engagementId, 'en'),
        },
        parties,
        positions: await listPositions(ctx, engagementId),
        snapshots,
        valueWeights: (await valueMap(ctx, engagementId)).weights,
        icebergs: await listIcebergs(ctx, engagementId),
        conflicts: await listConflicts(ctx, engagementId),
        roles: await listRoles(ctx, engagementId),
      },
    };
  },
});
