import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, withCspHeader } from './csp.js';

const INDEX_HTML = new URL('../../renderer/index.html', import.meta.url);

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows scripts only from the app itself', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('closes objects, frames, forms and base', () => {
    for (const name of ['object-src', 'base-uri', 'frame-src', 'form-action']) {
      expect(directives.get(name)).toEqual(["'none'"]);
    }
  });

  it('replaces any CSP header a response brought along', () => {
    const headers = withCspHeader({
      'content-security-policy': ['default-src *'],
      'Content-Type': 'text/html',
    });
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });

  it.skipIf(!existsSync(INDEX_HTML))('equals the meta tag in the renderer index.html', () => {
    const html = readFileSync(INDEX_HTML, 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });
});
