// Every text the renderer shows, in Dutch, as one tree: the namespaces of ./ui/ merged. For
// the core's Excel texts and the tests that compare both languages; the renderer registers the
// namespaces themselves (resources.ts).
import { commonNl } from './ui/common.nl.js';
import { documentsNl } from './ui/documents.nl.js';
import { engagementNl } from './ui/engagement.nl.js';
import { exportsNl } from './ui/exports.nl.js';
import { findingsNl } from './ui/findings.nl.js';
import { interviewsNl } from './ui/interviews.nl.js';
import { searchNl } from './ui/search.nl.js';
import { sessionsNl } from './ui/sessions.nl.js';
import { stakeholdersNl } from './ui/stakeholders.nl.js';
import { stakeholderToolsNl } from './ui/stakeholder-tools.nl.js';
import { adoptionUiNl } from './ui/adoption.nl.js';
import type { DeepStrings } from './ui/deep-strings.js';

export const uiNl = {
  ...commonNl,
  ...engagementNl,
  ...stakeholdersNl,
  ...documentsNl,
  ...interviewsNl,
  ...findingsNl,
  ...sessionsNl,
  ...searchNl,
  ...exportsNl,
  ...stakeholderToolsNl,
  ...adoptionUiNl,
};

export type UiMessages = DeepStrings<typeof uiNl>;
