import type { Language } from '../domain/common.js';
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
