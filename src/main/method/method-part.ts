import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Method } from '../../shared/domain/method.js';
import { KoersError } from '../base/koers-error.js';
import type { CoreContext } from '../core/core-context.js';
import { readMethodPart, writeMethodPart } from '../domains/engagement/method.repository.js';
import type { Database } from '../domains/schema.js';

/**
 * A part of the method that a domain area brings (the session types, the stakeholder tools'
 * values, the vision's word list …): one JSON file in resources/method, its schema and the checks
 * beyond the schema. The area lists it in its descriptor (`method`), so loadMethod reads and
 * validates it with the rest and a new engagement copies it, without either knowing the area.
 */
export interface MethodPart<T> {
  /** The key of the engagement's copy (method_snapshot.part) and in LoadedMethod.parts. */
  readonly key: string;
  /** The file in resources/method. */
  readonly file: string;
  readonly schema: z.ZodType<T>;
  /** Checks the schema cannot express (unique ids, references); throws MethodLoadError. */
  check?(value: T): void;
  /**
   * Checks against the method's base files (a theme of themes.json …), which `check` does not
   * see; loadMethod runs it once the base is loaded and valid. Throws MethodLoadError.
   */
  checkWithBase?(value: T, base: Method): void;
}

export const methodPart = <T>(part: MethodPart<T>): MethodPart<T> => part;

/** Today's copy of a part, as loaded at start-up. */
export function currentMethodPart<T>(ctx: Pick<CoreContext, 'method'>, part: MethodPart<T>): T {
  if (!Object.hasOwn(ctx.method.parts, part.key))
    throw new Error(
      `method part ${part.key} is not loaded: is it listed in its area's descriptor?`,
    );
  return ctx.method.parts[part.key] as T;
}

/**
 * The part as copied into this engagement. A file made before the area existed has no copy yet:
 * it gets today's on first use and keeps that copy, so later edits of the method do not change
 * an engagement under way.
 */
export async function engagementMethodPart<T>(
  ctx: CoreContext,
  db: Kysely<Database>,
  part: MethodPart<T>,
): Promise<T> {
  let stored = await readMethodPart(db, part.key);
  if (stored === undefined) {
    stored = currentMethodPart(ctx, part);
    await writeMethodPart(db, part.key, stored, ctx.now());
  }
  const parsed = part.schema.safeParse(stored);
  if (!parsed.success) throw new KoersError('FILE_CORRUPT', { fileName: 'method_snapshot' });
  return parsed.data;
}
