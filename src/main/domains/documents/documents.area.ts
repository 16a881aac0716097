import { domainArea } from '../domain-area.js';
import { documentHandlers } from './document.handlers.js';

export const documentsArea = domainArea({ name: 'documents', handlers: documentHandlers });
