import { domainArea } from '../domain-area.js';
import { findingHandlers } from './finding.handlers.js';

export const findingsArea = domainArea({ name: 'findings', handlers: findingHandlers });
