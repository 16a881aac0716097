import fs from 'node:fs';
import path from 'node:path';
import { stringOption, stringsOption } from '../cli-args.js';
import { withCliCore } from '../cli-core.js';
import { EXIT_FAILED, EXIT_OK, type CommandContext } from '../cli-context.js';
import { printable } from '../printable.js';

/** Which option to look at when the contract's schema refuses a field. */
const OPTION_FOR_FIELD: Record<string, string> = {
  'fields.clientName': '--client',
  'fields.title': '--title',
  'fields.language': '--language',
  'fields.startDate': '--start',
  'fields.consultants': '--consultant',
};

function optionFor(fieldPath: string | undefined): string | undefined {
  if (!fieldPath) return undefined;
  const key = Object.keys(OPTION_FOR_FIELD).find(
    (k) => fieldPath === k || fieldPath.startsWith(`${k}.`),
  );
  return key ? OPTION_FOR_FIELD[key] : undefined;
}

export async function newCommand(ctx: CommandContext): Promise<number> {
  const { t, values, positionals } = ctx;
  if (positionals.length === 0) return ctx.usageError(t('missingFile'));
  if (positionals.length > 1) return ctx.usageError(t('tooManyArguments'));
  const clientName = stringOption(values, 'client');
  const title = stringOption(values, 'title');
  if (clientName === undefined) return ctx.usageError(t('missingOption', { option: '--client' }));
  if (title === undefined) return ctx.usageError(t('missingOption', { option: '--title' }));

  const target = path.resolve(positionals[0]!);
  const dir = path.dirname(target);
  // Like a word processor, `new` does not invent folders: a typo in the path should not
  // quietly create a tree somewhere.
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    ctx.io.stderr(t('folderMissing', { dir }));
    return EXIT_FAILED;
  }

  const start = stringOption(values, 'start');
  const consultants = stringsOption(values, 'consultant');
  // Built from the command line as it stands, unchecked: the core parses it with the
  // contract's schema, so `--language fr` or `--start morgen` get the same refusal as in the app.
  const input = {
    fields: {
      clientName,
      title,
      language: stringOption(values, 'language') ?? 'nl',
      ...(start !== undefined ? { startDate: start } : {}),
      ...(consultants.length > 0 ? { consultants } : {}),
    },
    fileName: path.basename(target),
  };
  const result = await withCliCore(ctx.env, ctx.language, dir, (core) =>
    core.call('engagement:create', input),
  );
  if (!result.ok) {
    ctx.io.stderr(printable(result.error.message));
    const option = result.error.code === 'INVALID_INPUT' ? optionFor(result.error.path) : undefined;
    // A date is the one value whose form is not obvious (15-01-2026 is how it is written here).
    if (option === '--start') ctx.io.stderr(t('checkDate', { option }));
    else if (option) ctx.io.stderr(t('checkOption', { option }));
    return EXIT_FAILED;
  }
  ctx.io.stdout(printable(result.value.displayPath));
  return EXIT_OK;
}
