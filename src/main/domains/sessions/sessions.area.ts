import { domainArea } from '../domain-area.js';
import { sessionHandlers } from './session.handlers.js';
import { sessionsSection } from './session.interchange.js';
import { addDemoSessions } from './session.demo.js';

export const sessionsArea = domainArea({
  name: 'sessions',
  handlers: sessionHandlers,
  interchange: [sessionsSection],
  demo: addDemoSessions,
});
