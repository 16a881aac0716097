import { describe, expect, it } from 'vitest';
import { KoersError } from '../base/koers-error.js';
import type { CoreContext } from '../core/core-context.js';
import { domainArea } from './domain-area.js';
import { areaHandlers, DOMAIN_AREAS } from './index.js';

// An area may guard another area's operations (README, "Adding a domain area"): the guard runs
// before the handler and a KoersError it throws refuses the call; the handler never runs.

const ctx = {} as CoreContext;
const ENGAGEMENT = '11111111-1111-4111-8111-111111111111';

function areas(guard: (input: { engagementId: string }) => Promise<void>) {
  const calls: string[] = [];
  const guarded = domainArea({
    name: 'guarded',
    handlers: () => ({
      'vision:setPoster': async () => {
        calls.push('handler');
        return { title: 'ok', layout: 'kern', format: 'A3' } as never;
      },
    }),
  });
  const guarding = domainArea({
    name: 'guarding',
    handlers: () => ({}),
    guards: () => ({
      'vision:setPoster': async (input) => {
        calls.push('guard');
        await guard(input);
      },
    }),
  });
  return { calls, list: [guarded, guarding] };
}

describe('area guards', () => {
  it('runs the guard before the handler and lets the call through when it passes', async () => {
    const { calls, list } = areas(async () => {});
    const handlers = areaHandlers(ctx, list);
    const answer = await handlers['vision:setPoster']({ engagementId: ENGAGEMENT, fields: {} });
    expect(answer).toEqual({ title: 'ok', layout: 'kern', format: 'A3' });
    expect(calls).toEqual(['guard', 'handler']);
  });

  it('refuses the call with the guard’s error; the handler never runs', async () => {
    const { calls, list } = areas(async ({ engagementId }) => {
      if (engagementId === ENGAGEMENT)
        throw new KoersError('ADOPTION_VISION_ADOPTED', { label: '0.3' });
    });
    const handlers = areaHandlers(ctx, list);
    await expect(
      handlers['vision:setPoster']({ engagementId: ENGAGEMENT, fields: {} }),
    ).rejects.toMatchObject({ code: 'ADOPTION_VISION_ADOPTED', params: { label: '0.3' } });
    expect(calls).toEqual(['guard']);
  });

  it('refuses a guard on an operation no area answers', () => {
    const { list } = areas(async () => {});
    expect(() => areaHandlers(ctx, [list[1]!])).toThrow(/guarding guards vision:setPoster/);
  });

  it('guards the vision’s working-copy edits from the adoption area, and nothing it reads', () => {
    const adoption = DOMAIN_AREAS.find((a) => a.name === 'adoption')!;
    expect(Object.keys(adoption.guards!(ctx)).sort()).toEqual([
      // Only an undo that would bring a deleted passage back (adoption-core.test.ts).
      'undo:restore',
      'vision:setPoster',
      'visionPassage:create',
      'visionPassage:delete',
      'visionPassage:linkFinding',
      'visionPassage:move',
      'visionPassage:moveFinding',
      'visionPassage:unlinkFinding',
      'visionPassage:update',
      'visionVersion:restore',
    ]);
  });
});
