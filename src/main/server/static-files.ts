import { promises as fs } from 'node:fs';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export const contentTypeFor = (filePath: string): string =>
  CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';

export interface StaticFile {
  filePath: string;
  contentType: string;
  body: Buffer;
}

/**
 * Maps a raw request path to a file inside `rootDir`, or null. Traversal is impossible by
 * construction: the path is decoded once, resolved, and must still lie inside the real root
 * afterwards (after symlinks too). Dot-files are never served.
 */
export async function resolveStaticFile(
  rootDir: string,
  rawPath: string,
): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s.startsWith('.'))) return null;

  const root = await fs.realpath(rootDir);
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const candidate = path.resolve(root, relative);
  if (!isInside(root, candidate)) return null;

  let real: string;
  try {
    real = await fs.realpath(candidate);
    if (!isInside(root, real) || !(await fs.stat(real)).isFile()) return null;
  } catch {
    // Client-side routes ("/traject/…") have no file of their own; the app handles them.
    const last = segments[segments.length - 1] ?? '';
    if (path.extname(last) !== '') return null;
    real = path.join(root, 'index.html');
  }
  try {
    return { filePath: real, contentType: contentTypeFor(real), body: await fs.readFile(real) };
  } catch {
    return null;
  }
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
