import path from 'node:path';
import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchHit } from '../../../shared/domain/search.js';
import { flagOption } from '../cli-args.js';
import { withCliCore } from '../cli-core.js';
import { EXIT_FAILED, EXIT_OK, type CommandContext } from '../cli-context.js';
import { printable } from '../printable.js';

/** How many hits a terminal can take in; the app's own search shows the same number. */
const LIMIT = 50;

/**
 * The core marks matches with two control characters; on a terminal they become *…*. Line
 * breaks inside a snippet are the page's layout, not the words: one space keeps a hit on one line.
 */
const plainSnippet = (snippet: string) =>
  snippet
    .split(HIGHLIGHT_START)
    .join('*')
    .split(HIGHLIGHT_END)
    .join('*')
    .replace(/\s+/g, ' ')
    .trim();

export async function searchCommand(ctx: CommandContext): Promise<number> {
  const { t, positionals } = ctx;
  if (positionals.length === 0) return ctx.usageError(t('missingFile'));
  if (positionals.length === 1) return ctx.usageError(t('search.missingQuery'));
  if (positionals.length > 2) return ctx.usageError(t('tooManyArguments'));
  const json = flagOption(ctx.values, 'json');
  const filePath = path.resolve(positionals[0]!);
  const query = positionals[1]!;

  const result = await withCliCore(ctx.env, ctx.language, path.dirname(filePath), async (core) => {
    const opened = await core.openPath(filePath);
    if (!opened.ok) return opened;
    return core.call('search:query', {
      engagementId: opened.value.engagementId,
      query,
      limit: LIMIT,
    });
  });
  if (!result.ok) {
    ctx.io.stderr(printable(result.error.message));
    return EXIT_FAILED;
  }
  const hits: SearchHit[] = result.value.map((hit) => ({
    ...hit,
    snippet: plainSnippet(hit.snippet),
  }));
  if (json) {
    ctx.io.stdout(JSON.stringify(hits, null, 2));
    return EXIT_OK;
  }
  for (const hit of hits) {
    const where = hit.parentTitle ? `${hit.title} (${hit.parentTitle})` : hit.title;
    ctx.io.stdout(
      hit.page === undefined
        ? t('search.hit', {
            kind: t(`search.kind.${hit.kind}`),
            title: where,
            snippet: hit.snippet,
          })
        : t('search.hitOnPage', {
            kind: t(`search.kind.${hit.kind}`),
            title: where,
            page: hit.page,
            snippet: hit.snippet,
          }),
    );
  }
  ctx.io.stdout(t('search.count', { count: hits.length }));
  return EXIT_OK;
}
