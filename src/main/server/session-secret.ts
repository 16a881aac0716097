import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const newSecret = (): string => randomBytes(32).toString('base64url');

/**
 * Constant-time comparison. Hashing first gives both sides the same length, so neither the
 * content nor the length of the secret leaks through timing.
 */
export function secretMatches(candidate: string | undefined, secret: string): boolean {
  if (candidate === undefined) return false;
  const a = createHash('sha256').update(candidate, 'utf8').digest();
  const b = createHash('sha256').update(secret, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/**
 * Cookies are not scoped by port, so two Koers servers on one machine would overwrite each
 * other's cookie under a shared name; the port keeps them apart.
 */
export const sessionCookieName = (port: number): string => `koers_session_${port}`;

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export function sessionCookie(name: string, secret: string): string {
  // No Max-Age: a session cookie, gone when the browser closes; the link in the terminal
  // brings the user back in.
  return `${name}=${secret}; HttpOnly; SameSite=Strict; Path=/`;
}
