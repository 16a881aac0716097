import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Language } from '../../shared/domain/common.js';
import {
  cliTranslator,
  isCommandName,
  type CliTranslate,
  type CommandName,
} from './cli-messages.js';
import { printable } from './printable.js';

// Two passes over argv with Node's own parser (no dependency): a lenient one that finds the
// command and the output language wherever they stand, then a strict one with exactly the
// options of that command, so `koers info --recursive` is refused instead of ignored.

type Options = NonNullable<ParseArgsConfig['options']>;

const GLOBAL_OPTIONS = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies Options;

const COMMAND_OPTIONS = {
  new: {
    client: { type: 'string' },
    title: { type: 'string' },
    language: { type: 'string' },
    start: { type: 'string' },
    consultant: { type: 'string', multiple: true },
  },
  demo: {},
  info: { json: { type: 'boolean' } },
  verify: { recursive: { type: 'boolean' }, json: { type: 'boolean' } },
  export: {
    type: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    names: { type: 'boolean' },
    confidential: { type: 'boolean' },
    interview: { type: 'string' },
    'all-interviews': { type: 'boolean' },
    assessment: { type: 'string' },
  },
  'export-json': { 'with-attachments': { type: 'boolean' }, out: { type: 'string' } },
  'import-json': {},
  'add-documents': {},
  search: { json: { type: 'boolean' } },
  help: {},
} satisfies Record<CommandName, Options>;

const ALL_OPTIONS: Options = Object.assign({}, GLOBAL_OPTIONS, ...Object.values(COMMAND_OPTIONS));

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export type ParsedCli =
  | { kind: 'usage-error'; language: Language; lines: string[]; help: string }
  | { kind: 'help'; language: Language; text: string }
  | {
      kind: 'command';
      language: Language;
      command: Exclude<CommandName, 'help'>;
      positionals: string[];
      values: OptionValues;
    };

/** KOERS_LANG may be a locale such as "en_GB.UTF-8"; anything not English means Dutch. */
function languageFromEnv(value: string | undefined): Language {
  return value?.trim().toLowerCase().startsWith('en') ? 'en' : 'nl';
}

function describeParseError(error: unknown, t: CliTranslate): string {
  const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return t('unknownOption', { option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return message.includes('argument missing')
      ? t('optionNeedsValue', { option })
      : t('optionTakesNoValue', { option });
  }
  return printable(message);
}

export function parseCli(argv: string[], env: Record<string, string | undefined>): ParsedCli {
  const lenient = parseArgs({
    args: argv,
    options: ALL_OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const rawLang: unknown = lenient.values['lang'];
  let language = languageFromEnv(env['KOERS_LANG']);
  if (typeof rawLang === 'string') {
    if (rawLang !== 'nl' && rawLang !== 'en') {
      const t = cliTranslator(language);
      return {
        kind: 'usage-error',
        language,
        lines: [t('badLanguage', { value: rawLang })],
        help: t('usage'),
      };
    }
    language = rawLang;
  }
  const t = cliTranslator(language);
  const commandToken = lenient.tokens.find((t) => t.kind === 'positional');
  const wantsHelp = lenient.values['help'] === true;

  if (!commandToken) {
    return wantsHelp
      ? { kind: 'help', language, text: t('usage') }
      : { kind: 'usage-error', language, lines: [t('noCommand')], help: t('usage') };
  }
  const command = commandToken.value;
  if (!isCommandName(command)) {
    return {
      kind: 'usage-error',
      language,
      lines: [t('unknownCommand', { name: command })],
      help: t('usage'),
    };
  }
  if (wantsHelp) return { kind: 'help', language, text: t(`help.${command}`) };

  const rest = argv.filter((_, i) => i !== commandToken.index);
  // Widened on purpose: commands read their values through the typed accessors below.
  const options: Options = { ...GLOBAL_OPTIONS, ...COMMAND_OPTIONS[command] };
  let strict;
  try {
    strict = parseArgs({
      args: rest,
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return {
      kind: 'usage-error',
      language,
      lines: [describeParseError(error, t)],
      help: t(`help.${command}`),
    };
  }

  if (command === 'help') {
    const topic = strict.positionals[0];
    if (strict.positionals.length > 1) {
      return {
        kind: 'usage-error',
        language,
        lines: [t('tooManyArguments')],
        help: t('help.help'),
      };
    }
    if (topic === undefined) return { kind: 'help', language, text: t('usage') };
    if (!isCommandName(topic)) {
      return {
        kind: 'usage-error',
        language,
        lines: [t('unknownCommand', { name: topic })],
        help: t('usage'),
      };
    }
    return { kind: 'help', language, text: t(`help.${topic}`) };
  }
  return {
    kind: 'command',
    language,
    command,
    positionals: strict.positionals,
    values: strict.values,
  };
}

export const stringOption = (values: OptionValues, name: string): string | undefined => {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
};

export const stringsOption = (values: OptionValues, name: string): string[] => {
  const v = values[name];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
};

export const flagOption = (values: OptionValues, name: string): boolean => values[name] === true;
