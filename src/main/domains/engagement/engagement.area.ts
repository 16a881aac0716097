import { domainArea } from '../domain-area.js';
import { engagementHandlers } from './engagement.handlers.js';

export const engagementArea = domainArea({ name: 'engagement', handlers: engagementHandlers });
