import { domainArea } from '../domain-area.js';
import { documentHandlers } from './document.handlers.js';
import { documentTextSection } from './document-text.interchange.js';

export const documentsArea = domainArea({
  name: 'documents',
  handlers: documentHandlers,
  interchange: [documentTextSection],
});
