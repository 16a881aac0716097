import type { Language } from '../domain/common.js';
import { cliEn } from './cli.en.js';
import { cliNl } from './cli.nl.js';
import { errorMessages } from './errors.js';
import { interchangeEn } from './interchange.en.js';
import { interchangeNl } from './interchange.nl.js';
import type { NamespaceTexts } from './translator.js';
import { uiEn } from './ui.en.js';
import { uiNl, type UiMessages } from './ui.nl.js';

// i18next resources for the renderer: one namespace, Dutch first. The core translates its own
// error messages (errors.ts), so they are not repeated here.
export const UI_LANGUAGES = ['nl', 'en'] as const satisfies readonly Language[];
export const DEFAULT_UI_LANGUAGE: Language = 'nl';

export const uiResources = {
  nl: { translation: uiNl },
  en: { translation: uiEn },
} as const satisfies Record<Language, { translation: UiMessages }>;

export type { UiMessages };

/**
 * The namespaces the main process translates outside React, through createTranslator: error
 * messages (every shell), the `koers` command line, and refusals of an interchange file.
 * Export builders keep their texts beside them (src/main/export) and use the same translator.
 */
export const textNamespaces = {
  errors: errorMessages,
  cli: { nl: cliNl, en: cliEn },
  interchange: { nl: interchangeNl, en: interchangeEn },
} satisfies Record<string, NamespaceTexts<object>>;
