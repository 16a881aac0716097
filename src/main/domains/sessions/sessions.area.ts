import { domainArea } from '../domain-area.js';
import { sessionHandlers } from './session.handlers.js';
import { sessionsSection } from './session.interchange.js';
import { addDemoSessions } from './session.demo.js';
import { getSession, listEngagementSessions } from './session.service.js';
import { sessionsMethod } from './session.method.js';

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
