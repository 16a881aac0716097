import type { Language } from '../../shared/domain/common.js';
import type { OptionValues } from './cli-args.js';
import type { CliTranslate } from './cli-messages.js';

/** Where the CLI writes. Tests pass arrays; the real entry point passes process streams. */
export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  /** Defaults to process.env. */
  env?: Record<string, string | undefined>;
}

export interface CommandContext {
  io: CliIo;
  env: Record<string, string | undefined>;
  language: Language;
  /** The CLI's words in `language` (namespace "cli"). */
  t: CliTranslate;
  positionals: string[];
  values: OptionValues;
  /** Prints the problem and the command's help on stderr; returns exit code 2. */
  usageError(line: string): number;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
