import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

// Output files of the export commands are written whole under a temporary name in the target
// folder first, so a crash or a full disk never leaves half a document under the real name.

function tempBeside(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`);
}

/** Writes `target`, replacing what is there (what `> out.json` would do, but atomically). */
export function replaceFile(target: string, data: string | Uint8Array): void {
  const temp = tempBeside(target);
  try {
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, target);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

const code = (error: unknown) =>
  typeof error === 'object' && error && 'code' in error ? String(error.code) : '';

/** Places `data` at `dir/name` or, when that is taken, `dir/name (2)`, … ; returns the path. */
export function writeNewFile(dir: string, name: string, data: Uint8Array): string {
  const ext = path.extname(name);
  const base = name.slice(0, name.length - ext.length);
  const temp = tempBeside(path.join(dir, name));
  fs.writeFileSync(temp, data);
  try {
    for (let n = 1; ; n++) {
      const target = path.join(dir, n === 1 ? name : `${base} (${n})${ext}`);
      try {
        fs.linkSync(temp, target);
        return target;
      } catch (error) {
        if (code(error) === 'EEXIST') continue;
        // No hard links on this volume (FAT, some shares): an exclusive copy does the same.
        if (!['EPERM', 'ENOTSUP', 'EXDEV'].includes(code(error))) throw error;
        try {
          fs.copyFileSync(temp, target, fs.constants.COPYFILE_EXCL);
          return target;
        } catch (copyError) {
          if (code(copyError) !== 'EEXIST') throw copyError;
        }
      }
    }
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

export function isDirectory(p: string): boolean {
  return fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
