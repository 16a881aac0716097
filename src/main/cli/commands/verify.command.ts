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
  | {
      path: string;
      ok: false;
      code: ErrorCode | 'NO_KOERS_FILES' | 'UNREADABLE_ENTRY';
      message: string;
    };

/** A folder entry to check, or one that could not even be looked at (and why). */
type Found = { path: string } | { path: string; unreadable: string };

const isKoersName = (name: string) => name.toLowerCase().endsWith(ENGAGEMENT_FILE_EXTENSION);

const errorCode = (error: unknown) =>
  typeof error === 'object' && error && 'code' in error ? String(error.code) : 'UNKNOWN';

/**
 * The .koers files in a folder, sorted so the report reads the same every run. Symbolic links
 * to folders are not followed (an archive may contain loops); links to files are checked. An
 * entry that cannot be looked at (a link pointing at itself, a folder without read permission)
 * is listed with the reason, so one bad entry never hides the rest of the report.
 */
function koersFilesIn(dir: string, recursive: boolean): Found[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    return [{ path: dir, unreadable: errorCode(error) }];
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const found: Found[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (recursive) found.push(...koersFilesIn(full, true));
    } else if (isKoersName(entry.name)) {
      if (entry.isFile()) {
        found.push({ path: full });
      } else if (entry.isSymbolicLink()) {
        try {
          const target = fs.statSync(full, { throwIfNoEntry: false });
          if (target?.isFile()) found.push({ path: full });
          else if (!target) found.push({ path: full, unreadable: 'ENOENT' });
        } catch (error) {
          found.push({ path: full, unreadable: errorCode(error) });
        }
      }
    }
  }
  return found;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    // A link loop or an unreadable parent: not a folder; checking it as a file says why.
    return false;
  }
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
    for (const found of files) {
      if (!('unreadable' in found)) check(found.path);
      else
        outcomes.push({
          path: found.path,
          ok: false,
          code: 'UNREADABLE_ENTRY',
          message:
            found.unreadable === 'ELOOP'
              ? t('verify.linkLoop')
              : t('verify.unreadableEntry', { reason: found.unreadable }),
        });
    }
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
