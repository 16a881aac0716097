import { describe, expect, it } from 'vitest';
import { coreQueryKey, engagementScope, isInvalidatedBy, queryKeys } from './query-keys.js';

const E = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';
const OTHER = '0b7e4c2a-1d3f-4a5b-9c8d-7e6f5a4b3c2d';

describe('core query keys', () => {
  it('puts answers about an engagement under its prefix, others under the operation', () => {
    expect(coreQueryKey('recent:list', {})).toEqual(['recent:list', {}]);
    expect(coreQueryKey('interview:get', { engagementId: E, id: OTHER })).toEqual([
      'engagement',
      E,
      'interview:get',
      { engagementId: E, id: OTHER },
    ]);
    expect(coreQueryKey('engagement:get', { engagementId: E }).slice(0, 2)).toEqual(
      engagementScope(E),
    );
    expect(queryKeys.overview(E)).toEqual(coreQueryKey('engagement:overview', { engagementId: E }));
  });

  it('invalidates by operation, engagement or everything', () => {
    const list = coreQueryKey('interview:list', { engagementId: E });
    const detail = coreQueryKey('interview:get', { engagementId: E, id: OTHER });
    const elsewhere = coreQueryKey('interview:list', { engagementId: OTHER });
    const recent = coreQueryKey('recent:list', {});
    const change = { engagementId: E, id: OTHER };

    expect(isInvalidatedBy(list, 'interview:list', change)).toBe(true);
    expect(isInvalidatedBy(detail, 'interview:list', change)).toBe(false);
    expect(isInvalidatedBy(elsewhere, 'interview:list', change)).toBe(false);
    expect(isInvalidatedBy(elsewhere, 'interview:list', {})).toBe(true);

    expect(isInvalidatedBy(detail, 'engagement', change)).toBe(true);
    expect(isInvalidatedBy(elsewhere, 'engagement', change)).toBe(false);
    expect(isInvalidatedBy(recent, 'engagement', change)).toBe(false);
    expect(isInvalidatedBy(recent, 'engagement', {})).toBe(false);

    expect(isInvalidatedBy(recent, 'recent:list', change)).toBe(true);
    expect(isInvalidatedBy(recent, 'all', {})).toBe(true);
    expect(isInvalidatedBy(elsewhere, 'all', change)).toBe(true);
  });
});
