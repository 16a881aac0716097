import { domainArea } from '../domain-area.js';
import { sessionHandlers } from './session.handlers.js';
import { sessionsSection } from './session.interchange.js';

export const sessionsArea = domainArea({
  name: 'sessions',
  handlers: sessionHandlers,
  interchange: [sessionsSection],
});
