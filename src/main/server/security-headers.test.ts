import { describe, expect, it } from 'vitest';
// csp.ts is plain data without any import of electron; the lint pattern only sees the folder.
// eslint-disable-next-line no-restricted-imports
import { CSP_DIRECTIVES as ELECTRON_DIRECTIVES } from '../electron/csp.js';
import { CONTENT_SECURITY_POLICY } from './security-headers.js';

describe('browser-mode CSP', () => {
  const directives = CONTENT_SECURITY_POLICY.split('; ');

  it('contains every directive of the Electron window, unchanged', () => {
    for (const directive of ELECTRON_DIRECTIVES) expect(directives).toContain(directive);
  });

  it('adds only frame-ancestors, which a meta tag cannot set', () => {
    const extra = directives.filter((d) => !(ELECTRON_DIRECTIVES as readonly string[]).includes(d));
    expect(extra).toEqual(["frame-ancestors 'none'"]);
  });
});
