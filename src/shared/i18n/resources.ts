import type { Language } from '../domain/common.js';
import { cliEn } from './cli.en.js';
import { cliNl } from './cli.nl.js';
import { mergeErrorTexts, type AreaErrorCodes } from './area-errors.js';
import { errorMessages } from './errors.js';
import { sessionsErrors } from './errors/sessions.errors.js';
import { stakeholderToolsErrors } from './errors/stakeholder-tools.errors.js';
import { visionErrors } from './errors/vision.errors.js';
import { adoptionErrors } from './errors/adoption.errors.js';
import { nulmetingErrors } from './errors/nulmeting.errors.js';
import { roadmapErrors } from './errors/roadmap.errors.js';
import { adoptionEn } from './adoption.en.js';
import { adoptionNl } from './adoption.nl.js';
import { interchangeEn } from './interchange.en.js';
import { interchangeNl } from './interchange.nl.js';
import { shellMessages } from './shell.js';
import type { NamespaceTexts } from './translator.js';
import type { UiMessages } from './ui.nl.js';
import { commonEn } from './ui/common.en.js';
import { commonNl } from './ui/common.nl.js';
import { documentsEn } from './ui/documents.en.js';
import { documentsNl } from './ui/documents.nl.js';
import { engagementEn } from './ui/engagement.en.js';
import { engagementNl } from './ui/engagement.nl.js';
import { exportsEn } from './ui/exports.en.js';
import { exportsNl } from './ui/exports.nl.js';
import { findingsEn } from './ui/findings.en.js';
import { findingsNl } from './ui/findings.nl.js';
import { interviewsEn } from './ui/interviews.en.js';
import { interviewsNl } from './ui/interviews.nl.js';
import { searchEn } from './ui/search.en.js';
import { sessionsEn } from './ui/sessions.en.js';
import { sessionsNl } from './ui/sessions.nl.js';
import { searchNl } from './ui/search.nl.js';
import { stakeholdersEn } from './ui/stakeholders.en.js';
import { stakeholdersNl } from './ui/stakeholders.nl.js';
// Stakeholder tools.
import { stakeholderToolsEn } from './ui/stakeholder-tools.en.js';
import { stakeholderToolsNl } from './ui/stakeholder-tools.nl.js';
// The vision (step 3).
import { visionEn } from './ui/vision.en.js';
import { visionNl } from './ui/vision.nl.js';
// Adoption, timeline and trace (step 4).
import { adoptionUiEn } from './ui/adoption.en.js';
import { adoptionUiNl } from './ui/adoption.nl.js';
// The nulmeting.
import { nulmetingUiEn } from './ui/nulmeting.en.js';
import { nulmetingUiNl } from './ui/nulmeting.nl.js';
// The routekaart.
import { roadmapUiEn } from './ui/roadmap.en.js';
import { roadmapUiNl } from './ui/roadmap.nl.js';

// The renderer's i18next namespaces, one per area, registered here and nowhere else. The core
// translates its own error messages (errors.ts), so they are not repeated here.
export const UI_LANGUAGES = ['nl', 'en'] as const satisfies readonly Language[];
export const DEFAULT_UI_LANGUAGE: Language = 'nl';

export const UI_NAMESPACES = {
  common: { nl: commonNl, en: commonEn },
  engagement: { nl: engagementNl, en: engagementEn },
  stakeholders: { nl: stakeholdersNl, en: stakeholdersEn },
  documents: { nl: documentsNl, en: documentsEn },
  interviews: { nl: interviewsNl, en: interviewsEn },
  findings: { nl: findingsNl, en: findingsEn },
  sessions: { nl: sessionsNl, en: sessionsEn },
  search: { nl: searchNl, en: searchEn },
  exports: { nl: exportsNl, en: exportsEn },
  stakeholderTools: { nl: stakeholderToolsNl, en: stakeholderToolsEn },
  vision: { nl: visionNl, en: visionEn },
  adoption: { nl: adoptionUiNl, en: adoptionUiEn },
  nulmeting: { nl: nulmetingUiNl, en: nulmetingUiEn },
  roadmap: { nl: roadmapUiNl, en: roadmapUiEn },
} as const;

export type { UiMessages };

/** Each domain area's own error codes and texts (src/shared/i18n/errors/<area>.errors.ts). */
export const AREA_ERRORS = [
  sessionsErrors,
  stakeholderToolsErrors,
  visionErrors,
  adoptionErrors,
  nulmetingErrors,
  roadmapErrors,
] as const;
export type AreaErrorCode = AreaErrorCodes<typeof AREA_ERRORS>;

/** Every error text: the shared ones and each area's. */
export const allErrorMessages = mergeErrorTexts(errorMessages, AREA_ERRORS);

/** Whether a code from outside (an HTTP answer) is one Koers knows. */
export const isErrorCode = (code: string): boolean => Object.hasOwn(allErrorMessages.nl, code);

/**
 * The namespaces the main process translates outside React, through createTranslator: error
 * messages (every shell), the `koers` command line, refusals of an interchange file, and the
 * Electron shell's menus and dialogs, and the texts of step 4 the core writes (timeline titles).
 * Export builders keep their texts beside them (src/main/export) and use the same translator.
 */
export const textNamespaces = {
  errors: allErrorMessages,
  cli: { nl: cliNl, en: cliEn },
  interchange: { nl: interchangeNl, en: interchangeEn },
  shell: shellMessages,
  adoption: { nl: adoptionNl, en: adoptionEn },
} satisfies Record<string, NamespaceTexts<object>>;
export type UiNamespace = keyof typeof UI_NAMESPACES;
export type UiResources = { [N in UiNamespace]: (typeof UI_NAMESPACES)[N]['nl'] };

export const DEFAULT_UI_NAMESPACE = 'common' satisfies UiNamespace;
/**
 * A key not in the default namespace is looked up in these, in order. Each namespace's
 * top-level groups are its own (`stakeholders.*`, `groups.*` only in `stakeholders`), so
 * `t('stakeholders.name')` finds its text without naming the namespace.
 */
export const UI_FALLBACK_NAMESPACES = [
  'engagement',
  'stakeholders',
  'documents',
  'interviews',
  'findings',
  'sessions',
  'search',
  'exports',
  'stakeholderTools',
  'vision',
  'adoption',
  'nulmeting',
  'roadmap',
] as const satisfies readonly Exclude<UiNamespace, typeof DEFAULT_UI_NAMESPACE>[];

const inLanguage = (language: Language): UiResources =>
  Object.fromEntries(
    Object.entries(UI_NAMESPACES).map(([name, texts]) => [name, texts[language]]),
  ) as UiResources;

export const uiResources: Record<Language, UiResources> = {
  nl: inLanguage('nl'),
  en: inLanguage('en'),
};

/** What i18next needs to find the UI texts: the resources and how its namespaces are tried. */
export const uiI18nOptions = () => ({
  resources: uiResources,
  ns: Object.keys(UI_NAMESPACES),
  defaultNS: DEFAULT_UI_NAMESPACE,
  fallbackNS: [...UI_FALLBACK_NAMESPACES],
});
