import fs from 'node:fs';
import path from 'node:path';
import type { ErrorCode } from '../../../shared/result.js';
import { ENGAGEMENT_FILE_EXTENSION } from '../../store/file-format.js';
import { SCHEMA_VERSION } from '../../domains/schema.js';
import { inspectEngagementFile } from '../../store/inspect-file.js';
import { flagOption } from '../cli-args.js';
import { describeFailure } from '../cli-errors.js';
import { EXIT_FAILED, EXIT_OK, type CommandContext } from '../cli-context.js';

type Outcome =
  | { path: string; ok: true; schemaVersion: number; stakeholders: number }
  | { path: string; ok: false; code: ErrorCode | 'NO_KOERS_FILES'; message: string };

const isKoersName = (name: string) => name.toLowerCase().endsWith(ENGAGEMENT_FILE_EXTENSION);

/**
 * The .koers files in a folder, sorted so the report reads the same every run. Symbolic links
 * to folders are not followed (an archive may contain loops); links to files are checked.
 */
function koersFilesIn(dir: string, recursive: boolean): string[] {
  const found: string[] = [];
  const entries = fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (recursive) found.push(...koersFilesIn(full, true));
    } else if (isKoersName(entry.name)) {
      if (
        entry.isFile() ||
        (entry.isSymbolicLink() && fs.statSync(full, { throwIfNoEntry: false })?.isFile())
      ) {
        found.push(full);
      }
    }
  }
  return found;
}

function isDirectory(p: string): boolean {
  return fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

export async function verifyCommand(ctx: CommandContext): Promise<number> {
  const { t, positionals, language } = ctx;
  if (positionals.length === 0) return ctx.usageError(t('missingFile'));
  const recursive = flagOption(ctx.values, 'recursive');
  const json = flagOption(ctx.values, 'json');

  const outcomes: Outcome[] = [];
  const check = (shown: string) => {
    try {
      const report = inspectEngagementFile(path.resolve(shown), SCHEMA_VERSION);
      outcomes.push({
        path: shown,
        ok: true,
        schemaVersion: report.schemaVersion,
        stakeholders: report.stakeholders.total,
      });
    } catch (error) {
      outcomes.push({ path: shown, ok: false, ...describeFailure(error, language) });
    }
  };

  for (const arg of positionals) {
    if (!isDirectory(arg)) {
      check(arg);
      continue;
    }
    const files = koersFilesIn(arg, recursive);
    // Nothing checked is not the same as everything healthy: a script must notice.
    if (files.length === 0) {
      outcomes.push({
        path: arg,
        ok: false,
        code: 'NO_KOERS_FILES',
        message: t('verify.emptyFolder'),
      });
    }
    files.forEach(check);
  }

  const bad = outcomes.filter((o) => !o.ok).length;
  if (json) {
    ctx.io.stdout(JSON.stringify(outcomes, null, 2));
  } else {
    for (const o of outcomes) {
      ctx.io.stdout(
        o.ok
          ? t('verify.ok', { path: o.path, version: o.schemaVersion, count: o.stakeholders })
          : t('verify.failed', { path: o.path, message: o.message }),
      );
    }
    const files = outcomes.filter((o) => o.ok || o.code !== 'NO_KOERS_FILES');
    const unhealthy = files.filter((o) => !o.ok).length;
    if (files.length > 1)
      ctx.io.stdout(
        unhealthy === 0
          ? t('verify.allHealthy', { count: files.length })
          : t('verify.someUnhealthy', { count: files.length, bad: unhealthy }),
      );
  }
  return bad === 0 ? EXIT_OK : EXIT_FAILED;
}
