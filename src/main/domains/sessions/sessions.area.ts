import { domainArea } from '../domain-area.js';
import { sessionHandlers } from './session.handlers.js';

export const sessionsArea = domainArea({
  name: 'sessions',
  handlers: sessionHandlers,
});
