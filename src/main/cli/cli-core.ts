import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Language } from '../../shared/domain/common.js';
import { createCore } from '../core/create-core.js';
import type { Core } from '../core/core-types.js';

/**
 * Runs a task on a core whose workspace is `workspaceDir`. Its data folder (app index, recent
 * list) is $KOERS_DATA_DIR when set, else a temporary folder removed afterwards: files an
 * archivist or a script makes must not appear in the desktop app's recent list.
 */
export async function withCliCore<T>(
  env: Record<string, string | undefined>,
  language: Language,
  workspaceDir: string,
  task: (core: Core) => Promise<T>,
): Promise<T> {
  const chosen = env['KOERS_DATA_DIR']?.trim();
  const dataDir = chosen
    ? path.resolve(chosen)
    : fs.mkdtempSync(path.join(os.tmpdir(), 'koers-cli-'));
  try {
    const core = await createCore({ dataDir, workspaceDir, shell: 'cli' });
    try {
      // The throwaway index may take the CLI's language, so the core's messages match ours.
      // A real data folder keeps the user's own preference untouched.
      if (!chosen) await core.call('preferences:update', { language });
      return await task(core);
    } finally {
      await core.dispose();
    }
  } finally {
    if (!chosen) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
