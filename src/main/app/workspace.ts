import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { WorkspaceFile } from '../../shared/domain/app.js';
import { KoersError } from '../base/koers-error.js';
import { ENGAGEMENT_FILE_EXTENSION } from '../store/file-format.js';

// The workspace folder is where engagement files live unless the user picks another place
// through a native dialog. Names arriving from the renderer are plain file names inside it:
// anything that could climb out of the folder is refused, not cleaned up.

// Windows-forbidden characters, control characters and path separators.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

export const defaultWorkspaceDir = (): string => path.join(os.homedir(), 'Documents', 'Koers');

/** Returns the file name with the .koers extension, or throws FILE_NAME_INVALID. */
export function normaliseFileName(input: string): string {
  const trimmed = input.trim();
  const withExt = trimmed.toLowerCase().endsWith(ENGAGEMENT_FILE_EXTENSION)
    ? trimmed
    : `${trimmed}${ENGAGEMENT_FILE_EXTENSION}`;
  const stem = withExt.slice(0, -ENGAGEMENT_FILE_EXTENSION.length);
  if (
    stem.length === 0 ||
    withExt.length > 200 ||
    FORBIDDEN.test(withExt) ||
    stem.startsWith('.') ||
    stem.endsWith('.') ||
    stem.endsWith(' ') ||
    WINDOWS_RESERVED.test(stem)
  ) {
    throw new KoersError('FILE_NAME_INVALID', { fileName: input.slice(0, 200) });
  }
  return withExt;
}

/** A file name proposed from a title: "Visie datagedreven werken: Dijkhaven" → usable name. */
export function fileNameFromTitle(title: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(new RegExp(FORBIDDEN.source, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 120)
    .trim();
  return normaliseFileName(cleaned.length > 0 ? cleaned : 'Traject');
}

/** "Naam.koers", "Naam (2).koers", … the first that does not exist yet. */
export function uniqueFileName(dir: string, fileName: string): string {
  const stem = fileName.slice(0, -ENGAGEMENT_FILE_EXTENSION.length);
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? fileName : `${stem} (${n})${ENGAGEMENT_FILE_EXTENSION}`;
    if (!fs.existsSync(path.join(dir, candidate))) return candidate;
  }
  throw new KoersError('FILE_EXISTS', { fileName });
}

export function resolveInWorkspace(dir: string, fileName: string): string {
  const name = normaliseFileName(fileName);
  const full = path.resolve(dir, name);
  // normaliseFileName already refuses separators; this is the belt to those braces.
  if (path.dirname(full) !== path.resolve(dir)) {
    throw new KoersError('FILE_NAME_INVALID', { fileName });
  }
  return full;
}

export function listWorkspace(dir: string): WorkspaceFile[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter(
      (e) =>
        e.isFile() &&
        !e.name.startsWith('.') &&
        e.name.toLowerCase().endsWith(ENGAGEMENT_FILE_EXTENSION),
    )
    .map((e) => {
      const stat = fs.statSync(path.join(dir, e.name));
      return { fileName: e.name, sizeBytes: stat.size, modifiedAt: stat.mtime.toISOString() };
    })
    .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
}
