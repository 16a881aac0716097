import path from 'node:path';
import { ENGAGEMENT_FILE_EXTENSION } from '../../store/file-format.js';
import { withCliCore } from '../cli-core.js';
import { EXIT_FAILED, EXIT_OK, type CommandContext } from '../cli-context.js';
import { isDirectory } from '../write-file.js';
import { printable } from '../printable.js';

export async function importJsonCommand(ctx: CommandContext): Promise<number> {
  const { t, positionals } = ctx;
  if (positionals.length < 2) return ctx.usageError(t('missingFile'));
  if (positionals.length > 2) return ctx.usageError(t('tooManyArguments'));
  const jsonPath = path.resolve(positionals[0]!);
  let target = path.resolve(positionals[1]!);
  if (!target.toLowerCase().endsWith(ENGAGEMENT_FILE_EXTENSION))
    target += ENGAGEMENT_FILE_EXTENSION;
  // Like `new`: a typo in the path should not quietly create a tree of folders.
  const dir = path.dirname(target);
  if (!isDirectory(dir)) {
    ctx.io.stderr(t('folderMissing', { dir }));
    return EXIT_FAILED;
  }
  const result = await withCliCore(ctx.env, ctx.language, dir, (core) =>
    core.importInterchange(jsonPath, target),
  );
  if (!result.ok) {
    ctx.io.stderr(printable(result.error.message));
    return EXIT_FAILED;
  }
  ctx.io.stdout(printable(result.value.displayPath));
  return EXIT_OK;
}
