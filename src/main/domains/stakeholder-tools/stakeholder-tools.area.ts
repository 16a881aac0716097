import type { StakeholderToolsData } from '../../../shared/domain/stakeholder-tools.js';
import { domainArea } from '../domain-area.js';
import { stakeholderToolsHandlers } from './stakeholder-tools.handlers.js';
import { stakeholderToolsSection } from './stakeholder-tools.interchange.js';
import { addDemoStakeholderTools } from './stakeholder-tools.demo.js';
import {
  getSnapshot,
  listConflicts,
  listIcebergs,
  listPositions,
  listRoles,
  listSnapshots,
  listStoredParties,
  listValueWeights,
  toolsGuide,
} from './stakeholder-tools.service.js';
import { stakeholderToolsMethod } from './stakeholder-tools.method.js';

// This area's part of an export snapshot: its key in the scope a builder reads, and the data
// (TypeScript adds both to the interfaces of src/main/export/snapshot.ts, which lists no area).
declare module '../../export/snapshot.js' {
  interface SnapshotScope {
    /** Parties, krachtenveld, value map, icebergs, conflicts and roles. */
    stakeholderTools?: boolean;
  }
  interface EngagementSnapshot {
    /** Absent unless the scope asked for the stakeholder tools. */
    stakeholderTools?: StakeholderToolsData;
  }
}

export const stakeholderToolsArea = domainArea({
  name: 'stakeholder-tools',
  handlers: stakeholderToolsHandlers,
  method: [stakeholderToolsMethod],
  interchange: [stakeholderToolsSection],
  demo: addDemoStakeholderTools,
  // The stakeholder analysis and the stakeholder register read the tools whole.
  async snapshot(ctx, engagementId, scope) {
    if (!scope.stakeholderTools) return {};
    // Read only: this runs inside the snapshot's transaction, so the fixed parties are not
    // added here (the service's listParties would open a transaction of its own).
    const parties = await listStoredParties(ctx, engagementId);
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
        valueWeights: await listValueWeights(ctx, engagementId),
        icebergs: await listIcebergs(ctx, engagementId),
        conflicts: await listConflicts(ctx, engagementId),
        roles: await listRoles(ctx, engagementId),
      },
    };
  },
});
