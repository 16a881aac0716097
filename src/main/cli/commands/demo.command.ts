import path from 'node:path';
import { withCliCore } from '../cli-core.js';
import { EXIT_FAILED, EXIT_OK, type CommandContext } from '../cli-context.js';
import { printable } from '../printable.js';

export async function demoCommand(ctx: CommandContext): Promise<number> {
  if (ctx.positionals.length > 1) return ctx.usageError(ctx.t('tooManyArguments'));
  const dir = path.resolve(ctx.positionals[0] ?? '.');
  const result = await withCliCore(ctx.env, ctx.language, dir, (core) =>
    core.call('demo:create', {}),
  );
  if (!result.ok) {
    ctx.io.stderr(printable(result.error.message));
    return EXIT_FAILED;
  }
  ctx.io.stdout(printable(result.value.displayPath));
  return EXIT_OK;
}
