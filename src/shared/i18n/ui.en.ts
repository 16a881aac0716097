// Every text the renderer shows, in English, as one tree (see ui.nl.ts).
import { commonEn } from './ui/common.en.js';
import { documentsEn } from './ui/documents.en.js';
import { engagementEn } from './ui/engagement.en.js';
import { exportsEn } from './ui/exports.en.js';
import { findingsEn } from './ui/findings.en.js';
import { interviewsEn } from './ui/interviews.en.js';
import { searchEn } from './ui/search.en.js';
import { sessionsEn } from './ui/sessions.en.js';
import { stakeholdersEn } from './ui/stakeholders.en.js';
import { stakeholderToolsEn } from './ui/stakeholder-tools.en.js';
import { adoptionUiEn } from './ui/adoption.en.js';
import type { UiMessages } from './ui.nl.js';

export const uiEn: UiMessages = {
  ...commonEn,
  ...engagementEn,
  ...stakeholdersEn,
  ...documentsEn,
  ...interviewsEn,
  ...findingsEn,
  ...sessionsEn,
  ...searchEn,
  ...exportsEn,
  ...stakeholderToolsEn,
  ...adoptionUiEn,
};
