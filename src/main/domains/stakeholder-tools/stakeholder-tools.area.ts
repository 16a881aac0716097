import { domainArea } from '../domain-area.js';
import { stakeholderToolsHandlers } from './stakeholder-tools.handlers.js';
import { stakeholderToolsSection } from './stakeholder-tools.interchange.js';
import { addDemoStakeholderTools } from './stakeholder-tools.demo.js';

export const stakeholderToolsArea = domainArea({
  name: 'stakeholder-tools',
  handlers: stakeholderToolsHandlers,
  interchange: [stakeholderToolsSection],
  demo: addDemoStakeholderTools,
});
