import { domainArea } from '../domain-area.js';
import { interviewHandlers } from './interview.handlers.js';

export const interviewsArea = domainArea({ name: 'interviews', handlers: interviewHandlers });
