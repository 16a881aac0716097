import { describe, expect, it } from 'vitest';
import { e2eMode } from './harness.js';

describe('e2eMode', () => {
  it('runs when Chromium is there, in CI or not', () => {
    expect(e2eMode(true, undefined)).toBe('run');
    expect(e2eMode(true, 'true')).toBe('run');
  });
  it('skips without Chromium outside CI', () => {
    expect(e2eMode(false, undefined)).toBe('skip');
    expect(e2eMode(false, 'false')).toBe('skip');
  });
  it('fails without Chromium in CI', () => {
    expect(e2eMode(false, 'true')).toBe('fail');
  });
});
