import { domainArea } from '../domain-area.js';
import { stakeholderToolsHandlers } from './stakeholder-tools.handlers.js';

export const stakeholderToolsArea = domainArea({
  name: 'stakeholder-tools',
  handlers: stakeholderToolsHandlers,
});
