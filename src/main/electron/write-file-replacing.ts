import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes beside the target and renames: the target is either the old file or the whole new
 * one, so a full disk or a crash never leaves half a document under the name the user chose.
 */
export async function writeFileReplacing(target: string, bytes: Uint8Array): Promise<void> {
  const partial = join(dirname(target), `.${basename(target)}.${randomUUID()}.part`);
  const handle = await open(partial, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      // Windows cannot rename a file that is still open.
      await handle.close();
    }
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
