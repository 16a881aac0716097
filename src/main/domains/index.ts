import type { CoreContext } from '../core/core-context.js';
import type { DomainArea, OperationGuards } from './domain-area.js';
import { appArea } from './app/app.area.js';
import { engagementArea } from './engagement/engagement.area.js';
import { stakeholdersArea } from './stakeholders/stakeholders.area.js';
import { documentsArea } from './documents/documents.area.js';
import { interviewsArea } from './interviews/interviews.area.js';
import { findingsArea } from './findings/findings.area.js';
import { searchArea } from './search/search.area.js';
import { sessionsArea } from './sessions/sessions.area.js';
// Stakeholder tools (step 4).
import { stakeholderToolsArea } from './stakeholder-tools/stakeholder-tools.area.js';
// The vision (step 3).
import { visionArea } from './vision/vision.area.js';
// Presentations, decisions, borging, timeline and trace (step 4).
import { adoptionArea } from './adoption/adoption.area.js';
// The nulmeting: the baseline of data maturity (issue 15).
import { nulmetingArea } from './nulmeting/nulmeting.area.js';
// The routekaart (issue 16).
import { roadmapArea } from './roadmap/roadmap.area.js';

// Every domain area of the core, in the order of the method: the demo engagement is built in
// this order and later areas may refer to earlier ones' records. A new area adds one line.
export const DOMAIN_AREAS = [
  appArea,
  engagementArea,
  stakeholdersArea,
  documentsArea,
  interviewsArea,
  findingsArea,
  searchArea,
  sessionsArea,
  stakeholderToolsArea,
  visionArea,
  adoptionArea,
  nulmetingArea,
  roadmapArea,
] as const satisfies readonly DomainArea[];

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;

/** The handlers of all areas together; createCore checks they answer every operation. */
export type AreaHandlers = UnionToIntersection<
  ReturnType<(typeof DOMAIN_AREAS)[number]['handlers']>
>;

type AnyHandler = (input: unknown) => Promise<unknown>;

export function areaHandlers(
  ctx: CoreContext,
  areas: readonly DomainArea[] = DOMAIN_AREAS,
): AreaHandlers {
  const all: Record<string, AnyHandler> = {};
  for (const area of areas) {
    for (const [name, handler] of Object.entries(area.handlers(ctx))) {
      // Two areas answering one operation would make the second silently win.
      if (name in all) throw new Error(`operation ${name} is answered by two domain areas`);
      all[name] = handler as AnyHandler;
    }
  }
  // Guards wrap the handler they name: a guard that throws refuses the call before it runs.
  for (const area of areas) {
    const guards: OperationGuards = area.guards?.(ctx) ?? {};
    for (const [name, guard] of Object.entries(guards) as [string, AnyHandler][]) {
      const handler = all[name];
      if (!handler) throw new Error(`${area.name} guards ${name}, which no domain area answers`);
      all[name] = async (input) => {
        await guard(input);
        return handler(input);
      };
    }
  }
  return all as AreaHandlers;
}
