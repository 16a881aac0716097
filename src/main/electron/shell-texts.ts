import { cachedTranslators } from '../../shared/i18n/translator.js';
import { shellMessages } from '../../shared/i18n/shell.js';

/** The Electron shell's texts in a language: `shellTexts(language)('menu.file')`. */
export const shellTexts = cachedTranslators({ shell: shellMessages });
