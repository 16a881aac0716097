import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../../core/core-types.js';
import { withCliCore } from '../cli-core.js';
import { EXIT_FAILED, EXIT_OK, type CommandContext } from '../cli-context.js';
import { printable } from '../printable.js';

// Bulk import for the forty PDFs a municipality hands over at once. Each file goes the way a
// file picked in the desktop app's dialog goes (stagePath, then document:add), so its text is
// read, its kind suggested and its hash stored exactly as there.

/** The kinds whose text Koers reads; other files are skipped with a message. */
const SUPPORTED = ['.pdf', '.docx', '.txt', '.md'];
const isSupported = (p: string) => SUPPORTED.includes(path.extname(p).toLowerCase());

type Planned = { file: string } | { skipped: string } | { missing: string };

/** The files to add, in argument order; a folder's own files (not its subfolders) sorted. */
function plan(args: string[]): Planned[] {
  const planned: Planned[] = [];
  for (const arg of args) {
    const full = path.resolve(arg);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(full, { throwIfNoEntry: false });
    } catch {
      stat = undefined;
    }
    if (!stat) {
      planned.push({ missing: full });
    } else if (stat.isDirectory()) {
      let names: string[];
      try {
        names = fs.readdirSync(full).sort((a, b) => a.localeCompare(b));
      } catch {
        planned.push({ missing: full });
        continue;
      }
      for (const name of names) {
        const file = path.join(full, name);
        let isFile = false;
        try {
          isFile = fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
        } catch {
          isFile = false;
        }
        if (!isFile) continue;
        planned.push(isSupported(name) ? { file } : { skipped: file });
      }
    } else {
      planned.push(isSupported(full) ? { file: full } : { skipped: full });
    }
  }
  return planned;
}

async function addOne(core: Core, engagementId: string, file: string) {
  const staged = await core.stagePath(file);
  if (!staged.ok) return staged;
  return core.call('document:add', { engagementId, uploadId: staged.value.uploadId, fields: {} });
}

export async function addDocumentsCommand(ctx: CommandContext): Promise<number> {
  const { t, positionals } = ctx;
  if (positionals.length === 0) return ctx.usageError(t('missingFile'));
  if (positionals.length === 1) return ctx.usageError(t('addDocuments.missingPath'));
  const filePath = path.resolve(positionals[0]!);
  const planned = plan(positionals.slice(1));

  return withCliCore(ctx.env, ctx.language, path.dirname(filePath), async (core) => {
    const opened = await core.openPath(filePath);
    if (!opened.ok) {
      ctx.io.stderr(printable(opened.error.message));
      return EXIT_FAILED;
    }
    let added = 0;
    let failed = 0;
    let skipped = 0;
    for (const item of planned) {
      if ('skipped' in item) {
        skipped++;
        ctx.io.stderr(
          t('addDocuments.skipped', { path: item.skipped, supported: SUPPORTED.join(', ') }),
        );
        continue;
      }
      if ('missing' in item) {
        failed++;
        ctx.io.stderr(t('addDocuments.missing', { path: item.missing }));
        continue;
      }
      const result = await addOne(core, opened.value.engagementId, item.file);
      if (!result.ok) {
        failed++;
        ctx.io.stderr(t('addDocuments.failed', { path: item.file, message: result.error.message }));
        continue;
      }
      added++;
      const doc = result.value;
      ctx.io.stdout(
        t('addDocuments.added', {
          title: doc.title,
          status: t(`addDocuments.status.${doc.textStatus}`, { count: doc.pageCount ?? 0 }),
        }),
      );
    }
    ctx.io.stdout(t('addDocuments.summary', { count: added }));
    if (skipped > 0) ctx.io.stdout(t('addDocuments.summarySkipped', { count: skipped }));
    if (failed > 0) ctx.io.stdout(t('addDocuments.summaryFailed', { count: failed }));
    return failed === 0 ? EXIT_OK : EXIT_FAILED;
  });
}
