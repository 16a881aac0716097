import { domainArea } from '../domain-area.js';
import { appHandlers } from './app.handlers.js';

export const appArea = domainArea({ name: 'app', handlers: appHandlers });
