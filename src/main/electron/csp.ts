// The renderer's Content-Security-Policy. Koers makes no network request (ARCHITECTURE.md,
// rule 7), so everything is 'self'. style-src needs 'unsafe-inline' because Mantine injects
// <style> tags at run time; scripts stay strictly 'self'. The same string is set as an HTTP
// header (session.webRequest) and as the meta tag in src/renderer/index.html, because
// file:// responses carry no headers of their own; a test keeps the two equal.

export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
  "form-action 'none'",
] as const;

export const CONTENT_SECURITY_POLICY: string = CSP_DIRECTIVES.join('; ');

type Headers = Record<string, string | string[]>;

/** Response headers with our CSP replacing any the response brought along. */
export const withCspHeader = (headers: Headers | undefined): Record<string, string[]> => {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
};
