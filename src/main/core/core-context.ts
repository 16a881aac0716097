import type { Language } from '../../shared/domain/common.js';
import type { AppIndex } from '../app/app-index.js';
import type { CoreOptions } from './core-types.js';
import type { OpenEngagements } from './open-engagements.js';
import type { UploadStaging } from './uploads.js';
import type { DomainArea } from '../domains/domain-area.js';
import type { LoadedMethod } from '../method/load-method.js';
import type { UndoStash } from './undo-stash.js';

/** What every handler may use. Built once by createCore. */
export interface CoreContext {
  readonly options: CoreOptions;
  readonly appIndex: AppIndex;
  /** Today's method: the base and each area's part (copied into an engagement when it is made). */
  readonly method: LoadedMethod;
  readonly open: OpenEngagements;
  readonly uploads: UploadStaging;
  /** What recent deletes removed, for "Ongedaan maken". */
  readonly undo: UndoStash;
  readonly workspaceDir: string;
  readonly backupDir: string;
  /** The UI language (preferences): the language of error messages. */
  language(): Language;
  readonly appVersion: string;
  /** The domain areas (src/main/domains/index.ts): for what runs over all of them. */
  readonly areas: readonly DomainArea[];
  now(): string;
}
