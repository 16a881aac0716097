import { domainArea } from '../domain-area.js';
import { stakeholderHandlers } from './stakeholder.handlers.js';

export const stakeholdersArea = domainArea({ name: 'stakeholders', handlers: stakeholderHandlers });
