import type { Language } from '../../shared/domain/common.js';
import type { CliTexts } from '../../shared/i18n/cli.nl.js';
import { textNamespaces } from '../../shared/i18n/resources.js';
import { cachedTranslators, type TranslateKeys } from '../../shared/i18n/translator.js';
import { printableOptions } from './printable.js';

// The CLI's words are the i18next namespace "cli" (src/shared/i18n/cli.nl.ts, cli.en.ts). Error
// messages about files come from the "errors" namespace, so the desktop app and the CLI say the
// same thing about the same damaged file.

export type CliTranslate = TranslateKeys<CliTexts>;

const translators = cachedTranslators({ cli: textNamespaces.cli });

/**
 * The CLI's translator for one language; keys are checked against the Dutch texts. Every string
 * put into a text (a path, a name, a message about a file) is made printable first, so a
 * command never echoes a newline or an escape sequence from outside.
 */
export const cliTranslator = (language: Language): CliTranslate => {
  const t = translators(language);
  return (key, options) => t(key, printableOptions(options));
};

export const COMMANDS = [
  'new',
  'demo',
  'info',
  'verify',
  'export',
  'export-json',
  'import-json',
  'add-documents',
  'search',
  'help',
] as const;
export type CommandName = (typeof COMMANDS)[number];
export const isCommandName = (name: string): name is CommandName =>
  (COMMANDS as readonly string[]).includes(name);

const locale = (language: Language) => (language === 'nl' ? 'nl-NL' : 'en-GB');

/** "245.760 bytes (240 KB)": the exact count for archivists, the rounded one for people. */
export function formatBytes(language: Language, bytes: number): string {
  const exact = `${new Intl.NumberFormat(locale(language)).format(bytes)} bytes`;
  if (bytes < 1024) return exact;
  const [divisor, unit] = bytes < 1024 * 1024 ? [1024, 'KB'] : [1024 * 1024, 'MB'];
  const rounded = new Intl.NumberFormat(locale(language), { maximumFractionDigits: 1 }).format(
    bytes / divisor,
  );
  return `${exact} (${rounded} ${unit})`;
}
