import type { Language } from '../../shared/domain/common.js';
import { EXPORT_TYPE_TABLE, EXPORT_TYPES, type ExportFormat } from '../../shared/domain/export.js';
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
  return (key, options) => t(key, { types: EXPORT_TYPES_HELP, ...printableOptions(options) });
};

/** Product names, the same in every language. */
const FORMAT_NAMES: Record<ExportFormat, string> = {
  docx: 'Word',
  xlsx: 'Excel',
  pdf: 'PDF',
  png: 'PNG',
  svg: 'SVG',
};

/**
 * The document types for `koers help export`, grouped by format in the registry's order and
 * wrapped like the rest of the help, so a new type needs no edit of the help text.
 */
export function exportTypesHelp(width = 92, indent = 'Soorten: '.length): string {
  const groups = new Map<ExportFormat, string[]>();
  for (const type of EXPORT_TYPES) {
    const format = EXPORT_TYPE_TABLE[type].format;
    groups.set(format, [...(groups.get(format) ?? []), type]);
  }
  const words = [...groups].flatMap(([format, types], g) =>
    types.map((type, i) =>
      i < types.length - 1
        ? `${type},`
        : `${type} (${FORMAT_NAMES[format]})${g < groups.size - 1 ? ';' : ''}`,
    ),
  );
  const lines: string[] = [];
  let line = '';
  let room = width - indent;
  for (const word of words.flatMap((w) => w.split(' '))) {
    if (line !== '' && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
      room = width;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}
const EXPORT_TYPES_HELP = exportTypesHelp();

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
