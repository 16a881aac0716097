import type { Session } from '../../../shared/domain/session.js';
import { domainArea } from '../domain-area.js';
import { sessionHandlers } from './session.handlers.js';
import { sessionsSection } from './session.interchange.js';
import { addDemoSessions } from './session.demo.js';
import { getSession, listEngagementSessions } from './session.service.js';
import { sessionsMethod } from './session.method.js';

// This area's part of an export snapshot: its key in the scope a builder reads, and the data
// (TypeScript adds both to the interfaces of src/main/export/snapshot.ts, which lists no area).
declare module '../../export/snapshot.js' {
  interface SnapshotScope {
    /** Work sessions with their parts, inputs and tallies. */
    sessions?: boolean;
  }
  interface EngagementSnapshot {
    /** Work sessions, in date order; absent unless the scope asked for them. */
    sessions?: Session[];
  }
}

export const sessionsArea = domainArea({
  name: 'sessions',
  handlers: sessionHandlers,
  method: [sessionsMethod],
  interchange: [sessionsSection],
  demo: addDemoSessions,
  // The session report and the statement results read every session whole.
  async snapshot(ctx, engagementId, scope) {
    if (!scope.sessions) return {};
    const sessions = [];
    for (const summary of await listEngagementSessions(ctx, engagementId))
      sessions.push(await getSession(ctx, engagementId, summary.id));
    return { sessions };
  },
});
