import { domainArea } from '../domain-area.js';
import { searchHandlers } from './search.handlers.js';

export const searchArea = domainArea({ name: 'search', handlers: searchHandlers });
