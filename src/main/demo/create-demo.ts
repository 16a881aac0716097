import path from 'node:path';
import type { OpenEngagement } from '../../shared/domain/engagement.js';
import type { CoreContext } from '../core/core-context.js';
import { createEngagementAt } from '../domains/engagement/engagement-files.service.js';
import { setChecklistItem } from '../domains/engagement/engagement.service.js';
import { createStakeholder } from '../domains/stakeholders/stakeholder.service.js';
import { normaliseFileName, uniqueFileName } from '../app/workspace.js';
import {
  demoCheckedItems,
  demoEngagement,
  demoFileBaseName,
  demoLogoSvg,
  demoStakeholders,
} from './demo-content.js';
import { addDemoAnalysis } from './create-demo-analysis.js';

/**
 * Makes the demo engagement as a normal file in `dir` (the workspace by default), through the
 * same services a user's clicks go through, so the demo never shows what the app cannot do.
 */
export async function createDemoEngagement(
  ctx: CoreContext,
  dir = ctx.workspaceDir,
): Promise<OpenEngagement> {
  const fileName = uniqueFileName(dir, normaliseFileName(demoFileBaseName));
  const opened = await createEngagementAt(ctx, path.join(dir, fileName), {
    ...demoEngagement,
    houseStyle: {
      ...demoEngagement.houseStyle,
      logo: {
        mimeType: 'image/svg+xml',
        dataBase64: Buffer.from(demoLogoSvg, 'utf8').toString('base64'),
      },
    },
  });
  for (const stakeholder of demoStakeholders) {
    await createStakeholder(ctx, opened.engagementId, stakeholder);
  }
  for (const itemId of demoCheckedItems) {
    await setChecklistItem(ctx, opened.engagementId, itemId, true);
  }
  await addDemoAnalysis(ctx, opened.engagementId);
  // Then each later area adds its part (sessions, vision …), in the order of the method.
  for (const area of ctx.areas) await area.demo?.(ctx, opened.engagementId);
  return opened;
}
