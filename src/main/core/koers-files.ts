import type { Kysely } from 'kysely';
import {
  createEngagementFile,
  openEngagementFile,
  type FileFingerprint,
} from '../store/engagement-file.js';
import { MIGRATIONS, type Database, type KoersFile } from '../domains/schema.js';
import type { CoreContext } from './core-context.js';

// The store is generic; this is where the core hands it Koers's own schema (every area's
// migrations) and the machine's options (native binding, backup folder).

const storeOptions = (ctx: CoreContext) => ({
  backupDir: ctx.backupDir,
  migrations: MIGRATIONS,
  ...(ctx.options.nativeBinding ? { nativeBinding: ctx.options.nativeBinding } : {}),
});

export const openKoersFile = (
  ctx: CoreContext,
  filePath: string,
  trusted?: FileFingerprint,
): Promise<KoersFile> =>
  openEngagementFile<Database>(filePath, { ...storeOptions(ctx), ...(trusted ? { trusted } : {}) });

export const createKoersFile = (
  ctx: CoreContext,
  filePath: string,
  initialise: (db: Kysely<Database>) => Promise<void>,
): Promise<KoersFile> => createEngagementFile<Database>(filePath, storeOptions(ctx), initialise);
