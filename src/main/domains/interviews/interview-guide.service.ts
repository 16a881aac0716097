import type { Kysely } from 'kysely';
import type { Language } from '../../../shared/domain/common.js';
import {
  interviewGuideFileSchema,
  localize,
  type GuideQuestion,
} from '../../../shared/domain/method.js';
import type { Database } from '../schema.js';
import { findEngagement } from '../engagement/engagement.repository.js';
import { readMethodPart, writeMethodPart } from '../engagement/method.repository.js';
import type { CoreContext } from '../../core/core-context.js';
import { KoersError } from '../../base/koers-error.js';

/**
 * The guide as copied into this engagement. Files made before interviews existed (schema v1)
 * have no copy yet: they get today's guide on first use, and keep that copy from then on.
 */
export async function engagementGuide(
  ctx: CoreContext,
  db: Kysely<Database>,
): Promise<GuideQuestion[]> {
  let stored = await readMethodPart(db, 'interviewGuide');
  if (stored === undefined) {
    stored = ctx.method.interviewGuide;
    await writeMethodPart(db, 'interviewGuide', stored, ctx.now());
  }
  const parsed = interviewGuideFileSchema.safeParse(stored);
  if (!parsed.success) throw new KoersError('FILE_CORRUPT', { fileName: 'method_snapshot' });
  const engagement = await findEngagement(db);
  const language = (engagement?.language ?? 'nl') as Language;
  return parsed.data.questions.map((q) => ({
    id: q.id,
    section: localize(q.section, language),
    text: localize(q.text, language),
    probes: q.probes.map((p) => localize(p, language)),
  }));
}
