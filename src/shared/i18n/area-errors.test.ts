import { describe, expect, it } from 'vitest';
import { errorMessage } from '../error-result.js';
import { areaErrors, mergeErrorTexts } from './area-errors.js';
import { AREA_ERRORS, isErrorCode } from './resources.js';

describe("the domain areas' error codes", () => {
  it('reach the one error path in both languages', () => {
    for (const area of AREA_ERRORS)
      for (const code of Object.keys(area.nl)) {
        expect(isErrorCode(code)).toBe(true);
        // A code without a text would come back as the bare key.
        for (const language of ['nl', 'en'] as const)
          expect(errorMessage(code as never, {}, language)).not.toBe(code);
      }
    expect(errorMessage('SESSION_ROUND_MISSING', { round: 3, rounds: 2 }, 'nl')).toBe(
      'Ronde 3 bestaat niet bij dit onderdeel (het heeft 2 ronde(s)). Verhoog eerst het aantal rondes.',
    );
    expect(errorMessage('PARTY_FIXED', { name: 'Inwoners' }, 'en')).toMatch(/^Inwoners belongs/);
    expect(isErrorCode('NOT_A_CODE')).toBe(false);
  });

  it('refuses an area that redefines a code', () => {
    const twice = areaErrors({ nl: { NOT_FOUND: 'x' }, en: { NOT_FOUND: 'y' } });
    expect(() =>
      mergeErrorTexts({ nl: { NOT_FOUND: 'a' }, en: { NOT_FOUND: 'b' } }, [twice]),
    ).toThrow(/NOT_FOUND is defined twice/);
  });
});
