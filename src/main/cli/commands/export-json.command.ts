import path from 'node:path';
import { flagOption, stringOption } from '../cli-args.js';
import { withCliCore } from '../cli-core.js';
import { EXIT_FAILED, EXIT_OK, type CommandContext } from '../cli-context.js';
import { isDirectory, replaceFile } from '../write-file.js';
import { printable } from '../printable.js';

/** SOURCE_DATE_EPOCH, the reproducible-builds convention: a fixed exportedAt for equal bytes. */
function exportedAtFrom(env: Record<string, string | undefined>): string | undefined | null {
  const raw = env['SOURCE_DATE_EPOCH']?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,12}$/.test(raw)) return null;
  return new Date(Number(raw) * 1000).toISOString();
}

export async function exportJsonCommand(ctx: CommandContext): Promise<number> {
  const { t, positionals } = ctx;
  if (positionals.length === 0) return ctx.usageError(t('missingFile'));
  if (positionals.length > 1) return ctx.usageError(t('tooManyArguments'));
  const exportedAt = exportedAtFrom(ctx.env);
  if (exportedAt === null) return ctx.usageError(t('export.badEpoch'));
  const out = stringOption(ctx.values, 'out');
  const outPath = out === undefined ? undefined : path.resolve(out);
  if (outPath && !isDirectory(path.dirname(outPath))) {
    ctx.io.stderr(t('folderMissing', { dir: path.dirname(outPath) }));
    return EXIT_FAILED;
  }
  const filePath = path.resolve(positionals[0]!);
  const result = await withCliCore(ctx.env, ctx.language, path.dirname(filePath), async (core) => {
    const opened = await core.openPath(filePath);
    if (!opened.ok) return opened;
    return core.exportInterchange(opened.value.engagementId, {
      withAttachments: flagOption(ctx.values, 'with-attachments'),
      ...(exportedAt ? { exportedAt } : {}),
    });
  });
  if (!result.ok) {
    ctx.io.stderr(printable(result.error.message));
    return EXIT_FAILED;
  }
  if (outPath) {
    replaceFile(outPath, result.value);
    ctx.io.stdout(printable(outPath));
  } else {
    // The text ends in a newline and stdout() adds one per line.
    ctx.io.stdout(result.value.slice(0, -1));
  }
  return EXIT_OK;
}
