import { describe, expect, it } from 'vitest';
import { EXPORT_TYPES } from '../../shared/domain/export.js';
import { loadBuilder } from './builder-modules.js';
import { builderFor } from './registry.js';

describe('builders loaded one at a time', () => {
  it('gives for every type the builder the registry lists', async () => {
    for (const type of EXPORT_TYPES) expect(await loadBuilder(type), type).toBe(builderFor(type));
  });
});
